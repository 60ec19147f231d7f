// Bundles the entry points into dist/. Output is deterministic (no timestamps,
// pinned esbuild), so a fresh build of committed sources matches committed dist/.
import { build } from "esbuild";
import { rm } from "node:fs/promises";
import { argv } from "node:process";

const outdir = argv[2] ?? "dist";

/** Bundled CommonJS dependencies (undici, @actions/*) call require(); ESM output needs it defined. */
const banner = "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";

await rm(outdir, { recursive: true, force: true });
await build({
  entryPoints: {
    cli: "src/entry/cli.ts",
    action: "src/entry/action.ts",
    sdk: "src/sdk/index.ts",
    "definitions-worker": "src/adapters/loader/worker.ts",
  },
  outdir,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node24",
  banner: { js: banner },
  legalComments: "none",
  logLevel: "warning",
  charset: "utf8",
});

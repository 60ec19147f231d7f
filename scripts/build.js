// Bundles the entry points into dist/. Output is deterministic (no timestamps,
// pinned esbuild), so a fresh build of committed sources matches committed dist/.
import { build } from "esbuild";
import ts from "typescript";
import { rm } from "node:fs/promises";
import { argv, cwd } from "node:process";

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

// The SDK's declarations, which package.json's `types` names (dist/types/sdk/index.d.ts), so
// editors type-check definition files that import "@posthog/definitions".
const program = ts.createProgram(["src/sdk/index.ts"], {
  declaration: true,
  emitDeclarationOnly: true,
  outDir: `${outdir}/types`,
  rootDir: "src",
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  target: ts.ScriptTarget.ES2023,
  lib: ["lib.es2023.d.ts", "lib.dom.d.ts"],
  types: [],
  strict: true,
  skipLibCheck: true,
  newLine: ts.NewLineKind.LineFeed,
});
const emitted = program.emit();
const problems = [...ts.getPreEmitDiagnostics(program), ...emitted.diagnostics];
if (problems.length > 0) throw new Error(ts.formatDiagnostics(problems, { getCanonicalFileName: (f) => f, getCurrentDirectory: cwd, getNewLine: () => "\n" }));

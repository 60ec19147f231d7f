// Bundles the entry points into dist/. Output is deterministic (no timestamps,
// pinned esbuild), so a fresh build of committed sources matches committed dist/.
import { build } from "esbuild";
import ts from "typescript";
import { rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { argv, cwd } from "node:process";

const outdir = argv[2] ?? "dist";

/** Bundled CommonJS dependencies (undici, @actions/*) call require(); ESM output needs it defined. */
const banner = "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";

/**
 * One undici for every importer: @actions/http-client pins undici 6 beside the client's undici 7,
 * which put two copies in the Action. It uses only ProxyAgent({ uri, pipelining, token }), which 7 keeps.
 */
const undiciDir = dirname(createRequire(import.meta.url).resolve("undici/package.json"));
const oneUndici = {
  name: "one-undici",
  setup(build) {
    build.onResolve({ filter: /^undici$/ }, (args) => (args.resolveDir.startsWith(undiciDir) ? undefined : build.resolve("undici", { kind: args.kind, resolveDir: undiciDir })));
  },
};

const shared = { outdir, bundle: true, platform: "node", format: "esm", target: "node24", banner: { js: banner }, legalComments: "none", logLevel: "warning", charset: "utf8", plugins: [oneUndici], metafile: true };

await rm(outdir, { recursive: true, force: true });
// The CLI and the Action are split into chunks, so a dynamic import() (the engine, prettier, the
// emulator, the HogQL parser) is read from disk only when a command needs it and `--help` parses
// little more than its own text.
const entries = await build({ ...shared, entryPoints: { cli: "src/entry/cli.ts", action: "src/entry/action.ts" }, splitting: true, chunkNames: "chunks/[name]-[hash]" });
// The loader's sandbox lets the worker read exactly itself and sdk.js, so these two stay whole.
await build({ ...shared, entryPoints: { sdk: "src/sdk/index.ts", "definitions-worker": "src/adapters/loader/worker.ts" } });

const undiciCopies = new Set(Object.keys(entries.metafile.inputs).flatMap((path) => /^(.*node_modules\/undici)\//.exec(path)?.[1] ?? []));
if (undiciCopies.size > 1) throw new Error(`the bundles carry ${undiciCopies.size} copies of undici: ${[...undiciCopies].join(", ")}`);

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

import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/cli.js";

const SRC = join(ROOT, "src");

/**
 * Which top-level folders of `src/` each folder may import, and which packages.
 * Dependencies run one way: entry points → engine → core, adapters, renderers.
 * `node:` marks Node's built-in modules.
 */
const ALLOWED: Record<string, { folders: readonly string[]; packages: readonly (string | RegExp)[] }> = {
  entry: { folders: ["action", "cli"], packages: ["node:"] },
  cli: { folders: ["engine", "core", "render", "emulator"], packages: ["node:"] },
  action: { folders: ["engine", "core", "render", "adapters"], packages: ["node:", "@actions/core"] },
  engine: { folders: ["core", "adapters", "codegen", "sdk"], packages: ["node:"] },
  // The loader reads the markers the SDK sets from the SDK's own module (`sdk/markers.ts`).
  adapters: { folders: ["core", "sdk"], packages: ["node:", "undici", "@octokit/rest", "@posthog/hogql-parser"] },
  render: { folders: ["core"], packages: ["diff"] },
  codegen: { folders: ["core"], packages: [/^prettier(\/|$)/] },
  core: { folders: [], packages: ["node:crypto"] },
  // The emulator's HogQL metadata check parses with PostHog's own parser, as PostHog does.
  emulator: { folders: [], packages: ["node:", "@posthog/hogql-parser"] },
  sdk: { folders: [], packages: [] },
};

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith(".ts") ? [path] : [];
  });
}

/** Every module specifier a file depends on: static imports, `export … from` and dynamic `import()`. */
function specifiers(text: string): string[] {
  const patterns = [/^\s*(?:import|export)\b[^"';]*?\bfrom\s*["']([^"']+)["']/gm, /^\s*import\s*["']([^"']+)["']/gm, /\bimport\(\s*["']([^"']+)["']\s*\)/g];
  return patterns.flatMap((pattern) => [...text.matchAll(pattern)].map((m) => m[1]!));
}

/** The dependencies a file loads at run time: all but `import type` and `export type` statements, which compile away. */
function runtimeSpecifiers(text: string): string[] {
  return specifiers(text.replace(/^\s*(?:import|export)\s+type\b[^;]*;/gm, ""));
}

/** The source file a relative specifier names (`./x.js` is `x.ts`). */
function resolveSource(from: string, specifier: string): string {
  return resolve(dirname(from), specifier).replace(/\.js$/, ".ts");
}

/** The chain of run-time imports from `start` to the first file under `dir`, or undefined when none leads there. */
function findRuntimePath(start: string, dir: string): string[] | undefined {
  const parent = new Map<string, string>([[start, ""]]);
  const queue = [start];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (file.startsWith(`${dir}${sep}`)) {
      const chain: string[] = [];
      for (let at = file; at !== ""; at = parent.get(at)!) chain.unshift(relative(ROOT, at));
      return chain;
    }
    for (const specifier of runtimeSpecifiers(readFileSync(file, "utf8"))) {
      if (!specifier.startsWith(".")) continue;
      const next = resolveSource(file, specifier);
      if (!parent.has(next)) {
        parent.set(next, file);
        queue.push(next);
      }
    }
  }
  return undefined;
}

function folderOf(path: string): string {
  return relative(SRC, path).split(sep)[0]!;
}

function permits(rule: string | RegExp, specifier: string): boolean {
  if (rule instanceof RegExp) return rule.test(specifier);
  return rule.endsWith(":") ? specifier.startsWith(rule) : specifier === rule || specifier.startsWith(`${rule}/`);
}

describe("layering", () => {
  it("names every folder of src/ in the dependency table", () => {
    const folders = readdirSync(SRC).filter((name) => statSync(join(SRC, name)).isDirectory());
    expect(folders.sort()).toEqual(Object.keys(ALLOWED).sort());
  });

  it("lets each folder import only the folders and packages the table allows", () => {
    const problems: string[] = [];
    for (const file of sources(SRC)) {
      const from = folderOf(file);
      const rule = ALLOWED[from]!;
      for (const specifier of specifiers(readFileSync(file, "utf8"))) {
        if (specifier.startsWith(".")) {
          const to = folderOf(resolve(dirname(file), specifier));
          if (to !== from && !rule.folders.includes(to)) problems.push(`${relative(ROOT, file)} imports ${specifier} (${from} → ${to})`);
        } else if (!rule.packages.some((p) => permits(p, specifier))) {
          problems.push(`${relative(ROOT, file)} imports ${specifier}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it("keeps src/core free of process: the entry points own the environment and the exit code", () => {
    const touching = sources(join(SRC, "core")).filter((file) => /\bprocess\.(env|stdout|stderr|exit|cwd|argv)\b/.test(readFileSync(file, "utf8")));
    expect(touching.map((file) => relative(ROOT, file))).toEqual([]);
  });

  // Finer than the table: renderers are pure functions of the plan JSON, which carries the labels and links they show.
  it("keeps src/render away from the kind registry (src/core/kinds), directly or through what it loads", () => {
    const registry = join(SRC, "core", "kinds");
    const problems: string[] = [];
    for (const file of sources(join(SRC, "render"))) {
      for (const specifier of specifiers(readFileSync(file, "utf8"))) {
        if (specifier.startsWith(".") && resolveSource(file, specifier).startsWith(`${registry}${sep}`)) problems.push(`${relative(ROOT, file)} imports ${specifier}`);
      }
      const chain = findRuntimePath(file, registry);
      if (chain) problems.push(`${chain.join(" → ")} (loaded at run time)`);
    }
    expect(problems).toEqual([]);
  });

  it("finds each form of dependency, so the table cannot be bypassed", () => {
    const text = ['import { a } from "./a.js";', 'export { b } from "../b.js";', 'export * from "c";', 'import "d";', 'const e = await import("e");', "import type { F } from 'f';"].join("\n");
    expect(specifiers(text).sort()).toEqual(["../b.js", "./a.js", "c", "d", "e", "f"]);
    expect(runtimeSpecifiers(`${text}\nexport type { G } from "g";`).sort()).toEqual(["../b.js", "./a.js", "c", "d", "e"]);
  });
});

import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/cli.js";

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith(".ts") ? [path] : [];
  });
}

function imports(file: string): string[] {
  return [...readFileSync(file, "utf8").matchAll(/^\s*import[^"']*["']([^"']+)["']/gm)].map((m) => m[1]!);
}

describe("layering", () => {
  it("keeps src/core pure: no I/O modules, no @actions/*, no HTTP, no process.env, no outer layers", () => {
    const allowed = new Set(["node:crypto"]);
    const problems: string[] = [];
    for (const file of sources(join(ROOT, "src", "core"))) {
      const name = relative(ROOT, file);
      for (const specifier of imports(file)) {
        const outward = specifier.startsWith(".") && !join(file, "..", specifier).startsWith(join(ROOT, "src", "core"));
        if ((!specifier.startsWith(".") && !allowed.has(specifier)) || outward) problems.push(`${name} imports ${specifier}`);
      }
      if (/process\.(env|stdout|stderr|exit|cwd)/.test(readFileSync(file, "utf8"))) problems.push(`${name} touches process`);
    }
    expect(problems).toEqual([]);
  });

  it("keeps codegen pure: only the core and prettier's standalone formatter, no I/O, no outer layers", () => {
    const problems = sources(join(ROOT, "src", "codegen")).flatMap((file) =>
      imports(file)
        .filter((s) => (!s.startsWith(".") && !/^prettier(\/|$)/.test(s)) || /\/(cli|action|adapters|engine|entry|render)\//.test(s))
        .map((s) => `${relative(ROOT, file)} imports ${s}`),
    );
    expect(problems).toEqual([]);
  });

  it("keeps renderers free of I/O and of entry points", () => {
    const problems = sources(join(ROOT, "src", "render")).flatMap((file) =>
      imports(file)
        .filter((s) => (!s.startsWith(".") && s !== "diff") || /\/(cli|action|adapters|engine|entry)\//.test(s))
        .map((s) => `${relative(ROOT, file)} imports ${s}`),
    );
    expect(problems).toEqual([]);
  });
});

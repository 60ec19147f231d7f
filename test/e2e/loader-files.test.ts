import { symlinkSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { formatDiagnostic } from "../../src/core/diagnostics.js";
import { loadProject } from "../../src/engine/project.js";
import { copyFixture } from "../helpers/cli.js";
import { workerPath } from "../helpers/project.js";

let repo: ReturnType<typeof copyFixture>;
afterEach(() => repo.cleanup());

const load = async () => {
  const project = await loadProject({ root: repo.dir, workerPath: workerPath() });
  return { keys: project.definitions.map((d) => `${d.kind}/${d.key}`).sort(), diagnostics: project.diagnostics.map(formatDiagnostic) };
};

describe("which files the loader reads", () => {
  it("treats type-only and empty files as helper modules", async () => {
    repo = copyFixture("growth");
    repo.write("posthog/owners.ts", 'export type Owner = "growth" | "platform"\n');
    repo.write("posthog/local-types.ts", 'type Owner = "growth"\ninterface Team { owner: Owner }\n');
    repo.write("posthog/empty.ts", "");
    const loaded = await load();
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.keys).toEqual(["dashboards/growth", "feature-flags/new-checkout", "insights/weekly-signups"]);
  });

  it("evaluates a link to a file inside the repository and the file as one module, as Node resolves them", async () => {
    repo = copyFixture("growth");
    symlinkSync("new-checkout.ts", join(repo.dir, "posthog", "feature-flags", "alias.ts"));
    const project = await loadProject({ root: repo.dir, workerPath: workerPath() });
    expect(project.diagnostics).toEqual([]);
    expect(project.definitions.filter((d) => d.kind === "feature-flags").map((d) => d.source?.file)).toEqual(["posthog/feature-flags/new-checkout.ts"]);
  });

  it("reports every code file it skips, with the extensions it reads", async () => {
    repo = copyFixture("growth");
    repo.write("posthog/flags/beta.tsx", 'export default { key: "beta" }\n');
    repo.write("posthog/flags/legacy.cjs", "module.exports = {}\n");
    repo.write("posthog/helpers.js", "export const owner = 'growth'\n");
    repo.write("posthog/README.md", "# Definitions\n");
    repo.write("posthog/types.d.ts", "export type Owner = string\n");
    const loaded = await load();
    expect(loaded.diagnostics).toEqual([
      "posthog/flags/beta.tsx:1: warning: not read as a definition: definition files end in .ts or .mts",
      "posthog/flags/legacy.cjs:1: warning: not read as a definition: definition files end in .ts or .mts",
      "posthog/helpers.js:1: warning: not read as a definition: definition files end in .ts or .mts; a .js or .mjs file can still be imported by one",
    ]);
    expect(loaded.keys).toHaveLength(3);
  });

  it("puts a missing import on the line and column of the import, in repository paths", async () => {
    repo = copyFixture("growth");
    repo.write(
      "posthog/dashboards/ops.ts",
      ['import { dashboard } from "@posthog/definitions"', "", 'import { owner } from "../shared/owners.js"', "", 'export default dashboard({ key: "ops", name: owner })', ""].join("\n"),
    );
    const loaded = await load();
    expect(loaded.diagnostics).toEqual(["posthog/dashboards/ops.ts:3:23: error: cannot import ../shared/owners.js: posthog/shared/owners.js does not exist"]);
  });
});

describe("TypeScript that also parses as JavaScript", () => {
  it("reads f<T>(x) as TypeScript does, a call with a type argument, not two comparisons", async () => {
    repo = copyFixture("growth");
    repo.write("posthog/shared/named.ts", "export const named = (name) => name\n");
    repo.write(
      "posthog/flags/generic.ts",
      ['import { featureFlag } from "@posthog/definitions"', 'import { named } from "../shared/named.ts"', 'export default featureFlag({ key: "generic", name: named<string>("Generic") })', ""].join("\n"),
    );
    const project = await loadProject({ root: repo.dir, workerPath: workerPath() });
    expect(project.diagnostics.map(formatDiagnostic)).toEqual([]);
    expect(project.definitions.find((d) => d.key === "generic")?.spec).toMatchObject({ name: "Generic" });
  });

  it("strips a file whose only type syntax is an annotation, and keeps its lines", async () => {
    repo = copyFixture("growth");
    repo.write("posthog/flags/typed.ts", ['import { featureFlag } from "@posthog/definitions"', 'const name: string = "Typed"', "export default featureFlag({ key: 'typed', name })", ""].join("\n"));
    const project = await loadProject({ root: repo.dir, workerPath: workerPath() });
    expect(project.diagnostics).toEqual([]);
    expect(project.definitions.find((d) => d.key === "typed")).toMatchObject({ spec: { name: "Typed" }, source: { file: "posthog/flags/typed.ts", line: 3 } });
  });
});

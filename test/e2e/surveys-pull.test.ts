import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startEmulator, type RunningEmulator } from "../../src/emulator/index.js";
import { connect, loadProject, validateProject } from "../../src/engine/project.js";
import { pullProject } from "../../src/engine/pull.js";
import { ROOT } from "../helpers/cli.js";
import { applyDefinitions, describeChanges, emulatorConnection, planDefinitions, workerPath } from "../helpers/project.js";

let emulator: RunningEmulator;
let source: string;
let pulled: string;
beforeAll(async () => {
  emulator = await startEmulator({ rateLimits: false });
  source = mkdtempSync(join(tmpdir(), "posthog-surveys-source-"));
  pulled = mkdtempSync(join(tmpdir(), "posthog-surveys-pulled-"));
  cpSync(join(ROOT, "fixtures", "every-kind", "posthog", "surveys"), join(source, "posthog", "surveys"), { recursive: true });
});
afterAll(async () => {
  await emulator.close();
  rmSync(source, { recursive: true, force: true });
  rmSync(pulled, { recursive: true, force: true });
});

async function load(root: string) {
  const project = await loadProject({ root, workerPath: workerPath() });
  const validated = await validateProject(project, root);
  expect(validated.diagnostics).toEqual([]);
  return project.definitions;
}

// The every-kind fixture's survey alone: the whole fixture's pull round trip is test/e2e/pull.test.ts.
it("pulls a survey with its linked flag as an import, the questions without PostHog's ids and the running lifecycle, and the pulled files plan as no change", async () => {
  const connection = emulatorConnection(emulator.url);
  await applyDefinitions(connection, await load(source));
  const api = connect(connection);
  try {
    const report = await pullProject({ api, root: pulled, dir: "posthog", filter: { kinds: [], keys: [], adopt: false }, force: false, dryRun: false, beforeAdopt: () => {} });
    expect(report.warnings.filter((w) => w.includes("survey"))).toEqual([]);
    expect(report.files.map((f) => f.path).sort()).toEqual(["posthog/feature-flags/nps-audience.ts", "posthog/surveys/nps.ts"]);
  } finally {
    await api.close();
  }
  const text = readFileSync(join(pulled, "posthog", "surveys", "nps.ts"), "utf8");
  expect(text).toContain('import npsAudience from "../feature-flags/nps-audience.ts"');
  expect(text).toMatch(/linkedFlag: npsAudience,/);
  expect(text).toContain('status: "running"');
  expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
  expect(text).not.toContain("survey-targeting-");
  expect(describeChanges(await planDefinitions(connection, await load(pulled)))).toEqual([]);
  writeFileSync(join(pulled, "tsconfig.json"), JSON.stringify({ compilerOptions: { target: "ES2022", module: "ESNext", moduleResolution: "Bundler", strict: true, noEmit: true, allowImportingTsExtensions: true, skipLibCheck: true, types: [], paths: { "@posthog/definitions": [join(ROOT, "src", "sdk", "index.ts")] } }, include: ["posthog/**/*.ts"] }));
  execFileSync(process.execPath, [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", pulled], { encoding: "utf8" });
});

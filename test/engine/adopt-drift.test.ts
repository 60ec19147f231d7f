import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { JsonObject } from "../../src/core/json.js";
import { getKind } from "../../src/core/kinds/index.js";
import type { Definition } from "../../src/core/model.js";
import type { Plan, PlanStep } from "../../src/core/plan/types.js";
import { adoptDrift } from "../../src/engine/adopt-drift.js";
import { featureFlag } from "../../src/sdk/index.js";

const flags = getKind("feature-flags");
const fieldsOf = (spec: Parameters<typeof featureFlag>[0]) => flags.toDesired(JSON.parse(JSON.stringify(featureFlag(spec))) as JsonObject).fields;
const defined = fieldsOf({ key: "beta", name: "Beta", filters: { groups: [{ rollout_percentage: 50 }] } });
const live = fieldsOf({ key: "beta", name: "Beta (UI)", filters: { groups: [{ rollout_percentage: 75 }] } });
const step = (changes: PlanStep["changes"], before: JsonObject = live): PlanStep => ({ kind: "feature-flags", key: "beta", action: "update", id: 1, before, after: defined, changes, summary: [], warnings: [], dependsOn: [] });
const plan = (...steps: PlanStep[]) => ({ steps }) as unknown as Plan;
const NAME = { path: "name", kind: "update" as const, before: "Beta (UI)", after: "Beta" };
const ROLLOUT = { path: "filters.groups.0.rollout_percentage", kind: "update" as const, before: 75, after: 50 };

let repository = "";
afterEach(() => rmSync(repository, { recursive: true, force: true }));
function setup(definitions: Definition[]) {
  repository = mkdtempSync(join(tmpdir(), "posthog-adopt-"));
  mkdirSync(join(repository, "posthog", "feature-flags"), { recursive: true });
  writeFileSync(join(repository, "posthog", "feature-flags", "beta.ts"), "old");
  return { definitions, root: repository, repository };
}
const beta: Definition = { kind: "feature-flags", key: "beta", spec: { key: "beta", name: "Beta" }, source: { file: "posthog/feature-flags/beta.ts", line: 3 } };

describe("adoptDrift", () => {
  it("writes the live values, except the fields the ignore rules dropped, which keep their defined value", async () => {
    const adoption = await adoptDrift({ ...setup([beta]), plan: plan(step([NAME])), unfiltered: plan(step([NAME, ROLLOUT])) });
    expect(adoption.skipped).toEqual([]);
    expect(adoption.files.map((f) => [f.path, f.fields])).toEqual([["posthog/feature-flags/beta.ts", ["name"]]]);
    expect(adoption.files[0]!.content).toContain('name: "Beta (UI)"');
    expect(adoption.files[0]!.content).toContain("rollout_percentage: 50");
  });

  it("leaves what one file cannot carry to a person, with the reason", async () => {
    const shared: Definition = { ...beta, key: "other", source: beta.source! };
    const perEnvironment: Definition = { ...beta, spec: { key: "beta", name: { $env: { staging: "A", production: "B" } } } };
    const outside: Definition = { ...beta, source: { file: "../elsewhere/beta.ts", line: 1 } };
    const secret = step([NAME], { ...live, payloads: { $secret: true } });
    const reasons = async (definitions: Definition[], steps = [step([NAME])]) => (await adoptDrift({ ...setup(definitions), plan: plan(...steps), unfiltered: plan(...steps) })).skipped.map((s) => s.reason);
    expect(await reasons([beta, shared])).toEqual(["its file posthog/feature-flags/beta.ts also defines feature-flags/other"]);
    expect(await reasons([perEnvironment])).toEqual([expect.stringContaining("perEnvironment()")]);
    expect(await reasons([outside])).toEqual(["its definition file is not known inside the repository"]);
    expect(await reasons([beta], [secret])).toEqual(["PostHog holds a secret its definition does not name with secret()"]);
    expect(await reasons([beta], [{ ...step([]), action: "create", before: undefined }])).toEqual([expect.stringContaining("missing in PostHog")]);
    expect(await reasons([beta], [{ ...step([NAME]), adopt: true }])).toEqual([expect.stringContaining("unmanaged")]);
  });
});

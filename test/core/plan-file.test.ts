import { describe, expect, it } from "vitest";
import { buildDesiredState } from "../../src/core/desired.js";
import { stringifyStable } from "../../src/core/json.js";
import type { Definition } from "../../src/core/model.js";
import { createPlanFile, PlanFileError, readPlanFile } from "../../src/core/plan/file.js";
import { createPlan } from "../../src/core/plan/plan.js";
import { renderPlanJson } from "../../src/render/json.js";

const target = { host: "https://us.posthog.com", projectId: "7", environment: "staging" };
const flag: Definition = { kind: "feature-flags", key: "checkout", spec: { key: "checkout", name: "Checkout", filters: { groups: [{ rollout_percentage: 10 }] } } };
const plan = createPlan({ target, desired: buildDesiredState([flag]).resources, observed: [], prune: false });
const fileText = (value: unknown) => `${stringifyStable(value, 2)}\n`;

describe("readPlanFile", () => {
  it("reads back what the CLI writes with --out and what the Action writes as plan-json", () => {
    expect(readPlanFile(renderPlanJson(plan), "plan.json")).toEqual({ formatVersion: 2, environments: { staging: { offline: false, plan } } });
    const reports = [{ environment: "staging", host: target.host, projectId: "7", plan, offline: "no credentials" }, { environment: "production", host: target.host, projectId: "8", error: "PostHog rejected the key (401)" }];
    expect(readPlanFile(fileText(createPlanFile(reports)), "plan.json")).toEqual({
      formatVersion: 2,
      environments: { staging: { offline: true, plan }, production: { error: "PostHog rejected the key (401)" } },
    });
  });

  it("says which version wrote a file from another version, before looking at its shape", () => {
    const old = { ...plan, formatVersion: 1, warnings: ["could not read cohorts (the API key lacks the scope); managed cohorts were not checked"] };
    expect(() => readPlanFile(fileText(old), "plan.json")).toThrow(
      new PlanFileError("plan.json holds a plan of format version 1, and this version of posthog-definitions reads format version 2 only; plan again with this version (or read the file with the version that wrote it)"),
    );
    expect(() => readPlanFile(fileText({ formatVersion: 3, environments: {} }), "out.json")).toThrow(/^out\.json holds a plan of format version 3/);
    expect(() => readPlanFile(fileText({ formatVersion: 2, environments: { staging: { offline: false, plan: old } } }), "out.json")).toThrow(/^out\.json holds a plan of format version 1/);
  });

  it("refuses what is not a plan, naming the first field that is wrong", () => {
    expect(() => readPlanFile("{", "plan.json")).toThrow(/^plan\.json is not JSON: /);
    expect(() => readPlanFile("[]", "plan.json")).toThrow("plan.json is not a posthog-definitions plan: the file has no formatVersion");
    expect(() => readPlanFile(fileText({ steps: [] }), "plan.json")).toThrow("plan.json is not a posthog-definitions plan: plan has no formatVersion");
    const broken = structuredClone(plan) as unknown as { steps: { warnings: unknown[]; action: string }[]; kinds: unknown[] };
    broken.steps[0]!.warnings = ["free text"];
    expect(() => readPlanFile(fileText(broken), "plan.json")).toThrow('plan.json is not a valid plan: plan.steps.0.warnings.0 must be an object, got "free text"');
    broken.steps[0]!.warnings = [];
    broken.steps[0]!.action = "rename";
    expect(() => readPlanFile(fileText(broken), "plan.json")).toThrow('plan.json is not a valid plan: plan.steps.0.action must be one of "create", "update", "replace", "delete", "no-op", got "rename"');
    broken.steps[0]!.action = "create";
    broken.kinds = [];
    expect(() => readPlanFile(fileText(broken), "plan.json")).toThrow(`plan.json is not a valid plan: plan.steps.0.kind names "feature-flags", which the plan's kinds table lacks`);
    expect(() => readPlanFile(fileText({ formatVersion: 2, environments: { staging: { plan } } }), "plan.json")).toThrow("plan.json is not a valid plan file: environments.staging must hold a plan (with offline) or an error");
  });

  it("refuses a plan changed after planning: its counts and fingerprint are checked", () => {
    expect(() => readPlanFile(fileText({ ...plan, steps: [{ ...plan.steps[0]!, after: { name: "Edited" } }] }), "plan.json")).toThrow(
      "plan.json is not a valid plan: plan.fingerprint does not match its content, so it was changed after planning",
    );
    expect(() => readPlanFile(fileText({ ...plan, summary: { ...plan.summary, create: 0 } }), "plan.json")).toThrow("plan.json is not a valid plan: plan.summary does not count its steps");
  });
});

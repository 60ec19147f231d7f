import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { INPUTS, InputError, parseInputs, resolveMode, type InputName } from "../../src/action/inputs.js";
import { OUTPUTS } from "../../src/action/outputs.js";
import { ROOT } from "../helpers/cli.js";

/** Reads the two-level `inputs:`/`outputs:` maps of action.yml (scalar values only, which is all it uses). */
function readSection(section: "inputs" | "outputs"): Map<string, Record<string, string>> {
  const lines = readFileSync(join(ROOT, "action.yml"), "utf8").split("\n");
  const entries = new Map<string, Record<string, string>>();
  let inside = false;
  let current: Record<string, string> | undefined;
  for (const line of lines) {
    if (/^\S/.test(line)) {
      inside = line === `${section}:`;
      continue;
    }
    if (!inside) continue;
    const name = /^ {2}([a-z0-9-]+):\s*$/.exec(line);
    if (name) {
      current = {};
      entries.set(name[1]!, current);
      continue;
    }
    const field = /^ {4}([a-z-]+):\s*(.*)$/.exec(line);
    if (field && current) current[field[1]!] = field[2]!.replace(/^"(.*)"$/, "$1").replace(/^'(.*)'$/, "$1");
  }
  return entries;
}

const workspace = "/home/runner/work/analytics/analytics";
const parse = (values: Partial<Record<InputName, string>>) => parseInputs((name) => values[name] ?? "", workspace);

describe("action.yml and the input table", () => {
  it("declare the same inputs, with the same required flags and defaults, each described", () => {
    const yml = readSection("inputs");
    expect([...yml.keys()]).toEqual(INPUTS.map((i) => i.name));
    for (const input of INPUTS) {
      const entry = yml.get(input.name)!;
      expect(entry.required, input.name).toBe(String(input.required));
      expect(entry.default, input.name).toBe(input.default);
      expect(entry.description?.length, input.name).toBeGreaterThan(20);
    }
  });

  it("declare the same outputs, each described", () => {
    const yml = readSection("outputs");
    expect([...yml.keys()]).toEqual([...OUTPUTS]);
    for (const [name, entry] of yml) expect(entry.description?.length, name).toBeGreaterThan(10);
  });

  it("runs the bundled action on node24", () => {
    const text = readFileSync(join(ROOT, "action.yml"), "utf8");
    expect(text).toMatch(/\nruns:\n {2}using: node24\n {2}main: dist\/action\.js\n/);
  });
});

describe("parseInputs", () => {
  it("applies the table's defaults to empty values, except runner-evaluated ones", () => {
    const settings = parse({ "github-token": "ghs_x" });
    expect(settings).toMatchObject({ mode: "auto", comment: "always", dryRun: true, maxDeletions: 10, allowStalePlan: false, applyWithoutReview: false, driftLabel: "posthog-drift", root: workspace, configFile: "posthog.config.ts" });
    expect(settings.environment).toBeUndefined();
    expect(() => parse({})).toThrow(/github-token is empty/);
  });

  it("names the input in every rejection", () => {
    expect(() => parse({ "github-token": "t", mode: "deploy" })).toThrow(new InputError('input mode must be one of auto, plan, apply, prune, drift; got "deploy"'));
    expect(() => parse({ "github-token": "t", "dry-run": "yes" })).toThrow(/input dry-run must be true or false/);
    expect(() => parse({ "github-token": "t", "max-deletions": "-1" })).toThrow(/input max-deletions/);
    expect(() => parse({ "github-token": "t", "project-id": "abc" })).toThrow(/input project-id/);
    expect(() => parse({ "github-token": "t", host: "us.posthog.com" })).toThrow(/input host/);
    expect(() => parse({ "github-token": "t", environment: "Prod!" })).toThrow(/input environment/);
    expect(() => parse({ "github-token": "t", "working-directory": "../elsewhere" })).toThrow(/inside the workspace/);
  });

  it("accepts the YAML spellings of booleans and resolves the working directory", () => {
    const settings = parse({ "github-token": "t", "allow-stale-plan": "True", "dry-run": "FALSE", "working-directory": "apps/web" });
    expect(settings.allowStalePlan).toBe(true);
    expect(settings.dryRun).toBe(false);
    expect(settings.root).toBe(`${workspace}/apps/web`);
  });
});

describe("resolveMode", () => {
  it("maps events to modes and lets the input override", () => {
    expect(resolveMode("auto", "pull_request")).toBe("plan");
    expect(resolveMode("auto", "pull_request_target")).toBe("plan");
    expect(resolveMode("auto", "push")).toBe("apply");
    expect(resolveMode("auto", "workflow_dispatch")).toBe("prune");
    expect(resolveMode("auto", "schedule")).toBe("drift");
    expect(resolveMode("drift", "workflow_dispatch")).toBe("drift");
    expect(resolveMode("auto", "merge_group")).toBe("plan");
    expect(() => resolveMode("auto", "issue_comment")).toThrow(/set the mode input/);
  });
});

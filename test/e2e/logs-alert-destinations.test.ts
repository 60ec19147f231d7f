import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { applyPlan } from "../../src/core/apply.js";
import { buildDesiredState } from "../../src/core/desired.js";
import type { JsonObject } from "../../src/core/json.js";
import type { Definition } from "../../src/core/model.js";
import type { Plan } from "../../src/core/plan/types.js";
import type { SecretValues } from "../../src/core/secrets.js";
import { startEmulator, type RunningEmulator } from "../../src/emulator/index.js";
import { systemClock } from "../../src/engine/clock.js";
import { connect, planProject } from "../../src/engine/project.js";
import { pullProject } from "../../src/engine/pull.js";
import { renderPlanJson } from "../../src/render/json.js";
import { renderStepsMarkdown } from "../../src/render/markdown.js";
import { renderPlanText } from "../../src/render/terminal.js";
import { resetEmulator } from "../helpers/emulator-control.js";
import { emulatorConnection } from "../helpers/project.js";

const ONCALL = "https://hooks.example.com/services/T000/oncall-token-5f1c";
const ROTATED = "https://hooks.example.com/services/T000/oncall-token-9a7e";
const BACKUP = "https://backup.example.com/hook/backup-token-c3d2";
const SLACK = { type: "slack", slackWorkspaceId: 7, slackChannelId: "C0123", slackChannelName: "alerts" };

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ rateLimits: false });
});
afterAll(() => emulator.close());
beforeEach(async () => {
  await resetEmulator(emulator);
});

function alert(destinations: unknown[]): Definition {
  return { kind: "logs-alerts", key: "api-errors", spec: { key: "api-errors", name: "API errors", filters: { severityLevels: ["error"] }, destinations } as unknown as JsonObject };
}

const hook = (name: string) => ({ type: "webhook", webhookUrl: { $secret: name } });

function secretsOf(values: Record<string, string>): SecretValues {
  return { valueOf: (name) => values[name], explain: (name) => `${name} is not set` };
}

async function plan(definitions: Definition[], options: { prune?: boolean; rotateSecrets?: boolean } = {}): Promise<Plan> {
  const desired = buildDesiredState(definitions);
  const api = connect(emulatorConnection(emulator.url));
  try {
    return await planProject({ api, connection: emulatorConnection(emulator.url), resources: desired.resources, prune: options.prune ?? false, ...(options.rotateSecrets ? { rotateSecrets: true } : {}) });
  } finally {
    await api.close();
  }
}

async function apply(planned: Plan, values: Record<string, string>): Promise<void> {
  const api = connect(emulatorConnection(emulator.url));
  try {
    const result = await applyPlan(planned, api, { clock: systemClock, secrets: secretsOf(values) });
    const failure = result.results.find((r) => r.status !== "applied" && r.status !== "unchanged");
    if (failure) throw new Error(`${failure.kind}/${failure.key}: ${failure.error}`);
  } finally {
    await api.close();
  }
}

/** Every rendering of a plan a reviewer or a log can see. */
function rendered(planned: Plan): string {
  return [renderPlanText(planned, { color: false, verbose: true }), renderPlanJson(planned), renderStepsMarkdown(planned, planned.steps)].join("\n");
}

/** The alert's live hog functions as the emulator stores them: which URL or channel each sends to. */
async function liveFunctions(): Promise<{ template: string; target: unknown }[]> {
  const response = await fetch(`${emulator.url}/api/projects/1/hog_functions/?type=internal_destination`, { headers: { authorization: "Bearer phx_emulator" } });
  const listed = ((await response.json()) as { results: { id: string }[] }).results;
  const full = await Promise.all(listed.map(async (row) => (await (await fetch(`${emulator.url}/api/projects/1/hog_functions/${row.id}/`, { headers: { authorization: "Bearer phx_emulator" } })).json()) as { template: { id: string }; inputs: Record<string, { value: unknown }> }));
  return full.map((fn) => ({ template: fn.template.id, target: fn.inputs.url?.value ?? fn.inputs.channel?.value })).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

const steps = (planned: Plan) => planned.steps.filter((step) => step.action !== "no-op").map((step) => `${step.action} ${step.kind}/${step.key}`);

describe("logs alert destinations", () => {
  it("creates a webhook from a secret and a Slack channel, plans no drift, adds and removes destinations, and never shows a URL", async () => {
    const created = await plan([alert([hook("ONCALL_HOOK"), SLACK])]);
    expect(steps(created)).toEqual(["create logs-alerts/api-errors"]);
    await apply(created, { ONCALL_HOOK: ONCALL });
    expect(await liveFunctions()).toEqual([...Array(4).fill({ template: "template-slack", target: "C0123" }), ...Array(4).fill({ template: "template-webhook", target: ONCALL })]);
    const again = await plan([alert([hook("ONCALL_HOOK"), SLACK])]);
    expect(steps(again)).toEqual([]);

    // A second webhook: the plan cannot tell which live URL is which, so it shows them unnamed; apply matches by value.
    const added = await plan([alert([hook("ONCALL_HOOK"), hook("BACKUP_HOOK"), SLACK])]);
    expect(steps(added)).toEqual(["update logs-alerts/api-errors"]);
    expect(added.steps[0]!.summary).toContain("destination added: webhook from secret BACKUP_HOOK");
    const text = rendered(added);
    expect(text).toContain("BACKUP_HOOK");
    for (const value of [ONCALL, BACKUP, "oncall-token", "backup-token"]) expect(text).not.toContain(value);
    await apply(added, { ONCALL_HOOK: ONCALL, BACKUP_HOOK: BACKUP });
    expect((await liveFunctions()).filter((fn) => fn.template === "template-webhook").map((fn) => fn.target)).toEqual([...Array(4).fill(BACKUP), ...Array(4).fill(ONCALL)]);
    expect(steps(await plan([alert([hook("ONCALL_HOOK"), hook("BACKUP_HOOK"), SLACK])]))).toEqual([]);

    const removed = await plan([alert([hook("ONCALL_HOOK"), hook("BACKUP_HOOK")])]);
    expect(removed.steps[0]!.summary).toEqual(["destination removed: Slack #alerts (C0123)"]);
    await apply(removed, { ONCALL_HOOK: ONCALL, BACKUP_HOOK: BACKUP });
    expect((await liveFunctions()).map((fn) => fn.template)).toEqual(Array(8).fill("template-webhook"));
    const settled = await plan([alert([hook("ONCALL_HOOK"), hook("BACKUP_HOOK")])], { prune: true });
    expect(steps(settled)).toEqual([]);
    for (const value of [ONCALL, BACKUP]) expect(rendered(settled)).not.toContain(value);
  });

  it("sees a destination made twice (two applies at once) and deletes the copy", async () => {
    await apply(await plan([alert([SLACK])]), {});
    const id = (await plan([alert([SLACK])])).steps[0]!.id;
    const copy = await fetch(`${emulator.url}/api/projects/1/logs/alerts/${String(id)}/destinations/`, { method: "POST", headers: { authorization: "Bearer phx_emulator", "content-type": "application/json" }, body: JSON.stringify({ type: "slack", slack_workspace_id: 7, slack_channel_id: "C0123", slack_channel_name: "alerts" }) });
    expect(copy.status).toBe(201);
    const fixing = await plan([alert([SLACK])]);
    expect(steps(fixing)).toEqual(["update logs-alerts/api-errors"]);
    await apply(fixing, {});
    expect(await liveFunctions()).toEqual(Array(4).fill({ template: "template-slack", target: "C0123" }));
    expect(steps(await plan([alert([SLACK])]))).toEqual([]);
  });

  it("re-sends a changed webhook URL only with --rotate-secrets, replacing that destination", async () => {
    await apply(await plan([alert([hook("ONCALL_HOOK")])]), { ONCALL_HOOK: ONCALL });
    expect(steps(await plan([alert([hook("ONCALL_HOOK")])]))).toEqual([]);
    const rotating = await plan([alert([hook("ONCALL_HOOK")])], { rotateSecrets: true });
    expect(steps(rotating)).toEqual(["update logs-alerts/api-errors"]);
    expect(rendered(rotating)).not.toContain(ONCALL);
    await apply(rotating, { ONCALL_HOOK: ROTATED });
    expect((await liveFunctions()).map((fn) => fn.target)).toEqual(Array(4).fill(ROTATED));
  });

  it("fails the alert's step naming the variable, before any destination is written, when the secret has no value", async () => {
    const api = connect(emulatorConnection(emulator.url));
    try {
      const result = await applyPlan(await plan([alert([hook("ONCALL_HOOK")])]), api, { clock: systemClock, secrets: secretsOf({}) });
      expect(result.results[0]).toMatchObject({ status: "failed" });
      expect(result.results[0]!.error).toContain("ONCALL_HOOK");
    } finally {
      await api.close();
    }
    expect(await liveFunctions()).toEqual([]);
  });

  it("leaves an undeclared alert's destinations alone, keeps them out of hog functions, and pulls them with secret placeholders", async () => {
    await apply(await plan([alert([hook("ONCALL_HOOK"), SLACK])]), { ONCALL_HOOK: ONCALL });
    const undeclared: Definition = { kind: "logs-alerts", key: "api-errors", spec: { key: "api-errors", name: "API errors", filters: { severityLevels: ["error"] } } };
    const pruning = await plan([undeclared], { prune: true });
    expect(steps(pruning)).toEqual([]);
    expect(pruning.steps.filter((step) => step.kind === "hog-functions")).toEqual([]);

    const root = mkdtempSync(join(tmpdir(), "logs-alert-pull-"));
    const api = connect(emulatorConnection(emulator.url));
    try {
      const report = await pullProject({ api, root, dir: "posthog", filter: { kinds: [], keys: [], adopt: false }, force: true, dryRun: false });
      expect(report.files.map((file) => file.path)).toEqual(["posthog/logs-alerts/api-errors.ts"]);
      const source = readFileSync(join(root, "posthog/logs-alerts/api-errors.ts"), "utf8");
      expect(source).toContain('secret("API_ERRORS_WEBHOOK_URL")');
      expect(report.warnings.join("\n")).toContain("API_ERRORS_WEBHOOK_URL");
      expect(source).toContain('slackChannelId: "C0123"');
      expect(source).not.toContain("oncall-token");
      // PostHog's newer hog function API refuses writes to them ("managed through the alert API"): never offered for adoption.
      const adopting = await pullProject({ api, root, dir: "posthog", filter: { kinds: ["hog-functions"], keys: [], adopt: true }, force: true, dryRun: true });
      expect([...adopting.files, ...adopting.adopted, ...adopting.warnings]).toEqual([]);
    } finally {
      await api.close();
      rmSync(root, { recursive: true, force: true });
    }
  });
});

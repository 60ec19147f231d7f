import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { getKind } from "../../src/core/kinds/index.js";
import type { JsonObject, JsonValue } from "../../src/core/json.js";
import type { Definition, KindName } from "../../src/core/model.js";
import { expectContract } from "../helpers/checked-emulator.js";
import { TARGETS_EMULATOR, scoped, scopedKey, useE2ETarget } from "../helpers/e2e-target.js";
import { applyDefinitions, describeChanges, planDefinitions } from "../helpers/project.js";
import { connect } from "../../src/engine/project.js";
import { cases, type Case } from "./convergence-cases.js";
import { def, flag, holdout, metric, purchase, ref, vips } from "./convergence-fixtures.js";

// The emulator, or a real project when POSTHOG_CONTRACT_* are set (docs/posthog-contract.md).
const target = useE2ETarget({ rateLimits: false });
beforeEach(async () => {
  await target.reset();
});
// Every request of a test and every response to it must fit PostHog's OpenAPI contract.
afterEach(() => {
  expectContract(target.requests);
  target.clearRequests();
});


/** SDK fields whose canonical field, the one plans compare, has another name, per kind. */
const CANONICAL_PATHS: Partial<Record<KindName, Record<string, string>>> = {
  "event-definitions": { propertyGroups: "property_groups" },
  experiments: { primarySavedMetrics: "saved_metrics" },
  annotations: { dateMarker: "date_marker", hidden: "hidden_in_user_interface", creationType: "creation_type" },
  alerts: { seriesIndex: "series_index", checkOngoingInterval: "check_ongoing_interval", calculationInterval: "calculation_interval", subscribedUsers: "subscribed_users", skipWeekend: "skip_weekend" },
  "early-access-features": { documentationUrl: "documentation_url" },
  "dashboard-templates": { name: "template_name", description: "dashboard_description", filters: "dashboard_filters", featured: "is_featured" },
  "insight-variables": { defaultValue: "default_value", isMulti: "is_multi" },
  surveys: { linkedFlag: "linked_flag", responsesLimit: "responses_limit", enablePartialResponses: "enable_partial_responses" },
  subscriptions: { target: "target_value", startDate: "start_date", untilDate: "until_date", dashboardExportInsights: "dashboard_export_insights" },
  "hog-functions": { templateId: "template_id", executionOrder: "execution_order" },
  "product-tours": { autoLaunch: "auto_launch", startDate: "start_date", endDate: "end_date", targetingFlagFilters: "targeting_flag_filters", linkedFlag: "linked_flag" },
  "hog-flows": { exitCondition: "exit_condition", triggerMasking: "trigger_masking" },
  "logs-sampling-rules": { ruleType: "rule_type", scopeService: "scope_service", scopePathPattern: "scope_path_pattern", scopeAttributeFilters: "scope_attribute_filters" },
  "logs-alerts": { thresholdCount: "threshold_count", thresholdOperator: "threshold_operator", windowMinutes: "window_minutes", evaluationPeriods: "evaluation_periods", datapointsToAlarm: "datapoints_to_alarm", cooldownMinutes: "cooldown_minutes" },
};

function edit(definition: Definition, path: string, value: JsonValue): Definition {
  return { ...definition, spec: { ...definition.spec, [path]: value } };
}

async function api(method: string, path: string, body?: JsonObject): Promise<JsonObject | undefined> {
  const response = await fetch(`${target.url}/api/projects/${target.projectId}/${path}`, {
    method,
    headers: { authorization: `Bearer ${target.apiKey}`, "content-type": "application/json" },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response.status === 204 ? undefined : ((await response.json()) as JsonObject);
}

describe.each(cases.map((c) => [c.target.kind, c] as const))("%s converges", (kind, c) => {
  const connection = () => target.connection();
  const all = (definition: Definition) => [...(c.dependencies ?? []), definition].map(scoped);
  const address = `${kind}/${scopedKey(c.target.key)}`;

  it("create → plan is a no-op", async () => {
    const { plan } = await applyDefinitions(connection(), all(c.target));
    expect(describeChanges(plan)).toContain(`create ${address}`);
    expect(describeChanges(await planDefinitions(connection(), all(c.target)))).toEqual([]);
  });

  it.each(c.edits.map(([path, value]) => [path, value] as const))("changing %s plans exactly one update with that field, then converges", async (path, value) => {
    await applyDefinitions(connection(), all(c.target));
    const edited = edit(c.target, path, value);
    const plan = await planDefinitions(connection(), all(edited));
    expect(describeChanges(plan)).toEqual([`update ${address}`]);
    const step = plan.steps.find((s) => s.action === "update")!;
    const field = CANONICAL_PATHS[kind]?.[path] ?? path;
    expect(step.changes.every((change) => change.path === field || change.path.startsWith(`${field}.`))).toBe(true);
    await applyDefinitions(connection(), all(edited));
    expect(describeChanges(await planDefinitions(connection(), all(edited)))).toEqual([]);
  });

  it("shows an edit made behind its back, and a delete behind its back is re-created", async () => {
    const { result } = await applyDefinitions(connection(), all(c.target));
    const id = result.results.find((r) => `${r.kind}/${r.key}` === address)!.id!;
    const collection = getKind(kind).api.collection;
    if (c.apiEdit) {
      await api("PATCH", `${collection}/${id}/`, c.apiEdit);
      expect(describeChanges(await planDefinitions(connection(), all(c.target)))).toEqual([`update ${address}`]);
      await applyDefinitions(connection(), all(c.target));
    }
    if (getKind(kind).api.remove === "soft") await api("PATCH", `${collection}/${id}/`, { ...c.deleteBody, deleted: true });
    else await api("DELETE", `${collection}/${id}/`);
    expect(describeChanges(await planDefinitions(connection(), all(c.target)))).toEqual([`create ${address}`]);
    await applyDefinitions(connection(), all(c.target));
    expect(describeChanges(await planDefinitions(connection(), all(c.target)))).toEqual([]);
  });

  // A prune plans every orphan of the project: on a real one that includes other people's objects.
  it.runIf(TARGETS_EMULATOR)("removing the definition prunes it only with --prune", async () => {
    await applyDefinitions(connection(), all(c.target));
    const without = (c.dependencies ?? []).map(scoped);
    const kept = await planDefinitions(connection(), without);
    expect(describeChanges(kept)).toEqual([]);
    const pruned = await planDefinitions(connection(), without, { prune: true });
    // A kind matched by a natural key (insight variables) is never deleted, nor reported as an orphan.
    if (getKind(kind).api.remove === "never") {
      expect(kept.orphans.map((o) => o.kind)).not.toContain(kind);
      expect(describeChanges(pruned)).toEqual([]);
      return;
    }
    expect(kept.orphans.map((o) => `${o.kind}/${o.key}`)).toContain(address);
    expect(describeChanges(pruned)).toEqual([`delete ${address}`]);
    await applyDefinitions(connection(), without, { prune: true });
    expect(describeChanges(await planDefinitions(connection(), without, { prune: true }))).toEqual([]);
  });
});

/**
 * Singletons (project settings) exist before any definition and are never created or deleted:
 * declaring fields plans one update, and each declared field converges on its own.
 */
const singletons: Case[] = [
  {
    target: def("project-settings", { key: "project", timezone: "Europe/Berlin", anonymize_ips: true, survey_config: { appearance: { backgroundColor: "#fff" } } }),
    edits: [["timezone", "Asia/Tokyo"], ["anonymize_ips", false], ["app_urls", ["https://example.com"]], ["survey_config", { appearance: { backgroundColor: "#000" } }]],
  },
  {
    target: def("error-tracking-settings", { key: "project", project_rate_limit_value: 1000, project_rate_limit_bucket_size_minutes: 60, per_issue_rate_limit_value: null }),
    edits: [["project_rate_limit_value", 500], ["project_rate_limit_bucket_size_minutes", 5], ["per_issue_rate_limit_value", 50], ["per_issue_rate_limit_bucket_size_minutes", 1]],
  },
];

describe.runIf(TARGETS_EMULATOR).each(singletons.map((c) => [c.target.kind, c] as const))("%s converges", (kind, c) => {
  const connection = () => target.connection();
  const address = `${kind}/${c.target.key}`;

  it("declaring fields plans one update, then plans as a no-op", async () => {
    const { plan } = await applyDefinitions(connection(), [c.target]);
    expect(describeChanges(plan)).toEqual([`update ${address}`]);
    expect(describeChanges(await planDefinitions(connection(), [c.target]))).toEqual([]);
  });

  it.each(c.edits.map(([path, value]) => [path, value] as const))("changing %s plans exactly one update with that field, then converges", async (path, value) => {
    await applyDefinitions(connection(), [c.target]);
    const edited = edit(c.target, path, value);
    const plan = await planDefinitions(connection(), [edited]);
    expect(describeChanges(plan)).toEqual([`update ${address}`]);
    expect(plan.steps.find((s) => s.action === "update")!.changes.every((change) => change.path === path || change.path.startsWith(`${path}.`))).toBe(true);
    await applyDefinitions(connection(), [edited]);
    expect(describeChanges(await planDefinitions(connection(), [edited]))).toEqual([]);
  });
});

/** A step's warnings as text, whether the plan carries them as strings or as typed warnings with a message. */
const warningTexts = (step: { warnings: readonly unknown[] } | undefined) => (step?.warnings ?? []).map((w) => (typeof w === "string" ? w : (w as { message: string }).message));

describe("fields PostHog will not change after creation", () => {
  const connection = () => target.connection();

  it("an endpoint rename plans a replacement, which apply makes and then converges", async () => {
    const daily = scoped(def("endpoints", { key: "daily", name: "daily-signups", query: { kind: "HogQLQuery", query: "select 1" } }));
    await applyDefinitions(connection(), [daily]);
    const renamed = { ...daily, spec: { ...daily.spec, name: `${String(daily.spec.name)}-v2` } };
    const plan = await planDefinitions(connection(), [renamed]);
    expect(describeChanges(plan)).toEqual([`replace endpoints/${daily.key}`]);
    expect(plan.summary).toMatchObject({ create: 1, delete: 1, update: 0 });
    expect(warningTexts(plan.steps.find((s) => s.action === "replace"))).toEqual([
      "PostHog cannot rename an endpoint (its name is its URL path), so apply replaces it: the endpoint under the old name is deleted and one is created under the new name",
    ]);
    await applyDefinitions(connection(), [renamed]);
    expect(describeChanges(await planDefinitions(connection(), [renamed]))).toEqual([]);
    const client = connect(connection());
    const names = (await client.list("endpoints")).map((e) => e.name);
    await client.close();
    expect(names).toContain(renamed.spec.name);
    expect(names).not.toContain(daily.spec.name);
  });

  it("an experiment's feature flag and type changes plan a replacement that converges", async () => {
    const other = def("feature-flags", { key: "other", filters: { groups: [{ rollout_percentage: 10 }], multivariate: { variants: [{ key: "control", rollout_percentage: 50 }, { key: "test", rollout_percentage: 50 }] } } });
    const experiment = def("experiments", { key: "exp", name: "Experiment", featureFlag: ref("feature-flags", "checkout") });
    await applyDefinitions(connection(), [flag, vips, other, experiment].map(scoped));
    const moved = { ...experiment, spec: { ...experiment.spec, featureFlag: ref("feature-flags", "other"), type: "web" } };
    const plan = await planDefinitions(connection(), [flag, vips, other, moved].map(scoped));
    const step = plan.steps.find((s) => s.kind === "experiments");
    expect(step?.action).toBe("replace");
    expect(warningTexts(step)).toEqual([
      "PostHog cannot change an experiment's type after creation, so apply replaces the experiment: the old one is deleted with its results and a new draft is created",
      "PostHog cannot change an experiment's feature flag after creation, so apply replaces the experiment: the old one is deleted with its results and a new draft is created",
    ]);
    await applyDefinitions(connection(), [flag, vips, other, moved].map(scoped));
    expect(describeChanges(await planDefinitions(connection(), [flag, vips, other, moved].map(scoped)))).toEqual([]);
  });
});

/** Text fields DRF's CharField strips (trim_whitespace), per kind, with PostHog's name for each (docs/posthog-contract.md). */
const STRIPPED: Partial<Record<KindName, [string, string]>> = {
  annotations: ["content", "content"],
  subscriptions: ["title", "title"],
  "logs-views": ["name", "name"],
  "logs-alerts": ["name", "name"],
  "logs-sampling-rules": ["name", "name"],
  "dashboard-templates": ["description", "dashboard_description"],
  experiments: ["name", "name"],
  "experiment-holdouts": ["description", "description"],
  "experiment-saved-metrics": ["name", "name"],
  dashboards: ["description", "description"],
  insights: ["name", "name"],
  "feature-flags": ["name", "name"],
  actions: ["description", "description"],
  cohorts: ["name", "name"],
  "event-definitions": ["description", "description"],
  "property-groups": ["description", "description"],
};
const strippedCases: Case[] = [...cases, { target: holdout, edits: [] }, { target: metric, edits: [] }].filter((c) => STRIPPED[c.target.kind] !== undefined);

describe.each(strippedCases.map((c) => [`${c.target.kind}/${c.target.key}`, c] as const))("%s with a trailing space", (_address, c) => {
  it("is refused before any request, naming the file and field, since PostHog would store it stripped and plan a change forever", async () => {
    const [field, posthogField] = STRIPPED[c.target.kind]!;
    const padded = edit(c.target, field, `${String(c.target.spec[field] ?? "Text")} `);
    const source = { file: `posthog/${c.target.kind}/${c.target.key}.ts`, line: 1 };
    target.clearRequests();
    const definitions = [...(c.dependencies ?? []), { ...padded, source }].map(scoped);
    const refused = await planDefinitions(target.connection(), definitions).then(() => undefined, (error: Error) => JSON.parse(error.message));
    expect(refused).toEqual([{ severity: "error", code: "invalid-field", message: `PostHog strips leading/trailing whitespace from ${posthogField}; remove it`, source, field, resource: `${c.target.kind}/${scopedKey(c.target.key)}` }]);
    expect(target.requests).toEqual([]);
  });
});

/** The user-written text field that carries each kind's identity marker (docs/posthog-contract.md, "Identity"). */
const MARKED: Partial<Record<KindName, string>> = {
  cohorts: "description",
  "experiment-holdouts": "description",
  experiments: "description",
  endpoints: "description",
  annotations: "content",
  subscriptions: "title",
  "logs-views": "name",
  "logs-alerts": "name",
  "logs-sampling-rules": "name",
  "dashboard-templates": "description",
  "batch-exports": "name",
  surveys: "description",
  "hog-functions": "description",
  "hog-flows": "description",
  "early-access-features": "description",
  "messaging-templates": "description",
  "product-tours": "description",
  "session-recording-playlists": "description",
};
const markedCases: Case[] = [...cases, { target: holdout, edits: [] }].filter((c) => MARKED[c.target.kind] !== undefined);

/** Whether the definition is refused before any request; otherwise it is applied. */
async function refusedOrApplied(definitions: Definition[]): Promise<boolean> {
  target.clearRequests();
  const refused = await planDefinitions(target.connection(), definitions).then(() => false, () => true);
  if (refused) expect(target.requests).toEqual([]);
  else await applyDefinitions(target.connection(), definitions);
  return refused;
}

// Python's str.strip() keeps U+FEFF and strips U+0085, so PostHog does, and so must the marker read and the kinds' normalisation.
describe.each(markedCases.map((c) => [`${c.target.kind}/${c.target.key}`, c] as const))("%s with marker text at Python's whitespace edge", (_address, c) => {
  const field = MARKED[c.target.kind]!;
  const withText = (suffix: string) => [...(c.dependencies ?? []), edit(c.target, field, `${String(c.target.spec[field] ?? "Text")}${suffix}`)].map(scoped);

  it("ending in U+FEFF: PostHog keeps it, and plan is then a no-op", async () => {
    const definitions = withText("\ufeff");
    await applyDefinitions(target.connection(), definitions);
    expect(describeChanges(await planDefinitions(target.connection(), definitions))).toEqual([]);
    const client = connect(target.connection());
    const kind = getKind(c.target.kind);
    const stored = (await client.list(kind.api.collection)).find((raw) => kind.identify(raw) === scopedKey(c.target.key))!;
    await client.close();
    expect(Object.values(stored).some((value) => typeof value === "string" && value.includes("\ufeff\n\n<!-- iac:"))).toBe(true);
  });

  it("ending in U+0085: refused before any request, or applied and then a no-op", async () => {
    const definitions = withText("\u0085");
    if (await refusedOrApplied(definitions)) return;
    expect(describeChanges(await planDefinitions(target.connection(), definitions))).toEqual([]);
  });
});

// ActionStepJSONSerializer's step text fields allow null but not blank: PostHog answers 400 "This field may not be blank.".
describe("actions/purchase with a blank step selector", () => {
  it("is refused before any request, naming the file and field", async () => {
    const source = { file: "posthog/actions/purchase.ts", line: 1 };
    const blank = { ...edit(purchase, "steps", [{ event: "$autocapture", selector: "" }]), source };
    target.clearRequests();
    const refused = await planDefinitions(target.connection(), [scoped(blank)]).then(() => undefined, (error: Error) => JSON.parse(error.message));
    expect(refused).toEqual([{ severity: "error", code: "invalid-field", message: 'PostHog refuses a blank selector in a step ("This field may not be blank."); leave it out or set it to null', source, field: "steps.0.selector", resource: `actions/${scopedKey("purchase")}` }]);
    expect(target.requests).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import type { JsonObject } from "../../src/core/json.js";
import { annotations } from "../../src/core/kinds/annotations.js";
import { cohorts } from "../../src/core/kinds/cohorts.js";
import { dashboardTemplates } from "../../src/core/kinds/dashboard-templates.js";
import { experimentHoldouts } from "../../src/core/kinds/experiment-holdouts.js";
import { experimentSavedMetrics } from "../../src/core/kinds/experiment-saved-metrics.js";
import { experiments } from "../../src/core/kinds/experiments.js";
import type { KindModule } from "../../src/core/kinds/kind.js";
import { logsAlerts } from "../../src/core/kinds/logs-alerts.js";
import { logsSamplingRules } from "../../src/core/kinds/logs-sampling-rules.js";
import { logsViews } from "../../src/core/kinds/logs-views.js";
import { subscriptions } from "../../src/core/kinds/subscriptions.js";

function problems(kind: KindModule, spec: JsonObject, owner?: string): string[] {
  const found: string[] = [];
  kind.validate?.(spec, (path, message) => found.push(`${path}: ${message}`), owner === undefined ? {} : { owner });
  return found;
}

const OWNER = "team-checkout";
// " owner:team-checkout" inside the marker.
const OWNER_ROOM = 20;

// Each kind's marker-bearing field and PostHog's max_length for it (see docs/posthog-contract.md).
const cases: { kind: KindModule; field: string; max: number; spec: JsonObject }[] = [
  { kind: annotations, field: "content", max: 8192, spec: { key: "k", dateMarker: "2024-05-01" } },
  { kind: subscriptions, field: "title", max: 100, spec: { key: "k", insight: { $ref: "insights/i" }, targetType: "email", target: "a@example.com", frequency: "weekly", startDate: "2025-01-06T09:00:00Z" } },
  { kind: logsViews, field: "name", max: 400, spec: { key: "k" } },
  { kind: logsAlerts, field: "name", max: 255, spec: { key: "k", filters: { severityLevels: ["error"] } } },
  { kind: logsSamplingRules, field: "name", max: 255, spec: { key: "k", ruleType: "path_drop", config: { patterns: ["^/health"] } } },
  { kind: dashboardTemplates, field: "description", max: 400, spec: { key: "k", name: "T" } },
  { kind: cohorts, field: "description", max: 1000, spec: { key: "k", name: "C", filters: { properties: { type: "AND", values: [] } } } },
];

/** The characters the bare marker takes in a field: "\n\n<!-- iac:<kind>:k iac:hash:0000000000000000 -->". */
const markerChars = (kind: KindModule) => `\n\n<!-- iac:${kind.name}:k iac:hash:0000000000000000 -->`.length;

describe("marker-bearing fields, counted as PostHog counts them with the owner apply writes", () => {
  it.each(cases)("$kind.name: $field leaves room for the owner in its marker", ({ kind, field, max, spec }) => {
    const room = max - markerChars(kind);
    expect(problems(kind, { ...spec, [field]: "x".repeat(room) })).toEqual([]);
    expect(problems(kind, { ...spec, [field]: "x".repeat(room) }, OWNER)).toEqual([
      `${field}: is ${room} characters; with the identity marker with the owner "${OWNER}" this tool appends it would be ${max + OWNER_ROOM}, over PostHog's limit of ${max}, so keep it to ${room - OWNER_ROOM} characters or use a shorter key or owner`,
    ]);
    expect(problems(kind, { ...spec, [field]: "x".repeat(room - OWNER_ROOM) }, OWNER)).toEqual([]);
  });

  it.each(cases)("$kind.name: $field counts code points, as Python's len does", ({ kind, field, max, spec }) => {
    const room = max - markerChars(kind);
    expect(problems(kind, { ...spec, [field]: "😀".repeat(room) })).toEqual([]);
    expect(problems(kind, { ...spec, [field]: "😀".repeat(room + 1) })).toEqual([expect.stringContaining(`${field}: is ${room + 1} characters`)]);
  });

  it("names a key too long to leave any room, with the owner", () => {
    const key = "k".repeat(40);
    expect(problems(subscriptions, { ...cases[1]!.spec, key, title: "T" }, OWNER)).toEqual([
      `title: the key is too long for PostHog's 100-character title, which must also hold the identity marker with the owner "${OWNER}" "<!-- iac:subscriptions:${key} iac:hash:0000000000000000 owner:${OWNER} -->"; use a shorter key or owner`,
    ]);
  });
});

// DRF's CharField strips (trim_whitespace) each of these fields; a definition with edge whitespace would plan a change forever.
const stripped: { kind: KindModule; spec: JsonObject; fields: Record<string, string> }[] = [
  { kind: annotations, spec: cases[0]!.spec, fields: { content: "content" } },
  { kind: subscriptions, spec: cases[1]!.spec, fields: { title: "title" } },
  { kind: logsViews, spec: cases[2]!.spec, fields: { name: "name" } },
  { kind: logsAlerts, spec: cases[3]!.spec, fields: { name: "name" } },
  { kind: logsSamplingRules, spec: cases[4]!.spec, fields: { name: "name" } },
  { kind: dashboardTemplates, spec: { key: "k" }, fields: { name: "template_name", description: "dashboard_description" } },
  { kind: experimentHoldouts, spec: { key: "k", filters: [{ properties: [], rollout_percentage: 10 }] }, fields: { name: "name", description: "description" } },
  { kind: experimentSavedMetrics, spec: { key: "k", query: { kind: "ExperimentMetric", metric_type: "mean" } }, fields: { name: "name", description: "description" } },
  { kind: experiments, spec: { key: "k", flag: { $ref: "feature-flags/f" } }, fields: { name: "name", description: "description" } },
];

describe("text PostHog strips", () => {
  it.each(stripped)("$kind.name refuses leading and trailing whitespace, naming the field", ({ kind, spec, fields }) => {
    for (const [field, posthogField] of Object.entries(fields)) {
      const others = Object.fromEntries(Object.keys(fields).filter((f) => f !== field).map((f) => [f, "Fine"]));
      expect(problems(kind, { ...spec, ...others, [field]: "Fine" })).toEqual([]);
      for (const text of [" Padded", "Padded ", "Padded\n", "\u3000Padded", "Padded\u0085"]) {
        expect(problems(kind, { ...spec, ...others, [field]: text })).toEqual([`${field}: PostHog strips leading/trailing whitespace from ${posthogField}; remove it`]);
      }
      // U+FEFF is not whitespace to Python, so PostHog keeps it.
      expect(problems(kind, { ...spec, ...others, [field]: "Kept\ufeff" })).toEqual([]);
    }
  });
});

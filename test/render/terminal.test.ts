import { describe, expect, it } from "vitest";
import { buildDesiredState } from "../../src/core/desired.js";
import type { Definition, ObservedResource } from "../../src/core/model.js";
import { createPlan } from "../../src/core/plan/plan.js";
import { renderPlanText } from "../../src/render/terminal.js";

const definitions: Definition[] = [
  { kind: "insights", key: "sql", spec: { key: "sql", name: "SQL", query: { kind: "DataVisualizationNode", source: { kind: "HogQLQuery", query: "select event,\n  count()\nfrom events\ngroup by event" } } } },
  { kind: "feature-flags", key: "new", spec: { key: "new", name: "New", filters: { groups: [{ rollout_percentage: 10 }] } } },
];

const observed: ObservedResource[] = [
  {
    kind: "insights",
    key: "sql",
    id: 4,
    managed: true,
    fields: { name: "SQL", description: "", tags: [], query: { kind: "DataVisualizationNode", source: { kind: "HogQLQuery", query: "select event,\n  count()\nfrom events\nwhere true\ngroup by event" } } },
  },
  { kind: "dashboards", key: "old", id: 9, managed: true, fields: { name: "Old", description: "", pinned: false, tags: [], tiles: [] } },
];

const plan = createPlan({ target: { host: "https://us.posthog.com", projectId: "7" }, desired: buildDesiredState(definitions).resources, observed, prune: false });

describe("renderPlanText", () => {
  it("renders creates, line diffs of long values, orphans and the summary", () => {
    expect(renderPlanText(plan, { color: false })).toBe(
      [
        "PostHog project 7 at https://us.posthog.com",
        "",
        "  ~ insight sql (id 4)",
        "      SQL query changed (1 line)",
        "      ~ query.source.query:",
        "          select event,",
        "            count()",
        "          from events",
        "        - where true",
        "          group by event",
        "  + feature flag new",
        '      + name: "New"',
        '      + filters: {"groups":[{"rollout_percentage":10}]}',
        "",
        "  1 managed resource(s) have no definition and are left alone (apply with --prune to delete):",
        "    · dashboard old (id 9)",
        "",
        "Plan: 1 to create, 1 to update, 0 to delete, 0 unchanged.",
        "",
      ].join("\n"),
    );
  });

  it("uses colour only when asked", () => {
    expect(renderPlanText(plan, { color: true })).toContain("\u001b[32m+ feature flag new");
    expect(renderPlanText(plan, { color: false })).not.toContain("\u001b[");
  });
});

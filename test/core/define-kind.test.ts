import { describe, expect, it } from "vitest";
import { defineKind } from "../../src/core/kinds/define.js";
import { getKind, KINDS, orderKinds } from "../../src/core/kinds/index.js";
import type { KindModule } from "../../src/core/kinds/kind.js";
import { field, object, required, string } from "../../src/core/schema.js";

const change = (path: string, before: unknown, after: unknown) => ({ path, kind: "update" as const, before: before as never, after: after as never });

describe("defineKind", () => {
  it("derives the fields PostHog will not change after creation from the schema, under their canonical names", () => {
    const immutable = Object.fromEntries(KINDS.filter((k) => k.immutable.length > 0).map((k) => [k.name, k.immutable.map((f) => f.path)]));
    expect(immutable).toEqual({ "event-definitions": ["name"], cohorts: ["query"], experiments: ["type", "feature_flag"], endpoints: ["name", "derived_from_insight"], "early-access-features": ["feature_flag"], subscriptions: ["content_type"], "session-recording-playlists": ["type"], "hog-functions": ["type", "template_id"], dashboards: ["template"] });
  });

  it("warns, before the kind's own warnings, when a plan changes an immutable field", () => {
    const experiments = getKind("experiments");
    const running = { lifecycle: "running" };
    expect(experiments.warn!([change("feature_flag", "a", "b"), change("metrics", [], [{}])], running, running)).toEqual([
      "PostHog cannot change an experiment's feature flag after creation, so apply replaces the experiment: the old one is deleted with its results and a new draft is created",
      "this experiment is running: changing its metrics invalidates the results collected so far",
    ]);
    expect(experiments.warn!([change("type", "product", "web")], { lifecycle: "draft" }, undefined)).toEqual([
      "PostHog cannot change an experiment's type after creation, so apply replaces the experiment: the old one is deleted with its results and a new draft is created",
    ]);
    expect(getKind("endpoints").warn!([change("name", "daily", "weekly")], {}, {})).toEqual([
      "PostHog cannot rename an endpoint (its name is its URL path), so apply replaces it: the endpoint under the old name is deleted and one is created under the new name",
    ]);
    expect(getKind("endpoints").warn!([change("description", "", "d")], {}, {})).toEqual([]);
  });

  it("adds no warn hook to a kind that has neither immutable fields nor warnings of its own", () => {
    const plain = defineKind({ ...getKind("actions"), name: "plain", schema: object({ key: required(string()) }) });
    expect(plain.warn).toBeUndefined();
    const frozen = defineKind({ ...plain, schema: object({ key: required(string()), slug: field(string(), { immutable: { reason: "no renames" } }) }) });
    expect(frozen.warn!([change("slug.x", 1, 2)], {}, {})).toEqual(["no renames"]);
  });
});

describe("kind order", () => {
  const kind = (name: string, references: string[]) => ({ ...getKind("actions"), name, references }) as unknown as KindModule;

  it("puts each kind after the kinds it references, whatever order the registry lists them in", () => {
    const order = orderKinds([kind("dashboards", ["insights"]), kind("cohorts", ["cohorts"]), kind("insights", ["actions"]), kind("actions", [])]);
    expect(order.map((k) => k.name)).toEqual(["actions", "insights", "dashboards", "cohorts"]);
  });

  it("keeps the registry's order between kinds that do not depend on each other, so plans stay as they were", () => {
    expect(KINDS.map((k) => k.name)).toEqual([
      "property-groups", "event-definitions", "cohorts", "actions", "insight-variables", "warehouse-saved-queries", "insights", "feature-flags",
      "experiment-holdouts", "experiment-saved-metrics", "experiments", "dashboards", "dashboard-templates", "annotations", "alerts", "early-access-features",
      "messaging-templates", "surveys", "product-tours", "hog-functions", "hog-flows", "batch-exports", "logs-views", "logs-sampling-rules", "logs-alerts", "subscriptions", "session-recording-playlists", "endpoints",
      "project-settings", "error-tracking-settings",
    ]);
  });

  it("refuses a cycle between kinds and a reference to a kind that is not registered", () => {
    expect(() => orderKinds([kind("a", ["b"]), kind("b", ["a"])])).toThrow("kinds reference each other in a cycle: a → b → a");
    expect(() => orderKinds([kind("a", ["missing"])])).toThrow("kind a references missing, which is not a registered kind");
  });
});

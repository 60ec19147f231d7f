import { describe, expect, it } from "vitest";
import type { JsonObject } from "../../src/core/json.js";
import { appendIdentityMarker } from "../../src/core/identity.js";
import { sessionRecordingPlaylists } from "../../src/core/kinds/session-recording-playlists.js";
import { assemblePlan } from "../../src/core/plan/assemble.js";
import type { PlanStep } from "../../src/core/plan/types.js";
import { describeSchedule } from "../../src/core/kinds/subscriptions-schedule.js";
import { subscriptions } from "../../src/core/kinds/subscriptions.js";
import type { KindModule } from "../../src/core/kinds/kind.js";

function problems(kind: KindModule, spec: JsonObject): string[] {
  const found: string[] = [];
  const report = (path: string, message: string) => found.push(`${path}: ${message}`);
  kind.schema.check(spec, "", report);
  if (found.length === 0) kind.validate?.(spec, report);
  return found;
}

const onDashboard = { key: "weekly", title: "Weekly", targetType: "email", target: "a@example.com", frequency: "weekly", startDate: "2025-01-06T09:00:00Z", dashboard: { $ref: "dashboards/growth" } };
const base = { key: "weekly", title: "Weekly", insight: { $ref: "insights/signups" }, targetType: "email", target: "a@example.com", frequency: "weekly", startDate: "2025-01-06T09:00:00Z" };
const lookup = { keyOf: (kind: string, id: string | number) => (kind === "insights" && id === 7 ? "signups" : kind === "dashboards" && id === 3 ? "growth" : undefined), rows: () => [] };

describe("subscriptions", () => {
  it("checks offline what SubscriptionSerializer.validate refuses, naming the field", () => {
    expect(problems(subscriptions, base)).toEqual([]);
    expect(problems(subscriptions, { ...base, dashboard: { $ref: "dashboards/growth" }, dashboardExportInsights: [{ $ref: "insights/signups" }] })).toEqual(["dashboard: declare exactly one of `insight` and `dashboard`"]);
    expect(problems(subscriptions, onDashboard)).toEqual(["dashboardExportInsights: Select at least one insight for this subscription."]);
    expect(problems(subscriptions, { ...base, dashboardExportInsights: [{ $ref: "insights/signups" }] })).toEqual(["dashboardExportInsights: Cannot set insights selection without a dashboard."]);
    expect(problems(subscriptions, { ...base, targetType: "slack", target: "#general" })).toEqual(["integrationId: A Slack integration is required for Slack subscriptions."]);
    expect(problems(subscriptions, { ...base, target: "a@example.com, not-an-email" })).toEqual(['target: "not-an-email" is not an email address (separate addresses with commas)']);
    expect(problems(subscriptions, { ...base, targetType: "webhook", target: "ftp://example.com" })).toEqual(["target: must be an http(s) URL for a webhook"]);
    expect(problems(subscriptions, { ...base, startDate: "next monday" })).toEqual(['startDate: "next monday" is not an ISO 8601 date-time (e.g. "2025-01-06T09:00:00Z")']);
    // PostHog keeps 100 characters of title and marker together.
    expect(problems(subscriptions, { ...base, title: "t".repeat(60) })).toEqual(["title: is 60 characters; with the identity marker this tool appends it would be 121, over PostHog's limit of 100, so keep it to 39 characters or use a shorter key"]);
  });

  it("compares what PostHog returns: the marker in the title, references as keys, the schedule in DRF's date-time form", () => {
    const desired = subscriptions.toDesired({ ...base, startDate: "2025-01-06T10:00:00+01:00", byweekday: [] });
    expect(desired.dependsOn).toEqual([{ kind: "insights", key: "signups" }]);
    const raw = {
      id: 5, content_type: "insight", insight: 7, insight_short_id: "abc", dashboard: null, dashboard_export_insights: [], title: appendIdentityMarker("subscriptions", "weekly", "Weekly"),
      target_type: "email", target_value: "a@example.com", frequency: "weekly", interval: 1, byweekday: null, bysetpos: null, count: null,
      start_date: "2025-01-06T09:00:00Z", until_date: null, enabled: true, integration_id: null, invite_message: null, deleted: false,
    };
    expect(subscriptions.identify(raw)).toBe("weekly");
    const live = subscriptions.toObserved(raw, lookup);
    expect(subscriptions.compare!(live, desired.fields)).toEqual(desired.fields);
    expect(subscriptions.ui!.page!(raw)).toBe("insights/abc/subscriptions/5");
    expect(subscriptions.ui!.page!({ ...raw, insight: null, insight_short_id: null, dashboard: 3 })).toBe("dashboard/3/subscriptions/5");
  });

  it("links a subscription to its page on its insight or dashboard, and a playlist to its replay page", () => {
    const step = (kind: "subscriptions" | "session-recording-playlists", uiId: string): PlanStep => ({ kind, key: "k", action: "update", id: 1, uiId, before: {}, after: {}, changes: [], summary: [], warnings: [], dependsOn: [] });
    const plan = assemblePlan({ target: { host: "https://us.posthog.com", projectId: "2" }, prune: false, steps: [step("subscriptions", "insights/abc/subscriptions/5"), step("session-recording-playlists", "AbCd1234")], orphans: [], warnings: [] });
    expect(plan.steps.map((s) => s.url)).toEqual(["https://us.posthog.com/project/2/insights/abc/subscriptions/5", "https://us.posthog.com/project/2/replay/playlists/AbCd1234"]);
    expect(plan.kinds.find((kind) => kind.name === "subscriptions")).not.toHaveProperty("pageUrl");
  });

  it("sends the content type on create, the dashboard's insights as ids, and the write-only invite message", () => {
    const { fields } = subscriptions.toDesired({ ...onDashboard, dashboardExportInsights: [{ $ref: "insights/signups" }], inviteMessage: "Welcome" });
    const idOf = ({ kind }: { kind: string }) => (kind === "dashboards" ? 3 : 7);
    expect(subscriptions.toPayload("weekly", fields, { idOf }, "create")).toMatchObject({ content_type: "dashboard", dashboard: 3, dashboard_export_insights: [7], invite_message: "Welcome" });
    const update = subscriptions.toPayload("weekly", fields, { idOf }, "update");
    expect(update).not.toHaveProperty("content_type");
    expect(update).not.toHaveProperty("insight");
    expect(subscriptions.immutable.map((entry) => entry.path)).toEqual(["content_type"]);
  });

  it("summarises a schedule in the words of Subscription.summary, and warns that PostHog delivers on create", () => {
    expect(describeSchedule({ frequency: "weekly", interval: 2, byweekday: ["friday"], bysetpos: -1 })).toBe("sent every 2 weeks on the last Friday");
    expect(describeSchedule({ frequency: "monthly", interval: 1, byweekday: ["monday", "tuesday", "wednesday", "thursday", "friday"], bysetpos: 1 })).toBe("sent every month on the first weekday");
    expect(describeSchedule({ frequency: "daily", interval: 1, byweekday: null, bysetpos: null })).toBe("sent every day");
    // PostHog compares the weekdays as a set.
    expect(describeSchedule({ frequency: "monthly", interval: 1, byweekday: ["friday", "monday", "tuesday", "wednesday", "thursday", "friday"], bysetpos: -1 })).toBe("sent every month on the last weekday");
    const before = subscriptions.toDesired(base).fields;
    const after = { ...before, frequency: "monthly", enabled: false };
    const changes = [{ path: "frequency", kind: "update" as const, before: "weekly", after: "monthly" }, { path: "enabled", kind: "update" as const, before: true, after: false }];
    expect(subscriptions.summarize!(changes, before, after)).toEqual(["sent every month (was sent every week)", "delivery paused"]);
    expect(subscriptions.warn!([], undefined, before)).toEqual(["PostHog delivers a new enabled subscription right away (emailed to a@example.com), and invites new email recipients"]);
  });
});

describe("session recording playlists", () => {
  it("checks the type against the filters as the serializer's create does", () => {
    expect(problems(sessionRecordingPlaylists, { key: "rage", name: "Rage", filters: { date_from: "-7d" } })).toEqual([]);
    expect(problems(sessionRecordingPlaylists, { key: "rage", name: "Rage" })).toEqual(["filters: You must provide a valid filters when creating a saved filter"]);
    expect(problems(sessionRecordingPlaylists, { key: "picks", name: "Picks", type: "collection", filters: { date_from: "-7d" } })).toEqual(["filters: You cannot create a collection with filters"]);
  });

  it("is addressed by short_id, leaves synthetic playlists unmanaged, and soft-deletes with the live filters", () => {
    const raw = { id: 4, short_id: "AbCd1234", name: "Rage", description: appendIdentityMarker("session-recording-playlists", "rage", "Frustrated"), type: "filters", filters: { date_from: "-7d" }, pinned: false };
    expect(sessionRecordingPlaylists.api.pathId!(raw)).toBe("AbCd1234");
    expect(sessionRecordingPlaylists.identify(raw)).toBe("rage");
    expect(sessionRecordingPlaylists.identify({ ...raw, is_synthetic: true })).toBeUndefined();
    expect(sessionRecordingPlaylists.api.patchRequires).toEqual(["filters"]);
    const desired = sessionRecordingPlaylists.toDesired({ key: "rage", name: "Rage", description: "Frustrated", filters: { date_from: "-7d" } });
    expect(sessionRecordingPlaylists.toObserved(raw, lookup)).toEqual(desired.fields);
    expect(sessionRecordingPlaylists.toPayload("rage", desired.fields, { idOf: () => undefined }, "update")).not.toHaveProperty("type");
    // A playlist from before types existed reads as what its filters make it, so adopting one never replaces it.
    expect(sessionRecordingPlaylists.toObserved({ ...raw, type: null }, lookup).type).toBe("filters");
    expect(sessionRecordingPlaylists.toObserved({ ...raw, type: null, filters: {} }, lookup).type).toBe("collection");
  });
});

import { describe, expect, it } from "vitest";
import { canonicalDateTime } from "../../src/core/datetime.js";
import type { JsonObject } from "../../src/core/json.js";
import { annotations } from "../../src/core/kinds/annotations.js";

function problems(spec: JsonObject): string[] {
  const found: string[] = [];
  const report = (path: string, message: string) => found.push(`${path}: ${message}`);
  annotations.schema.check(spec, "", report);
  if (found.length === 0) annotations.validate?.(spec, report);
  return found;
}

const base = { key: "launch", content: "Launched", dateMarker: "2024-05-01" };

describe("date-times as DRF writes them", () => {
  it.each([
    ["2024-05-01", "2024-05-01T00:00:00Z"],
    ["2024-05-01T09:30", "2024-05-01T09:30:00Z"],
    ["2024-05-01 09:30:00", "2024-05-01T09:30:00Z"],
    ["2024-05-01T11:30:00+02:00", "2024-05-01T09:30:00Z"],
    ["2024-05-01T00:30:00-0100", "2024-05-01T01:30:00Z"],
    ["2024-05-01T09:30:00.5Z", "2024-05-01T09:30:00.500000Z"],
    ["2024-05-01T09:30:00.000Z", "2024-05-01T09:30:00Z"],
    ["2024-12-31T23:30:00-01:00", "2025-01-01T00:30:00Z"],
  ])("%s is %s", (input, expected) => {
    expect(canonicalDateTime(input)).toBe(expected);
  });

  it.each(["May 1st", "2024-02-30", "2024-13-01", "2024-05-01T25:00", "1714556400"])("refuses %s", (input) => {
    expect(canonicalDateTime(input)).toBeUndefined();
  });
});

describe("annotations", () => {
  it("names the field of every problem", () => {
    expect(problems({ ...base, dateMarker: "May 1st" })).toEqual(['dateMarker: "May 1st" is not an ISO 8601 date or date-time (e.g. "2024-05-01" or "2024-05-01T09:30:00Z")']);
    expect(problems({ ...base, scope: "dashboard" })).toEqual(['dashboard: is required when scope is "dashboard"']);
    expect(problems({ ...base, scope: "dashboard_item" })).toEqual(['insight: is required when scope is "dashboard_item"']);
    expect(problems({ ...base, dashboard: { $ref: "dashboards/growth" } })).toEqual(['dashboard: is only used when scope is "dashboard" (scope is "project")']);
    expect(problems({ ...base, scope: "organization" })[0]).toMatch(/^scope: expected one of "project", "dashboard", "dashboard_item"/);
    expect(problems({ ...base, emoji: "🚀".repeat(17) })).toEqual(["emoji: must be at most 16 characters"]);
    expect(problems({ ...base, emoji: "🚀".repeat(16) })).toEqual([]);
    expect(problems({ ...base, content: "x".repeat(8192) })[0]).toMatch(/^content: is 8192 characters; with the identity marker this tool appends it would be 8\d{3}, over PostHog's limit of 8192/);
  });

  it("compares what PostHog stores: trimmed content, UTC date markers, no blank emoji, hidden null as shown", () => {
    const desired = annotations.toDesired({ ...base, content: "  Launched \n", dateMarker: "2024-05-01T11:30:00+02:00", emoji: "" }).fields;
    const live = annotations.toObserved(
      { id: 1, content: "Launched\n\n<!-- iac:annotations:launch -->", date_marker: "2024-05-01T09:30:00Z", scope: "project", dashboard_id: 4, dashboard_item: null, emoji: null, hidden_in_user_interface: null, creation_type: "USR" },
      { keyOf: () => undefined, rows: () => [] },
    );
    expect(live).toEqual(desired);
    expect(desired).toMatchObject({ content: "Launched", date_marker: "2024-05-01T09:30:00Z", dashboard: null, emoji: null, hidden_in_user_interface: false });
  });

  it("sends the references of the scope only, and the scope always (the model's default is the insight's)", () => {
    const { fields, dependsOn } = annotations.toDesired({ ...base, scope: "dashboard", dashboard: { $ref: "dashboards/growth" } });
    expect(dependsOn).toEqual([{ kind: "dashboards", key: "growth" }]);
    const payload = annotations.toPayload("launch", fields, { idOf: (address) => (address.key === "growth" ? 7 : undefined) }, "create");
    expect(payload).toEqual({ content: "Launched\n\n<!-- iac:annotations:launch iac:hash:0000000000000000 -->", date_marker: "2024-05-01T00:00:00Z", scope: "dashboard", dashboard_id: 7, dashboard_item: null, emoji: null, hidden_in_user_interface: false, creation_type: "USR" });
    expect(annotations.toPayload("launch", annotations.toDesired(base).fields, { idOf: () => 7 }, "create")).toMatchObject({ scope: "project", dashboard_id: null, dashboard_item: null });
  });

  it("recognises PostHog's tool's marker, and never an organization-scoped annotation", () => {
    expect(annotations.identify({ content: "Deploy\n\n<!-- iac:annotations:deploy iac:hash:abc123 -->", scope: "project" })).toBe("deploy");
    expect(annotations.identify({ content: "Deploy\n\n<!-- iac:annotations:deploy -->", scope: "organization" })).toBeUndefined();
  });

  it("summarises scope, date and visibility changes in PostHog's words", () => {
    const before = { scope: "project", dashboard: null, insight: null, date_marker: "2024-05-01T00:00:00Z", hidden_in_user_interface: false };
    const after = { scope: "dashboard", dashboard: "growth", insight: null, date_marker: "2024-05-02T00:00:00Z", hidden_in_user_interface: true };
    const changes = ["scope", "dashboard", "date_marker", "hidden_in_user_interface"].map((path) => ({ path, kind: "update" as const }));
    expect(annotations.summarize?.(changes, before, after)).toEqual([
      "shown on dashboard growth (was for the current project)",
      "marks 2024-05-02T00:00:00Z (was 2024-05-01T00:00:00Z)",
      "hidden from the PostHog UI",
    ]);
  });

  it("pulls a dashboard as an import and leaves out one that is not pulled, with a warning", () => {
    const warnings: string[] = [];
    const spec = annotations.toSpec({ content: "c", date_marker: "2024-05-01T00:00:00Z", scope: "dashboard", dashboard: "#12", insight: null, emoji: null, hidden_in_user_interface: false, creation_type: "USR" }, "k", (m) => warnings.push(m));
    expect(spec).toEqual({ key: "k", content: "c", dateMarker: "2024-05-01T00:00:00Z", scope: "dashboard" });
    expect(warnings).toEqual(["is shown on dashboard #12, which is not pulled; it is left out"]);
    expect(annotations.toSpec({ content: "c", date_marker: "2024-05-01T00:00:00Z", scope: "dashboard", dashboard: "growth", insight: null, emoji: "🚀", hidden_in_user_interface: true, creation_type: "GIT" }, "k", () => undefined)).toEqual({
      key: "k",
      content: "c",
      dateMarker: "2024-05-01T00:00:00Z",
      scope: "dashboard",
      dashboard: { $ref: "dashboards/growth" },
      emoji: "🚀",
      hidden: true,
      creationType: "GIT",
    });
  });
});

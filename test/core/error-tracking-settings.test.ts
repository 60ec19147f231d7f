import { describe, expect, it } from "vitest";
import { errorTrackingSettings } from "../../src/core/kinds/error-tracking-settings.js";
import { updatePath, objectPath } from "../../src/core/observe.js";

const problems = (spec: Record<string, unknown>) => {
  const found: string[] = [];
  errorTrackingSettings.schema.check({ key: "project", ...spec } as never, "", (path, message) => found.push(`${path}: ${message}`));
  return found;
};

describe("error tracking settings", () => {
  it("reads and writes through the two collection actions, never an object path", () => {
    expect(objectPath(errorTrackingSettings, 7)).toBe("error_tracking/settings/retrieve_settings/");
    expect(updatePath(errorTrackingSettings, 7)).toBe("error_tracking/settings/update_settings/");
  });

  it("compares and sends only the declared limits, null included", () => {
    const { fields } = errorTrackingSettings.toDesired({ key: "project", project_rate_limit_value: 100, per_issue_rate_limit_value: null });
    expect(fields).toEqual({ project_rate_limit_value: 100, per_issue_rate_limit_value: null });
    expect(errorTrackingSettings.toPayload("project", fields, { idOf: () => undefined }, "update")).toEqual(fields);
    const live = errorTrackingSettings.toObserved({ project_rate_limit_value: 100, project_rate_limit_bucket_size_minutes: 5, per_issue_rate_limit_value: null, per_issue_rate_limit_bucket_size_minutes: null }, { keyOf: () => undefined, rows: () => [] });
    expect(live).toMatchObject(fields);
  });

  it("accepts positive integers and null, as PostHog's IntegerField(min_value=1, allow_null=True) does", () => {
    expect(problems({ project_rate_limit_value: 1, per_issue_rate_limit_value: null })).toEqual([]);
    expect(problems({ project_rate_limit_value: 0 })).toHaveLength(1);
    expect(problems({ per_issue_rate_limit_bucket_size_minutes: 1.5 })).toHaveLength(1);
    expect(problems({ per_issue_rate_limit_value: "10" })).toHaveLength(1);
  });

  it("pulls only the limits that are set, and summarises a change as the limit it makes", () => {
    expect(errorTrackingSettings.toSpec({ project_rate_limit_value: 100, project_rate_limit_bucket_size_minutes: null, per_issue_rate_limit_value: null }, "project", () => undefined)).toEqual({ project_rate_limit_value: 100 });
    const before = { project_rate_limit_value: null, project_rate_limit_bucket_size_minutes: 60 };
    const after = { project_rate_limit_value: 1000, project_rate_limit_bucket_size_minutes: 60, per_issue_rate_limit_value: 5, per_issue_rate_limit_bucket_size_minutes: 1 };
    expect(errorTrackingSettings.summarize?.([{ path: "project_rate_limit_value", kind: "update" }, { path: "per_issue_rate_limit_value", kind: "add" }], before, after)).toEqual([
      "project-wide limit: no limit → 1000 exceptions per 60 minutes",
      "per-issue limit: no limit → 5 exceptions per 1 minute",
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { buildDesiredState } from "../../src/core/desired.js";
import { appendIdentityMarker } from "../../src/core/identity.js";
import { earlyAccessFeatures } from "../../src/core/kinds/early-access-features.js";
import { featureFlags } from "../../src/core/kinds/feature-flags.js";

const base = { key: "editor", name: "Editor", stage: "beta", featureFlag: { $ref: "feature-flags/editor-flag" } };
const lookup = { keyOf: (kind: string, id: string | number) => (kind === "feature-flags" && id === 3 ? "editor-flag" : undefined), rows: () => [] };

describe("early access features", () => {
  it("compares what PostHog returns, with the marker in the description and the flag as a key", () => {
    const desired = earlyAccessFeatures.toDesired({ ...base, description: " Try it " });
    expect(desired.dependsOn).toEqual([{ kind: "feature-flags", key: "editor-flag" }]);
    const live = earlyAccessFeatures.toObserved(
      { id: "u", name: "Editor", description: appendIdentityMarker("early-access-features", "editor", "Try it"), stage: "beta", documentation_url: "", payload: {}, feature_flag: { id: 3, key: "editor-flag" } },
      lookup,
    );
    expect(live).toEqual(desired.fields);
    expect(earlyAccessFeatures.identify({ description: "x\n\n<!-- iac:early-access-features:editor iac:hash:abc -->" })).toBe("editor");
  });

  it("sends the flag only on create, and refuses to change it in place", () => {
    const { fields } = earlyAccessFeatures.toDesired(base);
    expect(earlyAccessFeatures.toPayload("editor", fields, { idOf: () => 3 }, "create")).toMatchObject({ feature_flag_id: 3, stage: "beta" });
    expect(earlyAccessFeatures.toPayload("editor", fields, { idOf: () => 3 }, "update")).not.toHaveProperty("feature_flag_id");
    expect(earlyAccessFeatures.immutable).toEqual([{ path: "feature_flag", reason: "PostHog cannot change an early access feature's flag after creation; apply deletes the feature and creates it anew with the new flag" }]);
  });

  it("drives the flag's enrollment in an active stage, which the flag's plan never compares on its own", () => {
    const flag = { kind: "feature-flags" as const, key: "editor-flag", spec: { key: "editor-flag", filters: { groups: [{ rollout_percentage: 0 }] } } };
    const state = (stage: string) => buildDesiredState([flag, { kind: "early-access-features", key: "editor", spec: { ...base, stage } }]);
    const flagOf = (stage: string) => state(stage).resources.find((resource) => resource.kind === "feature-flags")!.fields;
    expect((flagOf("beta").filters as { feature_enrollment?: boolean }).feature_enrollment).toBe(true);
    expect(flagOf("draft").filters).not.toHaveProperty("feature_enrollment");
    const live = { ...flagOf("draft") };
    expect(featureFlags.compare?.(live, flagOf("beta"))).toEqual(flagOf("beta"));
    expect(featureFlags.compare?.(live, flagOf("draft"))).toEqual(live);
  });

  it("summarises a stage change with what it does to the flag", () => {
    const before = earlyAccessFeatures.toDesired({ ...base, stage: "draft" }).fields;
    const after = earlyAccessFeatures.toDesired(base).fields;
    expect(earlyAccessFeatures.summarize?.([{ path: "stage", kind: "update" }], before, after)).toEqual(["stage draft → beta; the flag is enabled for people who opted in"]);
    expect(earlyAccessFeatures.summarize?.([{ path: "stage", kind: "update" }], after, before)).toEqual(["stage beta → draft; opted-in people no longer get the flag"]);
  });
});

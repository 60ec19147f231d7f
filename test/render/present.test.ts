import { describe, expect, it } from "vitest";
import type { ApplyResult } from "../../src/core/apply.js";
import { buildDesiredState } from "../../src/core/desired.js";
import { featureFlags } from "../../src/core/kinds/feature-flags.js";
import type { Definition, ObservedResource } from "../../src/core/model.js";
import { createPlan } from "../../src/core/plan/plan.js";
import type { Plan } from "../../src/core/plan/types.js";
import { renderDriftTable } from "../../src/render/drift-markdown.js";
import { renderPlanMarkdown, renderResultsMarkdown } from "../../src/render/markdown.js";
import { describePlanWarning, presentStep } from "../../src/render/present.js";
import { renderPlanText } from "../../src/render/terminal.js";

const target = { host: "https://eu.posthog.com", projectId: "12", environment: "staging" };
const flag = (key: string): Definition => ({ kind: "feature-flags", key, spec: { key, name: key, filters: { groups: [{ rollout_percentage: 50 }] } } });

function liveFlag(key: string, id: number, extra: Partial<ObservedResource> = {}): ObservedResource {
  const raw = { id, key, name: key, active: true, tags: [`iac:feature-flags:${key}`], filters: { groups: [{ properties: [], rollout_percentage: 20 }] } };
  return { kind: "feature-flags", key, id, uiId: id, managed: true, fields: featureFlags.toObserved(raw, { keyOf: () => undefined, rows: () => [] }), ...extra };
}

const plan = createPlan({
  target,
  desired: buildDesiredState([
    flag("checkout"),
    flag("beta"),
    { kind: "actions", key: "purchase", spec: { key: "purchase", name: "Purchase", steps: [{ event: "order completed" }] } },
    { kind: "event-definitions", key: "signed up", spec: { key: "signed up", name: "signed up", description: "A new account" } },
  ]).resources,
  observed: [
    liveFlag("checkout", 3),
    liveFlag("checkout", 5, { duplicateOf: 3 }),
    { ...liveFlag("beta", 6), fields: { ...liveFlag("beta", 6).fields, archived: true, active: false } },
    { kind: "event-definitions", key: "signed up", id: "e-1", managed: false, fields: { name: "signed up", description: "" } },
  ],
  unmanaged: [{ kind: "actions", id: 41, value: "Purchase" }],
  unreadable: [{ kind: "cohorts", reason: "forbidden" }, { kind: "experiments", reason: "unavailable" }],
  prune: false,
});
const step = (action: string, key: string) => plan.steps.find((s) => s.action === action && s.key === key)!;

describe("the presentation step", () => {
  it("words each typed reason and warning as every renderer shows it", () => {
    expect(presentStep(plan, step("create", "purchase")).warnings).toEqual([
      'an unmanaged action with name "Purchase" (id 41) already exists, and PostHog keeps names unique, so this create will fail; adopt it with `posthog-definitions pull --adopt --kind actions --key 41`, or rename the definition',
    ]);
    expect(presentStep(plan, step("update", "signed up")).notes).toEqual(["adopts the existing event definition (not yet managed by this tool)"]);
    expect(presentStep(plan, step("delete", "checkout")).notes).toEqual(["removes a duplicate: feature flag id 3 carries the same identity and is kept"]);
    expect(presentStep(plan, step("update", "beta")).warnings).toEqual([expect.stringMatching(/^this flag was archived in PostHog; applying unarchives it/)]);
    expect(plan.warnings.map((w) => describePlanWarning(plan, w))).toEqual([
      'conflict: 2 feature flags carry the identity of "checkout" (ids 3, 5); apply keeps id 3, the oldest, moves references to it and removes the others',
      "could not read cohorts (the API key lacks the scope); managed cohorts were not checked",
      "could not read experiments (not available on this PostHog instance); managed experiments were not checked",
    ]);
  });

  it("lets the terminal and markdown say the same: a duplicate's delete says why in both", () => {
    const text = renderPlanText(plan, { color: false });
    expect(text).toContain("  - feature flag checkout (id 5)\n      removes a duplicate: feature flag id 3 carries the same identity and is kept\n");
    expect(text).toContain('  ! conflict: 2 feature flags carry the identity of "checkout"');
    expect(text).toContain("  ! could not read cohorts (the API key lacks the scope); managed cohorts were not checked\n");
    const markdown = renderPlanMarkdown([{ environment: "staging", host: target.host, projectId: "12", plan }], { maxLength: 65_000 });
    expect(markdown).toContain("**- delete** feature flag `checkout` · [id 5](https://eu.posthog.com/project/12/feature_flags/5)\n\n- removes a duplicate: feature flag id 3 carries the same identity and is kept");
    expect(markdown).toContain("- ⚠️ an unmanaged action with name \"Purchase\" (id 41) already exists");
  });
});

describe("renderers read the plan JSON alone", () => {
  // A plan from elsewhere (a file, another version's registry) renders with the labels and links it carries.
  const relabelled: Plan = {
    ...structuredClone(plan),
    kinds: plan.kinds.map((k) => (k.name === "feature-flags" ? { ...k, label: "flag", pageUrl: "https://example.test/flags/" } : k)),
    steps: plan.steps.map((s) => (s.kind === "feature-flags" && s.url ? { ...s, url: `https://example.test/flags/${String(s.id)}` } : s)),
  };

  it("take labels and links from the plan, not from the kind registry", () => {
    expect(renderPlanText(relabelled, { color: false })).toContain("  ~ flag beta (id 6)\n");
    const markdown = renderPlanMarkdown([{ environment: "staging", host: target.host, projectId: "12", plan: relabelled }], { maxLength: 65_000 });
    expect(markdown).toContain("**~ update** flag `beta` · [id 6](https://example.test/flags/6)");
    expect(renderDriftTable(relabelled)).toContain("| flag | [checkout](https://example.test/flags/3) | edited in PostHog |");
    // A just-created object's link comes from the kind's page link and the id apply returned.
    const create = createPlan({ target, desired: buildDesiredState([flag("new")]).resources, observed: [], prune: false });
    const created: Plan = { ...create, kinds: [{ name: "feature-flags", label: "flag", pageUrl: "https://example.test/flags/" }] };
    const result: ApplyResult = { results: [{ kind: "feature-flags", key: "new", action: "create", status: "applied", id: 77 }], applied: 1, failed: 0 };
    expect(renderResultsMarkdown(created, result)).toContain("| flag | new | [77](https://example.test/flags/77) | + create | ✅ applied |");
  });
});

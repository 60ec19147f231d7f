import { rmSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readPlanFile } from "../../src/core/plan/file.js";
import { useActionWorld } from "../helpers/action-world.js";
import { SHAS } from "../helpers/runner-env.js";

const actions = useActionWorld();

const prune = (inputs: Record<string, string>, runNumber = 1) =>
  actions.world.run({ eventName: "workflow_dispatch", event: "workflow_dispatch.json", sha: SHAS.merge, inputs: { environment: "staging", ...inputs }, runNumber });
const posthogWrites = () => actions.emulator.requests.filter((r) => r.method !== "GET").map((r) => `${r.method} ${r.path}`);
const liveFlags = async () => (await actions.world.api(1, "GET", "feature_flags/")).results.filter((f: any) => !f.deleted).map((f: any) => f.key);

describe("prune on workflow_dispatch", () => {
  it("lists orphans in a dry run, refuses without confirmation or above the cap, then deletes when confirmed", async () => {
    const { world, emulator } = await actions.open();
    await world.seed("staging");
    // An unmanaged flag made in the UI must never be touched.
    await world.api(1, "POST", "feature_flags/", { key: "ui-only", name: "Made in the UI", filters: { groups: [{ rollout_percentage: 5 }] } });
    world.repo.remove("posthog/feature-flags/new-checkout.ts");
    emulator.clearRequests();

    const dry = await prune({});
    expect(dry.code).toBe(0);
    expect(dry.outputs).toMatchObject({ mode: "prune", "has-deletions": "true", "to-delete": "1", "failure-reason": "" });
    expect(dry.summary).toContain("## PostHog prune: staging (project 1)");
    expect(dry.summary).toMatch(/\| feature flag \| new-checkout \| \[\d+\]\(http:\/\/127\.0\.0\.1:\d+\/project\/1\/feature_flags\/\d+\) \| - delete \| would delete \|/);
    expect(dry.summary).toContain("Dry run: nothing was deleted. To delete, run again with `dry-run: false` and `confirm: 1`.");
    expect(dry.summary).not.toContain("ui-only");
    expect(posthogWrites()).toEqual([]);
    // The plan shown holds the deletions only, and the outputs and plan-json carry that plan's own fingerprint.
    const shown = readPlanFile(dry.planJson, "plan-json").environments.staging!;
    if (!("plan" in shown)) throw new Error(shown.error);
    expect(shown.plan.steps.map((s) => `${s.action} ${s.kind}/${s.key}`)).toEqual(["delete feature-flags/new-checkout"]);
    expect(dry.outputs["plan-fingerprint"]).toBe(shown.plan.fingerprint);
    expect(dry.outputs["plan-fingerprints"]).toBe(JSON.stringify({ staging: shown.plan.fingerprint }));

    const unconfirmed = await prune({ "dry-run": "false" }, 2);
    expect(unconfirmed.code).toBe(1);
    expect(unconfirmed.outputs["failure-reason"]).toBe("confirmation-required");
    expect(unconfirmed.stdout).toContain("::error::deleting needs confirmation: set the confirm input to the project id (1). Nothing was deleted.");
    const wrong = await prune({ "dry-run": "false", confirm: "2" }, 3);
    expect(wrong.outputs["failure-reason"]).toBe("confirmation-required");
    const capped = await prune({ "dry-run": "false", confirm: "1", "max-deletions": "0" }, 4);
    expect(capped.code).toBe(1);
    expect(capped.outputs["failure-reason"]).toBe("too-many-deletions");
    expect(posthogWrites()).toEqual([]);
    expect(await liveFlags()).toEqual(expect.arrayContaining(["new-checkout", "ui-only"]));

    const confirmed = await prune({ "dry-run": "false", confirm: "1" }, 5);
    expect(confirmed.code).toBe(0);
    expect(confirmed.outputs).toMatchObject({ applied: "1", failed: "0", "failure-reason": "" });
    expect(confirmed.summary).toContain("| - delete | ✅ applied |");
    expect(posthogWrites()).toEqual([expect.stringMatching(/^PATCH \/api\/projects\/1\/feature_flags\/\d+\/$/)]);
    expect(await liveFlags()).toEqual(["ui-only"]);

    const nothing = await prune({ "dry-run": "false", confirm: "1" }, 6);
    expect(nothing.code).toBe(0);
    expect(nothing.summary).toContain("Nothing to prune");
  });

  it("never prunes when the definitions are invalid, since everything would look orphaned", async () => {
    const { world, emulator } = await actions.open();
    await world.seed("staging");
    world.repo.write("posthog/feature-flags/new-checkout.ts", "export default {\n");
    emulator.clearRequests();
    const result = await prune({ "dry-run": "false", confirm: "1" });
    expect(result.code).toBe(1);
    expect(result.outputs["failure-reason"]).toBe("invalid-definitions");
    // The reads may start while the definitions load (issue 14); nothing is written.
    expect(emulator.requests.filter((r) => r.method !== "GET")).toEqual([]);
    expect(await liveFlags()).toEqual(["new-checkout"]);
  });

  it("refuses to prune when the definitions folder is missing or yields no definition, naming it and the override", async () => {
    const { world, emulator } = await actions.open();
    await world.seed("staging");
    // The folder is there but holds no definition (a sparse checkout, files renamed to an extension the loader skips).
    world.repo.remove("posthog/feature-flags/new-checkout.ts");
    world.repo.remove("posthog/dashboards/growth.ts");
    world.repo.write("posthog/feature-flags/new-checkout.tsx", "export default {}\n");
    emulator.clearRequests();

    const dry = await prune({});
    expect(dry.code).toBe(0);
    expect(dry.summary).toContain("A run that deletes would be refused: no definition was loaded, so all 3 managed resource(s) would be deleted; check the definitions folder posthog/");

    const refused = await prune({ "dry-run": "false", confirm: "1" }, 2);
    expect(refused.code).toBe(1);
    expect(refused.outputs["failure-reason"]).toBe("empty-definitions");
    expect(refused.stdout).toContain("::error::no definition was loaded, so all 3 managed resource(s) would be deleted; check the definitions folder posthog/");
    expect(refused.stdout).toContain("(allow-empty-prune: true). Nothing was deleted.");
    expect(refused.summary).toContain("Refused: no definition was loaded");

    // A folder that is gone altogether (a failed checkout) stops at loading, override or not.
    rmSync(join(world.repo.dir, "posthog"), { recursive: true });
    const missing = await prune({ "dry-run": "false", confirm: "1", "allow-empty-prune": "true" }, 3);
    expect(missing.outputs["failure-reason"]).toBe("invalid-definitions");
    expect(missing.stdout).toContain("definitions directory posthog/ does not exist");
    expect(posthogWrites()).toEqual([]);
    expect(await liveFlags()).toEqual(["new-checkout"]);
  });

  it("deletes every managed resource of an empty folder only with allow-empty-prune", async () => {
    const { world, emulator } = await actions.open();
    await world.seed("staging");
    world.repo.remove("posthog/feature-flags/new-checkout.ts");
    world.repo.remove("posthog/dashboards/growth.ts");
    emulator.clearRequests();

    const allowed = await prune({ "dry-run": "false", confirm: "1", "allow-empty-prune": "true" });
    expect(allowed.code).toBe(0);
    expect(allowed.outputs).toMatchObject({ applied: "3", failed: "0", "failure-reason": "" });
    expect(posthogWrites()).toHaveLength(3);
    expect(await liveFlags()).toEqual([]);
  });

  it("asks which environment to prune when several are configured", async () => {
    const { world } = await actions.open();
    const result = await world.run({ eventName: "workflow_dispatch", event: "workflow_dispatch.json", sha: SHAS.merge });
    expect(result.code).toBe(1);
    expect(result.outputs["failure-reason"]).toBe("invalid-config");
    expect(result.stdout).toContain("set the environment input to one of: staging, production");
  });
});

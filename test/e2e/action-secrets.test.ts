import { describe, expect, it } from "vitest";
import { useActionWorld } from "../helpers/action-world.js";
import { SECRETS, SHAS, type ActionRunResult } from "../helpers/runner-env.js";

const REVOKED = "phx_revokedSecretKey_77aa88bb";

// As processes (the bundles built from the sources): what must hold no secret is what the real process writes.
const actions = useActionWorld({ asProcess: true });

/**
 * The runner consumes `::add-mask::` commands and never shows them; that is the
 * one place a secret may appear, because it is how the runner learns to mask it.
 */
function visibleOutput(run: ActionRunResult): string {
  const stdout = run.stdout
    .split("\n")
    .filter((line) => !line.startsWith("::add-mask::"))
    .join("\n");
  return [stdout, run.stderr, run.summary, run.outputFile, run.planJson].join("\n");
}

describe("secrets", () => {
  it("never appear in logs, summaries, outputs, plan files, comments or issues, whatever the mode and outcome", async () => {
    const { world, emulator } = await actions.open();
    const runs: ActionRunResult[] = [];
    const push = async (run: Promise<ActionRunResult>) => runs.push(await run);

    await push(world.run({ eventName: "pull_request", event: "pull_request.opened.json", sha: SHAS.head1 }));
    await push(world.run({ eventName: "pull_request", event: "pull_request.opened.json", sha: SHAS.head1, env: { POSTHOG_PRODUCTION_KEY: REVOKED }, runNumber: 2 }));
    emulator.injectFault({ method: "POST", path: "/feature_flags/$", status: 400, body: { detail: "Simulated rejection.", attr: "filters" } });
    await push(world.run({ eventName: "push", event: "push.json", sha: SHAS.merge, inputs: { environment: "staging" }, runNumber: 3 }));
    await push(world.run({ eventName: "push", event: "push.json", sha: SHAS.merge, inputs: { environment: "staging" }, runNumber: 4 }));
    await push(world.run({ eventName: "workflow_dispatch", event: "workflow_dispatch.json", sha: SHAS.merge, inputs: { environment: "staging" }, runNumber: 5 }));
    await push(world.run({ eventName: "schedule", event: "schedule.json", sha: SHAS.merge, runNumber: 6 }));
    await push(world.run({ eventName: "schedule", event: "schedule.json", sha: SHAS.merge, env: { POSTHOG_STAGING_KEY: REVOKED }, runNumber: 7 }));
    await push(world.run({ eventName: "push", event: "push.json", sha: SHAS.direct, inputs: { mode: "apply", environment: "staging", "api-key": SECRETS.staging }, runNumber: 8 }));

    // The scenarios really ran: comments, an apply failure, drift and auth failures all happened.
    expect(runs.map((r) => r.outputs["failure-reason"] ?? "")).toEqual(["", "auth", "partial-apply", "", "", "", "auth", "invalid-config"]);
    expect(world.github.requests.some((r) => r.method === "POST")).toBe(true);

    const everything = [
      ...runs.map(visibleOutput),
      ...world.github.requests.map((r) => `${r.method} ${r.path}${r.query}\n${r.body}`),
      ...world.github.comments(7).map((c) => c.body),
      ...world.github.issues().map((i) => `${i.title}\n${i.body}`),
      JSON.stringify(emulator.requests),
    ].join("\n");
    for (const secret of [SECRETS.token, SECRETS.staging, SECRETS.production, REVOKED]) {
      expect(everything.includes(secret), `a secret leaked: ${secret.slice(0, 8)}…`).toBe(false);
    }
    // Every secret the runs held was registered for masking.
    const masks = runs.flatMap((r) => r.stdout.split("\n").filter((l) => l.startsWith("::add-mask::")).map((l) => l.slice("::add-mask::".length)));
    expect(new Set(masks)).toEqual(new Set([SECRETS.token, SECRETS.staging, SECRETS.production, REVOKED]));
  });
});

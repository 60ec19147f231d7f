import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startEmulator, type RunningEmulator } from "../../src/emulator/index.js";
import { useActionWorld } from "../helpers/action-world.js";
import { copyFixture, ROOT } from "../helpers/cli.js";
import { controlEmulator, resetEmulator, type ControlledEmulator } from "../helpers/emulator-control.js";
import { runCliInProcess } from "../helpers/in-process.js";
import { SHAS, type ActionRunResult } from "../helpers/runner-env.js";

const KEY = "phx_emulator";
const FIRST = "mg-secret-value-1f2e3d";
const ROTATED = "mg-secret-value-2a9b8c";
const AWS = { AWS_ACCESS_KEY_ID: "AKIAEXAMPLE55K", AWS_SECRET_ACCESS_KEY: "aws-secret-value-77aa" };

/** The live (not deleted) hog function of project 1 as the emulator stores it, secrets included. */
async function storedFunction(emulator: ControlledEmulator): Promise<{ encrypted_inputs: Record<string, unknown> } | undefined> {
  const state = (await (await controlEmulator(emulator, "GET", "/_emulator/state")).json()) as { projects: { id: number; hogFunctions?: { deleted: boolean; encrypted_inputs: Record<string, unknown> }[] }[] };
  return state.projects.find((project) => project.id === 1)?.hogFunctions?.find((fn) => !fn.deleted);
}

/** The live batch export of project 1 as the emulator stores it, credentials included. */
async function storedExport(emulator: ControlledEmulator): Promise<{ destination: { config: Record<string, unknown> }; backfills: number } | undefined> {
  const state = (await (await controlEmulator(emulator, "GET", "/_emulator/state")).json()) as { projects: { id: number; batchExports?: { deleted: boolean; destination: { config: Record<string, unknown> }; backfills: number }[] }[] };
  return state.projects.find((project) => project.id === 1)?.batchExports?.find((row) => !row.deleted);
}

/** Requests that carry a value to PostHog: the one create, and an update that re-sends the secret. */
const carries = (request: { method: string; path: string; body: unknown }, value: string) => /\/(hog_functions|batch_exports)\//.test(request.path) && request.method !== "GET" && JSON.stringify(request.body).includes(value);

describe("secret inputs through the CLI", () => {
  let emulator: RunningEmulator;
  let repo: ReturnType<typeof copyFixture>;
  const outputs: string[] = [];
  const cli = async (secret: string, ...args: string[]) => {
    const run = await runCliInProcess([...args, "--environment", "staging"], { cwd: repo.dir, env: { POSTHOG_STAGING_KEY: KEY, MAILGUN_API_KEY: secret, ...AWS, POSTHOG_RATE_LIMIT: "off" } });
    outputs.push(run.stdout, run.stderr);
    return run;
  };
  /** Keeps what the emulator recorded for the final search, leaving out only the bodies that carry a value, then clears the log. */
  const keepRequests = () => {
    outputs.push(JSON.stringify(emulator.requests.filter((r) => ![FIRST, ROTATED, AWS.AWS_SECRET_ACCESS_KEY].some((value) => carries(r, value)))));
    emulator.clearRequests();
  };
  const liveFunction = async () => (await storedFunction(emulator))!;

  beforeAll(async () => {
    emulator = await startEmulator({ rateLimits: false });
  });
  afterAll(() => emulator.close());
  beforeEach(async () => {
    repo = copyFixture("secrets");
    repo.write("posthog.config.ts", readFileSync(join(repo.dir, "posthog.config.ts"), "utf8").replaceAll("__POSTHOG_HOST__", emulator.url));
    await resetEmulator(emulator);
    emulator.clearRequests();
    outputs.length = 0;
  });
  afterEach(() => repo.cleanup());

  it("sends the value once on create, never shows it, plans no drift, and re-sends a rotated value only with --rotate-secrets", async () => {
    const planned = await cli(FIRST, "plan", "--out", "plan.json");
    expect(planned.code, planned.stderr).toBe(0);
    outputs.push(readFileSync(join(repo.dir, "plan.json"), "utf8"));
    const applied = await cli(FIRST, "apply", "--json");
    expect(applied.code).toBe(0);
    expect((await liveFunction()).encrypted_inputs.api_key).toMatchObject({ value: FIRST });
    expect(emulator.requests.filter((r) => carries(r, FIRST)).map((r) => r.method)).toEqual(["POST"]);
    expect(emulator.requests.filter((r) => carries(r, AWS.AWS_SECRET_ACCESS_KEY)).map((r) => `${r.method} ${r.path}`)).toEqual(["POST /api/projects/1/batch_exports/"]);
    expect((await storedExport(emulator))?.destination.config).toMatchObject({ aws_access_key_id: AWS.AWS_ACCESS_KEY_ID, aws_secret_access_key: AWS.AWS_SECRET_ACCESS_KEY, bucket_name: "analytics-exports" });

    // PostHog answers {secret: true}: no drift, and a changed value in the environment alone changes nothing.
    expect((await cli(FIRST, "plan", "--detailed-exitcode")).code).toBe(0);
    expect((await cli(ROTATED, "plan", "--detailed-exitcode")).code).toBe(0);
    keepRequests();
    expect((await cli(ROTATED, "apply")).code).toBe(0);
    expect(emulator.requests.filter((r) => r.method !== "GET" && r.path.includes("/hog_functions/"))).toEqual([]);
    expect((await liveFunction()).encrypted_inputs.api_key).toMatchObject({ value: FIRST });

    // An edit of another input keeps the stored secret: PostHog is sent {secret: true}.
    repo.write("posthog/hog-functions/welcome-email.ts", readFileSync(join(repo.dir, "posthog/hog-functions/welcome-email.ts"), "utf8").replace("mg.example.com", "mg2.example.com"));
    keepRequests();
    expect((await cli(ROTATED, "apply")).code).toBe(0);
    const patch = emulator.requests.find((r) => r.method === "PATCH" && r.path.includes("/hog_functions/"));
    expect((patch?.body as { inputs: Record<string, unknown> }).inputs.api_key).toEqual({ secret: true });
    expect((await liveFunction()).encrypted_inputs.api_key).toMatchObject({ value: FIRST });

    // Asked to rotate: the plan names the secret, never a value, and apply sends the new one once.
    const rotating = await cli(ROTATED, "plan", "--rotate-secrets", "--json");
    const steps = (JSON.parse(rotating.stdout) as { steps: { kind: string; action: string; summary: string[] }[] }).steps.filter((s) => s.action === "update");
    expect(steps.find((s) => s.kind === "hog-functions")?.summary).toContain("secret input api_key sent from MAILGUN_API_KEY");
    expect(steps.find((s) => s.kind === "batch-exports")?.summary).toEqual(["destination secret aws_access_key_id sent from AWS_ACCESS_KEY_ID", "destination secret aws_secret_access_key sent from AWS_SECRET_ACCESS_KEY"]);
    expect((await cli(ROTATED, "apply", "--rotate-secrets")).code).toBe(0);
    expect((await liveFunction()).encrypted_inputs.api_key).toMatchObject({ value: ROTATED });
    expect(emulator.requests.filter((r) => carries(r, ROTATED)).map((r) => r.method)).toEqual(["PATCH"]);
    expect(emulator.requests.filter((r) => carries(r, AWS.AWS_SECRET_ACCESS_KEY)).map((r) => r.method)).toEqual(["PATCH"]);
    expect((await cli(ROTATED, "plan", "--detailed-exitcode")).code).toBe(0);

    // Pull cannot read the value: it writes a placeholder secret() with a warning, and plans as no change.
    const pulled = await cli(ROTATED, "pull", "--dir", "pulled");
    expect(pulled.code).toBe(0);
    expect(pulled.stderr).toContain('input api_key is a secret PostHog does not return; it is written as secret("WELCOME_EMAIL_API_KEY")');
    const file = readFileSync(join(repo.dir, "pulled/hog-functions/welcome-email.ts"), "utf8");
    outputs.push(file);
    expect(file).toContain('api_key: secret("WELCOME_EMAIL_API_KEY")');
    expect(file).toContain('import { hogFunction, secret } from "@posthog/definitions"');
    expect((await cli(ROTATED, "plan", "--dir", "pulled", "--detailed-exitcode")).code).toBe(0);

    keepRequests();
    const everything = outputs.join("\n");
    for (const value of [FIRST, ROTATED, ...Object.values(AWS)]) expect(everything.includes(value), `${value} leaked`).toBe(false);
  });

  it("fails the step, naming the variable, when the config does not allow it or it is unset, and sends nothing", async () => {
    repo.write("posthog.config.ts", readFileSync(join(repo.dir, "posthog.config.ts"), "utf8").replace(/secrets: \[[^\]]*\]/, 'secrets: ["OTHER_KEY"]'));
    const refused = await cli(FIRST, "apply");
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("secret MAILGUN_API_KEY has no value: posthog.config.ts does not list MAILGUN_API_KEY in secrets");
    expect(refused.stderr).toContain("warning: names secret MAILGUN_API_KEY, which posthog.config.ts does not list in secrets: apply reads no value for it, so sending it fails");
    expect(emulator.requests.some((r) => r.method === "POST" && r.path.includes("/hog_functions/"))).toBe(false);
    const unset = await cli("", "apply");
    expect(unset.stderr).toContain("secret MAILGUN_API_KEY has no value");
    expect([...outputs].join("\n").includes(FIRST)).toBe(false);
  });

  it("refuses a config that allows a PostHog key or a runner token as a secret", async () => {
    repo.write("posthog.config.ts", readFileSync(join(repo.dir, "posthog.config.ts"), "utf8").replace(/secrets: \[/, 'secrets: ["GITHUB_TOKEN", '));
    const refused = await cli(FIRST, "validate");
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("GITHUB_TOKEN cannot be a secret");
  });
});

describe("secret inputs through the Action", () => {
  const actions = useActionWorld();

  it("applies a secret on merge and no log, summary, output, plan file, comment or recorded request but the create holds it", async () => {
    const { world, emulator } = await actions.open();
    const config = join(world.repo.dir, "posthog.config.ts");
    writeFileSync(config, readFileSync(config, "utf8").replace("  environments: {", '  secrets: ["MAILGUN_API_KEY"],\n  environments: {'));
    world.repo.write("posthog/hog-functions/welcome-email.ts", readFileSync(join(ROOT, "fixtures/secrets/posthog/hog-functions/welcome-email.ts"), "utf8"));
    const env = { MAILGUN_API_KEY: FIRST };
    const runs: ActionRunResult[] = [];
    runs.push(await world.run({ eventName: "pull_request", event: "pull_request.opened.json", sha: SHAS.head1, env }));
    runs.push(await world.run({ eventName: "push", event: "push.json", sha: SHAS.merge, inputs: { environment: "staging" }, env, runNumber: 2 }));
    // A stored secret is never drift, even in a job that sets rotate-secrets.
    runs.push(await world.run({ eventName: "schedule", event: "schedule.json", sha: SHAS.merge, inputs: { environment: "staging", "rotate-secrets": "true" }, env, runNumber: 3 }));
    expect(runs.map((r) => r.outputs["failure-reason"] ?? "")).toEqual(["", "", ""]);
    expect(world.github.issues()).toEqual([]);
    expect(runs[1]!.outputs.applied).not.toBe("0");
    const created = await storedFunction(emulator);
    expect(created?.encrypted_inputs.api_key).toMatchObject({ value: FIRST });
    // The apply registered the value for masking before using it.
    expect(runs[1]!.stdout.split("\n")).toContain(`::add-mask::${FIRST}`);

    const visible = runs.map((r) => [r.stdout.split("\n").filter((l) => !l.startsWith("::add-mask::")).join("\n"), r.summary, JSON.stringify(r.outputs), r.planJson].join("\n"));
    const everything = [
      ...visible,
      ...world.github.requests.map((r) => `${r.method} ${r.path}${r.query}\n${r.body}`),
      ...world.github.comments(7).map((c) => c.body),
      JSON.stringify(emulator.requests.filter((r) => !carries(r, FIRST))),
    ].join("\n");
    expect(everything.includes(FIRST)).toBe(false);
    expect(emulator.requests.filter((r) => carries(r, FIRST)).map((r) => r.method)).toEqual(["POST"]);
  });
});

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startEmulator, type RunningEmulator } from "../../src/emulator/index.js";
import { expectContract } from "../helpers/checked-emulator.js";
import { copyFixture } from "../helpers/cli.js";
import { resetEmulator } from "../helpers/emulator-control.js";
import { runCliInProcess } from "../helpers/in-process.js";

// A hog function and a batch export written as PostHog's own tool writes them (its field names, its
// AwsS3 destination type, secrets by environment variable), with the secrets this tool allows listed.
const SECRETS = { MAILGUN_API_KEY: "key-mailgun-3c4d", LAKE_AWS_KEY_ID: "AKIALAKE9", LAKE_AWS_SECRET: "lake-secret-5e6f" };

let emulator: RunningEmulator;
let repo: ReturnType<typeof copyFixture>;
const cli = (...args: string[]) =>
  runCliInProcess([...args, "--no-checks"], { cwd: repo.dir, env: { POSTHOG_HOST: emulator.url, POSTHOG_PROJECT_ID: "1", POSTHOG_PERSONAL_API_KEY: "phx_emulator", POSTHOG_RATE_LIMIT: "off", ...SECRETS } });
const api = async (method: string, path: string, body?: unknown) => {
  const response = await fetch(`${emulator.url}/api/projects/1/${path}`, { method, headers: { authorization: "Bearer phx_emulator", "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
  return (await response.json()) as any;
};

beforeAll(async () => {
  emulator = await startEmulator({ rateLimits: false });
});
afterAll(() => emulator.close());
beforeEach(async () => {
  repo = copyFixture("posthog-tool-pipelines");
  await resetEmulator(emulator);
  emulator.clearRequests();
});
afterEach(() => {
  expectContract(emulator.requests);
  repo.cleanup();
});

describe("hog functions and batch exports written for PostHog's own tool", () => {
  it("validate, apply with that tool's markers and S3 for AwsS3, and plan no change, also once that tool's hash is in the markers", async () => {
    expect((await cli("validate")).stdout).toBe("2 definition(s) are valid.\n");
    const applied = await cli("apply");
    expect(applied.code, applied.stderr).toBe(0);
    const fn = (await api("GET", "hog_functions/")).results[0];
    expect(fn.description).toMatch(/^Mails every new user\.\n\n<!-- iac:hog-functions:welcome-mail iac:hash:[0-9a-f]{16} -->$/);
    const lake = (await api("GET", "batch_exports/")).results[0];
    expect(lake).toMatchObject({ paused: true, interval: "hour", destination: { type: "S3", config: { bucket_name: "lake", region: "us-east-1", prefix: "events/" } } });
    expect(lake.name).toMatch(/^Data lake\n\n<!-- iac:batch-exports:lake iac:hash:[0-9a-f]{16} -->$/);
    expect((await cli("plan", "--detailed-exitcode")).code).toBe(0);

    // That tool stores its own hash in the marker; the objects stay this tool's, unchanged.
    await api("PATCH", `hog_functions/${fn.id}/`, { description: fn.description.replace(/iac:hash:[0-9a-f]+/, "iac:hash:1a2b3c4d5e6f7a8b") });
    await api("PATCH", `batch_exports/${lake.id}/`, { name: lake.name.replace(/iac:hash:[0-9a-f]+/, "iac:hash:8b7a6f5e4d3c2b1a") });
    const plan = await cli("plan", "--detailed-exitcode");
    expect(plan.code, plan.stdout).toBe(0);
    expect(JSON.stringify(emulator.requests.filter((r) => r.method === "GET"))).not.toContain(SECRETS.MAILGUN_API_KEY);
  });

  it("refuses that tool's rotation token, pointing at --rotate-secrets", async () => {
    const file = "posthog/hog-functions/welcome-mail.ts";
    repo.write(file, readFileSync(join(repo.dir, file), "utf8").replace('secret("MAILGUN_API_KEY")', 'secret("MAILGUN_API_KEY", { rotate: "2026-02" })'));
    const result = await cli("validate");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("inputs.api_key.rotate: this tool does not store rotation tokens; re-send rotated secrets with `apply --rotate-secrets`");
  });
});

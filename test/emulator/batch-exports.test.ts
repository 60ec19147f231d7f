import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { buildDesiredState } from "../../src/core/desired.js";
import type { Definition } from "../../src/core/model.js";
import { controlEmulator, resetEmulator } from "../helpers/emulator-control.js";
import { applyDefinitions, describeChanges, emulatorConnection, planDefinitions } from "../helpers/project.js";
import { startTestEmulator, type TestApi } from "./helpers.js";

let api: TestApi;

beforeAll(async () => {
  api = await startTestEmulator();
});
afterAll(() => api.close());
beforeEach(async () => {
  await resetEmulator(api.emulator);
});

const exportOf = (paused: boolean, config: Record<string, unknown> = {}): Definition => ({
  kind: "batch-exports",
  key: "lake",
  spec: { key: "lake", name: "Lake", interval: "day", paused, destination: { type: "S3", config: { bucket_name: "b", region: "eu-west-1", ...config } } },
});

describe("batch exports", () => {
  it("moves the paused state through the pause and unpause actions, never asking for a backfill", async () => {
    const connection = emulatorConnection(api.url);
    await applyDefinitions(connection, [exportOf(true)]);
    api.emulator.clearRequests();
    const plan = await planDefinitions(connection, [exportOf(false)]);
    expect(plan.steps.find((step) => step.kind === "batch-exports")?.summary).toEqual(["export unpaused (no backfill)"]);
    await applyDefinitions(connection, [exportOf(false)]);
    const unpause = api.emulator.requests.find((request) => request.path.endsWith("/unpause/"));
    expect(unpause?.body).toEqual({ backfill: false });
    const patch = api.emulator.requests.find((request) => request.method === "PATCH" && request.path.includes("/batch_exports/"));
    expect(patch === undefined || !Object.hasOwn(patch.body as object, "paused")).toBe(true);
    expect(describeChanges(await planDefinitions(connection, [exportOf(false)]))).toEqual([]);
    await applyDefinitions(connection, [exportOf(true)]);
    expect(api.emulator.requests.some((request) => request.path.endsWith("/pause/"))).toBe(true);
    const state = (await (await controlEmulator(api.emulator, "GET", "/_emulator/state")).json()) as { projects: { batchExports?: { paused: boolean; backfills: number }[] }[] };
    expect(state.projects[0]!.batchExports).toEqual([expect.objectContaining({ paused: true, backfills: 0 })]);
  });

  it("refuses a credential written as a value, and a secret where PostHog returns the field as it is", () => {
    const problems = (config: Record<string, unknown>) => buildDesiredState([exportOf(false, config)]).diagnostics.map((d) => `${d.field}: ${d.message}`);
    expect(problems({ aws_secret_access_key: { $secret: "AWS_SECRET_ACCESS_KEY" } })).toEqual([]);
    expect(problems({ aws_secret_access_key: "plain" })).toEqual([
      'destination.config.aws_secret_access_key: aws_secret_access_key is a credential PostHog never returns: name it with secret("VARIABLE"), so it is never written into a file or a plan',
    ]);
    expect(problems({ bucket_name: { $secret: "BUCKET" } })).toEqual([
      "destination.config.bucket_name: PostHog returns bucket_name of a S3 destination as it is, so it cannot be a secret (its secret fields: aws_access_key_id, aws_secret_access_key)",
    ]);
  });
});

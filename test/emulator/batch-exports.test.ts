import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { buildDesiredState } from "../../src/core/desired.js";
import type { Definition } from "../../src/core/model.js";
import { POSTHOG_TIMEZONES } from "../../src/core/timezones.js";
import { TIMEZONES } from "../../src/emulator/timezones.js";
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

  it("stores the timezone and offsets as BatchExportSerializer does and reads them back as offset_day and offset_hour", async () => {
    const base = { name: "Lake", destination: { type: "S3", config: { bucket_name: "b", region: "eu-west-1" } } };
    const weekly = await api.post("/api/projects/1/batch_exports/", { ...base, interval: "week", timezone: "US/Pacific", offset_day: 3, offset_hour: 7 });
    expect(weekly.status).toBe(201);
    expect(weekly.body).toMatchObject({ timezone: "US/Pacific", offset_day: 3, offset_hour: 7 });
    expect((await api.get(`/api/projects/1/batch_exports/${weekly.body.id}/`)).body).toMatchObject({ timezone: "US/Pacific", offset_day: 3, offset_hour: 7 });
    const daily = await api.post("/api/projects/1/batch_exports/", { ...base, interval: "day", timezone: null });
    expect(daily.body).toMatchObject({ timezone: "UTC", offset_day: null, offset_hour: 0 });
    const id = daily.body.id as string;
    // A PATCH without the interval keeps the stored offset; one with it and without offsets keeps it too (partial).
    expect((await api.patch(`/api/projects/1/batch_exports/${id}/`, { interval: "day", offset_hour: 5 })).body).toMatchObject({ offset_hour: 5 });
    expect((await api.patch(`/api/projects/1/batch_exports/${id}/`, { interval: "day" })).body).toMatchObject({ offset_hour: 5 });
    expect((await api.patch(`/api/projects/1/batch_exports/${id}/`, { interval: "week" })).body).toMatchObject({ offset_day: 0, offset_hour: 5 });
    // Without an interval the offsets stay in validated_data, and ModelSerializer.update sets the model's read-only property.
    expect((await api.patch(`/api/projects/1/batch_exports/${id}/`, { offset_hour: 2 })).status).toBe(500);
    expect((await api.patch(`/api/projects/1/batch_exports/${id}/`, { interval: "hour" })).body).toMatchObject({ offset_day: null, offset_hour: null });
    expect((await api.patch(`/api/projects/1/batch_exports/${id}/`, { interval: "hour", offset_hour: 2 })).body).toMatchObject({ attr: "offset_hour", detail: "offset_hour is not applicable for non-daily/weekly intervals" });
    expect((await api.patch(`/api/projects/1/batch_exports/${id}/`, { interval: "day", offset_day: 2 })).body).toMatchObject({ attr: "offset_day", detail: "offset_day is not applicable for non-weekly intervals" });
    expect((await api.patch(`/api/projects/1/batch_exports/${id}/`, { interval: "week", offset_day: 7 })).body).toMatchObject({ attr: "offset_day" });
    expect((await api.patch(`/api/projects/1/batch_exports/${id}/`, { timezone: "Mars/Olympus" })).body).toMatchObject({ attr: "timezone", code: "invalid_choice", detail: '"Mars/Olympus" is not a valid choice.' });
    expect(TIMEZONES).toEqual(POSTHOG_TIMEZONES);
  });

  it("converges a timezone and an offset: apply then plan is a no-op, and a change to each plans an update that sends it", async () => {
    const connection = emulatorConnection(api.url);
    const weekly = (spec: Record<string, unknown>): Definition => ({ ...exportOf(false), spec: { ...exportOf(false).spec, interval: "week", ...spec } });
    await applyDefinitions(connection, [weekly({ timezone: "Europe/Berlin", offsetDay: 1, offsetHour: 6 })]);
    expect(describeChanges(await planDefinitions(connection, [weekly({ timezone: "Europe/Berlin", offsetDay: 1, offsetHour: 6 })]))).toEqual([]);
    for (const [field, value, sent] of [["timezone", "Asia/Tokyo", { timezone: "Asia/Tokyo" }], ["offsetDay", 4, { offset_day: 4, offset_hour: 6 }], ["offsetHour", 9, { offset_day: 1, offset_hour: 9 }]] as const) {
      const changed = weekly({ timezone: "Europe/Berlin", offsetDay: 1, offsetHour: 6, [field]: value });
      const step = (await planDefinitions(connection, [changed])).steps.find((candidate) => candidate.kind === "batch-exports");
      expect([step?.action, step?.changes.map((change) => change.path)]).toEqual(["update", [field]]);
      api.emulator.clearRequests();
      await applyDefinitions(connection, [changed]);
      const patch = api.emulator.requests.find((request) => request.method === "PATCH" && request.path.includes("/batch_exports/"));
      expect(patch?.body).toMatchObject(sent);
      expect(describeChanges(await planDefinitions(connection, [changed]))).toEqual([]);
      await applyDefinitions(connection, [weekly({ timezone: "Europe/Berlin", offsetDay: 1, offsetHour: 6 })]);
    }
  });
});

import { describe, expect, it } from "vitest";
import { hardDelete, TARGETS_EMULATOR, uniqueName, useContractTarget } from "./harness.js";

const contract = useContractTarget();

async function createExport(body: Record<string, unknown> = {}) {
  const response = await contract.client.post("batch_exports/", {
    name: uniqueName("export"),
    interval: "day",
    paused: true,
    destination: { type: "S3", config: { bucket_name: "contract-bucket", region: "eu-west-1", prefix: "p/", aws_access_key_id: "AKIACONTRACT", aws_secret_access_key: "contract-secret-key" } },
    ...body,
  });
  expect(response.status).toBe(201);
  contract.cleanup.add(`batch export ${response.body.id}`, () => hardDelete(contract.client, `batch_exports/${response.body.id}/`));
  return response.body;
}

describe("contract: batch exports", () => {
  it("leaves the destination's secret fields out of every read and keeps them when an update leaves them out (the config is merged)", async () => {
    const created = await createExport();
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(created).toMatchObject({ interval: "day", paused: true, model: "events", destination: { type: "S3", config: { bucket_name: "contract-bucket", region: "eu-west-1", prefix: "p/" } } });
    expect(created.destination.config).not.toHaveProperty("aws_secret_access_key");
    expect(created.destination.config).not.toHaveProperty("aws_access_key_id");
    expect(created).not.toHaveProperty("hogql_query");
    const updated = await contract.client.patch(`batch_exports/${created.id}/`, { destination: { type: "S3", config: { prefix: "q/" } } });
    expect(updated.status).toBe(200);
    expect(updated.body.destination.config).toEqual({ bucket_name: "contract-bucket", region: "eu-west-1", prefix: "q/" });
    const listed = (await contract.client.get("batch_exports/")).body.results.find((row: { id: string }) => row.id === created.id);
    expect(JSON.stringify(listed)).not.toContain("contract-secret-key");
  });

  it("pauses and unpauses through its actions; DELETE hides it", async () => {
    const created = await createExport();
    expect((await contract.client.post(`batch_exports/${created.id}/unpause/`, { backfill: false })).body).toEqual({ paused: false });
    expect((await contract.client.get(`batch_exports/${created.id}/`)).body.paused).toBe(false);
    expect((await contract.client.post(`batch_exports/${created.id}/pause/`, {})).body).toEqual({ paused: true });
    const paused = (await contract.client.get(`batch_exports/${created.id}/`)).body;
    expect(paused.paused).toBe(true);
    expect(paused.last_paused_at).not.toBeNull();
    expect((await contract.client.delete(`batch_exports/${created.id}/`)).status).toBe(204);
    expect((await contract.client.get(`batch_exports/${created.id}/`)).status).toBe(404);
  });

  it("refuses an unknown interval and destination type, and a Snowflake password login without a password", async () => {
    const interval = await contract.client.post("batch_exports/", { name: uniqueName("export"), interval: "minute", destination: { type: "S3", config: {} } });
    expect(interval.body).toMatchObject({ type: "validation_error", attr: "interval", code: "invalid_choice" });
    const type = await contract.client.post("batch_exports/", { name: uniqueName("export"), interval: "day", destination: { type: "Nowhere", config: {} } });
    expect(type.body).toMatchObject({ attr: "destination__type", code: "invalid_choice" });
    const snowflake = await contract.client.post("batch_exports/", { name: uniqueName("export"), interval: "day", destination: { type: "Snowflake", config: { account: "a", authentication_type: "password" } } });
    expect(snowflake.status).toBe(400);
    expect(JSON.stringify(snowflake.body)).toContain("Password is required if authentication type is password");
  });

  // Whether a project has these feature flags is PostHog's decision per team; the emulator's has neither.
  it.runIf(TARGETS_EMULATOR)("refuses high-frequency and sessions exports on a project without those features", async () => {
    const fast = await contract.client.post("batch_exports/", { name: uniqueName("export"), interval: "every 5 minutes", destination: { type: "S3", config: {} } });
    expect(fast.status).toBe(403);
    expect(fast.body.detail).toBe("Higher frequency batch exports are not enabled for this team.");
  });

  it("stores the timezone (null as UTC) and turns offset_day and offset_hour into the interval's offset, read back per interval", async () => {
    const weekly = await createExport({ interval: "week", timezone: "Europe/Berlin", offset_day: 2, offset_hour: 5 });
    expect(weekly).toMatchObject({ timezone: "Europe/Berlin", offset_day: 2, offset_hour: 5 });
    const daily = await createExport({ timezone: null });
    expect(daily).toMatchObject({ timezone: "UTC", offset_day: null, offset_hour: 0 });
    const wrong = await contract.client.patch(`batch_exports/${daily.id}/`, { interval: "day", offset_day: 1 });
    expect(wrong.body).toMatchObject({ type: "validation_error", attr: "offset_day" });
    const zone = await contract.client.patch(`batch_exports/${daily.id}/`, { timezone: "Europe/Berln" });
    expect(zone.body).toMatchObject({ attr: "timezone", code: "invalid_choice" });
  });
});

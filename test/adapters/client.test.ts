import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createPostHogClient, PostHogApiError } from "../../src/adapters/posthog/client.js";
import { applyPlan } from "../../src/core/apply.js";
import { buildDesiredState } from "../../src/core/desired.js";
import { createPlan } from "../../src/core/plan/plan.js";
import { startEmulator, type RunningEmulator } from "../../src/emulator/index.js";
import { resetEmulator } from "../helpers/emulator-control.js";

let emulator: RunningEmulator;
const sleeps: number[] = [];
const clock = { now: () => Date.now(), sleep: async (ms: number) => void sleeps.push(ms) };

beforeAll(async () => {
  emulator = await startEmulator({
    rateLimits: false,
    keys: [
      { key: "phx_all", scopes: ["*"] },
      { key: "phx_read_flags", scopes: ["feature_flag:read"] },
    ],
  });
});
afterAll(() => emulator.close());
beforeEach(async () => {
  await resetEmulator(emulator);
  emulator.clearRequests();
  sleeps.length = 0;
});

const client = (apiKey = "phx_all") => createPostHogClient({ host: emulator.url, projectId: "1", apiKey, rateLimits: false, clock });
const flag = (key: string) => ({ key, filters: { groups: [{ rollout_percentage: 10 }] } });

describe("PostHog client", () => {
  it("asks for pages of 1000 and reads a list that fits in one page with one request", async () => {
    const api = client();
    for (let i = 0; i < 230; i++) await api.post("feature_flags/", flag(`f-${i}`));
    emulator.clearRequests();
    const rows = await api.list("feature_flags");
    expect(rows).toHaveLength(230);
    expect(emulator.requests.map((r) => `${r.method} ${r.query}`)).toEqual(["GET limit=1000"]);
  });

  it("reads the pages after the first at once, from the first page's count and the page size its next link names", async () => {
    const api = client();
    for (let i = 0; i < 250; i++) await api.post("feature_flags/", flag(`f-${i}`));
    emulator.clearRequests();
    const rows = await api.list("feature_flags", { limit: "100" });
    expect(rows.map((r) => r.key)).toEqual((await api.list("feature_flags")).map((r) => r.key));
    expect(new Set(rows.map((r) => r.id)).size).toBe(250);
    expect(emulator.requests.slice(0, 3).map((r) => `${r.method} ${r.query}`)).toEqual(["GET limit=100", "GET limit=100&offset=100", "GET limit=100&offset=200"]);
  });

  it("drops queued and in-flight requests when abandoned, without sending or retrying them", async () => {
    const api = client();
    emulator.clearRequests();
    const pending = Promise.allSettled([api.list("feature_flags"), api.list("cohorts"), api.get("dashboards/1/")]);
    await api.abandon();
    const settled = await pending;
    expect(settled.every((s) => s.status === "rejected" || (s.status === "fulfilled" && s.value !== undefined))).toBe(true);
    expect(emulator.requests.length).toBeLessThanOrEqual(3);
    await expect(api.list("actions")).rejects.toThrow(/was dropped: the run no longer needs it/);
    expect(sleeps).toEqual([]);
  });

  it("says a rejected key is invalid and names the variable, without printing the key", async () => {
    const api = createPostHogClient({ host: emulator.url, projectId: "1", apiKey: "phx_wrong", apiKeySource: "POSTHOG_STAGING_KEY", rateLimits: false, clock });
    const error = await api.list("feature_flags").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PostHogApiError);
    expect((error as Error).message).toMatch(/^PostHog rejected the personal API key \(401: .*\)\. Check POSTHOG_STAGING_KEY\.$/);
    expect((error as Error).message).not.toContain("phx_wrong");
  });

  it("names the missing scope on a 403", async () => {
    const error = await client("phx_read_flags").post("feature_flags/", flag("x")).catch((e: unknown) => e);
    expect((error as Error).message).toBe('the personal API key lacks the scope "feature_flag:write" needed for POST /api/projects/1/feature_flags/ (403). Add it to the key.');
  });

  it("shows PostHog's attr and detail on a 400", async () => {
    const error = await client().post("feature_flags/", { key: "bad key", filters: { groups: [{}] } }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 400, attr: "key" });
    expect((error as Error).message).toContain("PostHog rejected POST /api/projects/1/feature_flags/ (400): key: ");
  });

  it("retries a 429 after the Retry-After seconds, for writes too", async () => {
    emulator.injectFault({ method: "POST", path: "feature_flags", status: 429, retryAfter: 3 });
    await client().post("feature_flags/", flag("after-429"));
    expect(sleeps).toEqual([3000]);
    expect(emulator.requests.map((r) => `${r.method} ${r.status}`)).toEqual(["POST 429", "POST 201"]);
  });

  it("retries 5xx for reads but never blindly re-sends a create", async () => {
    emulator.injectFault({ method: "GET", path: "feature_flags", status: 503 });
    expect(await client().list("feature_flags")).toEqual([]);
    expect(emulator.requests.map((r) => `${r.method} ${r.status}`)).toEqual(["GET 503", "GET 200"]);

    emulator.clearRequests();
    emulator.injectFault({ method: "POST", path: "feature_flags", status: 502 });
    const error = await client().post("feature_flags/", flag("x")).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 502, uncertain: true });
    expect(emulator.requests.map((r) => `${r.method} ${r.status}`)).toEqual(["POST 502"]);
  });

  it("retries a 5xx or a dropped connection for a PATCH, unless the caller says it is not idempotent", async () => {
    const created = await client().post("feature_flags/", flag("patched"));
    emulator.clearRequests();
    emulator.injectFault({ method: "PATCH", path: "feature_flags", status: 503 });
    emulator.injectFault({ method: "PATCH", path: "feature_flags", status: 500, dropConnection: true });
    await client().patch(`feature_flags/${created.id}/`, { name: "Renamed" });
    expect(emulator.requests.map((r) => `${r.method} ${r.status}`)).toEqual(["PATCH 503", "PATCH 0", "PATCH 200"]);

    emulator.clearRequests();
    emulator.injectFault({ method: "PATCH", path: "feature_flags", status: 502 });
    const error = await client().patch(`feature_flags/${created.id}/`, { name: "Twice?" }, { idempotent: false }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 502, uncertain: true });
    emulator.injectFault({ method: "PATCH", path: "feature_flags", status: 500, dropConnection: true });
    const dropped = await client().patch(`feature_flags/${created.id}/`, { name: "Twice?" }, { idempotent: false }).catch((e: unknown) => e);
    expect(dropped).toMatchObject({ uncertain: true, message: expect.stringMatching(/^could not reach PostHog for PATCH /) });
    expect(emulator.requests.map((r) => `${r.method} ${r.status}`)).toEqual(["PATCH 502", "PATCH 0"]);
  });

  it("retries a POST whose connection never opened, since nothing reached the server", async () => {
    const dead = createPostHogClient({ host: "http://127.0.0.1:1", projectId: "1", apiKey: "phx_all", rateLimits: false, clock, maxAttempts: 3 });
    const error = await dead.post("feature_flags/", flag("x")).catch((e: unknown) => e);
    expect(error).toMatchObject({ uncertain: false });
    expect(dead.stats).toEqual({ requests: 3, retries: 2 });
    await dead.close();
  });

  it("after an uncertain create, apply re-lists by tag instead of creating a second copy", async () => {
    const api = client();
    const desired = buildDesiredState([{ kind: "feature-flags", key: "once", spec: flag("once") }]).resources;
    const plan = createPlan({ target: { host: emulator.url, projectId: "1" }, desired, observed: [], prune: false });
    // The first attempt fails after the server may have acted; nothing was created, so the re-list finds none.
    emulator.injectFault({ method: "POST", path: "feature_flags", status: 504 });
    const first = await applyPlan(plan, api);
    expect(first.results[0]).toMatchObject({ status: "failed" });
    expect(emulator.requests.map((r) => `${r.method} ${r.path.replace(/\?.*/, "")}`)).toEqual(["POST /api/projects/1/feature_flags/", "GET /api/projects/1/feature_flags/"]);
    // A re-run creates it exactly once.
    const second = await applyPlan(plan, api);
    expect(second.results[0]).toMatchObject({ status: "applied" });
    expect((await api.list("feature_flags")).map((f) => f.key)).toEqual(["once"]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type RecordedRequest, type RunningEmulator } from "../../src/emulator/index.js";
import { copyFixture } from "../helpers/cli.js";
import { runCliInProcess } from "../helpers/in-process.js";

// The subscription and the playlist of the PostHog-tool fixture: what this product sends for them, and
// that state as that tool writes it (its marker with its hash, in a subscription's title and a
// playlist's description) plans no change.
const THEIR_HASH = "1a2b3c4d5e6f7a8b";

let emulator: RunningEmulator;
let repo: ReturnType<typeof copyFixture>;
let applied: RecordedRequest[] = [];
const env = () => ({ POSTHOG_HOST: emulator.url, POSTHOG_PROJECT_ID: "1", POSTHOG_PERSONAL_API_KEY: "phx_emulator", POSTHOG_RATE_LIMIT: "off" });

async function api(method: string, path: string, body?: unknown): Promise<any> {
  const response = await fetch(`${emulator.url}/api/projects/1/${path}`, { method, headers: { authorization: "Bearer phx_emulator", "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

beforeAll(async () => {
  emulator = await startEmulator({ rateLimits: false });
  repo = copyFixture("posthog-tool");
  expect((await runCliInProcess(["apply", "--no-checks"], { cwd: repo.dir, env: env() })).code).toBe(0);
  applied = [...emulator.requests];
});
afterAll(async () => {
  repo.cleanup();
  await emulator.close();
});

describe("subscriptions and playlists written for PostHog's own tool", () => {
  it("send that tool's fields: the subscription's marker in its title, the insight by id, the playlist's type and filters", () => {
    const post = (segment: string) => applied.find((r) => r.method === "POST" && r.path.endsWith(`/${segment}/`))?.body as Record<string, any>;
    const insight = applied.find((r) => r.method === "POST" && r.path.endsWith("/insights/") && (r.body as any).name === "Weekly signups");
    expect(post("subscriptions")).toMatchObject({
      title: "Weekly signups\n\n<!-- iac:subscriptions:weekly-signups-digest iac:hash:0000000000000000 -->",
      insight: expect.any(Number),
      content_type: "insight",
      target_type: "email",
      byweekday: ["monday"],
      enabled: false,
    });
    expect(insight).toBeDefined();
    expect(post("session_recording_playlists")).toMatchObject({ type: "filters", filters: { date_from: "-14d", filter_test_accounts: true } });
    expect(post("session_recording_playlists").description).toMatch(/<!-- iac:session-recording-playlists:checkout-errors iac:hash:0{16} -->$/);
  });

  it("plan no change on their markers as that tool writes them, with its hash", async () => {
    const [subscription] = (await api("GET", "subscriptions/")).results;
    await api("PATCH", `subscriptions/${subscription.id}/`, { title: subscription.title.replace("iac:hash:0000000000000000", `iac:hash:${THEIR_HASH}`) });
    const playlist = (await api("GET", "session_recording_playlists/?collection_type=custom")).results[0];
    await api("PATCH", `session_recording_playlists/${playlist.short_id}/`, { description: playlist.description.replace("iac:hash:0000000000000000", `iac:hash:${THEIR_HASH}`), filters: playlist.filters });
    emulator.clearRequests();
    const plan = await runCliInProcess(["plan", "--no-checks", "--detailed-exitcode"], { cwd: repo.dir, env: env() });
    expect(plan.code).toBe(0);
    expect(emulator.requests.filter((r) => r.method !== "GET")).toEqual([]);
  });
});

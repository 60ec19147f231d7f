import { Client } from "undici";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type RunningEmulator } from "../../src/emulator/index.js";

// `latencyMs` stands for a network's round trip, so a new connection pays for its handshake too:
// otherwise the bench would count opening more connections as free.
const LATENCY_MS = 200;
let emulator: RunningEmulator;

beforeAll(async () => {
  emulator = await startEmulator({ rateLimits: false, latencyMs: LATENCY_MS });
});
afterAll(() => emulator.close());

/** The time of one GET over `client`, in milliseconds. */
async function timeRead(client: Client): Promise<number> {
  const start = performance.now();
  const response = await client.request({ method: "GET", path: "/api/projects/1/feature_flags/", headers: { authorization: "Bearer phx_emulator" } });
  await response.body.text();
  expect(response.statusCode).toBe(200);
  return performance.now() - start;
}

describe("injected latency", () => {
  it("charges a new connection's first request a round trip for the handshake, and a kept-alive connection's later requests one round trip each", async () => {
    const client = new Client(emulator.url, { pipelining: 1 });
    try {
      const first = await timeRead(client);
      const second = await timeRead(client);
      expect(first).toBeGreaterThanOrEqual(2 * LATENCY_MS - 5);
      expect(second).toBeGreaterThanOrEqual(LATENCY_MS - 5);
      expect(second).toBeLessThan(first);
    } finally {
      await client.close();
    }
  });
});

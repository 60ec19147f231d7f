import { describe, expect, it } from "vitest";
import { RateLimiter } from "../../src/adapters/posthog/rate-limiter.js";

function fakeClock() {
  let now = 0;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      now += ms;
    },
  };
}

describe("RateLimiter", () => {
  it("waits for the oldest request to leave the window instead of exceeding the limit", async () => {
    const clock = fakeClock();
    const limiter = new RateLimiter([{ limit: 3, windowMs: 1000 }], clock);
    for (let i = 0; i < 7; i++) await limiter.acquire();
    // One percent of the window past its edge, so the server's count has certainly moved on.
    expect(clock.sleeps).toEqual([1010, 1010]);
  });

  it("honours the tightest of several windows", async () => {
    const clock = fakeClock();
    const limiter = new RateLimiter([{ limit: 10, windowMs: 1000 }, { limit: 2, windowMs: 60_000 }], clock);
    for (let i = 0; i < 3; i++) await limiter.acquire();
    expect(clock.sleeps).toEqual([60_600]);
  });
});

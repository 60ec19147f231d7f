/** One throttle window: at most `limit` requests per `windowMs`. */
export interface RateWindow {
  limit: number;
  windowMs: number;
}

/** PostHog's published limits for personal API keys. */
export const POSTHOG_RATE_LIMITS = {
  crud: [
    { limit: 480, windowMs: 60_000 },
    { limit: 4_800, windowMs: 3_600_000 },
  ],
  clickhouse: [
    { limit: 240, windowMs: 60_000 },
    { limit: 1_200, windowMs: 3_600_000 },
  ],
} satisfies Record<string, RateWindow[]>;

/**
 * How long past the window's edge a request waits: PostHog counts from when each
 * request arrived, which is later than when it was sent, so sending right at the
 * edge draws 429s. One percent of the window is 600 ms of the per-minute limit.
 */
function marginOf(window: RateWindow): number {
  return Math.ceil(window.windowMs / 100);
}

/**
 * A sliding-window limiter that waits instead of failing, so a large apply stays
 * under PostHog's throttles rather than bouncing off 429s.
 */
export class RateLimiter {
  private readonly sent: number[] = [];
  private queue: Promise<void> = Promise.resolve();

  private readonly windows: readonly RateWindow[];
  private readonly clock: { now(): number; sleep(ms: number): Promise<void> };

  constructor(windows: readonly RateWindow[], clock: { now(): number; sleep(ms: number): Promise<void> }) {
    this.windows = windows;
    this.clock = clock;
  }

  /** Resolves when one more request fits every window; callers are served in order. */
  acquire(): Promise<void> {
    const turn = this.queue.then(() => this.waitForSlot());
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  private async waitForSlot(): Promise<void> {
    for (;;) {
      const now = this.clock.now();
      const longest = Math.max(...this.windows.map((w) => w.windowMs));
      while (this.sent.length > 0 && this.sent[0]! <= now - longest) this.sent.shift();
      let wait = 0;
      for (const window of this.windows) {
        const inWindow = this.sent.filter((t) => t > now - window.windowMs);
        if (inWindow.length >= window.limit) wait = Math.max(wait, inWindow[inWindow.length - window.limit]! + window.windowMs + marginOf(window) - now);
      }
      if (wait <= 0) {
        this.sent.push(now);
        return;
      }
      await this.clock.sleep(wait);
    }
  }
}

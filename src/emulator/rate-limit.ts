/** Requests allowed per window; PostHog's defaults are 480/min, 4800/h, and 240/min, 1200/h for ClickHouse-backed views. */
export interface RateLimitConfig {
  burstPerMinute: number;
  sustainedPerHour: number;
  clickhouseBurstPerMinute: number;
  clickhouseSustainedPerHour: number;
}

/** PostHog's throttle rates for personal API keys. */
export const POSTHOG_RATE_LIMITS: Readonly<RateLimitConfig> = Object.freeze({
  burstPerMinute: 480,
  sustainedPerHour: 4800,
  clickhouseBurstPerMinute: 240,
  clickhouseSustainedPerHour: 1200,
});

/** Which throttle family a view uses. */
export type ThrottleClass = "default" | "clickhouse";

interface Window {
  scope: string;
  limit: number;
  durationMs: number;
}

/**
 * DRF's SimpleRateThrottle: a sliding log of request times per key and scope. Every throttle of a
 * view is consulted; a request is refused when any is full, and the wait is the largest of theirs.
 */
export class RateLimiter {
  private readonly config: RateLimitConfig | false;
  private readonly now: () => number;
  private readonly history = new Map<string, number[]>();

  constructor(config: RateLimitConfig | false, now: () => number = Date.now) {
    this.config = config;
    this.now = now;
  }

  /** Records the request and returns `undefined`, or returns the seconds to wait when throttled. */
  consume(apiKey: string, throttleClass: ThrottleClass): number | undefined {
    if (this.config === false) return undefined;
    const now = this.now();
    const waits: number[] = [];
    for (const window of this.windowsFor(this.config, throttleClass)) {
      const cacheKey = `${window.scope}:${apiKey}`;
      const log = (this.history.get(cacheKey) ?? []).filter((time) => time > now - window.durationMs);
      if (log.length >= window.limit) {
        const oldest = log[0] ?? now;
        waits.push((window.durationMs - (now - oldest)) / 1000);
      } else {
        log.push(now);
      }
      this.history.set(cacheKey, log);
    }
    return waits.length === 0 ? undefined : Math.max(...waits);
  }

  /** Forgets all recorded requests. */
  reset(): void {
    this.history.clear();
  }

  private windowsFor(config: RateLimitConfig, throttleClass: ThrottleClass): Window[] {
    if (throttleClass === "clickhouse") {
      return [
        { scope: "clickhouse_burst", limit: config.clickhouseBurstPerMinute, durationMs: 60_000 },
        { scope: "clickhouse_sustained", limit: config.clickhouseSustainedPerHour, durationMs: 3_600_000 },
      ];
    }
    return [
      { scope: "burst", limit: config.burstPerMinute, durationMs: 60_000 },
      { scope: "sustained", limit: config.sustainedPerHour, durationMs: 3_600_000 },
    ];
  }
}

let lastIssued = 0;

/**
 * The current time as an ISO string, strictly increasing across calls so records created in the
 * same millisecond still sort by creation time the way PostHog's microsecond timestamps do.
 */
export function isoNow(): string {
  const now = Math.max(Date.now(), lastIssued + 1);
  lastIssued = now;
  return new Date(now).toISOString();
}

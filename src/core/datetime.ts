/**
 * ISO 8601 date-times as PostHog stores and returns them. Django parses them with
 * `datetime.fromisoformat` (a date alone is midnight; no offset means UTC, the
 * server's time zone) and DRF writes them back in UTC as `isoformat()` with `Z`:
 * `2024-05-01T09:30:00Z`, or `.ffffff` when there are fractional seconds. Plans
 * compare that form, so `2024-05-01` and `2024-05-01T00:00:00+00:00` are equal.
 */
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2})(?::(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/;

function pad(value: number, width = 2): string {
  return String(value).padStart(width, "0");
}

/** The UTC form DRF returns for a date-time, or undefined when `text` is not one Django would accept. */
export function canonicalDateTime(text: string): string | undefined {
  const match = ISO.exec(text.trim());
  if (match === null) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? "0")) as [number, number, number, number, number, number];
  const fraction = (match[7] ?? "").slice(0, 6).padEnd(6, "0");
  const zone = match[8] ?? "Z";
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return undefined;
  const local = Date.UTC(year, month - 1, day, hour, minute, second);
  if (new Date(local).getUTCDate() !== day) return undefined;
  let offsetMinutes = 0;
  if (zone !== "Z") {
    const digits = zone.slice(1).replace(":", "");
    const hours = Number(digits.slice(0, 2));
    const minutes = Number(digits.slice(2) || "0");
    if (hours > 23 || minutes > 59) return undefined;
    offsetMinutes = (zone.startsWith("-") ? -1 : 1) * (hours * 60 + minutes);
  }
  const utc = new Date(local - offsetMinutes * 60_000);
  const date = `${pad(utc.getUTCFullYear(), 4)}-${pad(utc.getUTCMonth() + 1)}-${pad(utc.getUTCDate())}`;
  const time = `${pad(utc.getUTCHours())}:${pad(utc.getUTCMinutes())}:${pad(utc.getUTCSeconds())}`;
  return `${date}T${time}${/^0+$/.test(fraction) ? "" : `.${fraction}`}Z`;
}

import { validationError, type FieldPath } from "./errors.js";

/**
 * DRF's `DateTimeField` as PostHog configures it: input goes through Django's `parse_datetime`
 * (`datetime.fromisoformat` first, so a date alone is midnight), a value without an offset is in
 * the server's time zone (UTC), and output is `isoformat()` in UTC with `+00:00` written as `Z`,
 * with six fractional digits only when there are fractional seconds. The product's
 * `src/core/datetime.ts` reads the same format; the two stay separate on purpose, since the
 * emulator depends on nothing of the product (see the layer table), so a mistake in one is caught
 * by the other instead of being shared.
 */
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2})(?::(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/;

const WRONG_FORMAT = "Datetime has wrong format. Use one of these formats instead: YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].";

function pad(value: number, width = 2): string {
  return String(value).padStart(width, "0");
}

function parse(text: string): string | undefined {
  const match = ISO.exec(text);
  if (match === null) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? "0")) as [number, number, number, number, number, number];
  const fraction = (match[7] ?? "").slice(0, 6).padEnd(6, "0");
  const zone = match[8] ?? "Z";
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return undefined;
  const local = Date.UTC(year, month - 1, day, hour, minute, second);
  if (new Date(local).getUTCDate() !== day) return undefined;
  let offset = 0;
  if (zone !== "Z") {
    const digits = zone.slice(1).replace(":", "");
    const hours = Number(digits.slice(0, 2));
    const minutes = Number(digits.slice(2) || "0");
    if (hours > 23 || minutes > 59) return undefined;
    offset = (zone.startsWith("-") ? -1 : 1) * (hours * 60 + minutes);
  }
  const utc = new Date(local - offset * 60_000);
  const date = `${pad(utc.getUTCFullYear(), 4)}-${pad(utc.getUTCMonth() + 1)}-${pad(utc.getUTCDate())}`;
  const time = `${pad(utc.getUTCHours())}:${pad(utc.getUTCMinutes())}:${pad(utc.getUTCSeconds())}`;
  return `${date}T${time}${/^0+$/.test(fraction) ? "" : `.${fraction}`}Z`;
}

/** Reads a date-time field value as DRF does and returns it as DRF writes it back; invalid input is DRF's 400. */
export function coerceDateTime(value: unknown, path: FieldPath): string {
  const parsed = typeof value === "string" ? parse(value) : undefined;
  if (parsed === undefined) throw validationError(path, WRONG_FORMAT, "invalid");
  return parsed;
}

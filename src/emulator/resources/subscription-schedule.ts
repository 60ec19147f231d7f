/**
 * The part of python-dateutil's `rrule` that `Subscription.rrule` builds (frequency, interval,
 * count, until, byweekday, bysetpos; week start Monday), so the emulator computes
 * `next_delivery_date` and refuses an exhausted schedule as PostHog does
 * (`Subscription._compute_next_delivery_date`: the first occurrence after now + 15 minutes).
 */
export interface Schedule {
  frequency: string;
  interval: number;
  count: number | null;
  /** ISO date-times in UTC. */
  start_date: string;
  until_date: string | null;
  byweekday: string[] | null;
  bysetpos: number | null;
}

const WEEKDAY_INDEX: Readonly<Record<string, number>> = { monday: 0, tuesday: 1, wednesday: 2, thursday: 3, friday: 4, saturday: 5, sunday: 6 };
const DAY = 86_400_000;
/** Periods walked before giving up; far more than a schedule started years ago needs. */
const MAX_PERIODS = 200_000;

/** Monday-based weekday, as Python's `datetime.weekday()`. */
function weekdayOf(time: number): number {
  return (new Date(time).getUTCDay() + 6) % 7;
}

function dayStart(time: number): number {
  return time - (((time % DAY) + DAY) % DAY);
}

/** The occurrences of one period (day, week, month or year), in order, before bysetpos. */
function periodDays(schedule: Schedule, start: Date, period: number): number[] {
  const days = schedule.byweekday === null || schedule.byweekday.length === 0 ? undefined : new Set(schedule.byweekday.map((day) => WEEKDAY_INDEX[day]));
  const first = dayStart(start.getTime());
  const range = (from: number, to: number) => {
    const out: number[] = [];
    for (let day = from; day < to; day += DAY) out.push(day);
    return out;
  };
  let candidates: number[];
  if (schedule.frequency === "daily") candidates = [first + period * schedule.interval * DAY];
  else if (schedule.frequency === "weekly") {
    const weekStart = first - weekdayOf(first) * DAY + period * schedule.interval * 7 * DAY;
    candidates = range(weekStart, weekStart + 7 * DAY);
    if (days === undefined) return candidates.filter((day) => weekdayOf(day) === weekdayOf(first));
  } else if (schedule.frequency === "monthly") {
    const months = start.getUTCMonth() + period * schedule.interval;
    const from = Date.UTC(start.getUTCFullYear(), months, 1);
    candidates = range(from, Date.UTC(start.getUTCFullYear(), months + 1, 1));
    if (days === undefined) return candidates.filter((day) => new Date(day).getUTCDate() === start.getUTCDate());
  } else {
    const year = start.getUTCFullYear() + period * schedule.interval;
    candidates = range(Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1));
    if (days === undefined) return candidates.filter((day) => new Date(day).getUTCMonth() === start.getUTCMonth() && new Date(day).getUTCDate() === start.getUTCDate());
  }
  const matching = days === undefined ? candidates : candidates.filter((day) => days.has(weekdayOf(day)));
  const position = schedule.bysetpos;
  if (position === null || days === undefined) return matching;
  const picked = position > 0 ? matching[position - 1] : matching[matching.length + position];
  return picked === undefined ? [] : [picked];
}

/**
 * The first occurrence strictly after `after` (epoch milliseconds), or null when the schedule
 * ends before it (`count` or `until_date` exhausted).
 */
export function nextOccurrence(schedule: Schedule, after: number): string | null {
  const start = new Date(schedule.start_date);
  const timeOfDay = start.getTime() - dayStart(start.getTime());
  const until = schedule.until_date === null ? Number.POSITIVE_INFINITY : Date.parse(schedule.until_date);
  let seen = 0;
  for (let period = 0; period < MAX_PERIODS; period++) {
    for (const day of periodDays(schedule, start, period)) {
      const time = day + timeOfDay;
      if (time < start.getTime()) continue;
      if (time > until) return null;
      seen++;
      if (schedule.count !== null && seen > schedule.count) return null;
      if (time > after) return new Date(time).toISOString().replace(".000Z", "Z");
    }
  }
  return null;
}

/** `next_delivery_date` as PostHog sets it on save: the next occurrence after now plus 15 minutes. */
export function nextDeliveryDate(schedule: Schedule): string | null {
  return nextOccurrence(schedule, Date.now() + 15 * 60_000);
}

import { describe, expect, it } from "vitest";
import { buildDesiredState } from "../../src/core/desired.js";
import type { JsonObject } from "../../src/core/json.js";
import { batchExports } from "../../src/core/kinds/batch-exports.js";
import type { Definition } from "../../src/core/model.js";
import { POSTHOG_TIMEZONES } from "../../src/core/timezones.js";

const destination = { type: "S3", config: { bucket_name: "b", region: "eu-west-1" } };
const lake = (spec: JsonObject): Definition => ({ kind: "batch-exports", key: "lake", source: { file: "posthog/exports.ts", line: 4 }, spec: { key: "lake", name: "Lake", interval: "day", destination, ...spec } });
const problems = (spec: JsonObject) => buildDesiredState([lake(spec)]).diagnostics.map((d) => `${d.source?.file}:${d.source?.line} ${d.field}: ${d.message}`);
const desired = (spec: JsonObject) => batchExports.toDesired(lake(spec).spec).fields;
const noLookup = { idOf: () => undefined };
const noKeys = { keyOf: () => undefined, rows: () => [] };

describe("batch exports: timezone and offsets", () => {
  it("refuses a timezone PostHog does not list, naming the file, line and field, and takes pytz's aliases", () => {
    expect(problems({ timezone: "Europe/Berln" })).toEqual(['posthog/exports.ts:4 timezone: PostHog knows no timezone "Europe/Berln": use one of pytz\'s names, such as "Europe/Berlin" or "UTC"']);
    expect(problems({ timezone: "utc" })).toHaveLength(1);
    expect(problems({ timezone: "US/Pacific" })).toEqual([]);
    expect(problems({ timezone: "Asia/Calcutta" })).toEqual([]);
    expect(POSTHOG_TIMEZONES).toHaveLength(596);
  });

  it("refuses offsets for intervals PostHog gives none, and out-of-range ones", () => {
    expect(problems({ offsetDay: 2 })).toEqual(["posthog/exports.ts:4 offsetDay: PostHog takes offsetDay for weekly exports only (this one runs every day)"]);
    expect(problems({ interval: "hour", offsetHour: 3 })).toEqual(["posthog/exports.ts:4 offsetHour: PostHog takes offsetHour for daily and weekly exports only (this one runs every hour)"]);
    expect(problems({ interval: "week", offsetDay: 7 })).toHaveLength(1);
    expect(problems({ offsetHour: 24 })).toHaveLength(1);
    expect(problems({ offsetHour: 1.5 })).toHaveLength(1);
    expect(problems({ interval: "week", offsetDay: 6, offsetHour: 23 })).toEqual([]);
  });

  it("compares an undeclared offset as the interval's default PostHog reads back (Sunday, midnight), and a declared one as it is", () => {
    expect(desired({})).toMatchObject({ timezone: "UTC", offsetDay: null, offsetHour: null });
    const live = { name: "Lake", interval: "day", destination, model: "events", paused: false, filters: null, timezone: "UTC", offset_day: null, offset_hour: 0 };
    const compared = (raw: JsonObject, spec: JsonObject) => batchExports.compare!(batchExports.toObserved(raw, noKeys), desired(spec));
    expect(compared(live, {})).toEqual(desired({}));
    expect(compared({ ...live, interval: "week", offset_day: 0 }, { interval: "week" })).toEqual(desired({ interval: "week" }));
    expect(compared({ ...live, offset_hour: 5 }, {})).toMatchObject({ offsetHour: 5 });
    expect(compared(live, { offsetHour: 0 })).toMatchObject({ offsetHour: 0 });
    expect(compared({ ...live, timezone: "Europe/Berlin" }, {})).toMatchObject({ timezone: "Europe/Berlin" });
  });

  it("sends the timezone always and the offsets the interval has, an undeclared one as its default (a PATCH without it keeps the stored one)", () => {
    const weekly = batchExports.toPayload("lake", desired({ interval: "week", offsetDay: 1, timezone: "Europe/Berlin" }), noLookup, "create");
    expect(weekly).toMatchObject({ timezone: "Europe/Berlin", offset_day: 1, offset_hour: 0 });
    const daily = batchExports.toPayload("lake", desired({ offsetHour: 6 }), noLookup, "create");
    expect(daily).toMatchObject({ timezone: "UTC", offset_hour: 6 });
    expect(daily).not.toHaveProperty("offset_day");
    expect(batchExports.toPayload("lake", desired({}), noLookup, "update", {})).toMatchObject({ offset_hour: 0 });
    const hourly = batchExports.toPayload("lake", desired({ interval: "hour" }), noLookup, "create");
    expect(hourly).not.toHaveProperty("offset_day");
    expect(hourly).not.toHaveProperty("offset_hour");
  });

  it("pulls only what differs from PostHog's defaults", () => {
    const spec = (fields: JsonObject) => batchExports.toSpec({ ...desired({}), offsetHour: 0, ...fields }, "lake", () => undefined) as JsonObject;
    expect(spec({})).not.toHaveProperty("timezone");
    expect(spec({})).not.toHaveProperty("offsetHour");
    expect(spec({ offsetHour: null })).not.toHaveProperty("offsetHour");
    expect(spec({ timezone: "Asia/Tokyo", offsetHour: 9 })).toMatchObject({ timezone: "Asia/Tokyo", offsetHour: 9 });
  });
});

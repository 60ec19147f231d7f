import { describe, expect, it } from "vitest";
import { formatHogQL } from "../../src/render/hogql-layout.js";
import { describeChanges, diffBlock } from "../../src/render/value-diff.js";
import type { JsonObject } from "../../src/core/json.js";
import { diffFields } from "../../src/core/plan/diff.js";

const query = (series: JsonObject[], interval: string): JsonObject => ({ kind: "InsightVizNode", source: { kind: "TrendsQuery", series, interval, dateRange: { date_from: "-30d" }, filterTestAccounts: true } });

describe("describeChanges", () => {
  it("keeps a short change as one path: value line", () => {
    const before = { name: "A", filters: { groups: [{ rollout_percentage: 20 }] } };
    const after = { name: "A", filters: { groups: [{ rollout_percentage: 50 }] } };
    expect(describeChanges({ before, after, changes: diffFields(before, after) })).toEqual([
      { type: "line", change: { path: "filters.groups.0.rollout_percentage", kind: "update", before: 20, after: 50 } },
    ]);
  });

  it("shows several changed leaves of a query as one diff of the subtree they share, pretty-printed", () => {
    const before = { name: "Q", query: query([{ kind: "EventsNode", event: "signed up", math: "total" }], "day") };
    const after = { name: "Q", query: query([{ kind: "EventsNode", event: "signed in", math: "dau" }], "week") };
    const items = describeChanges({ before, after, changes: diffFields(before, after) });
    expect(items).toHaveLength(1);
    const block = items[0]!;
    expect(block.type === "block" && block.path).toBe("query.source");
    const rows = block.type === "block" ? block.rows.map((r) => `${r.sign} ${r.text}`) : [];
    expect(rows).toContain('-   "interval": "day",');
    expect(rows).toContain('+   "interval": "week",');
    expect(rows).toContain('-       "event": "signed up",');
    expect(rows).toContain('+       "event": "signed in",');
    // No flattened a.b.0.c line per leaf.
    expect(rows.some((r) => r.includes("series.0.event"))).toBe(false);
  });

  it("folds long unchanged stretches of a block", () => {
    const lines = Array.from({ length: 40 }, (_, i) => `line ${i}`);
    const changed = lines.map((l, i) => (i === 20 ? "line twenty" : l));
    const rows = diffBlock({ before: lines.join("\n"), after: changed.join("\n") });
    expect(rows.map((r) => `${r.sign} ${r.text}`)).toEqual([
      "  … 17 unchanged lines",
      "  line 17",
      "  line 18",
      "  line 19",
      "- line 20",
      "+ line twenty",
      "  line 21",
      "  line 22",
      "  line 23",
      "  … 16 unchanged lines",
    ]);
  });

  it("diffs a one-line HogQL query clause by clause", () => {
    const before = "SELECT event, count() AS total, uniq(person_id) FROM events WHERE timestamp > now() - INTERVAL 7 DAY GROUP BY event ORDER BY total DESC LIMIT 10";
    const after = before.replace("INTERVAL 7 DAY", "INTERVAL 30 DAY");
    expect(formatHogQL(before)).toBe(["SELECT event,", "  count() AS total,", "  uniq(person_id)", "FROM events", "WHERE timestamp > now() - INTERVAL 7 DAY", "GROUP BY event", "ORDER BY total DESC", "LIMIT 10"].join("\n"));
    const rows = diffBlock({ before, after }).filter((r) => r.sign !== " ");
    expect(rows).toEqual([
      { sign: "-", text: "WHERE timestamp > now() - INTERVAL 7 DAY" },
      { sign: "+", text: "WHERE timestamp > now() - INTERVAL 30 DAY" },
    ]);
  });

  it("leaves short, multi-line and non-query text as written", () => {
    expect(formatHogQL("select 1")).toBeUndefined();
    expect(formatHogQL("select event,\n count() from events where event = 'a, from b' group by event order by event")).toBeUndefined();
    expect(formatHogQL("Updated weekly. ".repeat(10))).toBeUndefined();
    expect(formatHogQL("SELECT properties.$browser, count() FROM events WHERE event = 'select, from where' GROUP BY properties.$browser")).toBe(
      ["SELECT properties.$browser,", "  count()", "FROM events", "WHERE event = 'select, from where'", "GROUP BY properties.$browser"].join("\n"),
    );
  });
});

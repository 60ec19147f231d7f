import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkHogQL } from "../../src/adapters/hogql/check.js";
import { locateInSource } from "../../src/adapters/hogql/locate.js";
import { loadHogQLChecker } from "../../src/adapters/hogql/parser.js";
import { findHogQLStrings } from "../../src/core/hogql.js";
import type { Definition } from "../../src/core/model.js";

describe("findHogQLStrings", () => {
  it("finds SQL queries and HogQL property filters in any definition", () => {
    const spec = {
      query: { kind: "DataVisualizationNode", source: { kind: "HogQLQuery", query: "select 1" } },
      filters: { properties: { type: "AND", values: [{ type: "hogql", key: "person.properties.plan = 'pro'" }, { type: "person", key: "email" }] } },
    };
    expect(findHogQLStrings(spec)).toEqual([
      { field: "query.source.query", text: "select 1", grammar: "select" },
      { field: "filters.properties.values.0.key", text: "person.properties.plan = 'pro'", grammar: "expr" },
    ]);
  });
});

describe("PostHog's HogQL parser", () => {
  it("is loaded once per run and parses each string once, however many environments validate it", async () => {
    const [first, second] = await Promise.all([loadHogQLChecker(), loadHogQLChecker()]);
    expect(second).toBe(first);
    const problem = first("select from where", "select");
    expect(problem?.severity).toBe("error");
    expect(second("select from where", "select")).toBe(problem);
    expect(first("select from where", "expr")).not.toBe(problem);
  });

  it("accepts valid queries, placeholders and expressions, and reports the offset of a syntax error", async () => {
    const check = await loadHogQLChecker();
    expect(check("select toDate(timestamp) as day, count() from events where event = {event} group by day", "select")).toBeUndefined();
    expect(check("properties.$browser = 'Chrome'", "expr")).toBeUndefined();
    expect(check("select a\nfrom events\nwhere x = = 2", "select")).toEqual({
      severity: "error",
      message: "HogQL syntax error: no viable alternative at input 'select a from events where x = ='",
      offset: 31,
    });
    // The parser counts code points; the offset is converted to JavaScript's UTF-16 units.
    expect(check("select '😀' as x from events where )", "select")?.offset).toBe("select '😀' as x from events where ".length);
  });
});

describe("locateInSource", () => {
  it("maps an offset in a template literal to its file line and column", () => {
    const source = ["const q = insight({", "  query: hogql(`select a", "from events", "where x = = 2`),", "})"].join("\n");
    expect(locateInSource(source, 1, "select a\nfrom events\nwhere x = = 2", 31)).toEqual({ line: 4, column: 11 });
  });

  it("maps an offset through the escapes of a quoted string", () => {
    const source = 'export default endpoint({ query: hogql("select a,\\nfrom events where )") })';
    expect(locateInSource(source, 1, "select a,\nfrom events where )", 28)).toEqual({ line: 1, column: 70 });
  });

  it("gives up when the text is not in the file", () => {
    expect(locateInSource("const x = 1", 1, "select 1", 0)).toBeUndefined();
  });
});

describe("checkHogQL", () => {
  const root = mkdtempSync(join(tmpdir(), "posthog-hogql-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("reports each broken query at the file, line and column inside it, and nothing for valid ones", async () => {
    mkdirSync(join(root, "posthog", "insights"), { recursive: true });
    const file = "posthog/insights/revenue.ts";
    writeFileSync(
      join(root, file),
      ['import { hogql, insight } from "@posthog/definitions"', "", "export default insight({", '  key: "revenue",', '  name: "Revenue",', "  query: hogql(`select sum(amount)", "from events", "where event = 'order' and )`),", "})", ""].join("\n"),
    );
    const definition = (key: string, query: string, line: number): Definition => ({
      kind: "insights",
      key,
      spec: { key, name: key, query: { kind: "DataVisualizationNode", source: { kind: "HogQLQuery", query } } },
      source: { file, line },
    });
    const diagnostics = await checkHogQL([definition("revenue", "select sum(amount)\nfrom events\nwhere event = 'order' and )", 3), definition("fine", "select 1", 3)], root);
    expect(diagnostics).toEqual([
      {
        severity: "error",
        code: "hogql",
        message: "HogQL syntax error: no viable alternative at input '… from events where event = 'order' and )'",
        source: { file, line: 8, column: 27 },
        field: "query.source.query",
        resource: "insights/revenue",
      },
    ]);
  });
});

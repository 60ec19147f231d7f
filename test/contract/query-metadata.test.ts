import { describe, expect, it } from "vitest";
import { useContractTarget } from "./harness.js";

const contract = useContractTarget();

/** PostHog's `HogQLMetadata` check through the query API: `{query: {kind, language, query}}` in, `HogQLMetadataResponse` out. */
async function metadata(query: string, language = "hogQL", path = "query/") {
  const response = await contract.client.post(path, { query: { kind: "HogQLMetadata", language, query } });
  expect(response.status).toBe(200);
  return response.body;
}

describe("contract: the query API's HogQL metadata check", () => {
  it("accepts a valid query and names its tables", async () => {
    const body = await metadata("select event, count() as total from events where timestamp > now() - interval 7 day group by event");
    expect(body).toMatchObject({ isValid: true, errors: [], query: "select event, count() as total from events where timestamp > now() - interval 7 day group by event" });
    expect(body.table_names).toEqual(["events"]);
    expect(Array.isArray(body.warnings) && Array.isArray(body.notices)).toBe(true);
  });

  it("reports an unknown column at its offsets, with PostHog's message", async () => {
    const body = await metadata("select event, nope_column_x from events");
    expect(body.isValid).toBe(false);
    expect(body.errors).toEqual([{ message: "Unable to resolve field: nope_column_x", start: 14, end: 27, fix: null }]);
  });

  it("reports a field a table does not have, an unknown table and an unknown function", async () => {
    expect((await metadata("select events.nope_column_x from events")).errors).toEqual([{ message: "Field not found: nope_column_x", start: 7, end: 27, fix: null }]);
    expect((await metadata("select 1 from nope_table_x")).errors).toEqual([{ message: 'Unknown table "nope_table_x".', start: 14, end: 26, fix: null }]);
    expect((await metadata("select cuont() from events")).errors).toEqual([{ message: "Unsupported function call 'cuont(...)'. Perhaps you meant 'count(...)'?", start: 7, end: 14, fix: null }]);
  });

  it("resolves person, session and joined tables, and reports syntax errors where the parser stops", async () => {
    expect((await metadata("select person.properties.email, session.$session_duration from events")).isValid).toBe(true);
    expect((await metadata("select e.event, p.properties.email from events e join persons p on p.id = e.person_id")).isValid).toBe(true);
    const broken = await metadata("select 1 from");
    expect(broken.isValid).toBe(false);
    expect(broken.errors).toHaveLength(1);
    expect(broken.errors[0]).toMatchObject({ start: 13 });
  });

  it("reports an internal resolution error without its message or position", async () => {
    // ResolutionError is an InternalHogQLError: get_hogql_metadata exposes only its class.
    const body = await metadata("select x from (select event as x from events) t where t.nope_column_x = 1");
    expect(body.errors).toEqual([{ message: "Unexpected ResolutionError", start: null, end: null, fix: null }]);
  });

  it("checks an expression on the events table (hogQLExpr), on the environments route too", async () => {
    const body = await metadata("properties.$browser = 'Chrome' and nope_field_x = 1", "hogQLExpr", `/api/environments/${contract.target.projectId}/query/`);
    expect(body.isValid).toBe(false);
    expect(body.errors).toEqual([{ message: "Unable to resolve field: nope_field_x", start: 35, end: 47, fix: null }]);
  });
});

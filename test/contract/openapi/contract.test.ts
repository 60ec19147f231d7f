import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONTRACT_FILE, SPEC_FILE, deriveContract, serializeContract } from "../../../scripts/openapi-contract.js";
import { startEmulator, type RunningEmulator } from "../../../src/emulator/index.js";
import { ROOT } from "../../helpers/cli.js";
import { expectContract } from "../../helpers/checked-emulator.js";
import { checkExchange, findOperation, formatViolation, loadContract, type Exchange } from "./contract.js";

const spec = resolve(ROOT, SPEC_FILE);
const lines = (exchange: Exchange) => checkExchange(exchange).violations.map(formatViolation);
const patch = (path: string, body: unknown): Exchange => ({ method: "PATCH", path: `/api/projects/1/${path}`, body, status: 400, response: null });
const post = (path: string, body: unknown): Exchange => ({ method: "POST", path: `/api/projects/1/${path}`, body, status: 400, response: null });
const trends = (source: Record<string, unknown>) => ({ kind: "InsightVizNode", source: { kind: "TrendsQuery", series: [{ kind: "EventsNode", event: "$pageview" }], ...source } });

describe("the derived OpenAPI data", () => {
  it.runIf(existsSync(spec))("is exactly what scripts/derive-openapi-contract.ts makes of ../shared/posthog-openapi/api.d.ts", () => {
    const derived = serializeContract(deriveContract(readFileSync(spec, "utf8"), readFileSync(join(dirname(spec), "SOURCE.md"), "utf8")));
    expect(readFileSync(join(ROOT, CONTRACT_FILE), "utf8")).toBe(derived);
  });

  it("names its source and describes the operations the product calls", () => {
    const { data } = loadContract();
    expect(data.source).toMatchObject({ file: SPEC_FILE, commit: expect.stringMatching(/^[0-9a-f]{40}$/), sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(findOperation("PATCH", "/api/projects/1/dashboards/7/")?.id).toBe("dashboards_partial_update");
    expect(findOperation("GET", "/api/environments/1/insights/")?.id).toBe("insights_list");
    expect(findOperation("PATCH", "/api/environments/1/")?.id).toBe("environments_partial_update");
    expect(findOperation("GET", "/api/projects/1/endpoints/daily-signups/")?.id).toBe("endpoints_retrieve");
  });

  it("stays out of the bundle: nothing in src/ imports it", () => {
    const offenders = sourceFiles(join(ROOT, "src")).filter((file) => /openapi-contract|contract\/openapi|operations\.json/.test(readFileSync(file, "utf8")));
    expect(offenders).toEqual([]);
  });
});

describe("the request check", () => {
  it("names kind, operation and field for an unknown field, a read-only field, a wrong type and a bad enum", () => {
    expect(lines(patch("dashboards/7/", { nmae: "Growth" }))).toEqual(["dashboards dashboards_partial_update request nmae: unknown field"]);
    expect(lines(patch("insights/3/", { short_id: "abc123" }))).toEqual(["insights insights_partial_update request short_id: read-only field sent"]);
    expect(lines(patch("dashboards/7/", { pinned: "yes" }))).toEqual(['dashboards dashboards_partial_update request pinned: expected boolean, got string "yes"']);
    expect(lines(post("insights/", { name: "Signups", query: trends({ interval: "fortnight" }) }))).toEqual([
      'insights insights_create request query.source.interval: string "fortnight" is not one of "second", "minute", "hour", "day", "week", "month", "quarter", "year"',
    ]);
  });

  it("catches deprecated fields, pattern violations, missing required fields and bodies an operation does not take", () => {
    expect(lines(patch("insights/3/", { dashboards: [1] }))).toEqual(["insights insights_partial_update request dashboards: deprecated field sent"]);
    expect(lines(post("feature_flags/", { key: "bad key!", filters: {} }))).toEqual(['feature-flags feature_flags_create request key: "bad key!" does not match ^[a-zA-Z0-9_-]+$']);
    expect(lines(post("actions/", { steps: [{ event: "$pageview", text_matching: "fuzzy" }] }))[0]).toMatch(/^actions actions_create request steps\[0\]\.text_matching: /);
    expect(lines(post("experiment_holdouts/", { description: "no name" }))).toEqual(["experiment-holdouts experiment_holdouts_create request name: missing required field"]);
    expect(lines(post("experiments/3/launch/", { now: true }))).toEqual(["experiments experiments_launch_create request (body): the operation takes no request body"]);
    expect(lines(post("experiments/3/launch/", {}))).toEqual([]);
  });

  it("applies the documented overrides: _update_tiles reads text, button_tile and display fields; dashboards are soft-deleted by PATCH", () => {
    const tiles = [{ text: { body: "Notes" }, layouts: { sm: { x: 0, y: 0, w: 6, h: 2 } } }, { id: 4, deleted: true }, { button_tile: { text: "Go", url: "/x", placement: "left" } }];
    expect(lines(patch("dashboards/7/", { tiles, deleted: false }))).toEqual([]);
    expect(lines(patch("dashboards/7/", { tiles: [{ text: { body: "x", colour: "red" } }] }))).toEqual(["dashboards dashboards_partial_update request tiles[0].text.colour: unknown field"]);
  });

  it("fails routes the spec does not describe unless they are allow-listed with a reason", () => {
    expect(lines({ method: "POST", path: "/api/projects/1/dashboards/7/share/", body: {}, status: 200 })).toEqual([
      "dashboards POST /api/projects/{project_id}/dashboards/{id}/share/ route (path): no operation in the spec describes this request",
    ]);
    expect(checkExchange({ method: "GET", path: "/api/projects/1/property_definitions/", body: null, status: 200, response: { results: [] } }).undescribed?.reason).toContain("property_definitions");
  });
});

describe("the response check", () => {
  let emulator: RunningEmulator;
  beforeAll(async () => {
    emulator = await startEmulator({ rateLimits: false });
  });
  afterAll(() => emulator.close());

  it("accepts the emulator's dashboard and names operation and field when a required field is missing or mistyped", async () => {
    await fetch(`${emulator.url}/api/projects/1/dashboards/`, { method: "POST", headers: { authorization: "Bearer phx_emulator", "content-type": "application/json" }, body: JSON.stringify({ name: "Growth" }) });
    const created = emulator.requests.at(-1)!;
    expect(checkExchange(created).violations).toEqual([]);
    const { created_at: _createdAt, ...withoutCreatedAt } = created.response as Record<string, unknown>;
    expect(lines({ ...created, response: withoutCreatedAt })).toEqual(["dashboards dashboards_create response created_at: missing required field"]);
    expect(lines({ ...created, response: { ...withoutCreatedAt, created_at: 5 } })).toEqual(["dashboards dashboards_create response created_at: expected string, got integer 5"]);
    expect(lines({ ...created, status: 200 })).toEqual(["dashboards dashboards_create response (status): status 200 is not described (the spec has 201)"]);
  });

  it("fails a suite's check with every violation on its own line", () => {
    const broken: Exchange = { ...patch("dashboards/7/", { nmae: "x", pinned: 1 }), status: 200, response: {} };
    expect(() => expectContract([broken])).toThrow(/violation\(s\) of PostHog's OpenAPI contract:\ndashboards dashboards_partial_update request nmae: unknown field\ndashboards dashboards_partial_update request pinned: expected boolean/);
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith(".ts") ? [join(dir, entry.name)] : []));
}

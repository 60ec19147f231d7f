import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startEmulator, type RunningEmulator } from "../../src/emulator/index.js";
import { copyFixture } from "../helpers/cli.js";
import { controlEmulator, resetEmulator } from "../helpers/emulator-control.js";
import { runCliInProcess } from "../helpers/in-process.js";

// Plan checks against the live project (issue 17), end to end: the CLI's sources against the emulator.
const KEY = "phx_emulator";
const NO_QUERY_KEY = "phx_no_query";
const NO_PROPERTIES_KEY = "phx_no_property_definitions";
const BASE_SCOPES = ["dashboard:write", "insight:write", "feature_flag:write", "action:write", "cohort:write", "event_definition:write", "experiment:write", "experiment_holdout:write", "experiment_saved_metric:write", "endpoint:write", "project:read", "activity_log:read"];
let emulator: RunningEmulator;
let repo: ReturnType<typeof copyFixture>;

const env = (key = KEY) => ({ POSTHOG_HOST: emulator.url, POSTHOG_PROJECT_ID: "1", POSTHOG_PERSONAL_API_KEY: key });
const cli = (args: string[], key?: string) => runCliInProcess(args, { cwd: repo.dir, env: env(key) });
const checkRequests = () => emulator.requests.filter((r) => r.path.endsWith("/query/") || r.path.endsWith("/user_blast_radius/") || r.path.endsWith("/property_definitions/"));
const writes = () => emulator.requests.filter((r) => r.method !== "GET" && !r.path.endsWith("/query/") && !r.path.endsWith("/user_blast_radius/"));

async function ingest(body: Record<string, unknown>): Promise<void> {
  const response = await controlEmulator(emulator, "POST", "/_emulator/ingest", body);
  expect(response.status).toBe(201);
}

const DASHBOARD = (event: string) => `import { dashboard, insight, trends } from "@posthog/definitions"
const signups = insight({
  key: "weekly-signups",
  name: "Weekly signups",
  query: trends({
    series: [{ event: "${event}", math: "total" }],
    interval: "week",
  }),
})
export default dashboard({ key: "growth", name: "Growth", tiles: [{ insight: signups, layout: { x: 0, y: 0, w: 6, h: 4 } }] })
`;

const HOGQL_INSIGHT = `import { hogql, insight } from "@posthog/definitions"

export default insight({
  key: "revenue-by-plan",
  name: "Revenue by plan",
  query: hogql(\`select properties.plan as plan,
  sum(properties.amount) as revenue
from events
where event = 'order completed' and amount_usd > 0
group by plan\`),
})
`;

beforeAll(async () => {
  emulator = await startEmulator({
    rateLimits: false,
    // 12,400 of 52,000 persons match the fixture flag's condition (email contains @example.com).
    persons: [
      { count: 12400, properties: { email: "someone@example.com", plan: "pro" } },
      { count: 39600, properties: { email: "someone@else.org", plan: "free" } },
    ],
    keys: [
      { key: KEY, scopes: ["*"] },
      { key: NO_QUERY_KEY, scopes: [...BASE_SCOPES, "property_definition:read"] },
      { key: NO_PROPERTIES_KEY, scopes: [...BASE_SCOPES, "query:read"] },
    ],
  });
});
afterAll(async () => {
  await emulator.close();
});
beforeEach(async () => {
  repo = copyFixture("growth");
  await resetEmulator(emulator);
  await ingest({ event: "user signed up", properties: { plan: "pro", amount: 12 } });
  await ingest({ event: "order completed", properties: { amount: 30 } });
  emulator.clearRequests();
});
afterEach(() => repo.cleanup());

describe("plan checks against the project", () => {
  it("warns about a misspelt event at its file, line and column, with the nearest name PostHog has", async () => {
    repo.write("posthog/dashboards/growth.ts", DASHBOARD("user sigend up"));
    const plan = await cli(["plan"]);
    expect(plan.code).toBe(0);
    expect(plan.stderr).toContain(
      "posthog/dashboards/growth.ts:6:24: warning: query.source.series.0.event: event `user sigend up` was never ingested in this project; did you mean `user signed up`?",
    );
    // Warnings fail the plan only when asked to; HogQL errors always do.
    const strict = await cli(["plan", "--fail-on-check-warnings"]);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain("found 1 problem(s) above; fix them before applying");
  });

  it("says nothing about names PostHog has ingested, and checks each property name once", async () => {
    const plan = await cli(["plan", "--json"]);
    expect(plan.code).toBe(0);
    const parsed = JSON.parse(plan.stdout);
    expect(parsed.checks).toEqual({ findings: [], reach: [], skipped: [] });
    // The seeded persons' `email` has its person property definition, as ingestion leaves one.
    expect(checkRequests().map((r) => `${r.method} ${r.path}?${r.query}`)).toEqual(["GET /api/projects/1/property_definitions/?limit=1000&type=person&properties=email"]);
  });

  it("puts an unknown HogQL column at its line and column, fails the plan and refuses to apply", async () => {
    repo.write("posthog/insights/revenue-by-plan.ts", HOGQL_INSIGHT);
    const plan = await cli(["plan"]);
    expect(plan.stderr).toContain("posthog/insights/revenue-by-plan.ts:9:37: error: query.source.query: HogQL: Unable to resolve field: amount_usd");
    expect(plan.code).toBe(1);
    const metadata = emulator.requests.find((r) => r.path === "/api/projects/1/query/");
    expect(metadata?.body).toMatchObject({ query: { kind: "HogQLMetadata", language: "hogQL" } });

    emulator.clearRequests();
    const apply = await cli(["apply"]);
    expect(apply.code).toBe(1);
    expect(apply.stderr).toContain("nothing was changed");
    expect(writes()).toEqual([]);
  });

  it("shows how many users a rollout change reaches", async () => {
    expect((await cli(["apply"])).code).toBe(0);
    const path = "posthog/feature-flags/new-checkout.ts";
    const { readFileSync } = await import("node:fs");
    repo.write(path, readFileSync(`${repo.dir}/${path}`, "utf8").replace("rollout_percentage: 20", "rollout_percentage: 100"));
    emulator.clearRequests();
    const plan = await cli(["plan"]);
    expect(plan.stdout).toContain("release condition 1: rollout 20% → 100%: about 12,400 of 52,000 users");
    expect(plan.stdout).not.toContain("release condition 1: rollout 20% → 100%\n");
    const sized = emulator.requests.filter((r) => r.path === "/api/projects/1/feature_flags/user_blast_radius/");
    expect(sized.map((r) => r.body)).toEqual([
      { condition: { properties: [{ key: "email", type: "person", operator: "icontains", value: "@example.com" }], rollout_percentage: 100 }, group_type_index: null },
    ]);
  });

  it("skips the HogQL check with a note when the key lacks query:read, and reports the cost with --verbose", async () => {
    repo.write("posthog/insights/revenue-by-plan.ts", HOGQL_INSIGHT);
    const plan = await cli(["plan", "--verbose"], NO_QUERY_KEY);
    expect(plan.code).toBe(0);
    expect(plan.stdout).toContain("HogQL was not checked against the project's schema: the API key lacks the scope");
    expect(plan.stderr).toMatch(/checked against the project in 2 request\(s\), \d+ ms/);
    expect(emulator.requests.filter((r) => r.path.endsWith("/query/")).map((r) => r.status)).toEqual([403]);
  });

  it("skips the property names with a note when the key cannot read property definitions, and still checks events", async () => {
    repo.write("posthog/dashboards/growth.ts", DASHBOARD("user sigend up"));
    const plan = await cli(["plan"], NO_PROPERTIES_KEY);
    expect(plan.code).toBe(0);
    expect(plan.stdout).toContain("property names and types were not checked against the project: the API key lacks the scope");
    expect(plan.stderr).toContain("event `user sigend up` was never ingested in this project; did you mean `user signed up`?");
    expect(plan.stderr).not.toContain("person property");
  });

  it("warns about a numeric operator on a String property", async () => {
    await ingest({ distinct_id: "u2", person_properties: { plan: "pro" } });
    repo.write(
      "posthog/feature-flags/new-checkout.ts",
      `import { featureFlag } from "@posthog/definitions"

export default featureFlag({
  key: "new-checkout",
  filters: { groups: [{ properties: [{ key: "plan", type: "person", operator: "gt", value: 3 }], rollout_percentage: 20 }] },
})
`,
    );
    const plan = await cli(["plan"]);
    expect(plan.stderr).toContain("posthog/feature-flags/new-checkout.ts:5:46: warning: filters.groups.0.properties.0.key: `gt` compares numbers, but person property `plan` is a String property");
  });

  it("runs no check with --no-checks", async () => {
    repo.write("posthog/insights/revenue-by-plan.ts", HOGQL_INSIGHT);
    const plan = await cli(["plan", "--no-checks", "--json"]);
    expect(plan.code).toBe(0);
    expect(JSON.parse(plan.stdout).checks).toBeUndefined();
    expect(checkRequests()).toEqual([]);
  });
});

import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type RunningEmulator, type RecordedRequest } from "../../src/emulator/index.js";
import { expectContract } from "../helpers/checked-emulator.js";
import { copyFixture, ROOT } from "../helpers/cli.js";
import { controlEmulator } from "../helpers/emulator-control.js";
import { runCliInProcess } from "../helpers/in-process.js";

// Definition files written in the style of PostHog's own tool (`@posthog/definitions`): every form
// issue 13 lists, with imports of `@posthog/definitions` and `.js` specifiers as that tool writes them.
const FIXTURE = join(ROOT, "fixtures", "posthog-tool");
const RESOURCES = 54;

let emulator: RunningEmulator;
let repo: ReturnType<typeof copyFixture>;
let applied: RecordedRequest[] = [];
const env = () => ({ POSTHOG_HOST: emulator.url, POSTHOG_PROJECT_ID: "1", POSTHOG_PERSONAL_API_KEY: "phx_emulator", POSTHOG_RATE_LIMIT: "off" });
const writes = (requests: readonly RecordedRequest[]) => requests.filter((r) => r.method !== "GET" && r.status < 400);
const bodyOf = (path: RegExp, method = "POST") => writes(applied).find((r) => r.method === method && path.test(r.path))?.body as Record<string, any>;

function filesUnder(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (at: string) => {
    for (const name of readdirSync(at).sort()) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.set(relative(dir, path), readFileSync(path, "utf8"));
    }
  };
  walk(dir);
  return out;
}

function typeCheck(project: string): string[] {
  const run = spawnSync(process.execPath, [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", project], { encoding: "utf8" });
  return run.stdout.split("\n").filter((line) => line.includes("error TS"));
}

beforeAll(async () => {
  emulator = await startEmulator({ rateLimits: false });
  repo = copyFixture("posthog-tool");
});
afterAll(async () => {
  repo.cleanup();
  await emulator.close();
});

describe("files written for PostHog's own tool", () => {
  it("hold at least 40 definition files, importing the SDK by that tool's package name", () => {
    const files = [...filesUnder(join(FIXTURE, "posthog")).entries()];
    expect(files.length).toBeGreaterThanOrEqual(40);
    for (const [, text] of files) expect(text).toContain('from "@posthog/definitions"');
  });

  it("type-check against the SDK's types, and a misspelt field in one is a type error at its line", () => {
    expect(typeCheck(FIXTURE)).toEqual([]);
    const copy = mkdtempSync(join(tmpdir(), "posthog-tool-types-"));
    try {
      cpSync(FIXTURE, copy, { recursive: true });
      const config = JSON.parse(readFileSync(join(copy, "tsconfig.json"), "utf8"));
      config.compilerOptions.paths = { "@posthog/definitions": [join(ROOT, "src", "sdk", "index.ts")] };
      writeFileSync(join(copy, "tsconfig.json"), JSON.stringify(config));
      const file = join(copy, "posthog", "events", "order-completed.ts");
      writeFileSync(file, readFileSync(file, "utf8").replace("enforcementMode:", "enforcementMod:"));
      expect(typeCheck(copy)).toEqual([expect.stringMatching(/posthog\/events\/order-completed\.ts\(10,3\): error TS2561: .*'enforcementMod'/)]);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it("validate unchanged", async () => {
    const result = await runCliInProcess(["validate"], { cwd: repo.dir, env: env() });
    expect(result.stdout).toBe(`${RESOURCES} definition(s) are valid.\n`);
    expect(result.code).toBe(0);
  });

  it("apply, then plan no changes", async () => {
    emulator.clearRequests();
    const apply = await runCliInProcess(["apply", "--no-checks"], { cwd: repo.dir, env: env() });
    expect(apply.stderr).toContain(`Applied ${RESOURCES} change(s).`);
    expect(apply.code).toBe(0);
    applied = [...emulator.requests];
    expectContract(applied);
    const plan = await runCliInProcess(["plan", "--no-checks", "--detailed-exitcode"], { cwd: repo.dir, env: env() });
    expect(plan.stdout).toContain(`No changes. ${RESOURCES} resource(s) up to date.`);
    expect(plan.code).toBe(0);
  });

  it("send what that tool sends: keys, names and camelCase fields mapped to PostHog's fields", () => {
    const events = writes(applied).filter((r) => r.method === "POST" && /\/event_definitions\/$/.test(r.path)).map((r) => r.body as Record<string, any>);
    expect(events.find((e) => e.name === "order completed")).toMatchObject({ enforcement_mode: "allow", primary_property: "order_id", tags: ["iac:event-definitions:order-completed", "revenue"] });
    expect(events.map((e) => e.name).sort()).toEqual(["checkout started", "newsletter joined", "order completed", "pricing viewed", "user signed up"]);
    expect(writes(applied).filter((r) => /\/schema_property_groups\/$/.test(r.path)).map((r) => (r.body as any).name).sort()).toEqual(["cart", "marketing", "order", "user-profile"]);
    const insights = writes(applied).filter((r) => r.method === "POST" && /\/insights\/$/.test(r.path)).map((r) => r.body as Record<string, any>);
    const query = (name: string) => insights.find((i) => i.name === name)!.query;
    expect(query("Pricing to signup")).toMatchObject({ kind: "InsightVizNode", source: { kind: "FunnelsQuery" } });
    expect(query("Pageviews by browser")).toMatchObject({ kind: "InsightVizNode", source: { kind: "TrendsQuery", compareFilter: { compare: false } } });
    expect(query("Recent orders (SQL)")).toMatchObject({ kind: "DataTableNode", source: { kind: "HogQLQuery" } });
    expect(query("Weekly signups").source).toMatchObject({ compareFilter: { compare: true }, trendsFilter: { display: "ActionsLineGraph" } });
    expect(query("Weekly signups").source.trendsFilter).not.toHaveProperty("compare");
    expect(query("Checkout starts (capped)").source.series).toEqual([{ kind: "EventsNode", event: "checkout started", custom_name: "Checkouts", limit: 500, math: "total" }]);
  });

  it("send dashboard settings, packed tiles, tile colours and button styles", () => {
    const growth = writes(applied).find((r) => r.method === "POST" && /\/dashboards\/$/.test(r.path) && (r.body as any).name === "Growth")!.body;
    expect(growth).toMatchObject({ restriction_level: 21, filters: { date_from: "-30d" }, breakdown_colors: [{ value: "Chrome", color: "#1d4aff" }] });
    expect(growth).not.toHaveProperty("dataColorThemeKey");
    const tiles = writes(applied).filter((r) => r.method === "PATCH" && /\/dashboards\/\d+\/$/.test(r.path)).flatMap((r) => ((r.body as any).tiles ?? []) as Record<string, any>[]);
    // New text tiles ride in the same PATCH of tiles, without an id.
    expect(tiles.some((t) => t.text !== undefined && t.id === undefined)).toBe(true);
    expect(tiles).toContainEqual(expect.objectContaining({ button_tile: { text: "Read the docs", url: "https://acme.com/docs", placement: "right", style: "secondary" }, color: "green" }));
    expect(tiles.map((t) => t.layouts?.sm).filter(Boolean)).toEqual(expect.arrayContaining([{ x: 0, y: 0, w: 6, h: 5 }, { x: 6, y: 0, w: 6, h: 5 }, { x: 0, y: 10, w: 12, h: 5 }]));
  });

  it("send a survey with that tool's marker and its linked flag's id, then launch it by its start date", () => {
    const created = bodyOf(/\/surveys\/$/)!;
    const flag = writes(applied).find((r) => r.method === "POST" && /\/feature_flags\/$/.test(r.path) && (r.body as any).key === "new-onboarding")!;
    expect(created).toMatchObject({ name: "Onboarding feedback", type: "popover", linked_flag_id: (flag.response as any).id, responses_limit: 200 });
    expect(created.description).toMatch(/\n\n<!-- iac:surveys:onboarding-feedback iac:hash:[0-9a-f]{16} -->$/);
    expect(created.questions.map((q: any) => q.id)).toEqual([undefined, undefined, undefined]);
    expect(writes(applied).find((r) => r.method === "PATCH" && /\/surveys\/[0-9a-f-]+\/$/.test(r.path))!.body).toEqual({ start_date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) });
  });

  it("send the forms PostHog accepts for experiments, holdouts, cohorts, actions, flags and endpoints", () => {
    const experimentWrites = writes(applied).filter((r) => /\/experiments\/(\d+\/)?$/.test(r.path));
    for (const write of experimentWrites) expect(JSON.stringify((write.body as any)?.parameters ?? {})).not.toContain("feature_flag_variants");
    expect(experimentWrites.map((r) => (r.body as any).conclusion_comment).filter(Boolean)).toEqual(["The shorter flow converted 12% better."]);
    expect(writes(applied).some((r) => r.method === "POST" && /\/cohorts\/$/.test(r.path) && (r.body as any).is_static === true && (r.body as any).query?.kind === "HogQLQuery")).toBe(true);
    expect(writes(applied).find((r) => r.method === "POST" && /\/actions\/$/.test(r.path) && (r.body as any).name === "Purchase")!.body).toMatchObject({ pinned_at: expect.any(String) });
    expect(writes(applied).find((r) => r.method === "POST" && /\/feature_flags\/$/.test(r.path) && (r.body as any).key === "theme-config")!.body).toMatchObject({ is_remote_configuration: true });
    const early = writes(applied).find((r) => r.method === "POST" && /\/feature_flags\/$/.test(r.path) && (r.body as any).key === "early-access-search")!.body as any;
    expect(early.filters).not.toHaveProperty("super_groups");
    expect(writes(applied).find((r) => r.method === "POST" && /\/endpoints\/$/.test(r.path) && (r.body as any).name === "weekly_signups")!.body).toMatchObject({
      derived_from_insight: "aBcD1234",
      query: { kind: "TrendsQuery" },
    });
  });

  it("send an endpoint's insight variables keyed by the id PostHog gave the variable, created first", () => {
    const variable = writes(applied).find((r) => r.method === "POST" && /\/insight_variables\/$/.test(r.path))!;
    const endpoint = writes(applied).find((r) => r.method === "POST" && /\/endpoints\/$/.test(r.path) && (r.body as any).name === "orders_by_region")!;
    const id = (variable.response as any).id;
    expect(applied.indexOf(variable)).toBeLessThan(applied.indexOf(endpoint));
    expect((endpoint.body as any).query.variables).toEqual({ [id]: { code_name: "region", variableId: id } });
  });

  it("refuse a --dir outside the directory the tool runs in as a configuration error that says what to do (exit 3), not as invalid definitions", async () => {
    const elsewhere = mkdtempSync(join(tmpdir(), "posthog-tool-cwd-"));
    try {
      const result = await runCliInProcess(["validate", "--dir", join(repo.dir, "posthog")], { cwd: elsewhere, env: env() });
      expect(result.stderr).toContain(`the definitions directory ${join(repo.dir, "posthog")} is outside ${elsewhere}, the directory the tool runs in`);
      expect(result.stderr).toContain("run the tool from the repository that holds them (cd there) or give a --dir inside it");
      expect(result.code).toBe(3);
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it("pull back into canonical files that plan no changes and pull again byte-identical", async () => {
    const empty = mkdtempSync(join(tmpdir(), "posthog-tool-pull-"));
    try {
      emulator.clearRequests();
      const pulled = await runCliInProcess(["pull"], { cwd: empty, env: env() });
      expect(pulled.code).toBe(0);
      expect(pulled.stdout).toContain(`Wrote ${RESOURCES} file(s) for ${RESOURCES} resource(s)`);
      expect(writes(emulator.requests)).toEqual([]);
      const first = filesUnder(join(empty, "posthog"));
      const plan = await runCliInProcess(["plan", "--no-checks", "--detailed-exitcode"], { cwd: empty, env: env() });
      expect(plan.stdout).toContain(`No changes. ${RESOURCES} resource(s) up to date.`);
      expect(plan.code).toBe(0);
      const again = await runCliInProcess(["pull"], { cwd: empty, env: env() });
      expect(again.stdout).toContain(`Wrote 0 file(s) for ${RESOURCES} resource(s); ${RESOURCES} unchanged`);
      expect(filesUnder(join(empty, "posthog"))).toEqual(first);
      // --no-cascade writes the selected dashboard alone, importing its insights from the files a full pull wrote.
      const growth = join(empty, "posthog", "dashboards", "growth.ts");
      rmSync(growth);
      const alone = await runCliInProcess(["pull", "--kind", "dashboards", "--key", "growth", "--no-cascade"], { cwd: empty, env: env() });
      expect(alone.stdout).toBe("  + posthog/dashboards/growth.ts\nWrote 1 file(s) for 1 resource(s); 0 unchanged, 0 kept with local edits.\n");
      expect(alone.stderr).toContain("dashboards/growth: references insights/checkout-funnel, insights/signup-funnel-query, insights/weekly-signups, left out by --no-cascade");
      expect(readFileSync(growth, "utf8")).toBe(first.get(join("dashboards", "growth.ts")));
      const cascaded = await runCliInProcess(["pull", "--dry-run", "--kind", "dashboards", "--key", "growth"], { cwd: empty, env: env() });
      expect(cascaded.stdout).toContain("Dry run: would write 0 file(s) for 4 resource(s); 4 unchanged");
      // The original files still plan no changes after the pull.
      const original = await runCliInProcess(["plan", "--no-checks", "--detailed-exitcode"], { cwd: repo.dir, env: env() });
      expect(original.code).toBe(0);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it("warn before creating an event definition keyed apart from its name when ingestion already made one by that name", async () => {
    await controlEmulator(emulator, "POST", "/_emulator/ingest", { event: "invoice paid" });
    repo.write("posthog/events/invoice-paid.ts", 'import { eventDefinition } from "@posthog/definitions";\n\nexport default eventDefinition({ key: "invoice-paid", name: "invoice paid" });\n');
    try {
      const plan = JSON.parse((await runCliInProcess(["plan", "--no-checks", "--json"], { cwd: repo.dir, env: env() })).stdout);
      const step = plan.steps.find((s: any) => s.kind === "event-definitions" && s.key === "invoice-paid");
      expect(step).toMatchObject({ action: "create", warnings: [{ type: "collision", field: "name", value: "invoice paid" }] });
    } finally {
      repo.remove("posthog/events/invoice-paid.ts");
    }
  });
});

import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { JsonObject } from "../../src/core/json.js";
import type { Definition, KindName } from "../../src/core/model.js";
import type { PullFilter } from "../../src/core/pull.js";
import { PullSelectionError } from "../../src/core/pull.js";
import { startEmulator, type RunningEmulator } from "../../src/emulator/index.js";
import { connect, loadProject, validateProject } from "../../src/engine/project.js";
import { pullProject, type PullReport } from "../../src/engine/pull.js";
import { ROOT, copyFixture } from "../helpers/cli.js";
import { applyDefinitions, describeChanges, emulatorConnection, loadFixture, planDefinitions, workerPath } from "../helpers/project.js";
import { controlEmulator, resetEmulator } from "../helpers/emulator-control.js";

let emulator: RunningEmulator;
let repo: string;
beforeAll(async () => {
  emulator = await startEmulator({ rateLimits: false });
});
afterAll(() => emulator.close());
beforeEach(async () => {
  await resetEmulator(emulator);
  emulator.clearRequests();
  repo = mkdtempSync(join(tmpdir(), "posthog-pull-"));
});
afterEach(() => rmSync(repo, { recursive: true, force: true }));

const connection = () => emulatorConnection(emulator.url);
const MANAGED: PullFilter = { kinds: [], keys: [], adopt: false };

async function pull(options: { filter?: Partial<PullFilter>; force?: boolean; dryRun?: boolean; beforeAdopt?: (keys: string[]) => void } = {}): Promise<PullReport> {
  const api = connect(connection());
  try {
    return await pullProject({
      api,
      root: repo,
      dir: "posthog",
      filter: { ...MANAGED, ...options.filter },
      force: options.force ?? false,
      dryRun: options.dryRun ?? false,
      beforeAdopt: (resources) => options.beforeAdopt?.(resources.map((r) => `${r.kind}/${r.key}`)),
    });
  } finally {
    await api.close();
  }
}

/** Every file under the repository, path → content. */
function snapshot(dir = repo): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (path: string) => {
    for (const name of readdirSync(path).sort()) {
      const child = join(path, name);
      if (statSync(child).isDirectory()) walk(child);
      else out[relative(repo, child).split("\\").join("/")] = readFileSync(child, "utf8");
    }
  };
  walk(dir);
  return out;
}

/** Loads the pulled repository through the real loader and plans it: the round trip. */
async function planPulled(warnings: string[] = []): Promise<string[]> {
  const project = await loadProject({ root: repo, workerPath: workerPath() });
  const validated = await validateProject(project, repo);
  expect(validated.diagnostics.map((d) => `${d.severity} ${d.code} ${d.resource}`)).toEqual(warnings);
  return describeChanges(await planDefinitions(connection(), project.definitions));
}

/** Type-checks the pulled files against the SDK sources, as a user's editor would. */
function typeCheck(): void {
  writeFileSync(
    join(repo, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        target: "ES2022",
        module: "ESNext",
        moduleResolution: "Bundler",
        strict: true,
        noEmit: true,
        allowImportingTsExtensions: true,
        skipLibCheck: true,
        types: [],
        paths: { "@posthog/definitions": [join(ROOT, "src", "sdk", "index.ts")] },
      },
      include: ["posthog/**/*.ts"],
    }),
  );
  execFileSync(process.execPath, [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", repo], { encoding: "utf8" });
}

async function api(method: string, path: string, body?: JsonObject): Promise<any> {
  const response = await fetch(`${emulator.url}/api/projects/1/${path}`, {
    method,
    headers: { authorization: "Bearer phx_emulator", "content-type": "application/json" },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response.status === 204 ? undefined : response.json();
}

const writes = () => emulator.requests.filter((r) => r.method !== "GET").map((r) => ({ method: r.method, path: r.path, body: r.body }));
const def = (kind: KindName, spec: JsonObject): Definition => ({ kind, key: spec.key as string, spec });

/** Shapes the every-kind fixture does not have: a cohort of a cohort, a funnel, a SQL insight with values, an action series, a raw query. */
const extras: Definition[] = [
  def("cohorts", { key: "vip-power-users", name: "VIP power users", filters: { properties: { type: "AND", values: [{ cohort: { $ref: "cohorts/power-users" } }, { type: "person", key: "plan", operator: "exact", value: "vip" }] } } }),
  def("insights", {
    key: "signup-funnel",
    name: "Signup funnel",
    query: { kind: "InsightVizNode", source: { kind: "FunnelsQuery", series: [{ kind: "EventsNode", event: "$pageview" }, { kind: "EventsNode", event: "user signed up" }] } },
  }),
  def("insights", { key: "plan-count", name: "Plan count", description: "By plan", query: { kind: "DataVisualizationNode", source: { kind: "HogQLQuery", query: "select {plan}", values: { plan: "pro" } } } }),
  def("insights", {
    key: "purchases",
    name: "Purchases",
    query: { kind: "InsightVizNode", source: { kind: "TrendsQuery", series: [{ kind: "ActionsNode", action: { $ref: "actions/purchase" }, math: "dau" }], interval: "day" } },
  }),
  def("insights", { key: "events-table", name: "Events table", query: { kind: "DataTableNode", source: { kind: "EventsQuery", select: ["*", "event"] } } }),
  def("dashboards", { key: "empty", name: "Empty" }),
];

describe("pull round trip", () => {
  it("writes every kind, plans as no changes, pulls again byte-identically and type-checks", async () => {
    const fixture = copyFixture("every-kind");
    try {
      await applyDefinitions(connection(), [...(await loadFixture(fixture.dir, "staging")), ...extras], { environment: "staging" });
    } finally {
      fixture.cleanup();
    }
    const first = await pull();
    expect(first.warnings).toEqual([
      ...["aws_access_key_id", "aws_secret_access_key"].map(
        (field) =>
          `batch-exports/events-archive: destination ${field} is a credential PostHog does not return; it is written as secret("EVENTS_ARCHIVE_${field.toUpperCase()}"): set EVENTS_ARCHIVE_${field.toUpperCase()} and list it in posthog.config.ts secrets before applying, or remove it if the destination does not use it`,
      ),
      "insights/events-table: its query (DataTableNode/EventsQuery) has fields or a kind the SDK does not model; it is written with rawQuery()",
    ]);
    expect(first.files.map((f) => `${f.status} ${f.path}`)).toEqual([
      "create posthog/actions/purchase.ts",
      "create posthog/alerts/signups-drop.ts",
      "create posthog/annotations/checkout-launch.ts",
      "create posthog/batch-exports/events-archive.ts",
      "create posthog/cohorts/beta-testers.ts",
      "create posthog/cohorts/power-users.ts",
      "create posthog/cohorts/vip-power-users.ts",
      "create posthog/dashboard-templates/growth-starter.ts",
      "create posthog/dashboards/empty.ts",
      "create posthog/dashboards/growth.ts",
      "create posthog/early-access-features/saved-carts.ts",
      "create posthog/endpoints/daily-signups.ts",
      "create posthog/error-tracking-settings/project.ts",
      "create posthog/events/order-completed.ts",
      "create posthog/events/user-signed-up.ts",
      "create posthog/experiment-holdouts/global-holdout.ts",
      "create posthog/experiment-saved-metrics/checkout-conversion.ts",
      "create posthog/experiments/one-page-checkout.ts",
      "create posthog/feature-flags/new-checkout.ts",
      "create posthog/feature-flags/nps-audience.ts",
      "create posthog/feature-flags/saved-carts.ts",
      "create posthog/hog-flows/onboarding.ts",
      "create posthog/hog-functions/signup-webhook.ts",
      "create posthog/insight-variables/plan_tier.ts",
      "create posthog/insights/events-table.ts",
      "create posthog/insights/orders-for-plan.ts",
      "create posthog/insights/plan-count.ts",
      "create posthog/insights/purchases.ts",
      "create posthog/insights/revenue-by-plan.ts",
      "create posthog/insights/signup-funnel.ts",
      "create posthog/insights/weekly-signups.ts",
      "create posthog/logs-alerts/checkout-errors.ts",
      "create posthog/logs-sampling-rules/cap-checkout.ts",
      "create posthog/logs-views/checkout-errors.ts",
      "create posthog/messaging-templates/welcome-email.ts",
      "create posthog/product-tours/onboarding.ts",
      "create posthog/project-settings/project.ts",
      "create posthog/property-groups/order-properties.ts",
      "create posthog/property-groups/signup-properties.ts",
      "create posthog/session-recording-playlists/rage-clicks.ts",
      "create posthog/subscriptions/growth-digest.ts",
      "create posthog/surveys/nps.ts",
      "create posthog/warehouse-saved-queries/paid-orders.ts",
    ]);
    const files = snapshot();
    expect(files["posthog/dashboards/growth.ts"]).toMatchSnapshot();
    expect(files["posthog/dashboard-templates/growth-starter.ts"]).toMatchSnapshot("dashboard-templates/growth-starter.ts");
    expect(files["posthog/feature-flags/new-checkout.ts"]).toMatchSnapshot();
    expect(files["posthog/experiments/one-page-checkout.ts"]).toMatchSnapshot();
    expect(files["posthog/insights/revenue-by-plan.ts"]).toMatchSnapshot();
    expect(files["posthog/insights/purchases.ts"]).toMatchSnapshot();
    expect(files["posthog/insights/signup-funnel.ts"]).toMatchSnapshot();
    expect(files["posthog/insights/events-table.ts"]).toMatchSnapshot();
    expect(files["posthog/events/user-signed-up.ts"]).toMatchSnapshot();
    expect(files["posthog/project-settings/project.ts"]).toMatchSnapshot();
    expect(files["posthog/error-tracking-settings/project.ts"]).toMatchSnapshot("error-tracking-settings/project.ts");
    expect(files["posthog/logs-views/checkout-errors.ts"]).toMatchSnapshot("logs-views/checkout-errors.ts");
    expect(files["posthog/logs-sampling-rules/cap-checkout.ts"]).toMatchSnapshot("logs-sampling-rules/cap-checkout.ts");
    expect(files["posthog/logs-alerts/checkout-errors.ts"]).toMatchSnapshot("logs-alerts/checkout-errors.ts");
    expect(files["posthog/annotations/checkout-launch.ts"]).toMatchSnapshot();
    expect(files["posthog/alerts/signups-drop.ts"]).toMatchSnapshot();
    expect(files["posthog/early-access-features/saved-carts.ts"]).toMatchSnapshot();
    expect(files["posthog/insight-variables/plan_tier.ts"]).toMatchSnapshot("insight-variables/plan_tier.ts");
    expect(files["posthog/insights/orders-for-plan.ts"]).toMatchSnapshot("insights/orders-for-plan.ts");
    expect(files["posthog/warehouse-saved-queries/paid-orders.ts"]).toMatchSnapshot("warehouse-saved-queries/paid-orders.ts");
    expect(files["posthog/surveys/nps.ts"]).toMatchSnapshot("surveys/nps.ts");
    expect(files["posthog/subscriptions/growth-digest.ts"]).toMatchSnapshot("subscriptions/growth-digest.ts");
    expect(files["posthog/session-recording-playlists/rage-clicks.ts"]).toMatchSnapshot("session-recording-playlists/rage-clicks.ts");
    expect(files["posthog/hog-functions/signup-webhook.ts"]).toMatchSnapshot("hog-functions/signup-webhook.ts");
    expect(files["posthog/hog-flows/onboarding.ts"]).toMatchSnapshot("hog-flows/onboarding.ts");
    expect(files["posthog/batch-exports/events-archive.ts"]).toMatchSnapshot("batch-exports/events-archive.ts");
    expect(files["posthog/messaging-templates/welcome-email.ts"]).toMatchSnapshot("messaging-templates/welcome-email.ts");
    expect(files["posthog/product-tours/onboarding.ts"]).toMatchSnapshot("product-tours/onboarding.ts");

    // PostHog never says which of an export's credentials are set, so pull writes a secret() for each and validate names the ones the config does not list.
    expect(await planPulled(["warning unlisted-secret batch-exports/events-archive", "warning unlisted-secret batch-exports/events-archive"])).toEqual([]);
    const reads = emulator.requests.length;
    const second = await pull();
    expect(emulator.requests.slice(reads).every((r) => r.method === "GET")).toBe(true);
    expect(second.files.every((f) => f.status === "unchanged")).toBe(true);
    expect(snapshot()).toEqual(files);
    typeCheck();
  });
});

describe("pull safety", () => {
  const signups = def("insights", { key: "signups", name: "Signups", query: { kind: "InsightVizNode", source: { kind: "TrendsQuery", series: [{ kind: "EventsNode", event: "user signed up" }] } } });

  it("lists without writing on a dry run, keeps locally edited files unless forced, and never writes to PostHog", async () => {
    await applyDefinitions(connection(), [signups]);
    emulator.clearRequests();
    const dry = await pull({ dryRun: true });
    expect(dry.files).toEqual([{ path: "posthog/insights/signups.ts", kind: "insights", key: "signups", status: "create" }]);
    expect(readdirSync(repo)).toEqual([]);

    await pull();
    const path = join(repo, "posthog", "insights", "signups.ts");
    const pulled = readFileSync(path, "utf8");
    writeFileSync(path, pulled.replace('"Signups"', '"Signups (edited locally)"'));
    const kept = await pull();
    expect(kept.files[0]!.status).toBe("kept");
    expect(readFileSync(path, "utf8")).toContain("edited locally");
    const forced = await pull({ force: true });
    expect(forced.files[0]!.status).toBe("overwrite");
    expect(readFileSync(path, "utf8")).toBe(pulled);
    expect(writes()).toEqual([]);
  });

  it("pulls only what --kind and --key select, plus what that references", async () => {
    const cohortDef = def("cohorts", { key: "staff", name: "Staff", filters: { properties: { type: "AND", values: [{ type: "person", key: "email", operator: "icontains", value: "@acme.com" }] } } });
    const flagDef = def("feature-flags", { key: "beta", filters: { groups: [{ properties: [{ cohort: { $ref: "cohorts/staff" } }], rollout_percentage: 100 }] } });
    await applyDefinitions(connection(), [signups, cohortDef, flagDef]);
    const report = await pull({ filter: { kinds: ["feature-flags"], keys: ["beta"] } });
    expect(report.files.map((f) => f.path)).toEqual(["posthog/cohorts/staff.ts", "posthog/feature-flags/beta.ts"]);
    expect(readFileSync(join(repo, "posthog", "feature-flags", "beta.ts"), "utf8")).toContain('import staff from "../cohorts/staff.ts"');
    await expect(pull({ filter: { keys: ["nope"] } })).rejects.toThrow(new PullSelectionError("--key nope matches no resource in the project"));
  });
});

describe("pull and unmanaged resources", () => {
  /** A dashboard with one insight tile and a cohort-targeted flag, built in the UI (no identity). */
  async function buildInUi(): Promise<{ dashboard: number; insight: number; cohort: number; other: number }> {
    const dashboard = await api("POST", "dashboards/", { name: "Team KPIs", pinned: true });
    const insight = await api("POST", "insights/", {
      name: "Daily active users",
      query: { kind: "InsightVizNode", source: { kind: "TrendsQuery", series: [{ kind: "EventsNode", event: "$pageview", math: "dau" }] } },
      dashboards: [dashboard.id],
    });
    const tile = (await api("GET", `dashboards/${dashboard.id}/`)).tiles[0];
    await api("PATCH", `dashboards/${dashboard.id}/`, { tiles: [{ id: tile.id, layouts: { sm: { x: 0, y: 0, w: 6, h: 5 } } }] });
    const cohort = await api("POST", "cohorts/", { name: "Staff", filters: { properties: { type: "AND", values: [{ type: "person", key: "email", operator: "icontains", value: "@acme.com" }] } } });
    const other = await api("POST", "insights/", { name: "Untouched", query: { kind: "InsightVizNode", source: { kind: "TrendsQuery", series: [{ kind: "EventsNode", event: "x" }] } } });
    emulator.clearRequests();
    return { dashboard: dashboard.id, insight: insight.id, cohort: cohort.id, other: other.id };
  }

  it("ignores them by default, and names unmanaged references in warnings instead of writing their ids silently", async () => {
    const ui = await buildInUi();
    const flagDef = def("feature-flags", { key: "staff-only", filters: { groups: [{ properties: [{ key: "id", type: "cohort", value: ui.cohort }], rollout_percentage: 100 }] } });
    const board = def("dashboards", { key: "board", name: "Board", tiles: [{ type: "text", body: "Hi", layout: { x: 0, y: 0, w: 12, h: 1 } }] });
    await applyDefinitions(connection(), [flagDef, board]);
    // Someone adds the UI-built insight to the managed dashboard.
    await api("PATCH", `insights/${ui.insight}/`, { dashboards: [ui.dashboard, (await api("GET", "dashboards/?search=Board")).results.find((d: any) => d.name === "Board").id] });
    emulator.clearRequests();

    const report = await pull();
    expect(report.files.map((f) => f.path)).toEqual(["posthog/dashboards/board.ts", "posthog/feature-flags/staff-only.ts"]);
    expect(report.warnings).toEqual([
      `dashboards/board: a tile shows insight #${ui.insight}, which is not pulled; the tile is left out`,
      "dashboards/board: the written definition differs from PostHog in tiles; the next plan will show that as a change",
      `feature-flags/staff-only: targets cohort #${ui.cohort}, which is not pulled; its numeric id is kept and only works in this project`,
    ]);
    expect(readFileSync(join(repo, "posthog", "feature-flags", "staff-only.ts"), "utf8")).toContain(`value: ${ui.cohort}`);
    expect(writes()).toEqual([]);
    await expect(pull({ filter: { keys: [String(ui.dashboard)] } })).rejects.toThrow(/which this tool does not manage; add --adopt/);
  });

  it("adopts only the selected resources and what they reference, listed before any write, tagging and nothing else", async () => {
    const ui = await buildInUi();
    const dry = await pull({ filter: { kinds: ["dashboards"], adopt: true }, dryRun: true });
    expect(dry.adopted.map((r) => `${r.kind}/${r.key} #${String(r.id)}`)).toEqual([`dashboards/team-kpis #${ui.dashboard}`, `insights/daily-active-users #${ui.insight}`]);
    expect(writes()).toEqual([]);
    expect(readdirSync(repo)).toEqual([]);

    let announced: string[] = [];
    let writesWhenAnnounced = -1;
    const report = await pull({ filter: { kinds: ["dashboards"], adopt: true }, beforeAdopt: (keys) => ((announced = keys), (writesWhenAnnounced = writes().length)) });
    expect(announced).toEqual(["dashboards/team-kpis", "insights/daily-active-users"]);
    expect(writesWhenAnnounced).toBe(0);
    expect(report.failures).toEqual([]);
    expect(writes()).toEqual([
      { method: "PATCH", path: `/api/projects/1/dashboards/${ui.dashboard}/`, body: { tags: ["iac:dashboards:team-kpis"] } },
      { method: "PATCH", path: `/api/projects/1/insights/${ui.insight}/`, body: { tags: ["iac:insights:daily-active-users"] } },
    ]);
    expect(report.files.map((f) => f.path)).toEqual(["posthog/dashboards/team-kpis.ts", "posthog/insights/daily-active-users.ts"]);
    expect(await planPulled()).toEqual([]);
    expect((await api("GET", `insights/${ui.other}/`)).tags).toEqual([]);
    expect((await api("GET", `cohorts/${ui.cohort}/`)).description).toBe("");
  });

  it("adopts by server id with --key, and refuses an id that names objects of two kinds", async () => {
    const ui = await buildInUi();
    const report = await pull({ filter: { kinds: ["cohorts"], keys: [String(ui.cohort)], adopt: true } });
    expect(report.adopted.map((r) => `${r.kind}/${r.key}`)).toEqual(["cohorts/staff"]);
    expect(writes()).toEqual([{ method: "PATCH", path: `/api/projects/1/cohorts/${ui.cohort}/`, body: { description: "<!-- iac:cohorts:staff iac:hash:0000000000000000 -->" } }]);
    expect(await planPulled()).toEqual([]);
    // Each collection numbers its own objects, so one id names the (now managed) cohort, a dashboard and an insight.
    expect([ui.dashboard, ui.insight]).toEqual([ui.cohort, ui.cohort]);
    await expect(pull({ filter: { keys: [String(ui.dashboard)], adopt: true } })).rejects.toThrow(
      `--key ${ui.dashboard} matches insights/daily-active-users (id ${ui.insight}), dashboards/team-kpis (id ${ui.dashboard}); add --kind to say which one`,
    );
  });
});

describe("pull --adopt follows references", () => {
  it("takes an experiment over with its flag, holdout and saved metric, and an event with its property group", async () => {
    const flag = await api("POST", "feature_flags/", {
      key: "checkout-test",
      filters: { groups: [{ rollout_percentage: 100 }], multivariate: { variants: [{ key: "control", rollout_percentage: 50 }, { key: "test", rollout_percentage: 50 }] } },
    });
    const holdout = await api("POST", "experiment_holdouts/", { name: "Holdout", filters: [{ properties: [], rollout_percentage: 5 }] });
    const metric = await api("POST", "experiment_saved_metrics/", { name: "Revenue", query: { kind: "ExperimentMetric", metric_type: "mean", source: { kind: "EventsNode", event: "order completed" } } });
    const experiment = await api("POST", "experiments/", {
      name: "Checkout test",
      feature_flag_key: flag.key,
      holdout_id: holdout.id,
      saved_metrics_ids: [{ id: metric.id, metadata: { type: "primary" } }],
      allow_unknown_events: true,
    });
    const group = await api("POST", "schema_property_groups/", { name: "Order", properties: [{ name: "amount", property_type: "Numeric", is_required: true }] });
    await controlEmulator(emulator, "POST", "/_emulator/ingest", { event: "order completed" });
    const event = (await api("GET", "event_definitions/")).results.find((e: any) => e.name === "order completed");
    await api("POST", "event_schemas/", { event_definition: event.id, property_group_id: group.id });
    emulator.clearRequests();

    const report = await pull({ filter: { kinds: ["experiments", "event-definitions"], adopt: true } });
    expect(report.warnings).toEqual([]);
    expect(report.adopted.map((r) => `${r.kind}/${r.key}`).sort()).toEqual([
      "event-definitions/order completed",
      "experiment-holdouts/holdout",
      "experiment-saved-metrics/revenue",
      "experiments/checkout-test",
      "feature-flags/checkout-test",
      "property-groups/order",
    ]);
    // One PATCH each, carrying only the identity: a tag, a description marker, or (flags) the unchanged key with the tag.
    expect(writes().map((w) => `${w.method} ${w.path.split("/")[4]} ${JSON.stringify(w.body)}`).sort()).toEqual([
      'PATCH event_definitions {"tags":["iac:event-definitions:order completed"]}',
      'PATCH experiment_holdouts {"description":"<!-- iac:experiment-holdouts:holdout iac:hash:0000000000000000 -->"}',
      'PATCH experiment_saved_metrics {"description":"<!-- iac:experiment-saved-metrics:revenue iac:hash:0000000000000000 -->","tags":["iac:experiment-saved-metrics:revenue"]}',
      'PATCH experiments {"description":"<!-- iac:experiments:checkout-test iac:hash:0000000000000000 -->"}',
      'PATCH feature_flags {"key":"checkout-test","tags":["iac:feature-flags:checkout-test"]}',
      'PATCH schema_property_groups {"description":"<!-- iac:property-groups:order iac:hash:0000000000000000 -->"}',
    ]);
    expect(readFileSync(join(repo, "posthog", "experiments", "checkout-test.ts"), "utf8")).toContain('import checkoutTest from "../feature-flags/checkout-test.ts"');
    expect(await planPulled()).toEqual([]);
    expect((await api("GET", `experiments/${experiment.id}/`)).name).toBe("Checkout test");
  });
});

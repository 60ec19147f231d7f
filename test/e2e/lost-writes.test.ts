import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { applyPlan } from "../../src/core/apply.js";
import type { JsonObject } from "../../src/core/json.js";
import type { Definition, KindName } from "../../src/core/model.js";
import { startEmulator, type RunningEmulator } from "../../src/emulator/index.js";
import { connect } from "../../src/engine/project.js";
import { expectContract } from "../helpers/checked-emulator.js";
import { startFaultProxy, type FaultProxy } from "../helpers/fault-proxy.js";
import { applyDefinitions, describeChanges, emulatorConnection, planDefinitions } from "../helpers/project.js";

// Lost answers and 5xx after the server committed, injected by a loopback proxy in front of the
// emulator: writes that are not idempotent must not be resent, and apply must converge anyway.
let emulator: RunningEmulator;
let proxy: FaultProxy;
beforeEach(async () => {
  emulator = await startEmulator({ rateLimits: false });
  proxy = await startFaultProxy(emulator.url);
});
afterEach(async () => {
  await proxy.close();
  await emulator.close();
  expectContract(emulator.requests);
});

const def = (kind: KindName, spec: JsonObject): Definition => ({ kind, key: spec.key as string, spec });
const ref = (kind: KindName, key: string) => ({ $ref: `${kind}/${key}` });
const trends = (event: string): JsonObject => ({ kind: "InsightVizNode", source: { kind: "TrendsQuery", series: [{ kind: "EventsNode", event, math: "total" }] } });
const at = (x: number, y: number, w = 6, h = 4) => ({ x, y, w, h });
const insight = (key: string, name = key) => def("insights", { key, name, query: trends(key) });
const board = (tiles: JsonObject[]) => def("dashboards", { key: "board", name: "Board", tiles });
const button = (text: string, layout = at(6, 4, 6, 2)) => ({ type: "button", text, url: "https://example.com/docs", layout });
const text = (body: string, layout = at(0, 4, 6, 2)) => ({ type: "text", body, layout });

/** Through the proxy, with its faults. */
const faulty = () => emulatorConnection(proxy.url);
/** Straight to the emulator, for the checks. */
const direct = () => emulatorConnection(emulator.url);

async function get(path: string): Promise<any> {
  const response = await fetch(`${emulator.url}/api/projects/1/${path}`, { headers: { authorization: "Bearer phx_emulator" } });
  return response.json();
}

/** Requests the emulator handled, as `METHOD path status`, relative to the project. */
function handled(method: string, path: RegExp): string[] {
  return emulator.requests
    .map((r) => ({ ...r, path: r.path.replace(/^\/api\/projects\/1\//, "") }))
    .filter((r) => r.method === method && path.test(r.path))
    .map((r) => `${r.method} ${r.path} ${r.status}`);
}

function tilePatches() {
  return emulator.requests.filter((r) => r.method === "PATCH" && /\/dashboards\/\d+\/$/.test(r.path) && Object.hasOwn(r.body as object, "tiles"));
}

async function liveTiles(): Promise<string[]> {
  const [dashboard] = (await get("dashboards/")).results;
  const detail = await get(`dashboards/${dashboard.id}/`);
  return detail.tiles
    .filter((t: any) => !t.deleted)
    .map((t: any) => (t.insight ? `insight ${t.insight.name}` : t.text ? `text ${t.text.body}` : `button ${t.button_tile.text}`) + ` ${JSON.stringify(t.layouts.sm)}`)
    .sort();
}

/** Applies through the proxy (every step must succeed), then plans straight against the emulator. */
async function applyThenPlan(definitions: Definition[], options: { prune?: boolean } = {}): Promise<string[]> {
  await applyDefinitions(faulty(), definitions, options);
  return describeChanges(await planDefinitions(direct(), definitions, options));
}

describe("lost answers to tile writes", () => {
  it("a lost answer to a PATCH that creates a text tile is not resent: one tile, one PATCH, and the next plan is a no-op", async () => {
    proxy.addRule({ method: "PATCH", path: /\/dashboards\/\d+\/$/, body: /"tiles"/, fault: { kind: "drop" } });
    expect(await applyThenPlan([board([text("Read me")])])).toEqual([]);
    expect(proxy.injected).toEqual([{ method: "PATCH", path: expect.stringMatching(/\/dashboards\/1\/$/), fault: "drop", upstreamStatus: 200 }]);
    expect(handled("PATCH", /^dashboards\/\d+\/$/)).toEqual(["PATCH dashboards/1/ 200"]);
    expect(await liveTiles()).toEqual([`text Read me ${JSON.stringify(at(0, 4, 6, 2))}`]);
  });

  it("a lost answer to a PATCH that creates a button tile is not resent: one tile, one PATCH", async () => {
    proxy.addRule({ method: "PATCH", path: /\/dashboards\/\d+\/$/, body: /"tiles"/, fault: { kind: "drop" } });
    expect(await applyThenPlan([board([button("Docs")])])).toEqual([]);
    expect(proxy.injected.map((f) => `${f.fault} ${f.upstreamStatus}`)).toEqual(["drop 200"]);
    expect(handled("PATCH", /^dashboards\/\d+\/$/)).toEqual(["PATCH dashboards/1/ 200"]);
    expect(await liveTiles()).toEqual([`button Docs ${JSON.stringify(at(6, 4, 6, 2))}`]);
  });

  it("after tile removals, a lost PATCH that also moves and creates tiles is not resent and converges", async () => {
    const before = [insight("a"), insight("b"), board([{ insight: ref("insights", "a"), layout: at(0, 0) }, { insight: ref("insights", "b"), layout: at(6, 0) }, button("Old")])];
    await applyDefinitions(direct(), before);
    // Remove b's tile, move a and the old button, and add a text tile and a second button.
    const after = [insight("a"), insight("b"), board([{ insight: ref("insights", "a"), layout: at(0, 1) }, text("New", at(0, 6)), button("Old", at(0, 8, 6, 2)), button("Docs", at(6, 6, 6, 2))])];
    emulator.clearRequests();
    proxy.addRule({ method: "PATCH", path: /\/dashboards\/\d+\/$/, body: /"tiles"/, fault: { kind: "drop" } });
    expect(await applyThenPlan(after)).toEqual([]);

    expect(proxy.injected.map((f) => `${f.method} ${f.fault} ${f.upstreamStatus}`)).toEqual(["PATCH drop 200"]);
    expect(tilePatches().map((r) => r.status)).toEqual([200]);
    expect(emulator.requests.filter((r) => r.status >= 500)).toEqual([]);
    expect(await liveTiles()).toEqual([
      `button Docs ${JSON.stringify(at(6, 6, 6, 2))}`,
      `button Old ${JSON.stringify(at(0, 8, 6, 2))}`,
      `insight a ${JSON.stringify(at(0, 1))}`,
      `text New ${JSON.stringify(at(0, 6))}`,
    ]);
  });

  it("a PATCH that names tiles only by id is resent after a lost answer, tiles removed by the first one included", async () => {
    await applyDefinitions(direct(), [insight("a"), insight("b"), board([{ insight: ref("insights", "a"), layout: at(0, 0) }, { insight: ref("insights", "b"), layout: at(6, 0) }, button("Old")])]);
    emulator.clearRequests();
    proxy.addRule({ method: "PATCH", path: /\/dashboards\/\d+\/$/, body: /"tiles"/, fault: { kind: "drop" } });
    // b's tile goes and the button is rewritten in place (a stray tile of the same type is reused).
    expect(await applyThenPlan([insight("a"), insight("b"), board([{ insight: ref("insights", "a"), layout: at(0, 1) }, button("Docs")])])).toEqual([]);
    const [first, second] = tilePatches();
    expect(second?.body).toEqual(first?.body);
    expect(tilePatches().map((r) => r.status)).toEqual([200, 200]);
    expect(await liveTiles()).toEqual([`button Docs ${JSON.stringify(at(6, 4, 6, 2))}`, `insight a ${JSON.stringify(at(0, 1))}`]);
  });
});

describe("5xx after the server committed", () => {
  it("a 502 to a PATCH that creates a tile is not resent; apply reads the tiles again and converges", async () => {
    proxy.addRule({ method: "PATCH", path: /\/dashboards\/\d+\/$/, body: /"tiles"/, fault: { kind: "error", status: 502 } });
    expect(await applyThenPlan([board([button("Docs")])])).toEqual([]);
    expect(proxy.injected.map((f) => `${f.fault} ${f.upstreamStatus}`)).toEqual(["error 200"]);
    expect(handled("PATCH", /^dashboards\/\d+\/$/)).toEqual(["PATCH dashboards/1/ 200"]);
    // The create's answer stands for the first read; right after the 502 the tiles are read again, and hold the button.
    const dashboardCalls = handled("PATCH", /^dashboards\/1\/$/).concat(handled("GET", /^dashboards\/1\/$/));
    expect(emulator.requests.map((r) => `${r.method} ${r.path.replace(/^\/api\/projects\/1\//, "")} ${r.status}`).filter((call) => dashboardCalls.includes(call)).slice(0, 2)).toEqual(["PATCH dashboards/1/ 200", "GET dashboards/1/ 200"]);
    expect(await liveTiles()).toEqual([`button Docs ${JSON.stringify(at(6, 4, 6, 2))}`]);
  });

  it("a 500 to a create is not resent: the created object is found by its identity and adopted", async () => {
    proxy.addRule({ method: "POST", path: /\/insights\/$/, fault: { kind: "error", status: 500 } });
    expect(await applyThenPlan([insight("signups")])).toEqual([]);
    expect(handled("POST", /^insights\/$/)).toEqual(["POST insights/ 201"]);
    expect((await get("insights/")).results.map((i: any) => i.name)).toEqual(["signups"]);
  });

  it("a lost experiment launch is not resent: the converge reads the experiment again and finds it running", async () => {
    const variants = [{ key: "control", rollout_percentage: 50 }, { key: "test", rollout_percentage: 50 }];
    const definitions = [
      def("feature-flags", { key: "f", filters: { groups: [{ rollout_percentage: 100 }], multivariate: { variants } } }),
      def("experiments", { key: "e", name: "E", featureFlag: ref("feature-flags", "f"), lifecycle: "running" }),
    ];
    proxy.addRule({ method: "POST", path: /\/launch\/$/, fault: { kind: "drop" } });
    expect(await applyThenPlan(definitions)).toEqual([]);
    expect(proxy.injected.map((f) => `${f.fault} ${f.upstreamStatus}`)).toEqual(["drop 200"]);
    expect(handled("POST", /launch\/$/)).toEqual(["POST experiments/1/launch/ 200"]);
  });

  it("a lost experiment end is not resent, and the flag its definition disables is put back off", async () => {
    const variants = [{ key: "control", rollout_percentage: 50 }, { key: "test", rollout_percentage: 50 }];
    const definitions = [
      def("feature-flags", { key: "f", active: false, filters: { groups: [{ rollout_percentage: 100 }], multivariate: { variants } } }),
      def("experiments", { key: "e", name: "E", featureFlag: ref("feature-flags", "f"), lifecycle: "stopped", conclusion: "won" }),
    ];
    // PostHog ends the experiment, then the answer is lost: the launch turned the flag on, and ending leaves it on.
    proxy.addRule({ method: "POST", path: /\/end\/$/, fault: { kind: "drop" } });
    expect(await applyThenPlan(definitions)).toEqual([]);
    expect(proxy.injected.map((f) => `${f.fault} ${f.upstreamStatus}`)).toEqual(["drop 200"]);
    expect(handled("POST", /(launch|end)\/$/)).toEqual(["POST experiments/1/launch/ 200", "POST experiments/1/end/ 200"]);
    const [flag] = (await get("feature_flags/")).results;
    expect(flag.active).toBe(false);
    const [experiment] = (await get("experiments/")).results;
    expect(experiment).toMatchObject({ status: "stopped", conclusion: "won" });
  });

  it("a lost answer to an event schema link is not resent: one link", async () => {
    const definitions = [
      def("property-groups", { key: "signup", name: "Signup", properties: { plan: { type: "String" } } }),
      def("event-definitions", { key: "signed up", name: "signed up", propertyGroups: [ref("property-groups", "signup")] }),
    ];
    proxy.addRule({ method: "POST", path: /\/event_schemas\/$/, fault: { kind: "drop" } });
    expect(await applyThenPlan(definitions)).toEqual([]);
    expect(handled("POST", /^event_schemas\/$/).map((r) => r.replace(/ \d+$/, ""))).toEqual(["POST event_schemas/"]);
    expect((await get("event_schemas/")).results).toHaveLength(1);
  });
});

describe("lost answers to idempotent writes", () => {
  it("a PATCH of plain fields is resent and converges", async () => {
    await applyDefinitions(direct(), [insight("signups", "Signups")]);
    emulator.clearRequests();
    proxy.addRule({ method: "PATCH", path: /\/insights\/\d+\/$/, fault: { kind: "drop" } });
    expect(await applyThenPlan([insight("signups", "Sign-ups")])).toEqual([]);
    expect(handled("PATCH", /^insights\/\d+\/$/)).toEqual(["PATCH insights/1/ 200", "PATCH insights/1/ 200"]);
  });

  it("a soft delete whose answer was lost is resent, and PostHog's 404 for the deleted object counts as removed", async () => {
    await applyDefinitions(direct(), [insight("kept"), insight("pruned")]);
    emulator.clearRequests();
    proxy.addRule({ method: "PATCH", path: /\/insights\/\d+\/$/, fault: { kind: "drop" } });
    expect(await applyThenPlan([insight("kept")], { prune: true })).toEqual([]);
    expect(handled("PATCH", /^insights\/\d+\/$/)).toEqual(["PATCH insights/2/ 200", "PATCH insights/2/ 404"]);
    expect((await get("insights/")).results.map((i: any) => i.name)).toEqual(["kept"]);
  });
});

describe("races with other writers", () => {
  it("an insight link refused for a dashboard deleted since the read reads the insight again and links it", async () => {
    await applyDefinitions(direct(), [insight("a")]);
    const [a] = (await get("insights/")).results;
    const call = (method: string, path: string, body: JsonObject) =>
      fetch(`${emulator.url}/api/projects/1/${path}`, { method, headers: { authorization: "Bearer phx_emulator", "content-type": "application/json" }, body: JSON.stringify(body) }).then((r) => r.json() as Promise<any>);
    const theirs = await call("POST", "dashboards/", { name: "Theirs" });
    await call("PATCH", `insights/${a.id}/`, { dashboards: [theirs.id] });
    emulator.clearRequests();
    // The first link PATCH is held back while their dashboard is deleted, so it names a dashboard that is gone.
    proxy.addRule({ method: "PATCH", path: /\/insights\/\d+\/$/, body: /"dashboards"/, fault: { kind: "delay", ms: 100 } });
    const held = proxy.waitForRequest("PATCH", /\/insights\/\d+\/$/).then(() => call("PATCH", `dashboards/${theirs.id}/`, { deleted: true }));
    expect(await applyThenPlan([insight("a"), board([{ insight: ref("insights", "a"), layout: at(0, 0) }])])).toEqual([]);
    await held;
    const links = emulator.requests.filter((r) => r.method === "PATCH" && r.path.endsWith(`/insights/${a.id}/`));
    expect(links.map((r) => [r.body, r.status])).toEqual([
      [{ dashboards: [theirs.id, expect.any(Number)] }, 400],
      [{ dashboards: [expect.any(Number)] }, 200],
    ]);
    expect(await liveTiles()).toEqual([`insight a ${JSON.stringify(at(0, 0))}`]);
  });

  it("a delete whose object another run removed already is done, and nothing is sent", async () => {
    await applyDefinitions(direct(), [insight("kept"), insight("pruned")]);
    const plan = await planDefinitions(faulty(), [insight("kept")], { prune: true });
    const pruned = plan.steps.find((s) => s.action === "delete")!;
    await fetch(`${emulator.url}/api/projects/1/insights/${pruned.id}/`, { method: "PATCH", headers: { authorization: "Bearer phx_emulator", "content-type": "application/json" }, body: '{"deleted":true}' });
    emulator.clearRequests();
    const api = connect(faulty());
    try {
      expect((await applyPlan(plan, api)).results.find((r) => r.action === "delete")).toMatchObject({ status: "applied" });
    } finally {
      await api.close();
    }
    expect(emulator.requests.filter((r) => r.method !== "GET")).toEqual([]);
  });
});

import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startEmulator, type RunningEmulator } from "../../src/emulator/index.js";
import { expectContract } from "../helpers/checked-emulator.js";
import { copyFixture } from "../helpers/cli.js";
import { resetEmulator } from "../helpers/emulator-control.js";
import { runCliInProcess } from "../helpers/in-process.js";

// A product tour written as PostHog's own tool writes it (its constructor and field names, the
// defaults spelled out, archived false).
let emulator: RunningEmulator;
let repo: ReturnType<typeof copyFixture>;
const cli = (...args: string[]) => runCliInProcess([...args, "--no-checks"], { cwd: repo.dir, env: { POSTHOG_HOST: emulator.url, POSTHOG_PROJECT_ID: "1", POSTHOG_PERSONAL_API_KEY: "phx_emulator", POSTHOG_RATE_LIMIT: "off" } });
const api = async (method: string, path: string, body?: unknown) => {
  const response = await fetch(`${emulator.url}/api/projects/1/${path}`, { method, headers: { authorization: "Bearer phx_emulator", "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
  return response.status === 204 ? undefined : ((await response.json()) as any);
};

beforeAll(async () => {
  emulator = await startEmulator({ rateLimits: false });
});
afterAll(() => emulator.close());
beforeEach(async () => {
  repo = copyFixture("posthog-tool-tours");
  await resetEmulator(emulator);
  emulator.clearRequests();
});
afterEach(() => {
  expectContract(emulator.requests);
  repo.cleanup();
});

describe("product tours written for PostHog's own tool", () => {
  it("apply with one POST and that tool's marker in the description, and plan no change, also once that tool's hash is in the marker", async () => {
    expect((await cli("validate")).stdout).toBe("1 definition(s) are valid.\n");
    const applied = await cli("apply");
    expect(applied.code, applied.stderr).toBe(0);
    const writes = emulator.requests.filter((r) => r.method !== "GET" && r.path.includes("/product_tours/"));
    expect(writes.map((r) => r.method)).toEqual(["POST"]);
    expect(writes[0]!.body).toMatchObject({ name: "Welcome tour", auto_launch: false, start_date: null, end_date: null, content: { displayFrequency: "show_once" } });
    const tour = (await api("GET", "product_tours/")).results[0];
    expect(tour.description).toMatch(/^Shows new users where the dashboards live\.\n\n<!-- iac:product-tours:welcome iac:hash:[0-9a-f]{16} -->$/);
    expect(tour.internal_targeting_flag).toBeNull();
    await api("PATCH", `product_tours/${tour.id}/`, { description: tour.description.replace(/iac:hash:[0-9a-f]+/, "iac:hash:1a2b3c4d5e6f7a8b") });
    const plan = await cli("plan", "--detailed-exitcode");
    expect(plan.code, plan.stdout).toBe(0);
  });

  it("deletes a removed tour by DELETE, after which PostHog no longer lists it and its name is free", async () => {
    expect((await cli("apply")).code).toBe(0);
    repo.remove("posthog/product-tours/welcome.ts");
    const applied = await cli("apply", "--prune", "--allow-empty-prune");
    expect(applied.code, applied.stderr).toBe(0);
    const writes = emulator.requests.filter((r) => r.method !== "GET" && r.path.includes("/product_tours/"));
    expect(writes.map((r) => r.method)).toEqual(["POST", "DELETE"]);
    expect((await api("GET", "product_tours/")).results).toEqual([]);
    expect((await api("POST", "product_tours/", { name: "Welcome tour" })).name).toBe("Welcome tour");
  });

  it("sends a new auto-launched tour its targeting in the create, and leaves the tour's own flag out of the flags", async () => {
    repo.write(
      "posthog/product-tours/welcome.ts",
      `import { productTour } from "@posthog/definitions";
export default productTour({ key: "welcome", name: "Welcome tour", content: { steps: [] }, autoLaunch: true, targetingFlagFilters: { groups: [{ properties: [{ key: "plan", type: "person", value: ["pro"], operator: "exact" }] }] } });
`,
    );
    const applied = await cli("apply");
    expect(applied.code, applied.stderr).toBe(0);
    const tours = emulator.requests.filter((r) => r.path.includes("/product_tours/") && !(r.method === "GET" && r.path.endsWith("/product_tours/")));
    expect(tours.map((r) => r.method)).toEqual(["POST"]);
    expect(tours[0]!.body).toMatchObject({ targeting_flag_filters: { groups: [{ variant: "", rollout_percentage: 100, properties: [{ key: "plan", type: "person", value: ["pro"], operator: "exact" }] }] } });
    const flags = (await api("GET", "feature_flags/")).results;
    expect(flags.map((flag: { key: string }) => flag.key)).toEqual([expect.stringMatching(/^product-tour-targeting-welcome-tour-[0-9a-f]{8}$/)]);
    const plan = await cli("plan", "--detailed-exitcode");
    expect(plan.code, plan.stdout).toBe(0);
    // Even taking over UI-built resources, pull offers no flag: the tour's own is PostHog's.
    const pulled = await cli("pull", "--dry-run", "--adopt", "--all");
    expect(pulled.code, pulled.stderr).toBe(0);
    expect(pulled.stdout).toMatch(/product-tours\/welcome/);
    expect(pulled.stdout).not.toMatch(/feature-flags/);
  });

  it("creates the linked flag first, keeps each survey step's survey across edits (one survey, rewritten), and leaves that survey out of pull", async () => {
    const write = (question: string) =>
      repo.write(
        "posthog/product-tours/welcome.ts",
        `import { featureFlag, productTour } from "@posthog/definitions";
const beta = featureFlag({ key: "tour-beta", filters: { groups: [{ rollout_percentage: 100 }] } });
export const flag = beta;
export default productTour({ key: "welcome", name: "Welcome tour", linkedFlag: beta, content: { steps: [{ id: "hi", title: "Hi" }, { id: "ask", survey: { type: "open", questionText: ${JSON.stringify(question)} } }] } });
`,
      );
    write("Anything missing?");
    const applied = await cli("apply");
    expect(applied.code, applied.stderr).toBe(0);
    const posts = emulator.requests.filter((r) => r.method === "POST" && (r.path.endsWith("/feature_flags/") || r.path.endsWith("/product_tours/")));
    expect(posts.map((r) => r.path.split("/").at(-2))).toEqual(["feature_flags", "product_tours"]);
    const flagId = (await api("GET", "feature_flags/")).results.find((f: { key: string }) => f.key === "tour-beta").id;
    expect(posts[1]!.body).toMatchObject({ linked_flag_id: flagId, content: { steps: [{ id: "hi" }, { id: "ask", survey: { type: "open", questionText: "Anything missing?" } }] } });
    const surveys = async () => (await api("GET", "surveys/")).results;
    const [survey] = await surveys();
    expect(survey).toMatchObject({ type: "api", questions: [{ question: "Anything missing?" }] });
    expect((await cli("plan", "--detailed-exitcode")).code).toBe(0);

    write("What was missing?");
    emulator.clearRequests();
    const edited = await cli("apply");
    expect(edited.code, edited.stderr).toBe(0);
    const patches = emulator.requests.filter((r) => r.method === "PATCH" && r.path.includes("/product_tours/"));
    expect(patches).toHaveLength(2);
    expect(patches[0]!.body).not.toHaveProperty("content");
    expect(patches[1]!.body).toEqual({ content: { steps: [{ id: "hi", title: "Hi" }, { id: "ask", survey: { type: "open", questionText: "What was missing?" }, linkedSurveyId: survey.id, linkedSurveyQuestionId: survey.questions[0].id }] }, targeting_flag_filters: null });
    const after = await surveys();
    expect(after.map((s: { id: string }) => s.id)).toEqual([survey.id]);
    expect(after[0]).toMatchObject({ end_date: null, questions: [{ question: "What was missing?" }] });
    expect((await cli("plan", "--detailed-exitcode")).code).toBe(0);
    const pulled = await cli("pull", "--dry-run", "--adopt", "--all");
    expect(pulled.code, pulled.stderr).toBe(0);
    expect(pulled.stdout).not.toMatch(/surveys\//);
  });

  it("sends the targeting with a survey tour's content, so a wait-period change rebuilds the flag from it (PostHog's own rebuild fails on list values)", async () => {
    const write = (days: number) =>
      repo.write(
        "posthog/product-tours/welcome.ts",
        `import { productTour } from "@posthog/definitions";
export default productTour({ key: "welcome", name: "Welcome tour", autoLaunch: true, targetingFlagFilters: { groups: [{ properties: [{ key: "plan", type: "person", value: ["pro"], operator: "exact" }] }] }, content: { conditions: { seenTourWaitPeriod: { days: ${days}, types: ["tour"] } }, steps: [{ id: "ask", survey: { type: "open", questionText: "Why?" } }] } });
`,
      );
    write(7);
    expect((await cli("apply")).code).toBe(0);
    expect((await cli("plan", "--detailed-exitcode")).code).toBe(0);
    write(3);
    emulator.clearRequests();
    const edited = await cli("apply");
    expect(edited.code, edited.stderr).toBe(0);
    const patches = emulator.requests.filter((r) => r.method === "PATCH" && r.path.includes("/product_tours/"));
    expect(patches.map((r) => r.status)).toEqual([200, 200]);
    expect(patches[1]!.body).toMatchObject({ content: { conditions: { seenTourWaitPeriod: { days: 3 } } }, targeting_flag_filters: { groups: [{ properties: [{ key: "plan" }] }] } });
    const [tour] = (await api("GET", "product_tours/")).results;
    expect(tour.internal_targeting_flag.filters.groups.map((group: { properties: { value: unknown }[] }) => group.properties.map((property) => property.value))).toEqual([
      ["is_not_set", "is_not_set", "is_not_set", ["pro"]],
      ["is_not_set", "is_not_set", "3d", ["pro"]],
    ]);
    expect((await cli("plan", "--detailed-exitcode")).code).toBe(0);
  });
});


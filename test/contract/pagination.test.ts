import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Cleanup, ContractClient, openContractTarget, RUN_PREFIX, softDelete, uniqueName, type ContractTarget } from "./harness.js";

let target: ContractTarget;
let client: ContractClient;
const cleanup = new Cleanup();
const search = `${RUN_PREFIX}page`;

beforeAll(async () => {
  target = await openContractTarget();
  client = new ContractClient(target);
  for (let index = 0; index < 3; index += 1) {
    const response = await client.post("feature_flags/", { key: uniqueName("page"), active: false, filters: { groups: [{ properties: [], rollout_percentage: 0 }] } });
    expect(response.status).toBe(201);
    cleanup.add(`flag ${response.body.id}`, () => softDelete(client, `feature_flags/${response.body.id}/`, { key: response.body.key }));
  }
});
afterAll(async () => {
  try {
    await cleanup.run();
  } finally {
    await target.close();
  }
});

describe("contract: pagination", () => {
  it("pages with limit/offset and absolute next links that can be followed verbatim", async () => {
    const first = await client.get(`feature_flags/?search=${search}&limit=2`);
    expect(first.status).toBe(200);
    expect(Object.keys(first.body).sort()).toEqual(["count", "next", "previous", "results"]);
    expect(first.body.count).toBe(3);
    expect(first.body.results).toHaveLength(2);
    expect(first.body.previous).toBeNull();
    const next = new URL(first.body.next);
    expect(next.searchParams.get("limit")).toBe("2");
    expect(next.searchParams.get("offset")).toBe("2");

    const second = await client.get(`${next.pathname}${next.search}`);
    expect(second.body.results).toHaveLength(1);
    expect(second.body.next).toBeNull();
    expect(second.body.previous).not.toBeNull();
    const ids = [...first.body.results, ...second.body.results].map((flag: { id: number }) => flag.id);
    expect(new Set(ids).size).toBe(3);
  });

  it("returns the action list unpaginated", async () => {
    const response = await client.get("actions/");
    expect(response.status).toBe(200);
    expect(Array.isArray(response.body.results)).toBe(true);
    expect(response.body).not.toHaveProperty("next");
  });
});

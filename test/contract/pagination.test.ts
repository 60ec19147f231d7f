import { beforeAll, describe, expect, it } from "vitest";
import { RUN_PREFIX, softDelete, uniqueName, useContractTarget } from "./harness.js";

const search = `${RUN_PREFIX}page`;
const contract = useContractTarget();

beforeAll(async () => {
  for (let index = 0; index < 3; index += 1) {
    const response = await contract.client.post("feature_flags/", { key: uniqueName("page"), active: false, filters: { groups: [{ properties: [], rollout_percentage: 0 }] } });
    expect(response.status).toBe(201);
    contract.cleanup.add(`flag ${response.body.id}`, () => softDelete(contract.client, `feature_flags/${response.body.id}/`, { key: response.body.key }));
  }
});

describe("contract: pagination", () => {
  it("pages with limit/offset and absolute next links that can be followed verbatim", async () => {
    const first = await contract.client.get(`feature_flags/?search=${search}&limit=2`);
    expect(first.status).toBe(200);
    expect(Object.keys(first.body).sort()).toEqual(["count", "next", "previous", "results"]);
    expect(first.body.count).toBe(3);
    expect(first.body.results).toHaveLength(2);
    expect(first.body.previous).toBeNull();
    const next = new URL(first.body.next);
    expect(next.searchParams.get("limit")).toBe("2");
    expect(next.searchParams.get("offset")).toBe("2");

    expect(first.body.next.startsWith(`${contract.target.host}/api/projects/${contract.target.projectId}/feature_flags/?`)).toBe(true);

    const second = await contract.client.get(`${next.pathname}${next.search}`);
    expect(second.body.results).toHaveLength(1);
    expect(second.body.next).toBeNull();
    // The first page's link carries no offset.
    const previous = new URL(second.body.previous);
    expect([previous.searchParams.get("limit"), previous.searchParams.has("offset")]).toEqual(["2", false]);
    const ids = [...first.body.results, ...second.body.results].map((flag: { id: number }) => flag.id);
    expect(new Set(ids).size).toBe(3);
  });

  it("defaults to 100 per page and ignores an invalid limit", async () => {
    const response = await contract.client.get(`feature_flags/?search=${search}&limit=abc`);
    expect(response.body).toMatchObject({ count: 3, next: null, previous: null });
    expect(response.body.results).toHaveLength(3);
  });

  it("returns the action list unpaginated, with a count of the results; endpoints page like the rest", async () => {
    const response = await contract.client.get("actions/");
    expect(response.status).toBe(200);
    expect(Object.keys(response.body)).toEqual(["count", "results"]);
    expect(response.body.count).toBe(response.body.results.length);
    expect(Object.keys((await contract.client.get("endpoints/")).body)).toEqual(["count", "next", "previous", "results"]);
  });
});

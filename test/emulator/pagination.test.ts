import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestEmulator, type TestApi } from "./helpers.js";

let api: TestApi;

beforeAll(async () => {
  api = await startTestEmulator();
  for (let index = 0; index < 5; index += 1) {
    await api.post("/api/projects/1/feature_flags/", { key: `page-${index}`, filters: { groups: [{ properties: [], rollout_percentage: 100 }] } });
  }
});
afterAll(() => api.close());

describe("pagination", () => {
  it("returns the LimitOffset envelope with absolute next and previous links", async () => {
    const first = await api.get("/api/projects/1/feature_flags/?limit=2&search=page");
    expect(first.body.count).toBe(5);
    expect(first.body.results).toHaveLength(2);
    expect(first.body.previous).toBeNull();
    expect(first.body.next).toBe(`${api.url}/api/projects/1/feature_flags/?limit=2&search=page&offset=2`);

    const second = await api.get(first.body.next.slice(api.url.length));
    expect(second.body.previous).toBe(`${api.url}/api/projects/1/feature_flags/?limit=2&search=page`);
    const third = await api.get(second.body.next.slice(api.url.length));
    expect(third.body.results).toHaveLength(1);
    expect(third.body.next).toBeNull();
    expect(third.body.previous).toBe(`${api.url}/api/projects/1/feature_flags/?limit=2&search=page&offset=2`);

    const keys = [...first.body.results, ...second.body.results, ...third.body.results].map((flag: { key: string }) => flag.key);
    expect(new Set(keys).size).toBe(5);
  });

  it("defaults to 100 per page and ignores invalid limits", async () => {
    const response = await api.get("/api/projects/1/feature_flags/?limit=abc");
    expect(response.body).toMatchObject({ count: 5, next: null, previous: null });
    expect(response.body.results).toHaveLength(5);
  });

  it("keeps the exception: actions return every result with a count, unpaginated; endpoints page like the rest", async () => {
    expect(Object.keys((await api.get("/api/projects/1/actions/")).body)).toEqual(["count", "results"]);
    expect(Object.keys((await api.get("/api/projects/1/endpoints/")).body)).toEqual(["count", "next", "previous", "results"]);
  });
});

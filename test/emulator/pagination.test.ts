import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestEmulator, type TestApi } from "./helpers.js";

// DRF's LimitOffsetPagination as PostHog configures it (posthog/settings/web.py: PAGE_SIZE 100, no
// max_limit; the viewsets the tool lists set no cutoff of their own), which the client relies on
// to ask for pages of 1000 and to derive the later offsets from `count` and the first `next` link.
let api: TestApi;

beforeAll(async () => {
  api = await startTestEmulator({ rateLimits: false });
  for (let i = 0; i < 130; i++) await api.post("/api/projects/1/cohorts/", { name: `Cohort ${i}`, filters: { properties: { type: "OR", values: [] } } });
});
afterAll(() => api.close());

const page = async (query: string) => (await api.get(`/api/projects/1/cohorts/?${query}`)).body;

describe("list pagination", () => {
  it("honours any limit, with no cutoff, and names no next page once the list is done", async () => {
    const all = await page("limit=1000");
    expect(all.count).toBe(130);
    expect(all.results).toHaveLength(130);
    expect(all.next).toBeNull();
  });

  it("names the applied limit and the next offset in next, and counts the whole list on every page", async () => {
    const first = await page("limit=50");
    expect(first.count).toBe(130);
    expect(new URL(first.next).searchParams.toString()).toBe("limit=50&offset=50");
    const last = await page("limit=50&offset=100");
    expect(last.count).toBe(130);
    expect(last.results).toHaveLength(30);
    expect(last.next).toBeNull();
    expect(new URL(last.previous).searchParams.toString()).toBe("limit=50&offset=50");
  });

  it("falls back to PAGE_SIZE for a missing, zero or malformed limit", async () => {
    for (const query of ["", "limit=0", "limit=abc"]) {
      const body = await page(query);
      expect(body.results).toHaveLength(100);
      expect(new URL(body.next).searchParams.get("limit")).toBe("100");
    }
  });
});

import { describe, expect, it } from "vitest";
import { getKind } from "../../src/core/kinds/index.js";
import { readProjectState, startProjectRead } from "../../src/core/observe.js";
import type { ProjectApi } from "../../src/core/ports.js";

const events = getKind("event-definitions").api.collection;

/** A project holding one managed action and one event definition; every other list is empty. */
function projectApi(): ProjectApi {
  const fail = () => Promise.reject(new Error("unexpected write"));
  return {
    projectId: "1",
    list: async (collection) => {
      if (collection === "actions") return [{ id: 7, name: "Signup", tags: ["iac:actions:signup"], steps: [] }];
      if (collection === events) return [{ id: "0190", name: "signup" }];
      return [];
    },
    get: async () => undefined,
    post: fail,
    patch: fail,
    delete: fail,
  };
}

describe("reading a project's state", () => {
  it("takes started reads over once and keeps only the raw lists asked for, so a plan's memory holds no raw responses (issue 14)", async () => {
    const api = projectApi();
    const started = startProjectRead(api, {});
    expect(started.kinds.size).toBeGreaterThan(0);
    const state = await readProjectState(api, { declared: ["actions"], started, keepRows: ["event-definitions"] });
    expect(started.kinds.size).toBe(0);
    expect([...state.rows.keys()]).toEqual(["event-definitions"]);
    expect(state.rows.get("event-definitions")).toEqual([{ id: "0190", name: "signup" }]);
    expect(state.observed.map((o) => `${o.kind}:${o.key}:${o.id}`).sort()).toEqual(["actions:signup:7", "event-definitions:signup:0190"]);

    const unkept = await readProjectState(api, { declared: ["actions"] });
    expect(unkept.rows.size).toBe(0);
    expect(unkept.observed).toEqual(state.observed);
  });
});

import { describe, expect, it } from "vitest";
import { appendIdentityMarker } from "../../src/core/identity.js";
import { logsViews } from "../../src/core/kinds/logs-views.js";

const lookup = { keyOf: () => undefined, rows: () => [] };

describe("logs views", () => {
  it("carries the identity marker in the name, and compares what PostHog returns", () => {
    const { fields } = logsViews.toDesired({ key: "errors", name: " Errors ", columns: [{ id: "u", type: "custom", expression: " attributes.user " }] });
    expect(fields).toEqual({ name: "Errors", filters: {}, columns: [{ id: "u", type: "custom", expression: "attributes.user" }], pinned: false });
    const body = logsViews.toPayload("errors", fields, { idOf: () => undefined }, "create");
    expect(body.name).toBe(appendIdentityMarker("logs-views", "errors", "Errors"));
    const live = { id: "0190", short_id: "aB3dE5gH", name: String(body.name), filters: {}, columns: [{ id: "u", type: "custom", expression: "attributes.user" }], pinned: false };
    expect(logsViews.identify(live)).toBe("errors");
    expect(logsViews.toObserved(live, lookup)).toEqual(fields);
    expect(logsViews.api.pathId?.(live)).toBe("aB3dE5gH");
  });

  it("checks the name's room beside the marker and a custom column's expression offline", () => {
    const found: string[] = [];
    logsViews.validate?.({ key: "errors", name: "x".repeat(400), columns: [{ id: "c", type: "custom" }] }, (path) => found.push(path));
    expect(found).toEqual(["name", "columns.0.expression"]);
  });

  it("declares the PostHog flag it is behind, and summarises pinning and columns", () => {
    expect(logsViews.betaFlag).toBe("logs-saved-views");
    const before = { name: "v", filters: {}, columns: null, pinned: false };
    const after = { name: "v", filters: {}, columns: [{ id: "t", type: "timestamp" }], pinned: true };
    expect(logsViews.summarize?.([{ path: "pinned", kind: "update" }, { path: "columns", kind: "update" }], before, after)).toEqual(["view pinned", "columns: the default columns → 1 column(s)"]);
  });
});

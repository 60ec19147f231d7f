import { describe, expect, it } from "vitest";
import { getKind } from "../../src/core/kinds/index.js";

const dashboards = getKind("dashboards");
const spec = { key: "review", name: "Review", template: { $ref: "dashboard-templates/Weekly" } };
const lookup = { keyOf: () => undefined, rows: () => [] };

describe("dashboards from a dashboard template", () => {
  it("depends on the template, leaves tiles undeclared, and sends use_template by the template's name with its tag", () => {
    const desired = dashboards.toDesired(spec);
    expect(desired.dependsOn).toEqual([{ kind: "dashboard-templates", key: "Weekly" }]);
    expect(desired.fields.template).toBe("weekly");
    expect("tiles" in desired.fields).toBe(false);
    const fieldsOf = () => ({ template_name: "Weekly review" });
    const create = dashboards.toPayload("review", desired.fields, { idOf: () => undefined, fieldsOf }, "create");
    expect(create).toMatchObject({ use_template: "Weekly review", tags: ["iac:dashboards:review", "iac:dashboard-templates:weekly"] });
    const update = dashboards.toPayload("review", desired.fields, { idOf: () => undefined, fieldsOf }, "update", desired.fields);
    expect(update).toEqual({ tags: ["iac:dashboards:review", "iac:dashboard-templates:weekly"] });
    expect(() => dashboards.toPayload("review", desired.fields, { idOf: () => undefined }, "create")).toThrow(/not in this plan/);
  });

  it("reads the template back from its tag and pulls it as a reference without the template's tiles", () => {
    const raw = { name: "Review", description: "", tags: ["iac:dashboards:review", "iac:dashboard-templates:weekly"], tiles: [{ id: 1, text: { body: "From the template" }, layouts: {} }] };
    const observed = dashboards.toObserved(raw, lookup);
    expect(observed.template).toBe("weekly");
    expect(observed.tags).toEqual([]);
    expect(dashboards.toSpec!(observed, "review", () => undefined)).toEqual({ key: "review", name: "Review", template: { $ref: "dashboard-templates/weekly" } });
    expect("template" in dashboards.toObserved({ ...raw, tags: ["iac:dashboards:review"] }, lookup)).toBe(false);
  });
});

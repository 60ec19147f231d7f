import { describe, expect, it } from "vitest";
import { TARGETS_EMULATOR, useContractTarget } from "./harness.js";

const contract = useContractTarget();

const FIELDS = ["project_rate_limit_value", "project_rate_limit_bucket_size_minutes", "per_issue_rate_limit_value", "per_issue_rate_limit_bucket_size_minutes"];
const environment = () => `/api/environments/${contract.target.projectId}/error_tracking/settings`;

describe("contract: error tracking settings", () => {
  it("reads the four limits through both the project and the environment route", async () => {
    const viaProject = await contract.client.get("error_tracking/settings/retrieve_settings/");
    expect(viaProject.status).toBe(200);
    expect(Object.keys(viaProject.body).sort()).toEqual([...FIELDS].sort());
    for (const name of FIELDS) expect(viaProject.body[name] === null || Number.isInteger(viaProject.body[name])).toBe(true);
    const viaEnvironment = await contract.client.get(`${environment()}/retrieve_settings/`);
    expect(viaEnvironment.body).toEqual(viaProject.body);
  });

  it("serves only the two actions: no list or detail route, and each action one method", async () => {
    expect((await contract.client.get("error_tracking/settings/")).status).toBe(404);
    expect((await contract.client.get("error_tracking/settings/1/")).status).toBe(404);
    expect((await contract.client.patch("error_tracking/settings/retrieve_settings/", {})).status).toBe(405);
    expect((await contract.client.get("error_tracking/settings/update_settings/")).status).toBe(405);
    expect((await contract.client.request("PUT", "error_tracking/settings/update_settings/", {})).status).toBe(405);
  });

  it.runIf(TARGETS_EMULATOR)("updates only the fields sent, takes null as no limit and numeric strings as integers", async () => {
    const first = await contract.client.patch(`${environment()}/update_settings/`, { project_rate_limit_value: 1000, project_rate_limit_bucket_size_minutes: "60", unknown: 1 });
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ project_rate_limit_value: 1000, project_rate_limit_bucket_size_minutes: 60, per_issue_rate_limit_value: null, per_issue_rate_limit_bucket_size_minutes: null });
    const second = await contract.client.patch("error_tracking/settings/update_settings/", { per_issue_rate_limit_value: 5, project_rate_limit_value: null });
    expect(second.body).toEqual({ project_rate_limit_value: null, project_rate_limit_bucket_size_minutes: 60, per_issue_rate_limit_value: 5, per_issue_rate_limit_bucket_size_minutes: null });
    expect((await contract.client.get("error_tracking/settings/retrieve_settings/")).body).toEqual(second.body);
  });

  it("refuses a limit below 1 and a value that is not an integer, in DRF's words", async () => {
    const zero = await contract.client.patch("error_tracking/settings/update_settings/", { project_rate_limit_value: 0 });
    expect(zero.status).toBe(400);
    expect(zero.body).toMatchObject({ type: "validation_error", code: "min_value", attr: "project_rate_limit_value", detail: "Ensure this value is greater than or equal to 1." });
    const fraction = await contract.client.patch("error_tracking/settings/update_settings/", { per_issue_rate_limit_bucket_size_minutes: 1.5 });
    expect(fraction.body).toMatchObject({ code: "invalid_input", attr: "per_issue_rate_limit_bucket_size_minutes", detail: "A valid integer is required." });
    const list = await contract.client.patch("error_tracking/settings/update_settings/", [1]);
    expect(list.body).toMatchObject({ attr: null, detail: "Invalid data. Expected a dictionary, but got list." });
  });
});

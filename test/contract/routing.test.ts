import { describe, expect, it } from "vitest";
import { isErrorEnvelope, useContractTarget } from "./harness.js";

const contract = useContractTarget();
const MISSING = 2147483000;

// DRF's `APIView.dispatch` maps the method to a handler before any handler runs `get_object()`,
// and the router registers no route a viewset has no handler for.
describe("contract: DRF dispatch order", () => {
  it("answers 405 for a method a detail route does not map, before looking the object up", async () => {
    for (const path of [`feature_flags/${MISSING}/`, `actions/${MISSING}/`, `cohorts/${MISSING}/`, `experiment_holdouts/${MISSING}/`]) {
      const response = await contract.client.post(path, {});
      expect(response.status, path).toBe(405);
      expect(response.body, path).toMatchObject({ type: "invalid_request", code: "method_not_allowed", detail: 'Method "POST" not allowed.' });
    }
  });

  it("answers ForbidDestroyModel's empty 405 for DELETE without looking the object up", async () => {
    for (const path of [`feature_flags/${MISSING}/`, `actions/${MISSING}/`, `cohorts/${MISSING}/`, `dashboards/${MISSING}/`, `insights/${MISSING}/`]) {
      const response = await contract.client.delete(path);
      expect(response.status, path).toBe(405);
      expect(response.text, path).toBe("");
    }
  });

  it("checks a detail action's methods before looking the object up", async () => {
    const response = await contract.client.request("PUT", `dashboards/${MISSING}/move_tile/`, {});
    expect(response.status).toBe(405);
    const launch = await contract.client.get(`experiments/${MISSING}/launch/`);
    expect(launch.status).toBe(405);
  });

  it("looks the object up once the method is routed", async () => {
    const response = await contract.client.post(`experiments/${MISSING}/launch/`, {});
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ code: "not_found", detail: "Not found." });
  });

  it("routes collection actions before detail routes, by method", async () => {
    const response = await contract.client.get("feature_flags/bulk_update_tags/");
    expect(response.status).toBe(405);
  });

  it("has no detail route on a list-only viewset (activity log)", async () => {
    const response = await contract.client.get("activity_log/1/");
    expect(response.status).toBe(404);
    if (isErrorEnvelope(response.body)) expect(response.body.detail).toBe("Endpoint not found.");
  });
});

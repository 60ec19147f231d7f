import { describe, expect, it } from "vitest";
import { isErrorEnvelope, softDelete, uniqueName, useContractTarget } from "./harness.js";

const contract = useContractTarget();

describe("contract: authentication and error shapes", () => {
  it("rejects an invalid personal API key with 401 authentication_failed and a Bearer challenge", async () => {
    const response = await contract.client.get("dashboards/", { key: "phx_contract_definitely_invalid_key" });
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toBe("Bearer");
    expect(response.body).toEqual({
      type: "authentication_error",
      code: "authentication_failed",
      detail: "Personal API key found in request Authorization header is invalid.",
      attr: null,
    });
    const query = await contract.client.get("dashboards/?personal_api_key=phx_contract_definitely_invalid_key", { key: null });
    expect(query.body.detail).toBe("Personal API key found in request query string is invalid.");
    const body = await contract.client.post("dashboards/", { personal_api_key: "phx_contract_definitely_invalid_key" }, { key: null });
    expect(body.body.detail).toBe("Personal API key found in request body is invalid.");
  });

  it("rejects a request without credentials as not_authenticated", async () => {
    const response = await contract.client.get("dashboards/", { key: null });
    expect([401, 403]).toContain(response.status);
    expect(response.body).toMatchObject({ type: "authentication_error", code: "not_authenticated" });
    if (contract.target.isEmulator) {
      expect(response.status).toBe(401);
      expect(response.headers.get("www-authenticate")).toBe("Bearer");
      expect(response.body.detail).toBe("Authentication credentials were not provided.");
    }
  });

  it("answers a missing object with 404 not_found, and an id that is not one with 404", async () => {
    const response = await contract.client.get("dashboards/2147483000/");
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ type: "invalid_request", code: "not_found", detail: "Not found.", attr: null });
    expect((await contract.client.get("dashboards/not-a-number/")).status).toBe(404);
  });

  it("answers an unrouted path with 404, before authenticating", async () => {
    for (const key of [undefined, null]) {
      const response = await contract.client.get("contract_no_such_resource/", { key });
      expect(response.status).toBe(404);
      if (isErrorEnvelope(response.body)) expect(response.body).toEqual({ type: "invalid_request", code: "not_found", detail: "Endpoint not found.", attr: null });
    }
  });

  it("reports field validation errors with type, code, detail and attr", async () => {
    const response = await contract.client.post("feature_flags/", { key: `${uniqueName("flag")} has spaces`, filters: { groups: [{ properties: [], rollout_percentage: 0 }] } });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      type: "validation_error",
      code: "invalid_key",
      detail: "Only letters, numbers, hyphens (-) & underscores (_) are allowed.",
      attr: "key",
    });
  });

  it("reports nested field errors with attrs joined by __", async () => {
    const dashboard = await contract.client.post("dashboards/", { name: uniqueName("dashboard") });
    expect(dashboard.status).toBe(201);
    try {
      const response = await contract.client.patch(`dashboards/${dashboard.body.id}/`, { tiles: [{ text: { body: "x".repeat(4001) } }] });
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ type: "validation_error", attr: "text__body", detail: "Text body cannot exceed 4000 characters" });
    } finally {
      await softDelete(contract.client, `dashboards/${dashboard.body.id}/`);
    }
  });
});

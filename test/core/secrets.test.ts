import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/core/config.js";
import { buildDesiredState } from "../../src/core/desired.js";
import { batchExports } from "../../src/core/kinds/batch-exports.js";
import { hogFunctions } from "../../src/core/kinds/hog-functions.js";
import { fillSecrets, keepDeclaredSecrets, SECRET_SET } from "../../src/core/secrets.js";
import { readSecretValues } from "../../src/engine/secrets.js";

const desired = { inputs: { api_key: { $secret: "MAILGUN_API_KEY" }, domain: "mg.example.com" } };

describe("secrets", () => {
  it("takes a secret PostHog holds for the declared one, unless rotating, and never a missing one", () => {
    expect(keepDeclaredSecrets({ inputs: { api_key: SECRET_SET, domain: "x" } }, desired, false)).toEqual({ inputs: { api_key: { $secret: "MAILGUN_API_KEY" }, domain: "x" } });
    expect(keepDeclaredSecrets({ inputs: { api_key: SECRET_SET } }, desired, true)).toEqual({ inputs: { api_key: SECRET_SET } });
    expect(keepDeclaredSecrets({ inputs: {} }, desired, false)).toEqual({ inputs: {} });
  });

  it("fills values only from variables the config allows, and names the variable when one is missing", () => {
    const { config } = parseConfig({ secrets: ["MAILGUN_API_KEY"] });
    const values = readSecretValues(config, { MAILGUN_API_KEY: "v1", OTHER: "v2" });
    expect(fillSecrets({ inputs: { api_key: { value: { $secret: "MAILGUN_API_KEY" } } } }, values)).toEqual({ inputs: { api_key: { value: "v1" } } });
    expect(() => fillSecrets({ x: { $secret: "OTHER" } }, values)).toThrow("secret OTHER has no value: posthog.config.ts does not list OTHER in secrets, so its value is never read");
    expect(() => fillSecrets({ x: { $secret: "MAILGUN_API_KEY" } }, readSecretValues(config, {}))).toThrow("the environment variable MAILGUN_API_KEY is not set");
  });

  it("refuses PostHog keys and runner variables as secrets in the config", () => {
    const { config, diagnostics } = parseConfig({ secrets: ["POSTHOG_PERSONAL_API_KEY", "GITHUB_TOKEN", "SLACK_WEBHOOK"] });
    expect(config.secrets).toEqual(["SLACK_WEBHOOK"]);
    expect(diagnostics.map((d) => d.field)).toEqual(["secrets.0", "secrets.1"]);
  });

  it("refuses a rotation token and a name that is no variable name at validation", () => {
    const spec = (api_key: unknown) => ({ kind: "hog-functions" as const, key: "f", spec: { key: "f", type: "destination", name: "F", templateId: "template-mailgun-send-email", inputs: { api_key } as never } });
    const problems = (api_key: unknown) => buildDesiredState([spec(api_key)]).diagnostics.map((d) => `${d.field}: ${d.message}`);
    expect(problems({ $secret: "MAILGUN_API_KEY" })).toEqual([]);
    expect(problems({ $secret: "MAILGUN_API_KEY", rotate: "2026-01" })).toEqual(["inputs.api_key.rotate: this tool does not store rotation tokens; re-send rotated secrets with `apply --rotate-secrets` (the Action's rotate-secrets input)"]);
    expect(problems({ $secret: "mailgun key" })[0]).toContain("secret names an environment variable");
  });

  it("writes a declared secret back as its secret() call, and one PostHog only says is set as a named placeholder", () => {
    const warnings: string[] = [];
    const fn = hogFunctions.toSpec({ type: "destination", name: "F", description: "", template_id: "t", enabled: true, inputs: { a: { $secret: "MAILGUN_API_KEY" }, b: SECRET_SET }, filters: {}, masking: null }, "mail", (w) => warnings.push(w));
    expect(fn.inputs).toEqual({ a: { $call: "secret", $args: ["MAILGUN_API_KEY"] }, b: { $call: "secret", $args: ["MAIL_B"] } });
    const lake = batchExports.toSpec({ name: "L", interval: "day", destination: { type: "S3", config: { bucket_name: "b", aws_secret_access_key: { $secret: "AWS_SECRET" } } }, model: "events", paused: false, filters: null }, "lake", (w) => warnings.push(w));
    expect((lake.destination as { config: unknown }).config).toEqual({ bucket_name: "b", aws_secret_access_key: { $call: "secret", $args: ["AWS_SECRET"] }, aws_access_key_id: { $call: "secret", $args: ["LAKE_AWS_ACCESS_KEY_ID"] } });
    expect(warnings).toHaveLength(2);
  });
});

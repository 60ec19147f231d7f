import type { Diagnostic } from "./diagnostics.js";
import { ToolError } from "./errors.js";
import { isDeepEqual, isJsonObject, type JsonObject, type JsonValue } from "./json.js";
import type { DesiredResource } from "./model.js";
import type { Schema } from "./schema.js";

/**
 * Secrets in definitions. A definition names a secret (`secret("SLACK_WEBHOOK")`, the SDK's
 * `{ "$secret": "SLACK_WEBHOOK" }`) and never holds its value: definitions are untrusted code
 * and run without the environment. Desired fields, plans and plan files carry the name only.
 * PostHog never returns a stored secret, only that one is set, which observed fields write as
 * {@link SECRET_SET}; a plan takes that for the declared secret, so a secret never shows as drift,
 * and is re-sent only on a create, when PostHog has none, or when a run asks to rotate secrets.
 * The value is put into a request body by `applyPlan` at the last moment, from a
 * {@link SecretValues} the entry point built from the variables trusted configuration allows.
 */

/** What an environment variable holding a secret may be called (and what `secret()` accepts). */
export const SECRET_NAME = /^[A-Z][A-Z0-9_]{0,127}$/;

/** How observed fields write a secret PostHog has stored: set, value unknown. */
export const SECRET_SET: JsonObject = { $secret: true };

/** Looks a secret's value up by its name; undefined when it is not available to this run. */
export interface SecretValues {
  valueOf(name: string): string | undefined;
  /** Why a name has no value, for the error (unset, or not allowed by the configuration). */
  explain(name: string): string;
}

/** The secret a value names, when it is a marker `secret()` wrote. */
export function readSecretName(value: JsonValue | undefined): string | undefined {
  if (!isJsonObject(value) || typeof value.$secret !== "string") return undefined;
  return Object.keys(value).length === 1 ? value.$secret : undefined;
}

/** Whether an observed value says PostHog holds a secret there. */
export function isSecretSet(value: JsonValue | undefined): boolean {
  return isDeepEqual(value, SECRET_SET);
}

/** A secret marker, validated as the SDK's `Secret` type. */
export const secretSchema: Schema = {
  describe: "a secret (secret(\"NAME\"))",
  form: { kind: "json" },
  sdk: { type: "Secret" },
  check(value, path, report) {
    if (!isJsonObject(value) || !("$secret" in value)) return report(path, "expected a secret created with secret(\"NAME\")");
    if (typeof value.$secret !== "string" || !SECRET_NAME.test(value.$secret)) report(path, `secret names an environment variable: upper-case letters, digits and _ (got ${JSON.stringify(value.$secret)})`);
    if ("rotate" in value) report(`${path}.rotate`, "this tool does not store rotation tokens; re-send rotated secrets with `apply --rotate-secrets` (the Action's rotate-secrets input)");
    const extra = Object.keys(value).filter((key) => key !== "$secret" && key !== "rotate");
    if (extra.length > 0) report(path, `a secret has no field ${extra.join(", ")}`);
  },
};

/** A value of `inner`, or a secret in its place (an input PostHog's template marks secret). */
export function secretOr(inner: Schema): Schema {
  return {
    describe: `${inner.describe} or a secret`,
    form: { kind: "anyOf", options: [secretSchema, inner] },
    check(value, path, report) {
      if (isJsonObject(value) && "$secret" in value) secretSchema.check(value, path, report);
      else inner.check(value, path, report);
    },
  };
}

/** Every secret name inside a value, sorted and unique. */
export function listSecretNames(value: JsonValue | undefined): string[] {
  const names = new Set<string>();
  const visit = (member: JsonValue | undefined): void => {
    const name = readSecretName(member);
    if (name !== undefined) names.add(name);
    else if (Array.isArray(member)) member.forEach(visit);
    else if (isJsonObject(member)) Object.values(member).forEach(visit);
  };
  visit(value);
  return [...names].sort();
}

/**
 * Warnings for secrets no allow-list names: validate and plan say so, before an apply fails the
 * step that would send one (the allow-list of the commit applied decides then).
 */
export function warnUnlistedSecrets(resources: readonly DesiredResource[], allowed: readonly string[]): Diagnostic[] {
  return resources.flatMap((resource) =>
    listSecretNames(resource.fields)
      .filter((name) => !allowed.includes(name))
      .map((name): Diagnostic => ({
        severity: "warning",
        code: "unlisted-secret",
        message: `names secret ${name}, which posthog.config.ts does not list in secrets: apply reads no value for it, so sending it fails`,
        resource: `${resource.kind}/${resource.key}`,
        ...(resource.source ? { source: resource.source } : {}),
      })),
  );
}

/**
 * The live fields with every stored secret taken for the one the definition declares at the same
 * place, since PostHog cannot say which value it holds. With `rotate`, they stay as PostHog
 * reported them, so each declared secret plans as a change and is sent again.
 */
export function keepDeclaredSecrets(live: JsonObject, desired: JsonObject, rotate: boolean): JsonObject {
  if (rotate) return live;
  const visit = (observed: JsonValue | undefined, wanted: JsonValue | undefined): JsonValue | undefined => {
    if (readSecretName(wanted) !== undefined) return isSecretSet(observed) ? wanted : observed;
    if (!isJsonObject(observed) || !isJsonObject(wanted)) return observed;
    const out: JsonObject = {};
    for (const [key, member] of Object.entries(observed)) out[key] = visit(member, wanted[key]) as JsonValue;
    return out;
  };
  return visit(live, desired) as JsonObject;
}

/**
 * A request body with every secret marker replaced by its value, for the one request that carries
 * it to PostHog. A secret with no value fails the step, naming the variable, never a value.
 */
export function fillSecrets(body: JsonObject, secrets: SecretValues | undefined): JsonObject {
  const visit = (value: JsonValue): JsonValue => {
    const name = readSecretName(value);
    if (name !== undefined) {
      const found = secrets?.valueOf(name);
      if (found === undefined) throw new ToolError("configuration", `secret ${name} has no value: ${secrets?.explain(name) ?? "this run was given no secrets"}`);
      return found;
    }
    if (Array.isArray(value)) return value.map(visit);
    if (!isJsonObject(value)) return value;
    const out: JsonObject = {};
    for (const [key, member] of Object.entries(value)) out[key] = visit(member);
    return out;
  };
  return visit(body) as JsonObject;
}

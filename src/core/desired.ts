import type { Diagnostic } from "./diagnostics.js";
import { resolveEnvironmentValues } from "./environment.js";
import { isDeepEqual, isJsonObject, type JsonObject, type JsonValue } from "./json.js";
import { findKind, rankKind } from "./kinds/index.js";
import type { DrivenFields, ValidateContext } from "./kinds/kind.js";
import { checkSizes } from "./limits.js";
import { formatAddress, readRef, type Definition, type DesiredResource } from "./model.js";
import { DependencyCycleError, sortTopologically } from "./plan/order.js";

/** The desired state of a project, ordered so dependencies come first. */
export interface DesiredState {
  resources: DesiredResource[];
  diagnostics: Diagnostic[];
}

function collectRefs(value: JsonValue, path: string, out: { path: string; ref: string }[]): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => collectRefs(item, `${path}.${i}`, out));
    return;
  }
  if (!isJsonObject(value)) return;
  if (typeof value.$ref === "string") {
    out.push({ path, ref: value.$ref });
    return;
  }
  for (const [key, member] of Object.entries(value)) collectRefs(member, path ? `${path}.${key}` : key, out);
}

/** Identity is case-insensitive because PostHog lowercases the tags that carry it. */
export function normalizeKey(key: string): string {
  return key.toLowerCase();
}

/**
 * Validates loaded definitions and turns them into canonical desired resources for
 * one environment. Every problem is collected (not just the first), with file,
 * line and field, so a user fixes them all in one round. The context carries the repository's
 * owner, which lengthens the identity markers that length checks count.
 */
export function buildDesiredState(definitions: readonly Definition[], environment?: string, context: ValidateContext = {}): DesiredState {
  const diagnostics: Diagnostic[] = [];
  const byAddress = new Map<string, Definition>();
  const unique: Definition[] = [];

  for (const definition of definitions) {
    const address = `${definition.kind}/${normalizeKey(definition.key)}`;
    const previous = byAddress.get(address);
    if (!previous) {
      byAddress.set(address, definition);
      unique.push(definition);
      continue;
    }
    if (isDeepEqual(previous.spec, definition.spec)) continue;
    const where = previous.source ? ` (first defined at ${previous.source.file}:${previous.source.line})` : "";
    diagnostics.push({
      severity: "error",
      code: "duplicate-key",
      message: `duplicate key "${definition.key}" for ${definition.kind}${where}`,
      source: definition.source,
      field: "key",
      resource: formatAddress(definition),
    });
  }

  const resources: DesiredResource[] = [];
  const resolvedSpecs = new Map<string, JsonObject>();
  const driven: { driver: Definition; drives: DrivenFields[] }[] = [];
  for (const definition of unique) {
    const kind = findKind(definition.kind);
    const resource = formatAddress(definition);
    const report = (field: string, message: string) =>
      diagnostics.push({ severity: "error", code: "invalid-field", message, source: definition.source, field: field || undefined, resource });
    if (!kind) {
      report("", `unknown resource kind "${definition.kind}"`);
      continue;
    }
    const before = diagnostics.length;
    if (!checkSizes(definition.spec, report)) continue;
    const spec = resolveEnvironmentValues(definition.spec, environment, report);
    kind.schema.check(spec, "", report);
    if (diagnostics.length === before) kind.validate?.(spec, report, context);

    const refs: { path: string; ref: string }[] = [];
    collectRefs(spec, "", refs);
    for (const { path, ref } of refs) {
      const target = readRef({ $ref: ref });
      if (target && !byAddress.has(`${target.kind}/${normalizeKey(target.key)}`)) {
        diagnostics.push({
          severity: "error",
          code: "unknown-reference",
          message: `references ${ref}, which is not defined`,
          source: definition.source,
          field: path,
          resource,
        });
      }
    }
    if (diagnostics.length !== before) continue;
    const { fields, dependsOn } = kind.toDesired(spec);
    resources.push({ kind: definition.kind, key: definition.key, fields, dependsOn, source: definition.source });
    resolvedSpecs.set(`${definition.kind}/${normalizeKey(definition.key)}`, spec);
    const drives = kind.drives?.(spec) ?? [];
    if (drives.length > 0) driven.push({ driver: definition, drives });
  }
  applyDrivenFields(resources, resolvedSpecs, driven, diagnostics);

  resources.sort((a, b) => rankKind(a.kind) - rankKind(b.kind) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const nodes = resources.map((r) => `${r.kind}/${normalizeKey(r.key)}`);
  const graph = new Map(resources.map((r, i) => [nodes[i]!, r.dependsOn.map((d) => `${d.kind}/${normalizeKey(d.key)}`)]));
  try {
    const order = sortTopologically(nodes, graph);
    const index = new Map(resources.map((r, i) => [nodes[i]!, r]));
    return { resources: order.map((n) => index.get(n)!), diagnostics };
  } catch (error) {
    if (!(error instanceof DependencyCycleError)) throw error;
    const first = findNode(resources, error.cycle[0]!);
    diagnostics.push({ severity: "error", code: "dependency-cycle", message: error.message, source: first?.source, resource: error.cycle[0] });
    return { resources: [], diagnostics };
  }
}

/** A field by dotted path (`filters.feature_enrollment`), undefined where the path ends early. */
function readFieldPath(object: JsonObject | undefined, path: string): JsonValue | undefined {
  let value: JsonValue | undefined = object;
  for (const name of path.split(".")) value = isJsonObject(value) ? value[name] : undefined;
  return value;
}

/** A copy of `object` with the field at a dotted path set, creating the objects on the way. */
function writeFieldPath(object: JsonObject, path: string, value: JsonValue): JsonObject {
  const [name, ...rest] = path.split(".");
  const member = object[name!];
  return { ...object, [name!]: rest.length === 0 ? value : writeFieldPath(isJsonObject(member) ? member : {}, rest.join("."), value) };
}

/**
 * Folds fields that one resource's state decides into the resources it drives
 * (a paused experiment's flag is off). A definition that sets such a field to
 * something else, or two drivers that disagree, cannot converge: both are
 * reported, naming the field and the resource that drives it.
 */
function applyDrivenFields(
  resources: DesiredResource[],
  specs: ReadonlyMap<string, JsonObject>,
  driven: readonly { driver: Definition; drives: DrivenFields[] }[],
  diagnostics: Diagnostic[],
): void {
  const decided = new Map<string, { value: JsonValue; by: string }>();
  for (const { driver, drives } of driven) {
    for (const { target, fields, reason, from } of drives) {
      const address = `${target.kind}/${normalizeKey(target.key)}`;
      const resource = resources.find((r) => `${r.kind}/${normalizeKey(r.key)}` === address);
      if (!resource) continue;
      const where = resource.source ? ` (${resource.source.file}:${resource.source.line})` : "";
      for (const [field, value] of Object.entries(typeof fields === "function" ? fields(resource.fields) : fields)) {
        const declared = readFieldPath(specs.get(address), field);
        const earlier = decided.get(`${address}:${field}`);
        const clash =
          declared !== undefined && !isDeepEqual(declared, value)
            ? `${formatAddress(resource)}${where} sets ${field}: ${JSON.stringify(declared)}`
            : earlier !== undefined && !isDeepEqual(earlier.value, value)
              ? `${earlier.by} needs ${field}: ${JSON.stringify(earlier.value)}`
              : undefined;
        if (clash !== undefined) {
          diagnostics.push({
            severity: "error",
            code: "invalid-field",
            message: `${reason} (${field}: ${JSON.stringify(value)}), but ${clash}; both cannot hold in PostHog, so remove one`,
            source: driver.source,
            field: from,
            resource: formatAddress(driver),
          });
          continue;
        }
        decided.set(`${address}:${field}`, { value: value as JsonValue, by: formatAddress(driver) });
        resource.fields = writeFieldPath(resource.fields, field, value as JsonValue);
      }
    }
  }
}

function findNode(resources: DesiredResource[], node: string): DesiredResource | undefined {
  return resources.find((r) => `${r.kind}/${normalizeKey(r.key)}` === node);
}

import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  findKind,
  rankKind
} from "./chunk-RHLKEUBH.js";
import {
  formatAddress,
  isDeepEqual,
  isJsonObject,
  readRef
} from "./chunk-2AROFJEV.js";
import {
  ToolError
} from "./chunk-SLY4HKVV.js";

// src/core/environment.ts
function resolveEnvironmentValues(spec, environment, report) {
  const visit = (value, path) => {
    if (Array.isArray(value)) return value.map((item, i) => visit(item, `${path}.${i}`) ?? null);
    if (!isJsonObject(value)) return value;
    const choices = value.$env;
    if (isJsonObject(choices)) {
      if (environment !== void 0 && environment in choices) return visit(choices[environment], path);
      if ("$default" in value) return visit(value.$default, path);
      const names = Object.keys(choices).sort().join(", ");
      report(path, environment === void 0 ? `varies by environment (${names}) but no environment was selected` : `has no value for environment "${environment}" (has: ${names}) and no default`);
      return void 0;
    }
    const out = {};
    for (const [key, member] of Object.entries(value)) {
      const resolved = visit(member, path ? `${path}.${key}` : key);
      if (resolved !== void 0) out[key] = resolved;
    }
    return out;
  };
  return visit(spec, "");
}

// src/core/limits.ts
var MAX_STRING_LENGTH = 1e5;
var MAX_DEFINITION_BYTES = 1048576;
function checkSizes(spec, report) {
  const bytes = new TextEncoder().encode(JSON.stringify(spec)).length;
  if (bytes > MAX_DEFINITION_BYTES) {
    report("", `the definition is ${bytes.toLocaleString("en-US")} bytes as JSON; the limit is ${MAX_DEFINITION_BYTES.toLocaleString("en-US")}`);
    return false;
  }
  let fits = true;
  const visit = (value, path) => {
    if (typeof value === "string" && value.length > MAX_STRING_LENGTH) {
      report(path, `is ${value.length.toLocaleString("en-US")} characters long; the limit is ${MAX_STRING_LENGTH.toLocaleString("en-US")}`);
      fits = false;
    } else if (Array.isArray(value)) value.forEach((item, i) => visit(item, path ? `${path}.${i}` : String(i)));
    else if (isJsonObject(value)) for (const [key, member] of Object.entries(value)) visit(member, path ? `${path}.${key}` : key);
  };
  visit(spec, "");
  return fits;
}

// src/core/plan/order.ts
var DependencyCycleError = class extends ToolError {
  cycle;
  constructor(cycle) {
    super("internal", `dependency cycle: ${cycle.join(" → ")}`);
    this.cycle = cycle;
    this.name = "DependencyCycleError";
  }
};
function sortTopologically(nodes, graph) {
  const state = /* @__PURE__ */ new Map();
  const order = [];
  const stack = [];
  const known = new Set(nodes);
  const visit = (node) => {
    const seen = state.get(node);
    if (seen === "done") return;
    if (seen === "visiting") {
      throw new DependencyCycleError([...stack.slice(stack.indexOf(node)), node]);
    }
    state.set(node, "visiting");
    stack.push(node);
    for (const dep of graph.get(node) ?? []) if (known.has(dep)) visit(dep);
    stack.pop();
    state.set(node, "done");
    order.push(node);
  };
  for (const node of nodes) visit(node);
  return order;
}

// src/core/desired.ts
function collectRefs(value, path, out) {
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
function normalizeKey(key) {
  return key.toLowerCase();
}
function buildDesiredState(definitions, environment, context = {}) {
  const diagnostics = [];
  const byAddress = /* @__PURE__ */ new Map();
  const unique = [];
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
      resource: formatAddress(definition)
    });
  }
  const resources = [];
  const resolvedSpecs = /* @__PURE__ */ new Map();
  const driven = [];
  for (const definition of unique) {
    const kind = findKind(definition.kind);
    const resource = formatAddress(definition);
    const report = (field, message) => diagnostics.push({ severity: "error", code: "invalid-field", message, source: definition.source, field: field || void 0, resource });
    if (!kind) {
      report("", `unknown resource kind "${definition.kind}"`);
      continue;
    }
    const before = diagnostics.length;
    if (!checkSizes(definition.spec, report)) continue;
    const spec = resolveEnvironmentValues(definition.spec, environment, report);
    kind.schema.check(spec, "", report);
    if (diagnostics.length === before) kind.validate?.(spec, report, context);
    const refs = [];
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
          resource
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
  const graph = new Map(resources.map((r, i) => [nodes[i], r.dependsOn.map((d) => `${d.kind}/${normalizeKey(d.key)}`)]));
  try {
    const order = sortTopologically(nodes, graph);
    const index = new Map(resources.map((r, i) => [nodes[i], r]));
    return { resources: order.map((n) => index.get(n)), diagnostics };
  } catch (error) {
    if (!(error instanceof DependencyCycleError)) throw error;
    const first = findNode(resources, error.cycle[0]);
    diagnostics.push({ severity: "error", code: "dependency-cycle", message: error.message, source: first?.source, resource: error.cycle[0] });
    return { resources: [], diagnostics };
  }
}
function readFieldPath(object, path) {
  let value = object;
  for (const name of path.split(".")) value = isJsonObject(value) ? value[name] : void 0;
  return value;
}
function writeFieldPath(object, path, value) {
  const [name, ...rest] = path.split(".");
  const member = object[name];
  return { ...object, [name]: rest.length === 0 ? value : writeFieldPath(isJsonObject(member) ? member : {}, rest.join("."), value) };
}
function applyDrivenFields(resources, specs, driven, diagnostics) {
  const decided = /* @__PURE__ */ new Map();
  for (const { driver, drives } of driven) {
    for (const { target, fields, reason, from } of drives) {
      const address = `${target.kind}/${normalizeKey(target.key)}`;
      const resource = resources.find((r) => `${r.kind}/${normalizeKey(r.key)}` === address);
      if (!resource) continue;
      const where = resource.source ? ` (${resource.source.file}:${resource.source.line})` : "";
      for (const [field, value] of Object.entries(typeof fields === "function" ? fields(resource.fields) : fields)) {
        const declared = readFieldPath(specs.get(address), field);
        const earlier = decided.get(`${address}:${field}`);
        const clash = declared !== void 0 && !isDeepEqual(declared, value) ? `${formatAddress(resource)}${where} sets ${field}: ${JSON.stringify(declared)}` : earlier !== void 0 && !isDeepEqual(earlier.value, value) ? `${earlier.by} needs ${field}: ${JSON.stringify(earlier.value)}` : void 0;
        if (clash !== void 0) {
          diagnostics.push({
            severity: "error",
            code: "invalid-field",
            message: `${reason} (${field}: ${JSON.stringify(value)}), but ${clash}; both cannot hold in PostHog, so remove one`,
            source: driver.source,
            field: from,
            resource: formatAddress(driver)
          });
          continue;
        }
        decided.set(`${address}:${field}`, { value, by: formatAddress(driver) });
        resource.fields = writeFieldPath(resource.fields, field, value);
      }
    }
  }
}
function findNode(resources, node) {
  return resources.find((r) => `${r.kind}/${normalizeKey(r.key)}` === node);
}

// src/core/duplicates.ts
function compareIds(a, b) {
  if (typeof a === "number" && typeof b === "number") return a - b;
  return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
}
function compareAge(a, b) {
  if (typeof a.created_at === "string" && typeof b.created_at === "string" && a.created_at !== b.created_at) {
    return a.created_at < b.created_at ? -1 : 1;
  }
  return compareIds(a.id, b.id);
}
function pickSurvivor(objects) {
  return [...objects].sort(compareAge)[0];
}

export {
  normalizeKey,
  buildDesiredState,
  compareIds,
  pickSurvivor
};

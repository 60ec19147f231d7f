import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  KINDS,
  findKind,
  isOwnedBy,
  rankKind
} from "./chunk-IQCS6QOL.js";
import {
  ToolError,
  formatAddress,
  isDeepEqual,
  isJsonObject,
  keepDeclaredSecrets,
  readRef
} from "./chunk-GSTMBUKU.js";

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

// src/core/ports.ts
function isApiFailure(error) {
  return error instanceof Error && typeof error.uncertain === "boolean";
}

// src/core/observe.ts
function pathIdOf(kind, raw) {
  return kind.api.pathId ? kind.api.pathId(raw) : raw.id;
}
function objectPath(kind, id) {
  if (kind.api.singletonActions) return `${kind.api.collection}/${kind.api.singletonActions.read}/`;
  return `${kind.api.collection}/${id}/`;
}
function updatePath(kind, id) {
  if (kind.api.singletonActions) return `${kind.api.collection}/${kind.api.singletonActions.update}/`;
  return objectPath(kind, id);
}
async function listObjects(api, kind) {
  if (!kind.api.listQueries) return api.list(kind.api.collection);
  const lists = await Promise.all(kind.api.listQueries.map((query) => api.list(kind.api.collection, query)));
  const seen = /* @__PURE__ */ new Set();
  return lists.flat().filter((raw) => {
    const id = String(pathIdOf(kind, raw));
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
function findSurvivors(matched) {
  const byKey = /* @__PURE__ */ new Map();
  for (const m of matched) if (m.managed) byKey.set(normalizeKey(m.key), [...byKey.get(normalizeKey(m.key)) ?? [], m.raw]);
  return new Map([...byKey].map(([key, raws]) => [key, pickSurvivor(raws)]));
}
async function readKind(api, kind, progress) {
  const listed = kind.api.singleton ? [await api.get(objectPath(kind, api.projectId)) ?? {}] : await listObjects(api, kind);
  const rows = kind.serverOwned ? listed.filter((raw) => !kind.serverOwned(raw)) : listed;
  progress?.({ phase: "read", message: `read ${rows.length} ${kind.label}(s)` });
  return rows;
}
var FEATURE_FLAG_REFUSAL = "You do not have permission to perform this action.";
function toUnreadable(kind, error, required) {
  if (required.has(kind.name) && kind.betaFlag !== void 0 && isApiFailure(error) && error.status === 403 && error.detail === FEATURE_FLAG_REFUSAL) {
    throw new ToolError(
      "api",
      `this project cannot have ${kind.label}s yet: PostHog serves them only to organizations with its "${kind.betaFlag}" feature (a beta), and refused to read them here. Nothing was changed; remove the ${kind.label} definitions or ask PostHog to enable the feature`
    );
  }
  if (required.has(kind.name) || !isApiFailure(error) || error.status !== 403 && error.status !== 404) throw error;
  return { kind: kind.name, reason: error.status === 403 ? "forbidden" : "unavailable" };
}
async function readKinds(api, kinds, options) {
  const results = await Promise.all(
    kinds.map((kind) => readKind(api, kind, options.progress).catch((error) => toUnreadable(kind, error, options.required)))
  );
  const rows = /* @__PURE__ */ new Map();
  const unreadable = [];
  kinds.forEach((kind, i) => {
    const result = results[i];
    if (Array.isArray(result)) rows.set(kind.name, result);
    else unreadable.push(result);
  });
  return { rows, unreadable };
}
function startProjectRead(api, options) {
  const kinds = new Map(KINDS.filter((k) => !k.api.singleton).map((kind) => [kind.name, settle(readAndMatch(api, kind, options))]));
  return { owner: options.owner, kinds };
}
function settle(promise) {
  return promise.then(
    (value) => ({ value }),
    (error) => ({ error })
  );
}
async function readAndMatch(api, kind, options) {
  const rows = await readKind(api, kind, options.progress);
  const unmanaged = [];
  if (kind.unique) {
    for (const raw of rows) {
      const value = kind.unique.live(raw);
      const ours = kind.identify(raw) !== void 0 && isOwnedBy(raw, options.owner);
      if (typeof value === "string" && raw.deleted !== true && !ours) unmanaged.push({ kind: kind.name, id: pathIdOf(kind, raw), value });
    }
  }
  const matched = rows.flatMap((raw) => {
    const key = kind.api.singleton ? "project" : kind.identify(raw);
    if (key !== void 0) return kind.api.singleton || isOwnedBy(raw, options.owner) ? [{ key, raw, managed: true }] : [];
    const natural = kind.adoptKey?.(raw);
    return natural === void 0 ? [] : [{ key: natural, raw, managed: false }];
  });
  const survivors = findSurvivors(matched);
  const keys = [];
  for (const m of matched) if (m.managed && survivors.get(normalizeKey(m.key)) === m.raw) keys.push([`${kind.name}:${String(m.raw.id)}`, m.key]);
  const duplicateOf = (m) => {
    const survivor = m.managed && !kind.api.singleton ? survivors.get(normalizeKey(m.key)) : void 0;
    return survivor && survivor !== m.raw ? pathIdOf(kind, survivor) : void 0;
  };
  const withDuplicates = matched.map((m) => ({ ...m, duplicateOf: duplicateOf(m) }));
  const detailed = kind.api.readDetail ? await Promise.all(withDuplicates.map(async (m) => ({ ...m, raw: await api.get(objectPath(kind, pathIdOf(kind, m.raw))) ?? m.raw }))) : withDuplicates;
  const attached = kind.readAttached ? await Promise.all(detailed.map(async (m) => ({ ...m, raw: await kind.readAttached(api, m.raw) }))) : detailed;
  return { kind, rows, matched: attached, keys, unmanaged };
}
async function readProjectState(api, options) {
  const needed = new Set(options.declared);
  for (const kind of KINDS) if (needed.has(kind.name)) for (const ref of kind.references) needed.add(ref);
  if (options.started && options.started.owner !== options.owner) throw new Error("a read started for another owner cannot be taken over");
  const started = options.started ?? startProjectRead(api, options);
  const kinds = KINDS.filter((k) => !k.api.singleton || needed.has(k.name));
  const takeOver = (kind) => {
    const read = started.kinds.get(kind.name);
    started.kinds.delete(kind.name);
    return read ?? settle(readAndMatch(api, kind, options));
  };
  const settled = await Promise.all(kinds.map(takeOver));
  const found = [];
  const unreadable = [];
  kinds.forEach((kind, i) => {
    const result = settled[i];
    if ("value" in result) found.push(result.value);
    else unreadable.push(toUnreadable(kind, result.error, needed));
  });
  const keys = new Map(found.flatMap((f) => f.keys));
  const rows = new Map(found.map((f) => [f.kind.name, f.rows]));
  const lookup = {
    keyOf: (kind, id) => keys.get(`${kind}:${String(id)}`),
    rows: (kind) => rows.get(kind) ?? []
  };
  const observed = [];
  for (const { kind, matched } of found) {
    for (const { key, raw, managed, duplicateOf } of matched) {
      const uiId = kind.ui?.page ? kind.ui.page(raw) : kind.ui ? readPath(raw, kind.ui.idField ?? "id") : void 0;
      observed.push({
        kind: kind.name,
        key,
        id: kind.api.singleton ? api.projectId : pathIdOf(kind, raw),
        fields: kind.toObserved(raw, lookup),
        managed,
        ...typeof uiId === "string" || typeof uiId === "number" ? { uiId } : {},
        ...duplicateOf !== void 0 ? { duplicateOf } : {}
      });
    }
  }
  const kept = new Map([...rows].filter(([name]) => options.keepRows?.includes(name)));
  return { observed, unmanaged: found.flatMap((f) => f.unmanaged), unreadable, rows: kept };
}
function readPath(raw, path) {
  let value = raw;
  for (const name of path.split(".")) value = isJsonObject(value) ? value[name] : void 0;
  return value;
}

// src/core/kinds/compared.ts
function comparedFields(kind, live, desired, options = {}) {
  const names = kind.api.singleton ? Object.keys(desired) : void 0;
  if (names !== void 0) {
    const out2 = {};
    for (const name of names) if (live[name] !== void 0) out2[name] = live[name];
    return out2;
  }
  const out = keepDeclaredSecrets(kind.compare ? kind.compare(live, desired, { rotateSecrets: options.rotateSecrets ?? false }) : { ...live }, desired, options.rotateSecrets ?? false);
  for (const name of kind.declaredOnly ?? []) if (desired[name] === void 0) delete out[name];
  return out;
}

export {
  normalizeKey,
  buildDesiredState,
  compareIds,
  pickSurvivor,
  isApiFailure,
  pathIdOf,
  objectPath,
  updatePath,
  listObjects,
  readKinds,
  startProjectRead,
  readProjectState,
  comparedFields
};

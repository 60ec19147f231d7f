import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  createPostHogClient
} from "./chunk-S3WGARH7.js";
import {
  isApiFailure,
  readProjectState,
  startProjectRead
} from "./chunk-IJIRTJKZ.js";
import {
  createPlan
} from "./chunk-VTQAI6QU.js";
import {
  buildDesiredState
} from "./chunk-LJQFIKR4.js";
import {
  findKind,
  getKind
} from "./chunk-RHLKEUBH.js";
import {
  locateDiagnostics
} from "./chunk-SJ4VGYXD.js";
import {
  KEY_VARIABLE
} from "./chunk-4JOGTZXF.js";
import {
  formatAddress,
  isDeepEqual,
  isJsonObject,
  warnUnlistedSecrets
} from "./chunk-2AROFJEV.js";
import {
  ToolError
} from "./chunk-SLY4HKVV.js";
import {
  hasErrors
} from "./chunk-IP6AB7RW.js";

// src/adapters/hogql/check.ts
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";

// src/core/hogql.ts
function findResourceHogQL(value, selectFields = []) {
  const found = findHogQLStrings(value);
  for (const name of selectFields) {
    const text2 = value[name];
    if (typeof text2 === "string") found.push({ field: name, text: text2, grammar: "select" });
  }
  return found;
}
function findHogQLStrings(value, field = "") {
  if (Array.isArray(value)) return value.flatMap((item, i) => findHogQLStrings(item, field ? `${field}.${i}` : String(i)));
  if (!isJsonObject(value)) return [];
  const join4 = (name) => field ? `${field}.${name}` : name;
  const found = [];
  if (value.kind === "HogQLQuery" && typeof value.query === "string") found.push({ field: join4("query"), text: value.query, grammar: "select" });
  if (value.type === "hogql" && typeof value.key === "string") found.push({ field: join4("key"), text: value.key, grammar: "expr" });
  for (const [name, member] of Object.entries(value)) found.push(...findHogQLStrings(member, join4(name)));
  return found;
}

// src/adapters/hogql/locate.ts
function locateInSource(source, fromLine, text2, offset) {
  const lineStarts = [0];
  for (let i = source.indexOf("\n"); i >= 0; i = source.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  const from = lineStarts[Math.max(0, fromLine - 1)] ?? 0;
  const escape = (value) => JSON.stringify(value).slice(1, -1);
  const forms = [
    { written: text2, prefix: text2.slice(0, offset) },
    { written: escape(text2), prefix: escape(text2.slice(0, offset)) }
  ];
  for (const { written, prefix } of forms) {
    const at = source.indexOf(written, from);
    if (written === "" || at < 0) continue;
    const position = at + prefix.length;
    let line = 0;
    while (line + 1 < lineStarts.length && lineStarts[line + 1] <= position) line++;
    return { line: line + 1, column: position - lineStarts[line] + 1 };
  }
  return void 0;
}

// src/adapters/hogql/parser.ts
function shortenMessage(message) {
  return message.replace(/(at input ')([\s\S]*)(')/, (_all, open, input, close) => {
    const flat = input.replace(/\\[nrt]|\s+/g, " ").replace(/ {2,}/g, " ");
    return `${open}${flat.length > 40 ? `…${flat.slice(-40)}` : flat}${close}`;
  });
}
function toUtf16Offset(text2, codePoints) {
  return Array.from(text2).slice(0, Math.max(0, codePoints)).join("").length;
}
var loaded;
function loadHogQLChecker() {
  loaded ??= createChecker();
  return loaded;
}
async function createChecker() {
  const { default: createHogQLParser } = await import("./hogql_parser_wasm-FTE2HZBM.js");
  const parser = await createHogQLParser();
  const seen = /* @__PURE__ */ new Map();
  const parse = (text2, grammar) => {
    const result = JSON.parse(grammar === "select" ? parser.parseSelect(text2) : parser.parseExpr(text2));
    if (result.error !== true) return void 0;
    return {
      severity: result.type === "NotImplementedError" ? "warning" : "error",
      message: `HogQL ${result.type === "SyntaxError" ? "syntax error" : "error"}: ${shortenMessage(result.message ?? "unknown problem")}`,
      offset: toUtf16Offset(text2, result.start?.offset ?? 0)
    };
  };
  return (text2, grammar) => {
    const key = `${grammar}\0${text2}`;
    if (!seen.has(key)) seen.set(key, parse(text2, grammar));
    return seen.get(key);
  };
}

// src/adapters/hogql/check.ts
async function checkHogQL(definitions, root) {
  const found = definitions.flatMap((definition) => findResourceHogQL(definition.spec, findKind(definition.kind)?.hogqlSelects).map((hogql) => ({ definition, hogql })));
  if (found.length === 0) return [];
  const check = await loadHogQLChecker();
  const sources = /* @__PURE__ */ new Map();
  const diagnostics = [];
  for (const { definition, hogql } of found) {
    const problem = check(hogql.text, hogql.grammar);
    if (!problem) continue;
    let source = definition.source;
    if (source) {
      const file = source.file;
      if (!sources.has(file)) sources.set(file, readFile(join(resolve(root), file), "utf8").catch(() => ""));
      const position = locateInSource(await sources.get(file), source.line, hogql.text, problem.offset);
      if (position) source = { file, ...position };
    }
    diagnostics.push({ severity: problem.severity, code: "hogql", message: problem.message, source, field: hogql.field, resource: formatAddress(definition) });
  }
  return diagnostics;
}

// src/core/staff-writes.ts
var CURRENT_USER_PATH = "/api/users/@me/";
async function assertStaffWrites(api, resources) {
  const gated = resources.filter((resource) => getKind(resource.kind).staffWrites === true);
  if (gated.length === 0) return;
  const labels = [...new Set(gated.map((resource) => getKind(resource.kind).label))].join(", ");
  const files = [...new Set(gated.map((resource) => resource.source?.file ?? `${resource.kind}/${resource.key}`))].sort().join(", ");
  let user;
  try {
    user = await api.get(CURRENT_USER_PATH);
  } catch (error) {
    if (!isApiFailure(error) || error.status !== 403) throw error;
    throw new ToolError("auth", `${labels} definitions (${files}) need a key whose user is PostHog staff, and this key cannot read its user (${CURRENT_USER_PATH}; give it the user:read scope). Nothing was changed`);
  }
  if (user?.is_staff === true) return;
  throw new ToolError("auth", `${labels}s can be written only by PostHog staff users, and this key's user is not staff: PostHog would refuse every write of ${files}. Nothing was changed; remove those definitions or use a staff user's key`);
}

// src/adapters/checks/locate.ts
import { readFile as readFile2 } from "node:fs/promises";
import { join as join2, resolve as resolve2 } from "node:path";
function fieldLine(lines, fromLine, field) {
  let line = fromLine - 1;
  for (const segment of field.split(".")) {
    if (/^\d+$/.test(segment)) continue;
    const pattern = new RegExp(`(^|[\\s{,(])["']?${segment.replace(/[.*+?^${}()|[\]\\$]/g, "\\$&")}["']?\\s*:`);
    for (let i = line; i < Math.min(lines.length, line + 400); i++) {
      if (pattern.test(lines[i])) {
        line = i;
        break;
      }
    }
  }
  return line + 1;
}
async function placeFindings(findings, root) {
  const files = /* @__PURE__ */ new Map();
  const read = (file) => {
    if (!files.has(file)) files.set(file, readFile2(join2(resolve2(root), file), "utf8").catch(() => ""));
    return files.get(file);
  };
  const placed = [];
  for (const { diagnostic, text: text2, offset, byField } of findings) {
    const source = diagnostic.source;
    if (!source) {
      placed.push(diagnostic);
      continue;
    }
    const content = await read(source.file);
    const from = byField && diagnostic.field ? fieldLine(content.split("\n"), source.line, diagnostic.field) : source.line;
    const position = locateInSource(content, from, text2, offset);
    placed.push({ ...diagnostic, source: position ? { file: source.file, ...position } : { file: source.file, line: from } });
  }
  return placed;
}

// src/core/checks/references.ts
var NUMERIC_MATH = /* @__PURE__ */ new Set(["sum", "avg", "min", "max", "median", "p75", "p90", "p95", "p99"]);
var join3 = (field, name) => field === "" ? String(name) : `${field}.${name}`;
var text = (value) => typeof value === "string" && value !== "";
function findNameReferences(value, field = "", parentKey = "") {
  if (Array.isArray(value)) return value.flatMap((item, i) => findNameReferences(item, join3(field, i), parentKey));
  if (!isJsonObject(value)) return [];
  const found = [];
  const kind = value.kind;
  if ((kind === "EventsNode" || kind === "ExperimentEventExposureConfig" || parentKey === "steps") && text(value.event)) found.push({ what: "event", name: value.event, field: join3(field, "event") });
  if (value.type === "events" && text(value.id)) found.push({ what: "event", name: value.id, field: join3(field, "id") });
  if (value.type === "behavioral" && value.event_type === "events" && text(value.key)) found.push({ what: "event", name: value.key, field: join3(field, "key") });
  if (kind === "EventsNode" && text(value.math_property) && typeof value.math === "string" && NUMERIC_MATH.has(value.math)) {
    found.push({ what: "property", name: value.math_property, scope: value.math_property_type === "person_properties" ? "person" : "event", field: join3(field, "math_property"), use: "math", operator: value.math });
  }
  if ((value.type === "event" || value.type === "person") && text(value.key) && kind === void 0) {
    found.push({ what: "property", name: value.key, scope: value.type, field: join3(field, "key"), use: "filter", ...typeof value.operator === "string" ? { operator: value.operator } : {} });
  }
  found.push(...breakdownReferences(value, field));
  for (const [name, member] of Object.entries(value)) found.push(...findNameReferences(member, join3(field, name), name));
  return found;
}
function breakdownReferences(value, field) {
  const found = [];
  const scopeOf = (type) => type === "event" || type === "person" ? type : void 0;
  const single = scopeOf(value.breakdown_type);
  if (single && text(value.breakdown)) found.push({ what: "property", name: value.breakdown, scope: single, field: join3(field, "breakdown"), use: "breakdown" });
  if (Array.isArray(value.breakdowns)) {
    value.breakdowns.forEach((entry, i) => {
      const scope = isJsonObject(entry) ? scopeOf(entry.type) : void 0;
      if (scope && isJsonObject(entry) && text(entry.property)) found.push({ what: "property", name: entry.property, scope, field: join3(field, `breakdowns.${i}.property`), use: "breakdown" });
    });
  }
  return found;
}

// src/core/checks/suggest.ts
function suggestNames(wanted, known, limit = 3) {
  const target = wanted.toLowerCase();
  const budget = Math.max(2, Math.floor(wanted.length / 3));
  const scored = [];
  for (const name of new Set(known)) {
    if (name === wanted || Math.abs(name.length - wanted.length) > budget) continue;
    const distance = editDistance(target, name.toLowerCase(), budget);
    if (distance <= budget) scored.push({ name, distance });
  }
  scored.sort((a, b) => a.distance - b.distance || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return scored.slice(0, limit).map((s) => s.name);
}
function editDistance(a, b, budget) {
  let previous2 = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previous2[j - 2] + 1);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > budget) return budget + 1;
    previous2 = previous;
    previous = current;
  }
  return previous[b.length];
}

// src/core/checks/definitions.ts
var NUMERIC_OPERATORS = /* @__PURE__ */ new Set(["gt", "gte", "lt", "lte"]);
var DATE_OPERATORS = /* @__PURE__ */ new Set(["is_date_before", "is_date_after", "is_date_exact"]);
function didYouMean(suggestions) {
  return suggestions.length === 0 ? "" : `; did you mean ${suggestions.map((name) => `\`${name}\``).join(" or ")}?`;
}
function checkNames(references, catalog) {
  const diagnostics = [];
  const seen = /* @__PURE__ */ new Set();
  const ingestedEvents = catalog.events ? [...catalog.events].filter(([, ingested]) => ingested).map(([name]) => name) : [];
  for (const { resource, reference } of references) {
    const id = `${formatAddress(resource)}|${reference.field}|${reference.name}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const warn = (code, message) => diagnostics.push({ severity: "warning", code, message, field: reference.field, resource: formatAddress(resource), ...resource.source ? { source: resource.source } : {} });
    if (reference.what === "event") {
      if (!catalog.events || catalog.events.get(reference.name) === true) continue;
      const declared = catalog.events.has(reference.name);
      const state = declared ? "is defined but was never ingested" : "was never ingested";
      warn("unknown-event", `event \`${reference.name}\` ${state} in this project${didYouMean(suggestNames(reference.name, ingestedEvents))}`);
      continue;
    }
    const known = catalog.properties?.[reference.scope];
    if (!known) continue;
    const label = `${reference.scope} property \`${reference.name}\``;
    if (!known.has(reference.name)) {
      const candidates = [...catalog.propertySuggestions?.[reference.scope] ?? [], ...known.keys()];
      warn("unknown-property", `${label} was never ingested in this project${didYouMean(suggestNames(reference.name, candidates))}`);
      continue;
    }
    const type = known.get(reference.name);
    if (!type) continue;
    const operator = reference.operator ?? "";
    if (reference.use === "math" && NUMERIC_MATH.has(operator) && type !== "Numeric") {
      warn("property-type", `\`${operator}\` of ${label} needs numbers, but PostHog types it ${type}`);
    } else if (reference.use === "filter" && NUMERIC_OPERATORS.has(operator) && type !== "Numeric") {
      warn("property-type", `\`${operator}\` compares numbers, but ${label} is a ${type} property`);
    } else if (reference.use === "filter" && DATE_OPERATORS.has(operator) && type !== "DateTime") {
      warn("property-type", `\`${operator}\` compares dates, but ${label} is a ${type} property`);
    }
  }
  return diagnostics;
}

// src/core/checks/hogql.ts
var PLACEHOLDER = /\{\s*[A-Za-z_][\w.]*\s*\}/;
function collectMetadataChecks(resources) {
  const byText = /* @__PURE__ */ new Map();
  let withPlaceholders = 0;
  for (const resource of resources) {
    const readsNewTable = resource.dependsOn.some((address) => getKind(address.kind).hogqlTable === true);
    for (const hogql of findResourceHogQL(resource.fields, getKind(resource.kind).hogqlSelects)) {
      if (readsNewTable || PLACEHOLDER.test(hogql.text)) {
        withPlaceholders++;
        continue;
      }
      const id = `${hogql.grammar}\0${hogql.text}`;
      const check = byText.get(id) ?? { text: hogql.text, grammar: hogql.grammar, holders: [] };
      check.holders.push({ resource, field: hogql.field });
      byText.set(id, check);
    }
  }
  return { checks: [...byText.values()], withPlaceholders };
}
function metadataQuery(check) {
  return { query: { kind: "HogQLMetadata", language: check.grammar === "select" ? "hogQL" : "hogQLExpr", query: check.text } };
}
function toUtf16(text2, codePoints) {
  return Array.from(text2).slice(0, Math.max(0, codePoints)).join("").length;
}
function readMetadataProblems(text2, response) {
  const read = (notices, severity) => (Array.isArray(notices) ? notices : []).filter(isJsonObject).map((notice) => ({
    severity,
    message: typeof notice.message === "string" ? notice.message : "unknown problem",
    offset: typeof notice.start === "number" ? toUtf16(text2, notice.start) : 0
  }));
  return [...read(response.errors, "error"), ...read(response.warnings, "warning")];
}

// src/core/checks/reach.ts
function conditionsOf(step, fields, lookup) {
  if (fields === void 0 || !isJsonObject(fields.filters) || !Array.isArray(fields.filters.groups)) return [];
  const filters = getKind(step.kind).toPayload(step.key, fields, lookup, "update", step.before).filters;
  if (!isJsonObject(filters) || !Array.isArray(filters.groups)) return [];
  const flagLevel = typeof filters.aggregation_group_type_index === "number" ? filters.aggregation_group_type_index : null;
  return filters.groups.filter(isJsonObject).map((group) => ({
    properties: Array.isArray(group.properties) ? group.properties : [],
    rollout: typeof group.rollout_percentage === "number" ? group.rollout_percentage : 100,
    groupTypeIndex: typeof group.aggregation_group_type_index === "number" ? group.aggregation_group_type_index : flagLevel
  }));
}
function namesUnknownCohort(value) {
  if (Array.isArray(value)) return value.some(namesUnknownCohort);
  if (!isJsonObject(value)) return false;
  if (value.type === "cohort" && (value.value === null || value.value === void 0)) return true;
  return Object.values(value).some(namesUnknownCohort);
}
function findRolloutChanges(steps) {
  const ids = new Map(steps.filter((s) => s.id !== void 0).map((s) => [`${s.kind}/${s.key}`, s.id]));
  const lookup = { idOf: (address) => ids.get(`${address.kind}/${address.key}`) };
  const requests = [];
  let unsizable = 0;
  for (const step of steps) {
    if (step.action !== "update") continue;
    const before = conditionsOf(step, step.before, lookup);
    const after = conditionsOf(step, step.after, lookup);
    for (let i = 0; i < Math.max(before.length, after.length); i++) {
      const was = before[i];
      const will = after[i];
      if (was && will && isDeepEqual(was, will)) continue;
      const sized = will ?? was;
      if (namesUnknownCohort(sized.properties)) {
        unsizable++;
        continue;
      }
      requests.push({
        kind: step.kind,
        key: step.key,
        condition: i + 1,
        ...was ? { before: was.rollout } : {},
        ...will ? { after: will.rollout } : {},
        body: { condition: { properties: sized.properties, rollout_percentage: sized.rollout }, group_type_index: sized.groupTypeIndex }
      });
    }
  }
  return { requests, unsizable };
}

// src/engine/checks.ts
var CHECK_BUDGET = { propertyRequests: 20, hogql: 100, blastRadius: 50 };
var PROPERTY_CHUNK = 50;
var SUGGESTION_PAGE = 500;
function skipReason(error) {
  if (!isApiFailure(error)) return void 0;
  if (error.status === 403) return "forbidden";
  if (error.status === 404 || error.status === 405) return "unavailable";
  return void 0;
}
function readEvents(rows) {
  return new Map(rows.filter((row) => typeof row.name === "string").map((row) => [row.name, typeof row.last_seen_at === "string" && row.last_seen_at !== ""]));
}
async function readProperties(api, wanted, skipped) {
  const properties = { event: /* @__PURE__ */ new Map(), person: /* @__PURE__ */ new Map() };
  const propertySuggestions = { event: [], person: [] };
  let budget = CHECK_BUDGET.propertyRequests;
  try {
    for (const [scope, names] of wanted) {
      const sorted = [...names].sort();
      for (let i = 0; i < sorted.length; i += PROPERTY_CHUNK) {
        if (budget-- <= 0) {
          skipped.push({ check: "properties", reason: "limit", count: sorted.length - i });
          return {};
        }
        const rows = await api.list("property_definitions", { type: scope, properties: sorted.slice(i, i + PROPERTY_CHUNK).join(",") });
        for (const row of rows) if (typeof row.name === "string") properties[scope].set(row.name, typeof row.property_type === "string" ? row.property_type : null);
      }
      if (sorted.some((name) => !properties[scope].has(name))) {
        const page = await api.get(`property_definitions/?type=${scope}&limit=${SUGGESTION_PAGE}`);
        const results = page && Array.isArray(page.results) ? page.results : [];
        for (const row of results) if (row && typeof row === "object" && !Array.isArray(row) && typeof row.name === "string") propertySuggestions[scope].push(row.name);
      }
    }
  } catch (error) {
    const reason = skipReason(error);
    if (!reason) throw error;
    skipped.push({ check: "properties", reason });
    return {};
  }
  return { properties, propertySuggestions };
}
async function checkNamesAgainstProject(api, resources, events, skipped) {
  const references = resources.flatMap((resource) => findNameReferences(resource.fields).map((reference) => ({ resource, reference })));
  const wanted = /* @__PURE__ */ new Map();
  for (const { reference } of references) if (reference.what === "property") (wanted.get(reference.scope) ?? wanted.set(reference.scope, /* @__PURE__ */ new Set()).get(reference.scope)).add(reference.name);
  if (typeof events === "string") skipped.push({ check: "events", reason: events });
  const catalog = { ...typeof events === "string" ? {} : { events: readEvents(events) }, ...wanted.size > 0 ? await readProperties(api, wanted, skipped) : {} };
  const byKey = new Map(references.map(({ resource, reference }) => [`${formatAddress(resource)}|${reference.field}`, reference.name]));
  return checkNames(references, catalog).map((diagnostic) => ({ diagnostic, text: byKey.get(`${diagnostic.resource}|${diagnostic.field}`) ?? "", offset: 0, byField: true }));
}
async function checkHogQLAgainstProject(api, resources, skipped) {
  const { checks, withPlaceholders } = collectMetadataChecks(resources);
  if (withPlaceholders > 0) skipped.push({ check: "hogql", reason: "placeholders", count: withPlaceholders });
  if (checks.length > CHECK_BUDGET.hogql) skipped.push({ check: "hogql", reason: "limit", count: checks.length - CHECK_BUDGET.hogql });
  const found = [];
  for (const check of checks.slice(0, CHECK_BUDGET.hogql)) {
    let response;
    try {
      response = await api.post("query/", metadataQuery(check), { idempotent: true });
    } catch (error) {
      const reason = skipReason(error);
      if (!reason) throw error;
      skipped.push({ check: "hogql", reason });
      break;
    }
    for (const problem of readMetadataProblems(check.text, response)) {
      for (const { resource, field } of check.holders) {
        const diagnostic = { severity: problem.severity, code: "hogql-schema", message: `HogQL: ${problem.message}`, field, resource: formatAddress(resource), ...resource.source ? { source: resource.source } : {} };
        found.push({ diagnostic, text: check.text, offset: problem.offset, byField: false });
      }
    }
  }
  return found;
}
async function sizeRollouts(api, plan, skipped) {
  const { requests, unsizable } = findRolloutChanges(plan.steps);
  if (requests.length > CHECK_BUDGET.blastRadius) skipped.push({ check: "blast-radius", reason: "limit", count: requests.length - CHECK_BUDGET.blastRadius });
  let refused = unsizable;
  const reach = [];
  for (const request of requests.slice(0, CHECK_BUDGET.blastRadius)) {
    let answer;
    try {
      answer = await api.post("feature_flags/user_blast_radius/", request.body, { idempotent: true });
    } catch (error) {
      const reason = skipReason(error);
      if (reason) {
        skipped.push({ check: "blast-radius", reason });
        break;
      }
      if (isApiFailure(error) && error.status === 400) {
        refused++;
        continue;
      }
      throw error;
    }
    if (typeof answer.affected !== "number" || typeof answer.total !== "number") continue;
    const { body: _body, ...rest } = request;
    reach.push({ ...rest, affected: answer.affected, total: answer.total, unit: request.body.group_type_index === null ? "users" : "groups" });
  }
  if (refused > 0) skipped.push({ check: "blast-radius", reason: "unsizable", count: refused });
  return reach;
}
async function checkAgainstProject(options) {
  const skipped = [];
  const names = await checkNamesAgainstProject(options.api, options.resources, options.events, skipped);
  const hogql = await checkHogQLAgainstProject(options.api, options.resources, skipped);
  const reach = await sizeRollouts(options.api, options.plan, skipped);
  const placeable = [...names, ...hogql];
  const findings = options.root === void 0 ? placeable.map((p) => p.diagnostic) : await placeFindings(placeable, options.root);
  return { findings, reach, skipped };
}

// src/engine/project.ts
async function validateProject(project, root, environment) {
  const desired = buildDesiredState(project.definitions, environment, { owner: project.config.owner });
  const diagnostics = [
    ...project.diagnostics,
    ...await locateDiagnostics(desired.diagnostics, root),
    ...await checkHogQL(project.definitions, root),
    ...warnUnlistedSecrets(desired.resources, project.config.secrets ?? [])
  ];
  return { resources: desired.resources, diagnostics, valid: !hasErrors(diagnostics) };
}
function connect(connection) {
  return createPostHogClient({
    host: connection.host,
    projectId: connection.projectId,
    apiKey: connection.apiKey,
    ...connection.apiKeySource ? { apiKeySource: connection.apiKeySource } : {},
    ...connection.rateLimited === false ? { rateLimits: false } : {}
  });
}
async function planProject(options) {
  const declared = [...new Set(options.resources.map((r) => r.kind))];
  const owner = options.connection.owner;
  await assertStaffWrites(options.api, options.resources);
  const { observed, unmanaged, unreadable, rows } = await readProjectState(options.api, {
    declared,
    progress: options.progress,
    ...owner ? { owner } : {},
    ...options.started ? { started: options.started } : {},
    keepRows: options.checks ? ["event-definitions"] : []
  });
  const plan = createPlan({
    target: {
      host: options.connection.host.replace(/\/+$/, ""),
      projectId: options.connection.projectId,
      ...options.connection.environment ? { environment: options.connection.environment } : {},
      ...owner ? { owner } : {}
    },
    desired: options.resources,
    observed,
    unmanaged,
    unreadable,
    prune: options.prune,
    ...options.rotateSecrets ? { rotateSecrets: true } : {},
    ...options.base ? { base: options.base } : {}
  });
  if (!options.checks) return plan;
  const [requests, started] = [options.api.stats.requests, performance.now()];
  const checks = await checkAgainstProject({ api: options.api, plan, resources: options.resources, events: rows.get("event-definitions") ?? unreadable.find((u) => u.kind === "event-definitions")?.reason ?? "unavailable", ...options.checks });
  options.progress?.({ phase: "read", message: `checked against the project in ${options.api.stats.requests - requests} request(s), ${Math.round(performance.now() - started)} ms` });
  return { ...plan, checks };
}
function startReading(api, connection, progress) {
  return startProjectRead(api, { ...connection.owner ? { owner: connection.owner } : {}, ...progress ? { progress } : {} });
}
var ConfigError = class extends ToolError {
  constructor(message) {
    super("configuration", message);
    this.name = "ConfigError";
  }
};
var DEFAULT_HOST = "https://us.posthog.com";
var DEFAULT_KEY_VARIABLE = "POSTHOG_PERSONAL_API_KEY";
function locateConnection(config, options) {
  const named = options.environment ? config.environments[options.environment] : void 0;
  const known = Object.keys(config.environments);
  if (options.environment && !named && known.length > 0) {
    throw new ConfigError(`unknown environment "${options.environment}" (posthog.config.ts defines: ${known.sort().join(", ")})`);
  }
  return {
    ...options.environment ? { environment: options.environment } : {},
    ...config.owner ? { owner: config.owner } : {},
    host: (options.host ?? named?.host ?? options.env.POSTHOG_HOST ?? DEFAULT_HOST).replace(/\/+$/, ""),
    projectId: options.projectId ?? named?.projectId ?? options.env.POSTHOG_PROJECT_ID ?? "",
    keyVariable: named?.apiKeyEnv ?? DEFAULT_KEY_VARIABLE
  };
}
function readKeyVariable(target, env) {
  if (!KEY_VARIABLE.test(target.keyVariable)) throw new ConfigError(`environment "${target.environment}" names ${target.keyVariable} as its key variable; key variables must be named POSTHOG_…`);
  return { value: env[target.keyVariable], source: target.keyVariable };
}
function completeConnection(target, key, env) {
  const apiKey = key.value?.trim();
  if (!target.projectId) throw new ConfigError("no project: set POSTHOG_PROJECT_ID, pass --project, or name an environment from posthog.config.ts");
  if (!/^\d+$/.test(target.projectId)) throw new ConfigError(`the project id must be a number, got "${target.projectId}"`);
  if (!apiKey) throw new ConfigError(`no API key: set ${key.source} to a personal API key with read/write scopes`);
  if (!/^[\x21-\x7e]+$/.test(apiKey)) throw new ConfigError(`${key.source} holds spaces, line breaks or other characters no personal API key has; set it to the key alone`);
  try {
    new URL(target.host);
  } catch {
    throw new ConfigError(`the host must be a URL, got "${target.host}"`);
  }
  return {
    ...target.environment ? { environment: target.environment } : {},
    ...target.owner ? { owner: target.owner } : {},
    host: target.host,
    projectId: target.projectId,
    apiKey,
    apiKeySource: key.source,
    rateLimited: env.POSTHOG_RATE_LIMIT !== "off"
  };
}
function resolveConnection(config, options) {
  const target = locateConnection(config, options);
  return completeConnection(target, readKeyVariable(target, options.env), options.env);
}

export {
  validateProject,
  connect,
  planProject,
  startReading,
  ConfigError,
  locateConnection,
  readKeyVariable,
  completeConnection,
  resolveConnection
};

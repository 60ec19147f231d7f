import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import "./chunk-HANBNIMK.js";

// src/emulator/server.ts
import { createServer } from "node:http";
import { setTimeout as delay } from "node:timers/promises";

// src/emulator/auth.ts
import { timingSafeEqual } from "node:crypto";

// src/emulator/errors.ts
var ApiError = class extends Error {
  status;
  body;
  headers;
  constructor(status, body, headers = {}) {
    super(body?.detail ?? `HTTP ${status}`);
    this.status = status;
    this.body = body;
    this.headers = headers;
  }
};
function validationError(attr, detail, code = "invalid_input") {
  const joined = attr === null ? null : typeof attr === "string" ? attr : attr.join("__");
  return new ApiError(400, { type: "validation_error", code: code === "invalid" ? "invalid_input" : code, detail, attr: joined });
}
function notFound(detail = "Not found.") {
  return new ApiError(404, { type: "invalid_request", code: "not_found", detail, attr: null });
}
function endpointNotFound() {
  return notFound("Endpoint not found.");
}
function parseError(detail) {
  return new ApiError(400, { type: "invalid_request", code: "parse_error", detail, attr: null });
}
function permissionDenied(detail) {
  return new ApiError(403, { type: "authentication_error", code: "permission_denied", detail, attr: null });
}
function authenticationFailed(detail) {
  return new ApiError(401, { type: "authentication_error", code: "authentication_failed", detail, attr: null }, { "WWW-Authenticate": "Bearer" });
}
function notAuthenticated() {
  return new ApiError(
    401,
    { type: "authentication_error", code: "not_authenticated", detail: "Authentication credentials were not provided.", attr: null },
    { "WWW-Authenticate": "Bearer" }
  );
}
function methodNotAllowed(method) {
  return new ApiError(405, { type: "invalid_request", code: "method_not_allowed", detail: `Method "${method}" not allowed.`, attr: null });
}
function destroyForbidden() {
  return new ApiError(405, null);
}
function conflict(detail) {
  return new ApiError(409, { type: "invalid_request", code: "conflict", detail, attr: null });
}
function throttled(waitSeconds) {
  const wait = Math.max(1, Math.ceil(waitSeconds));
  const detail = `Request was throttled. Expected available in ${wait} second${wait === 1 ? "" : "s"}.`;
  return new ApiError(429, { type: "throttled_error", code: "throttled", detail, attr: null }, { "Retry-After": String(wait) });
}
function serverError() {
  return new ApiError(500, { type: "server_error", code: "error", detail: "A server error occurred.", attr: null });
}

// src/emulator/json.ts
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function describePythonType(value) {
  if (value === null || value === void 0) return "NoneType";
  if (typeof value === "boolean") return "bool";
  if (typeof value === "number") return Number.isInteger(value) ? "int" : "float";
  if (typeof value === "string") return "str";
  if (Array.isArray(value)) return "list";
  return "dict";
}
function cloneJson(value) {
  return value === void 0 ? value : JSON.parse(JSON.stringify(value));
}
function isJsonEqual(left, right) {
  if (left === right) return true;
  if (Array.isArray(left)) {
    return Array.isArray(right) && left.length === right.length && left.every((item, index) => isJsonEqual(item, right[index]));
  }
  if (isRecord(left) && isRecord(right)) {
    const leftKeys = Object.keys(left);
    return leftKeys.length === Object.keys(right).length && leftKeys.every((key) => Object.hasOwn(right, key) && isJsonEqual(left[key], right[key]));
  }
  return false;
}
function formatPythonJson(value) {
  if (value === null || value === void 0) return "null";
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new RangeError("Out of range float values are not JSON compliant");
    return String(value);
  }
  if (typeof value === "string") return formatPythonString(value);
  if (Array.isArray(value)) return `[${value.map((item) => formatPythonJson(item)).join(", ")}]`;
  const entries = Object.entries(value).map(([key, item]) => `${formatPythonString(key)}: ${formatPythonJson(item)}`);
  return `{${entries.join(", ")}}`;
}
function formatPythonString(value) {
  return JSON.stringify(value).replace(/[^\x20-\x7e]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

// src/emulator/auth.ts
function authenticate(headers, body, query, keys) {
  const found = findCredential(headers, body, query);
  if (found === void 0) throw notAuthenticated();
  const match = keys.find((candidate) => candidate.key === found.key);
  if (match === void 0) throw authenticationFailed(`Personal API key found in request ${found.location} is invalid.`);
  return match;
}
function findCredential(headers, body, query) {
  const authorization = headers.authorization;
  if (typeof authorization === "string") {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (match?.[1] !== void 0) return { key: match[1], location: "Authorization header" };
  }
  if (isRecord(body) && typeof body.personal_api_key === "string") return { key: body.personal_api_key, location: "body" };
  const fromQuery = query.get("personal_api_key");
  if (fromQuery !== null) return { key: fromQuery, location: "query string" };
  return void 0;
}
function requireScope(key, scopeObject, action) {
  if (key.scopes === void 0 || key.scopes.includes("*")) return;
  const granted = key.scopes.includes(`${scopeObject}:${action}`) || action === "read" && key.scopes.includes(`${scopeObject}:write`);
  if (!granted) throw permissionDenied(`API key missing required scope '${scopeObject}:${action}'`);
}
function requireProjectAccess(key, projectId) {
  if (key.projectIds !== void 0 && !key.projectIds.includes(projectId)) {
    throw permissionDenied(`API key does not have access to the requested project: ID ${projectId}.`);
  }
}
var DEFAULT_ADMIN_KEY = "phx_emulator_admin";
function refuseControlRequest(headers, adminKey) {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(typeof headers.authorization === "string" ? headers.authorization : "");
  const given = Buffer.from(match?.[1] ?? "");
  const expected = Buffer.from(adminKey);
  if (given.length === expected.length && timingSafeEqual(given, expected)) return void 0;
  return { status: 401, body: { error: "The /_emulator control routes need the emulator's admin key: send Authorization: Bearer <admin key> (posthog-definitions emulator prints it)." } };
}

// src/emulator/faults.ts
function parseFault(input) {
  if (!isRecord(input)) throw new TypeError("A fault must be a JSON object.");
  const { method, path, status, times, body, retryAfter, dropConnection } = input;
  if (typeof status !== "number" || !Number.isInteger(status) || status < 100 || status > 599) {
    throw new TypeError("A fault needs an integer `status` between 100 and 599.");
  }
  if (method !== void 0 && typeof method !== "string") throw new TypeError("`method` must be a string.");
  if (path !== void 0 && typeof path !== "string") throw new TypeError("`path` must be a regular-expression string.");
  if (times !== void 0 && (typeof times !== "number" || !Number.isInteger(times) || times < 1)) throw new TypeError("`times` must be a positive integer.");
  if (retryAfter !== void 0 && (typeof retryAfter !== "number" || retryAfter < 0)) throw new TypeError("`retryAfter` must be a non-negative number.");
  if (dropConnection !== void 0 && typeof dropConnection !== "boolean") throw new TypeError("`dropConnection` must be a boolean.");
  return { method, path, status, times, body, retryAfter, dropConnection };
}
var FaultQueue = class {
  pending = [];
  /** Adds a fault; throws on an invalid path pattern. */
  add(fault) {
    this.pending.push({ fault, pattern: fault.path === void 0 ? void 0 : new RegExp(fault.path), remaining: fault.times ?? 1 });
  }
  /** Returns the first fault matching the request and uses up one of its occurrences. */
  take(method, path) {
    const entry = this.pending.find(
      (candidate) => (candidate.fault.method === void 0 || candidate.fault.method.toUpperCase() === method.toUpperCase()) && (candidate.pattern === void 0 || candidate.pattern.test(path))
    );
    if (entry === void 0) return void 0;
    entry.remaining -= 1;
    if (entry.remaining <= 0) this.pending = this.pending.filter((candidate) => candidate !== entry);
    return entry.fault;
  }
  /** Drops every pending fault. */
  clear() {
    this.pending = [];
  }
};

// src/emulator/journal.ts
var Journal = class {
  undo = [];
  proxies = /* @__PURE__ */ new WeakMap();
  targets = /* @__PURE__ */ new WeakMap();
  created = /* @__PURE__ */ new WeakSet();
  stored = [];
  /** Key order of each touched object before its first change, since putting a deleted key back appends it. */
  keyOrders = /* @__PURE__ */ new Map();
  handler = {
    get: (target, key) => {
      const value = Reflect.get(target, key);
      return this.isTracked(value) && !Object.isFrozen(target) ? this.track(value) : value;
    },
    set: (target, key, value) => {
      this.record(target, key);
      return Reflect.set(target, key, this.store(value));
    },
    deleteProperty: (target, key) => {
      this.record(target, key);
      return Reflect.deleteProperty(target, key);
    },
    defineProperty: (target, key, descriptor) => {
      this.record(target, key);
      return Reflect.defineProperty(target, key, "value" in descriptor ? { ...descriptor, value: this.store(descriptor.value) } : descriptor);
    }
  };
  /** The value to hand to a handler: a recording proxy for an object that existed before the request. */
  track(value) {
    if (!this.isTracked(value)) return value;
    let proxy = this.proxies.get(value);
    if (proxy === void 0) {
      proxy = new Proxy(value, this.handler);
      this.proxies.set(value, proxy);
      this.targets.set(proxy, value);
    }
    return proxy;
  }
  /** Keeps the request's changes: the objects it stored hold no proxies afterwards. */
  commit() {
    const seen = /* @__PURE__ */ new Set();
    for (const object of this.stored) this.unwrapInside(object, seen);
    this.undo.length = 0;
    this.stored.length = 0;
    this.keyOrders.clear();
  }
  /** Puts back every value the request changed, newest first, and each touched object's key order. */
  rollback() {
    for (let i = this.undo.length - 1; i >= 0; i--) {
      const { target, key, had, old } = this.undo[i];
      if (had) Reflect.set(target, key, old);
      else Reflect.deleteProperty(target, key);
    }
    for (const [target, order] of this.keyOrders) {
      const keys = Reflect.ownKeys(target);
      if (keys.length === order.length && keys.every((key, i) => key === order[i])) continue;
      const values = order.map((key) => Reflect.get(target, key));
      for (const key of order) Reflect.deleteProperty(target, key);
      order.forEach((key, i) => Reflect.set(target, key, values[i]));
    }
    this.undo.length = 0;
    this.stored.length = 0;
    this.keyOrders.clear();
  }
  isTracked(value) {
    return typeof value === "object" && value !== null && !this.created.has(value);
  }
  record(target, key) {
    if (Array.isArray(target)) {
      if (typeof key === "string" && key !== "length" && Number(key) >= target.length) this.undo.push({ target, key: "length", had: true, old: target.length });
    } else if (!this.keyOrders.has(target)) this.keyOrders.set(target, Reflect.ownKeys(target));
    this.undo.push({ target, key, had: Object.hasOwn(target, key), old: Reflect.get(target, key) });
  }
  /** What goes into the state: the object behind a proxy, or a new object, remembered as the request's own. */
  store(value) {
    if (typeof value !== "object" || value === null) return value;
    const target = this.targets.get(value);
    if (target !== void 0) return target;
    if (!this.proxies.has(value)) {
      this.created.add(value);
      this.stored.push(value);
    }
    return value;
  }
  unwrapInside(object, seen) {
    if (seen.has(object)) return;
    seen.add(object);
    const record2 = object;
    for (const key of Reflect.ownKeys(object)) {
      const value = record2[key];
      if (typeof value !== "object" || value === null) continue;
      const target = this.targets.get(value);
      if (target !== void 0) record2[key] = target;
      else if (!this.proxies.has(value)) this.unwrapInside(value, seen);
    }
  }
};

// src/emulator/persistence.ts
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";

// src/emulator/state.ts
var STATE_VERSION = 1;
function allocateId(state, table) {
  const next = (state.sequences[table] ?? 0) + 1;
  state.sequences[table] = next;
  return next;
}

// src/emulator/persistence.ts
function loadStateFile(path) {
  if (!existsSync(path)) return void 0;
  const parsed = JSON.parse(readFileSync(path, "utf8"));
  if (!isRecord(parsed) || parsed.version !== STATE_VERSION || !Array.isArray(parsed.projects) || !isRecord(parsed.sequences)) {
    throw new Error(`${path} is not a PostHog emulator state file (version ${STATE_VERSION}).`);
  }
  return parsed;
}
function saveStateFile(path, state) {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(state, null, 2)}
`, "utf8");
  renameSync(temporary, path);
}

// src/emulator/rate-limit.ts
var POSTHOG_RATE_LIMITS = Object.freeze({
  burstPerMinute: 480,
  sustainedPerHour: 4800,
  clickhouseBurstPerMinute: 240,
  clickhouseSustainedPerHour: 1200
});
var RateLimiter = class {
  config;
  now;
  history = /* @__PURE__ */ new Map();
  constructor(config, now = Date.now) {
    this.config = config;
    this.now = now;
  }
  /** Records the request and returns `undefined`, or returns the seconds to wait when throttled. */
  consume(apiKey, throttleClass) {
    if (this.config === false) return void 0;
    const now = this.now();
    const waits = [];
    for (const window of this.windowsFor(this.config, throttleClass)) {
      const cacheKey = `${window.scope}:${apiKey}`;
      const log = (this.history.get(cacheKey) ?? []).filter((time) => time > now - window.durationMs);
      if (log.length >= window.limit) {
        const oldest = log[0] ?? now;
        waits.push((window.durationMs - (now - oldest)) / 1e3);
      } else {
        log.push(now);
      }
      this.history.set(cacheKey, log);
    }
    return waits.length === 0 ? void 0 : Math.max(...waits);
  }
  /** Forgets all recorded requests. */
  reset() {
    this.history.clear();
  }
  windowsFor(config, throttleClass) {
    if (throttleClass === "clickhouse") {
      return [
        { scope: "clickhouse_burst", limit: config.clickhouseBurstPerMinute, durationMs: 6e4 },
        { scope: "clickhouse_sustained", limit: config.clickhouseSustainedPerHour, durationMs: 36e5 }
      ];
    }
    return [
      { scope: "burst", limit: config.burstPerMinute, durationMs: 6e4 },
      { scope: "sustained", limit: config.sustainedPerHour, durationMs: 36e5 }
    ];
  }
};

// src/emulator/resources/activity-log.ts
import { randomUUID } from "node:crypto";

// src/emulator/clock.ts
var lastIssued = 0;
function isoNow() {
  const now = Math.max(Date.now(), lastIssued + 1);
  lastIssued = now;
  return new Date(now).toISOString();
}

// src/emulator/users.ts
var EMULATOR_USER = Object.freeze({
  id: 1,
  uuid: "0190b2f0-0000-7000-8000-000000000001",
  distinct_id: "emulator-user-distinct-id",
  first_name: "Emulator",
  last_name: "User",
  email: "emulator@posthog.local",
  is_email_verified: true,
  hedgehog_config: null,
  role_at_organization: "engineering"
});
function currentUser() {
  return { ...EMULATOR_USER };
}

// src/emulator/resources/activity-changes.ts
var COMMON_EXCLUSIONS = ["id", "uuid", "short_id", "created_at", "created_by", "last_modified_at", "last_modified_by", "updated_at", "updated_by", "team", "team_id"];
function isEmpty(value) {
  return value === null || value === void 0 || value === "" || Array.isArray(value) && value.length === 0 || isRecord(value) && Object.keys(value).length === 0;
}
function isNone(value) {
  return value === null || value === void 0;
}
function changesBetween(rules, before, after) {
  const { scope, dictChanges: dict = false, masked = [], renamed = {} } = rules;
  const skipped = new Set(dict ? ["id", "created_at", "created_by"] : [...COMMON_EXCLUSIONS, ...rules.exclusions]);
  const empty = dict ? isNone : isEmpty;
  const changes = [];
  for (const field2 of Object.keys(after)) {
    if (skipped.has(field2)) continue;
    const left = before[field2];
    const right = after[field2];
    if (empty(left) && empty(right)) continue;
    const shown = (value) => masked.includes(field2) ? "masked" : cloneJson(value) ?? null;
    const name = renamed[field2] ?? field2;
    if (empty(left)) changes.push({ type: scope, action: "created", field: name, before: null, after: shown(right) });
    else if (empty(right)) changes.push({ type: scope, action: "deleted", field: name, before: shown(left), after: null });
    else if (!isJsonEqual(left, right)) changes.push({ type: scope, action: "changed", field: name, before: shown(left), after: shown(right) });
  }
  return changes;
}
function dictChangesBetween(scope, exclusions, previous, next) {
  if (isJsonEqual(previous, next)) return [];
  const skipped = /* @__PURE__ */ new Set([...exclusions, ...COMMON_EXCLUSIONS]);
  const fields = [.../* @__PURE__ */ new Set([...Object.keys(previous), ...Object.keys(next)])].filter((field2) => !skipped.has(field2));
  const changes = [];
  for (const field2 of fields) {
    const left = previous[field2];
    const right = next[field2];
    if (isNone(left) && !isNone(right)) changes.push({ type: scope, action: "created", field: field2, before: null, after: cloneJson(right) ?? null });
    else if (isNone(right) && !isNone(left)) changes.push({ type: scope, action: "deleted", field: field2, before: cloneJson(left) ?? null, after: null });
    else if (!isJsonEqual(left, right)) changes.push({ type: scope, action: "changed", field: field2, before: cloneJson(left) ?? null, after: cloneJson(right) ?? null });
  }
  return changes;
}

// src/emulator/fields.ts
function readRequestBody(body) {
  if (body === void 0 || body === null) return {};
  if (!isRecord(body)) {
    throw validationError(null, `Invalid data. Expected a dictionary, but got ${describePythonType(body)}.`);
  }
  return body;
}
function hasField(body, key) {
  return Object.hasOwn(body, key);
}
function pathOf(key, options) {
  return options.path ?? [key];
}
function readPresent(body, key, options) {
  if (!hasField(body, key)) {
    if (options.required) throw validationError(pathOf(key, options), "This field is required.", "required");
    return { present: false };
  }
  const value = body[key];
  if (value === null && !options.allowNull) throw validationError(pathOf(key, options), "This field may not be null.", "null");
  return { present: true, value };
}
var PYTHON_EDGE_SPACE = /^[\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+|[\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/gu;
function readString(body, key, options = {}) {
  const read = readPresent(body, key, options);
  if (!read.present) return void 0;
  return coerceString(read.value, pathOf(key, options), options);
}
function coerceString(value, path, options = {}) {
  if (value === null) {
    if (options.allowNull) return null;
    throw validationError(path, "This field may not be null.", "null");
  }
  if (typeof value !== "string" && typeof value !== "number") throw validationError(path, "Not a valid string.", "invalid");
  let text = String(value);
  if (options.trim !== false) text = text.replace(PYTHON_EDGE_SPACE, "");
  if (text === "" && !options.allowBlank) throw validationError(path, "This field may not be blank.", "blank");
  if (options.maxLength !== void 0 && [...text].length > options.maxLength) {
    throw validationError(path, options.maxLengthMessage ?? `Ensure this field has no more than ${options.maxLength} characters.`, "max_length");
  }
  return text;
}
var TRUE_VALUES = /* @__PURE__ */ new Set(["t", "T", "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON", "1", 1, true]);
var FALSE_VALUES = /* @__PURE__ */ new Set(["f", "F", "n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF", "0", 0, false]);
function readBoolean(body, key, options = {}) {
  const read = readPresent(body, key, options);
  if (!read.present) return void 0;
  if (read.value === null) return null;
  if (TRUE_VALUES.has(read.value)) return true;
  if (FALSE_VALUES.has(read.value)) return false;
  throw validationError(pathOf(key, options), "Must be a valid boolean.", "invalid");
}
function readInteger(body, key, options = {}) {
  const read = readPresent(body, key, options);
  if (!read.present) return void 0;
  if (read.value === null) return null;
  return coerceInteger(read.value, pathOf(key, options), options);
}
function coerceInteger(value, path, options = {}) {
  let number;
  if (typeof value === "number" && Number.isInteger(value)) number = value;
  if (typeof value === "string" && /^\s*-?\d+(\.0*)?\s*$/.test(value)) number = Number.parseInt(value, 10);
  if (number === void 0) throw validationError(path, "A valid integer is required.", "invalid");
  if (options.min !== void 0 && number < options.min) {
    throw validationError(path, `Ensure this value is greater than or equal to ${options.min}.`, "min_value");
  }
  if (options.max !== void 0 && number > options.max) {
    throw validationError(path, `Ensure this value is less than or equal to ${options.max}.`, "max_value");
  }
  return number;
}
function readChoice(body, key, choices, options = {}) {
  const read = readPresent(body, key, options);
  if (!read.present) return void 0;
  if (read.value === null) return null;
  const match = choices.find((choice) => choice === read.value || String(choice) === String(read.value));
  if (match === void 0) throw validationError(pathOf(key, options), `"${String(read.value)}" is not a valid choice.`, "invalid_choice");
  return match;
}
function readObject(body, key, options = {}) {
  const read = readPresent(body, key, options);
  if (!read.present) return void 0;
  if (read.value === null) return null;
  if (!isRecord(read.value)) {
    throw validationError(pathOf(key, options), `Expected a dictionary of items but got type "${describePythonType(read.value)}".`, "not_a_dict");
  }
  return read.value;
}
function readList(body, key, options = {}) {
  const read = readPresent(body, key, options);
  if (!read.present) return void 0;
  if (read.value === null) return null;
  if (!Array.isArray(read.value)) {
    throw validationError(pathOf(key, options), `Expected a list of items but got type "${describePythonType(read.value)}".`, "not_a_list");
  }
  return read.value;
}
function readJson(body, key, options = {}) {
  const read = readPresent(body, key, { ...options, allowNull: true });
  return read.present ? read.value : void 0;
}
function isTruthy(value) {
  if (value === null || value === void 0 || value === false || value === 0 || value === "") return false;
  if (Array.isArray(value)) return value.length > 0;
  if (isRecord(value)) return Object.keys(value).length > 0;
  return true;
}
function parseBooleanText(value) {
  return ["y", "yes", "t", "true", "on", "1"].includes(String(value).trim().toLowerCase());
}
function parseIntegerId(segment) {
  if (segment === void 0 || !/^\d+$/.test(segment)) return void 0;
  const value = Number.parseInt(segment, 10);
  return Number.isSafeInteger(value) ? value : void 0;
}
function isUuid(segment) {
  return segment !== void 0 && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(segment);
}
function parseJsonListParam(raw) {
  if (raw === null || raw === "") return [];
  try {
    const parsed = JSON.parse(raw);
    return Array.isArray(parsed) ? parsed.map(String) : [String(parsed)];
  } catch {
    return [raw];
  }
}

// src/emulator/resources/activity-scopes-more.ts
function rowsOf(list) {
  return list ?? [];
}
function alertInsight(row, project) {
  return project.insights.find((insight) => insight.id === row.insight_id);
}
function alertModel(row, project) {
  const { insight_id: _insight, subscribed_user_ids: _subscribers, threshold, ...fields } = row;
  const insight = alertInsight(row, project);
  return { ...fields, insight: insight === void 0 ? null : { id: insight.id, short_id: insight.short_id }, threshold: isRecord(threshold) ? threshold.id : null };
}
function alertContext(row, project, alertName = "Alert") {
  const insight = alertInsight(row, project);
  return { insight_id: row.insight_id ?? null, insight_short_id: insight?.short_id ?? null, insight_name: insight?.name ?? null, alert_id: null, alert_name: alertName ?? null };
}
function thresholdEntries(before, after, project) {
  if (!isRecord(before.threshold) || !isRecord(after.threshold) || before.threshold.id !== after.threshold.id) return [];
  const changes = changesBetween({ scope: "Threshold", exclusions: [] }, before.threshold, after.threshold);
  if (changes.length === 0) return [];
  return [{ activity: "updated", detail: { name: null, short_id: null, type: "threshold_change", changes, trigger: null, context: alertContext(after, project, after.name) } }];
}
function endpointModel(row) {
  return { name: row.name, is_active: row.is_active, deleted: row.deleted, derived_from_insight: row.derived_from_insight, current_version: row.current_version };
}
function versionsOf(row) {
  return Array.isArray(row.versions) ? row.versions : [];
}
function endpointVersionEntries(before, after) {
  const detail = (changes, version) => ({ name: after.name, short_id: null, type: null, changes, trigger: null, context: { id: null, version } });
  const previous = new Map(versionsOf(before).map((version) => [version.version, version]));
  if (after.current_version !== before.current_version) {
    const old = previous.get(before.current_version);
    const next = versionsOf(after).find((version) => version.version === after.current_version);
    return [{ activity: "version_created", detail: detail([{ type: "EndpointVersion", action: "changed", field: "query", before: old?.query ?? null, after: next?.query ?? null }], after.current_version) }];
  }
  return versionsOf(after).flatMap((version) => {
    const old = previous.get(version.version);
    const changes = old === void 0 ? [] : changesBetween({ scope: "EndpointVersion", exclusions: ["saved_query"] }, old, version);
    return changes.length === 0 ? [] : [{ activity: "version_updated", scope: "EndpointVersion", detail: detail(changes, version.version) }];
  });
}
function batchExportModel(row) {
  const { destination: _destination, backfills: _backfills, ...fields } = row;
  return fields;
}
function destinationType(row) {
  return isRecord(row.destination) && typeof row.destination.type === "string" ? row.destination.type : "unknown";
}
var MORE_LOGGED = {
  hog_flows: {
    scope: "HogFlow",
    rows: (project) => rowsOf(project.hogFlows),
    exclusions: [],
    name: (row) => row.name,
    // `Detail(name, type="standard")` on create only; updates and deletes name no type.
    type: (_row, activity) => activity === "created" ? "standard" : null,
    createdChanges: null
  },
  session_recording_playlists: {
    scope: "SessionRecordingPlaylist",
    rows: (project) => rowsOf(project.sessionRecordingPlaylists),
    exclusions: [],
    lookup: (row) => row.short_id,
    name: (row) => row.name || row.derived_name,
    shortId: (row) => row.short_id,
    namedOnly: true,
    createdChanges: null,
    model: (row) => {
      const { synthetic: _synthetic, ...fields } = row;
      return fields;
    }
  },
  batch_exports: {
    scope: "BatchExport",
    rows: (project) => rowsOf(project.batchExports),
    exclusions: ["latest_runs", "last_updated_at", "last_paused_at", "batchexportrun_set", "batchexportbackfill_set"],
    renamed: { paused: "enabled" },
    name: (row) => `'${String(row.name || "Unnamed Export")}' (${destinationType(row)})`,
    context: (row) => ({ name: row.name || "Unnamed Export", destination_type: destinationType(row), interval: row.interval ?? "", created_by_user_id: null, created_by_user_email: null, created_by_user_name: null }),
    createdChanges: [],
    model: batchExportModel,
    signal: true,
    deleteSaves: true
  },
  alerts: {
    scope: "AlertConfiguration",
    rows: (project) => rowsOf(project.alerts),
    exclusions: ["last_checked_at", "next_check_at", "is_calculating", "last_notified_at", "last_error_at"],
    name: (row, project) => row.name || `Alert for ${String(alertInsight(row, project)?.name ?? null)}`,
    context: (row, project) => alertContext(row, project),
    createdChanges: [],
    model: alertModel,
    unencodable: ["threshold"],
    related: thresholdEntries,
    signal: true,
    deleteUnlogged: true
  },
  endpoints: {
    scope: "Endpoint",
    // Live endpoints only: a name can be reused once its endpoint is soft-deleted, and the view then logs `deleted`.
    rows: (project) => rowsOf(project.endpoints).filter((row) => !row.deleted),
    exclusions: ["saved_query", "current_version"],
    lookup: (row) => row.name,
    name: (row) => row.name,
    createdChanges: null,
    model: endpointModel,
    related: endpointVersionEntries
  }
};

// src/emulator/resources/activity-scopes.ts
var EVENT_DEFINITION_EXCLUSIONS = ["eventdefinition_ptr_id", "_state", "deprecated_tags", "owner_id", "query_usage_30_day", "verified_at", "verified_by", "post_to_slack"];
var EVENT_DEFINITION_WRITABLE = {
  enterprise: ["owner", "description", "tags", "verified", "hidden", "post_to_slack", "default_columns", "enforcement_mode", "primary_property"],
  openSource: ["tags", "post_to_slack", "enforcement_mode", "primary_property"]
};
function eventDefinitionChanges(before, after, context) {
  const body = isRecord(context.body) ? context.body : {};
  const writable = context.settings.enterprise ? EVENT_DEFINITION_WRITABLE.enterprise : EVENT_DEFINITION_WRITABLE.openSource;
  const keys = Object.keys(body).filter((key) => writable.includes(key));
  const instance = before.base_only === true ? { ...before, description: "" } : before;
  const previous = {};
  const validated = {};
  for (const key of keys) {
    if (key !== "owner" && key !== "tags") previous[key] = cloneJson(instance[key]) ?? null;
    validated[key] = cloneJson(after[key]) ?? null;
  }
  previous.tags = [];
  if ("tags" in validated) validated.tags = Array.isArray(body.tags) ? body.tags.map((tag) => String(tag).trim()) : null;
  if ("owner" in validated) validated.owner = after.owner === null ? null : { first_name: EMULATOR_USER.first_name, email: EMULATOR_USER.email };
  return dictChangesBetween("EventDefinition", EVENT_DEFINITION_EXCLUSIONS, previous, validated);
}
function rowsOf2(list) {
  return list ?? [];
}
function routedInsight(project, id) {
  const numeric = parseIntegerId(id);
  const live = project.insights.filter((insight) => !insight.deleted);
  const found = live.find((insight) => insight.id === numeric) ?? live.find((insight) => insight.short_id === id);
  if (found === void 0) throw notFound();
  return found;
}
function annotationInsight(row, project) {
  const insight = project.insights.find((candidate) => candidate.id === row.dashboard_item);
  return insight === void 0 ? null : { id: insight.id, short_id: insight.short_id };
}
function annotationModel(row, project) {
  const { dashboard_id: dashboard, ...fields } = row;
  return { ...fields, dashboard_item: annotationInsight(row, project), dashboard: dashboard ?? null };
}
function annotationContext(row, project) {
  const insight = project.insights.find((candidate) => candidate.id === row.dashboard_item);
  const dashboard = project.dashboards.find((candidate) => candidate.id === row.dashboard_id);
  return {
    scope: row.scope ?? null,
    dashboard_id: row.dashboard_id ?? null,
    dashboard_name: dashboard?.name ?? null,
    dashboard_item_id: insight?.id ?? null,
    dashboard_item_short_id: insight?.short_id ?? null,
    dashboard_item_name: insight?.name ?? null,
    recording_id: null
  };
}
function withoutTags(row) {
  const { tags: _tags, ...fields } = row;
  return fields;
}
function withoutVersion(row) {
  const { version: _version, ...fields } = row;
  return fields;
}
function subscriptionName(row, project) {
  const insight = project.insights.find((candidate) => candidate.id === row.insight_id);
  if (insight !== void 0) return String(insight.name || insight.derived_name || "None");
  const dashboard = project.dashboards.find((candidate) => candidate.id === row.dashboard_id);
  if (dashboard !== void 0) return dashboard.name || "Dashboard";
  return row.title || (row.content_type === "ai_prompt" ? "AI report" : "Subscription");
}
function subscriptionModel(row, project) {
  const { content_type: _type, dashboard_export_insights: _exports, insight_id: insightId, dashboard_id: dashboard, integration_id: integration, ...fields } = row;
  const insight = project.insights.find((candidate) => candidate.id === insightId);
  return { ...fields, insight: insight === void 0 ? null : { id: insight.id, short_id: insight.short_id }, dashboard: dashboard ?? null, integration: integration ?? null };
}
var LOGGED = {
  feature_flags: {
    scope: "FeatureFlag",
    rows: (project) => rowsOf2(project.featureFlags),
    exclusions: ["is_simple_flag", "experiment", "featureflagoverride", "usage_dashboard", "analytics_dashboards"],
    name: (row) => row.key,
    createdChanges: null,
    routes: true
  },
  insights: {
    scope: "Insight",
    rows: (project) => rowsOf2(project.insights),
    exclusions: ["filters_hash", "refreshing", "dive_dashboard", "type", "funnel", "layouts", "color", "order", "result", "dashboard", "last_refresh", "saved", "is_sample", "refresh_attempt", "short_id", "insightviewed", "dashboardtile", "caching_states"],
    name: (row) => row.name ?? row.derived_name,
    shortId: (row) => row.short_id,
    createdChanges: null,
    routes: true,
    routeItem: routedInsight
  },
  cohorts: {
    scope: "Cohort",
    rows: (project) => rowsOf2(project.cohorts),
    exclusions: [],
    name: (row) => row.name,
    createdChanges: null,
    dictChanges: true,
    softDelete: { deleted: "deleted", restored: "restored" },
    routes: true
  },
  event_definitions: {
    scope: "EventDefinition",
    rows: (project) => rowsOf2(project.eventDefinitions),
    exclusions: EVENT_DEFINITION_EXCLUSIONS,
    name: (row) => row.name,
    createdChanges: null,
    updateActivity: "changed",
    updateChanges: eventDefinitionChanges
  },
  dashboards: {
    scope: "Dashboard",
    rows: (project) => rowsOf2(project.dashboards),
    exclusions: [],
    name: (row) => row.name,
    type: "dashboard",
    createdChanges: []
  },
  actions: {
    scope: "Action",
    rows: (project) => rowsOf2(project.actions),
    exclusions: ["bytecode", "bytecode_error", "is_calculating", "last_calculated_at", "embedding_last_synced_at", "embedding_version", "last_summarized_at", "action_steps", "events", "plugin_configs", "tagged_items", "survey"],
    name: (row) => row.name,
    createdChanges: [],
    // handle_action_change logs `user=after_update.created_by`, not the requesting user.
    user: (row) => isRecord(row.created_by) ? cloneJson(row.created_by) : null,
    softDelete: { deleted: "deleted", restored: "updated" },
    signal: true
  },
  experiments: {
    scope: "Experiment",
    rows: (project) => rowsOf2(project.experiments),
    exclusions: ["feature_flag", "exposure_cohort", "holdout", "saved_metrics", "experimenttosavedmetric_set"],
    name: (row) => row.name,
    createdChanges: [],
    softDelete: { deleted: "deleted", restored: "restored" },
    signal: true
  },
  experiment_holdouts: {
    scope: "ExperimentHoldout",
    logScope: "Experiment",
    rows: (project) => rowsOf2(project.holdouts),
    exclusions: [],
    name: (row) => row.name,
    type: "holdout",
    createdChanges: [],
    signal: true
  },
  experiment_saved_metrics: {
    scope: "ExperimentSavedMetric",
    logScope: "Experiment",
    rows: (project) => rowsOf2(project.savedMetrics),
    exclusions: ["experiments", "experimenttosavedmetric_set"],
    name: (row) => row.name,
    type: "shared_metric",
    createdChanges: [],
    model: withoutTags,
    signal: true
  },
  annotations: {
    scope: "Annotation",
    rows: (project) => rowsOf2(project.annotations),
    exclusions: [],
    name: (row) => row.content,
    context: annotationContext,
    createdChanges: [],
    model: annotationModel,
    unencodable: ["dashboard"],
    signal: true
  },
  subscriptions: {
    scope: "Subscription",
    rows: (project) => rowsOf2(project.subscriptions),
    exclusions: [],
    name: subscriptionName,
    createdChanges: [],
    model: subscriptionModel,
    masked: ["target_value"],
    unencodable: ["dashboard", "integration"],
    signal: true
  },
  surveys: {
    scope: "Survey",
    rows: (project) => rowsOf2(project.surveys),
    exclusions: [],
    name: (row) => row.name,
    createdChanges: null,
    routes: true
  },
  "logs/alerts": {
    scope: "LogsAlertConfiguration",
    rows: (project) => rowsOf2(project.logsAlerts),
    exclusions: [],
    name: (row) => row.name,
    createdChanges: [],
    signal: true,
    deleteUnlogged: true
  },
  "logs/sampling_rules": {
    scope: "LogsExclusionRule",
    rows: (project) => rowsOf2(project.logsSamplingRules),
    exclusions: [],
    name: (row) => row.name,
    createdChanges: [],
    model: withoutVersion,
    signal: true,
    deleteUnlogged: true
  },
  hog_functions: {
    scope: "HogFunction",
    rows: (project) => rowsOf2(project.hogFunctions),
    exclusions: ["bytecode", "icon_url"],
    name: (row) => row.name,
    type: (row) => typeof row.type === "string" && row.type !== "" ? row.type : "destination",
    createdChanges: null,
    masked: ["encrypted_inputs"],
    renamed: { execution_order: "priority" }
  },
  ...MORE_LOGGED
};

// src/emulator/resources/resource.ts
function ok(body) {
  return { status: 200, body };
}
function created(body) {
  return { status: 201, body };
}
function noContent() {
  return { status: 204 };
}

// src/emulator/resources/viewset.ts
function routeViewset(viewset) {
  return (context) => {
    const { id, action, method } = context;
    if (id === void 0) return routeCollection(viewset, context);
    const collectionAction = action === void 0 && Object.hasOwn(viewset.collectionActions ?? {}, id) ? viewset.collectionActions?.[id] : void 0;
    if (collectionAction !== void 0) {
      if (!collectionAction.methods.includes(method)) throw methodNotAllowed(method);
      return collectionAction.run(context);
    }
    const detail = viewset.detail;
    if (detail === void 0) throw endpointNotFound();
    return action === void 0 ? routeDetail(detail, context, id) : routeDetailAction(detail, context, id, action);
  };
}
function routeDetail(detail, context, id) {
  if (detail.retrieve === void 0 && detail.update === void 0 && detail.destroy === void 0) throw endpointNotFound();
  const handler = context.method === "GET" ? detail.retrieve : context.method === "PATCH" || context.method === "PUT" ? detail.update : context.method === "DELETE" ? detail.destroy : void 0;
  if (handler === void 0) throw methodNotAllowed(context.method);
  if (handler === "forbidden") throw destroyForbidden();
  return handler(context, detail.find(context, id));
}
function isRestoreRequest(context) {
  if (context.method !== "PATCH" && context.method !== "PUT") return false;
  const body = context.body;
  return isRecord(body) && hasField(body, "deleted") && body.deleted !== null && !parseBooleanText(body.deleted);
}
function findByIntegerId(records, segment) {
  const id = parseIntegerId(segment);
  const record2 = records.find((candidate) => candidate.id === id);
  if (record2 === void 0) throw notFound();
  return record2;
}
function routeCollection(viewset, context) {
  if (viewset.list === void 0 && viewset.create === void 0) throw endpointNotFound();
  const handler = context.method === "GET" ? viewset.list : context.method === "POST" ? viewset.create : void 0;
  if (handler === void 0) throw methodNotAllowed(context.method);
  return handler(context);
}
function routeDetailAction(detail, context, id, action) {
  const route = Object.hasOwn(detail.actions ?? {}, action) ? detail.actions?.[action] : void 0;
  if (route === void 0) throw endpointNotFound();
  if (!route.methods.includes(context.method)) throw methodNotAllowed(context.method);
  return route.run(context, detail.find(context, id));
}

// src/emulator/resources/activity-log.ts
function detailOf(logged, project, activity, row, changes) {
  return {
    name: logged.name(row, project) ?? null,
    short_id: logged.shortId?.(row) ?? null,
    type: (typeof logged.type === "function" ? logged.type(row, activity) : logged.type) ?? null,
    changes,
    trigger: null,
    context: logged.context?.(row, project) ?? null
  };
}
function record(project, logged, activity, row, changes) {
  if (logged.namedOnly && !logged.name(row, project)) return;
  push(project, logged, activity, row, detailOf(logged, project, activity, row, changes));
}
function push(project, logged, activity, row, detail, scope = logged.logScope ?? logged.scope) {
  const user = logged.user ? logged.user(row) : currentUser();
  (project.activity ??= []).push({
    id: randomUUID(),
    user,
    unread: false,
    organization_id: null,
    was_impersonated: false,
    is_system: user === null,
    activity,
    item_id: String(row.id),
    scope,
    detail,
    created_at: isoNow()
  });
}
function withActivityLog(segment, context, handle) {
  const logged = LOGGED[segment];
  if (logged && activityRouteScope(segment, context) !== void 0) return activityRoute(logged, context);
  if (!logged || context.method === "GET" || context.action !== void 0 && !logged.signal) return handle();
  const rows = () => logged.rows(context.project);
  const find = () => rows().find((row) => String(logged.lookup ? logged.lookup(row) : row.id) === context.id);
  const known = new Set(rows().map((row) => row.id));
  const before = context.id === void 0 ? void 0 : cloneJson(find());
  const response = handle();
  if (response.status >= 300) return response;
  const made = context.method === "POST" && (context.id === void 0 || logged.signal) ? rows().filter((candidate) => !known.has(candidate.id)) : [];
  if (made.length > 0 || context.id === void 0 && context.method === "POST") {
    for (const row of made) record(context.project, logged, "created", row, cloneJson(logged.createdChanges));
  } else if (before !== void 0 && (context.method === "PATCH" || context.method === "PUT" || context.method === "POST" && context.action !== void 0 || context.method === "DELETE" && logged.deleteSaves)) {
    const after = find();
    if (after) recordUpdate(context, logged, before, after);
  } else if (before !== void 0 && context.method === "DELETE" && !logged.deleteUnlogged && find() === void 0) {
    record(context.project, logged, "deleted", before, null);
  }
  return response;
}
function recordUpdate(context, logged, before, after) {
  const model = (row) => logged.model?.(row, context.project) ?? row;
  const changes = logged.updateChanges ? logged.updateChanges(before, after, context) : changesBetween(logged, model(before), model(after));
  const activity = updateActivity(logged, before, after);
  const dropped = activity === "updated" && changes.length === 0 || changes.some((change) => logged.unencodable?.includes(String(change.field)));
  if (!dropped) record(context.project, logged, activity, after, changes);
  for (const entry of logged.related?.(before, after, context.project) ?? []) push(context.project, logged, entry.activity, after, entry.detail, entry.scope);
}
function updateActivity(logged, before, after) {
  if (!logged.softDelete || Boolean(before.deleted) === Boolean(after.deleted)) return logged.updateActivity ?? "updated";
  return after.deleted ? logged.softDelete.deleted : logged.softDelete.restored;
}
function activityRouteScope(segment, route) {
  if (!LOGGED[segment]?.routes || route.method !== "GET" && route.method !== "HEAD") return void 0;
  const itemRoute = route.action === "activity" && route.id !== void 0;
  const collectionRoute = route.id === "activity" && route.action === void 0;
  return itemRoute || collectionRoute ? "activity_log" : void 0;
}
function activityRoute(logged, context) {
  const requested = context.action === "activity" ? context.id : void 0;
  const item = requested === void 0 || logged.routeItem === void 0 ? requested : String(logged.routeItem(context.project, requested).id);
  if (item !== void 0 && !logged.rows(context.project).some((row) => String(row.id) === item)) return { status: 404 };
  const entries = [...context.project.activity ?? []].filter((entry) => entry.scope === (logged.logScope ?? logged.scope) && (item === void 0 || entry.item_id === item)).reverse();
  const limit = Number.parseInt(context.query.get("limit") ?? "10", 10);
  const number = Number.parseInt(context.query.get("page") ?? "1", 10);
  const results = entries.slice((number - 1) * limit, number * limit).map(entrySummary);
  const link = (at) => {
    const next = new URL(context.requestUrl);
    next.searchParams.set("page", String(at));
    next.searchParams.set("limit", String(limit));
    return next.toString();
  };
  return ok({ results, next: number * limit < entries.length ? link(number + 1) : null, previous: number > 1 ? link(number - 1) : null, total_count: entries.length });
}
function entrySummary(entry) {
  const user = entry.is_system || entry.user === null ? { first_name: "System", email: null, is_system: true } : { first_name: entry.user.first_name, email: entry.user.email };
  const { changes, trigger, name, short_id, type } = entry.detail;
  return { id: entry.id, user, activity: entry.activity, scope: entry.scope, item_id: entry.item_id, detail: { changes, trigger, name, short_id, type }, created_at: entry.created_at };
}
function page(context, entries) {
  const url = context.requestUrl;
  const link = (params) => {
    const next = new URL(url);
    for (const [name, value] of Object.entries(params)) next.searchParams.set(name, value);
    return next.toString();
  };
  if (url.searchParams.has("page")) {
    const size = Math.min(1e3, Math.max(1, Number(url.searchParams.get("page_size")) || 100));
    const number = Number(url.searchParams.get("page"));
    if (!Number.isInteger(number) || number < 1 || (number - 1) * size >= Math.max(1, entries.length)) throw notFound("Invalid page.");
    const results2 = entries.slice((number - 1) * size, number * size);
    return { count: entries.length, next: number * size < entries.length ? link({ page: String(number + 1) }) : null, previous: number > 1 ? link({ page: String(number - 1) }) : null, results: results2 };
  }
  const offset = Number(Buffer.from(url.searchParams.get("cursor") ?? "", "base64").toString().replace(/^o=/, "")) || 0;
  const results = entries.slice(offset, offset + 100);
  const cursor = (at) => link({ cursor: Buffer.from(`o=${at}`).toString("base64") });
  return { next: offset + 100 < entries.length ? cursor(offset + 100) : null, previous: offset > 0 ? cursor(Math.max(0, offset - 100)) : null, results };
}
var activityLogResource = {
  segment: "activity_log",
  scopeObject: "activity_log",
  environmentsAlias: false,
  throttle: "default",
  handle: routeViewset({ list: listActivity })
};
function listActivity(context) {
  const query = context.query;
  const scopes = query.get("scopes")?.split(",");
  const entries = [...context.project.activity ?? []].filter((entry) => !query.get("user") || String(entry.user?.id) === query.get("user")).filter((entry) => !query.get("scope") || entry.scope === query.get("scope")).filter((entry) => !scopes || scopes.includes(entry.scope)).filter((entry) => !query.get("item_id") || entry.item_id === query.get("item_id")).reverse();
  return ok(page(context, entries));
}

// src/emulator/hogql/tables.ts
var field = (cls) => ({ kind: "field", class: cls });
var STRING = field("StringDatabaseField");
var INTEGER = field("IntegerDatabaseField");
var DATETIME = field("DateTimeDatabaseField");
var UUID = field("UUIDDatabaseField");
var BOOLEAN = field("BooleanDatabaseField");
var STRINGS = field("StringArrayDatabaseField");
var JSON_FIELD = { kind: "json" };
function groupColumns() {
  const columns = {};
  for (let index = 0; index < 5; index++) {
    columns[`$group_${index}`] = STRING;
    columns[`group_${index}`] = { kind: "join", table: "groups" };
    columns[`goe_${index}`] = { kind: "virtual", columns: { key: STRING, created_at: DATETIME, properties: JSON_FIELD } };
  }
  return columns;
}
var SESSION_COLUMNS = {
  session_id: STRING,
  team_id: INTEGER,
  distinct_id: STRING,
  $start_timestamp: DATETIME,
  $end_timestamp: DATETIME,
  $entry_current_url: STRING,
  $entry_pathname: STRING,
  $entry_hostname: STRING,
  $end_current_url: STRING,
  $end_pathname: STRING,
  $exit_current_url: STRING,
  $exit_pathname: STRING,
  $entry_referring_domain: STRING,
  $entry_utm_source: STRING,
  $entry_utm_campaign: STRING,
  $entry_utm_medium: STRING,
  $entry_utm_term: STRING,
  $entry_utm_content: STRING,
  $entry_gclid: STRING,
  $entry_fbclid: STRING,
  $last_external_click_url: STRING,
  $urls: STRINGS,
  $num_uniq_urls: INTEGER,
  $pageview_count: INTEGER,
  $autocapture_count: INTEGER,
  $screen_count: INTEGER,
  $session_duration: INTEGER,
  duration: INTEGER,
  $is_bounce: BOOLEAN,
  $channel_type: STRING
};
var TABLES = {
  events: {
    clickhouse: "events",
    columns: {
      uuid: UUID,
      event: STRING,
      properties: JSON_FIELD,
      timestamp: DATETIME,
      team_id: INTEGER,
      distinct_id: STRING,
      elements_chain: STRING,
      created_at: DATETIME,
      $session_id: STRING,
      $session_id_uuid: field("DatabaseField"),
      $window_id: STRING,
      person_mode: STRING,
      pdi: { kind: "join", table: "person_distinct_ids" },
      poe: { kind: "virtual", columns: { id: UUID, created_at: DATETIME, properties: JSON_FIELD } },
      person: { kind: "traverser", chain: ["pdi", "person"] },
      person_id: { kind: "traverser", chain: ["pdi", "person_id"] },
      session: { kind: "join", table: "sessions" },
      elements_chain_href: STRING,
      elements_chain_texts: STRINGS,
      elements_chain_ids: STRINGS,
      elements_chain_elements: STRINGS,
      ...groupColumns()
    }
  },
  persons: {
    clickhouse: "person",
    columns: { id: UUID, created_at: DATETIME, team_id: INTEGER, properties: JSON_FIELD, is_identified: BOOLEAN, pdi: { kind: "join", table: "person_distinct_ids" } }
  },
  person_distinct_ids: {
    clickhouse: "person_distinct_id2",
    columns: { distinct_id: STRING, person_id: UUID, team_id: INTEGER, person: { kind: "join", table: "persons" } }
  },
  groups: {
    clickhouse: "groups",
    columns: { index: INTEGER, team_id: INTEGER, key: STRING, created_at: DATETIME, updated_at: DATETIME, properties: JSON_FIELD }
  },
  sessions: { clickhouse: "raw_sessions", columns: SESSION_COLUMNS }
};

// src/emulator/hogql/functions.ts
var NAMES = `
count countIf countDistinct countDistinctIf countState countMerge sum sumIf sumState sumMerge avg avgIf avgState avgMerge
min minIf max maxIf any anyIf anyLast anyLastIf anyHeavy argMax argMaxIf argMin argMinIf uniq uniqIf uniqExact uniqExactIf
uniqHLL12 uniqCombined uniqCombined64 uniqTheta uniqUpTo uniqMerge uniqState median medianIf medianExact quantile quantileIf
quantiles quantilesIf quantileExact quantileTiming quantileDeterministic groupArray groupArrayIf groupUniqArray
groupUniqArrayIf groupArraySample groupArrayMovingSum groupBitAnd groupBitOr groupBitXor topK topKIf topKWeighted
stddevPop stddevSamp varPop varSamp corr covarPop covarSamp sumMap minMap maxMap avgWeighted simpleLinearRegression
windowFunnel retention sequenceMatch sequenceCount histogram boundingRatio sumCount sumWithOverflow deltaSum
row_number rank dense_rank lag lead lagInFrame leadInFrame first_value last_value nth_value ntile percent_rank cume_dist
now now64 today yesterday toDate toDate32 toDateTime toDateTime64 toDateOrNull toDateTimeOrNull toDateOrZero
toStartOfDay toStartOfWeek toStartOfMonth toStartOfQuarter toStartOfYear toStartOfHour toStartOfMinute
toStartOfFiveMinutes toStartOfTenMinutes toStartOfFifteenMinutes toStartOfSecond toStartOfInterval toMonday
toYear toQuarter toMonth toDayOfYear toDayOfMonth toDayOfWeek toHour toMinute toSecond toISOYear toISOWeek toWeek
toYearWeek toYYYYMM toYYYYMMDD toYYYYMMDDhhmmss toUnixTimestamp toUnixTimestamp64Milli fromUnixTimestamp
fromUnixTimestamp64Milli toTimeZone toTimezone timeZone timezone formatDateTime parseDateTimeBestEffort
parseDateTimeBestEffortOrNull parseDateTime64BestEffort parseDateTime64BestEffortOrNull dateDiff date_diff dateAdd
date_add dateSub date_sub dateTrunc date_trunc timeStampAdd timeStampSub addSeconds addMinutes addHours addDays
addWeeks addMonths addQuarters addYears subtractSeconds subtractMinutes subtractHours subtractDays subtractWeeks
subtractMonths subtractQuarters subtractYears toIntervalSecond toIntervalMinute toIntervalHour toIntervalDay
toIntervalWeek toIntervalMonth toIntervalQuarter toIntervalYear timeSlot age toRelativeDayNum toRelativeWeekNum
toRelativeMonthNum toRelativeHourNum toDayOfWeek toLastDayOfMonth
lower upper lowerUTF8 upperUTF8 length lengthUTF8 char_length empty notEmpty concat concatWithSeparator substring substr
substringUTF8 left right leftPad rightPad trim trimLeft trimRight trimBoth ltrim rtrim reverse repeat position
positionCaseInsensitive positionUTF8 locate startsWith endsWith replace replaceOne replaceAll replaceRegexpOne
replaceRegexpAll match like ilike notLike notILike extract extractAll extractAllGroups extractGroups multiMatchAny
multiSearchAny splitByChar splitByString splitByRegexp splitByWhitespace arrayStringConcat format toString
toStringCutToZero toFixedString base64Encode base64Decode tryBase64Decode hex unhex encodeURLComponent
decodeURLComponent encodeXMLComponent normalizeUTF8NFC initcap initcapUTF8 ngramDistance levenshteinDistance
domain domainWithoutWWW topLevelDomain protocol path pathFull queryString fragment extractURLParameter
extractURLParameters extractURLParameterNames cutQueryString cutFragment cutWWW cutURLParameter URLHierarchy
URLPathHierarchy netloc port
toInt toInt8 toInt16 toInt32 toInt64 toUInt8 toUInt16 toUInt32 toUInt64 toIntOrNull toIntOrZero toFloat toFloat32
toFloat64 toFloatOrNull toFloatOrZero toDecimal toDecimal32 toDecimal64 toBool toUUID toUUIDOrNull toTypeName
accurateCast accurateCastOrNull reinterpretAsString toJSONString JSONExtract JSONExtractString JSONExtractInt
JSONExtractUInt JSONExtractFloat JSONExtractBool JSONExtractRaw JSONExtractArrayRaw JSONExtractKeys
JSONExtractKeysAndValues JSONHas JSONLength JSONType isValidJSON visitParamExtractString
arrayJoin array arrayMap arrayFilter arrayExists arrayAll arrayFirst arrayFirstIndex arrayLast arrayCount arraySum
arrayAvg arrayMin arrayMax arraySort arrayReverseSort arrayReverse arrayDistinct arrayConcat arrayElement arraySlice
arrayPushBack arrayPushFront arrayPopBack arrayPopFront arrayCompact arrayEnumerate arrayEnumerateUniq arrayZip
arrayUniq arrayIntersect arrayFlatten arrayCumSum arrayDifference arrayResize arrayFold arraySplit arrayStringConcat
has hasAll hasAny hasSubstr indexOf countEqual emptyArrayString emptyArrayInt64 range
tuple tupleElement untuple map mapKeys mapValues mapContains
if multiIf coalesce ifNull nullIf isNull isNotNull assumeNotNull toNullable isFinite isInfinite isNaN
and or not xor equals notEquals less greater lessOrEquals greaterOrEquals in notIn
plus minus multiply divide intDiv intDivOrZero modulo moduloOrZero negate abs round roundBankers floor ceil ceiling
trunc truncate sqrt cbrt exp exp2 exp10 log ln log2 log10 pow power sign greatest least e pi sin cos tan asin acos atan
gcd lcm bitAnd bitOr bitXor bitNot bitShiftLeft bitShiftRight rand rand64 randCanonical generateUUIDv4
cityHash64 sipHash64 xxHash32 xxHash64 murmurHash3_32 murmurHash3_64 MD5 SHA1 SHA256 farmFingerprint64
toColumnTypeName dumpColumnStructure ignore materialize isIPv4String isIPv6String IPv4StringToNum IPv4NumToString
matchesAction sparkline recordingButton explainCSPReport hogql_lookupDomainType hogql_lookupPaidSourceType
hogql_lookupPaidDomainType hogql_lookupOrganicSourceType hogql_lookupOrganicDomainType lookupDomainType
lookupPaidSourceType lookupPaidDomainType lookupOrganicSourceType lookupOrganicDomainType
convertCurrency getSurveyResponse uniqueSurveySubmissionsFilter languageCodeToName
`;
var FUNCTION_NAMES = [...new Set(NAMES.split(/\s+/).filter((name) => name !== ""))];
var EXACT = new Set(FUNCTION_NAMES);
var FOLDED = new Set(FUNCTION_NAMES.map((name) => name.toLowerCase()));
function isKnownFunction(name) {
  return EXACT.has(name) || FOLDED.has(name.toLowerCase());
}
function closestFunction(name) {
  let best;
  for (const candidate of FUNCTION_NAMES) {
    const score = sequenceRatio(name, candidate);
    if (score < 0.6) continue;
    if (best === void 0 || score > best.score || score === best.score && candidate > best.candidate) best = { score, candidate };
  }
  return best?.candidate;
}
function sequenceRatio(a, b) {
  const total = a.length + b.length;
  return total === 0 ? 1 : 2 * matchedCharacters(a, 0, a.length, b, 0, b.length) / total;
}
function matchedCharacters(a, aLow, aHigh, b, bLow, bHigh) {
  let bestI = aLow;
  let bestJ = bLow;
  let bestSize = 0;
  let lengths = /* @__PURE__ */ new Map();
  for (let i = aLow; i < aHigh; i++) {
    const next = /* @__PURE__ */ new Map();
    for (let j = bLow; j < bHigh; j++) {
      if (a[i] !== b[j]) continue;
      const size = (lengths.get(j - 1) ?? 0) + 1;
      next.set(j, size);
      if (size > bestSize) {
        bestI = i - size + 1;
        bestJ = j - size + 1;
        bestSize = size;
      }
    }
    lengths = next;
  }
  if (bestSize === 0) return 0;
  return bestSize + matchedCharacters(a, aLow, bestI, b, bLow, bestJ) + matchedCharacters(a, bestI + bestSize, aHigh, b, bestJ + bestSize, bHigh);
}

// src/emulator/hogql/resolve.ts
var QueryError = class extends Error {
  node;
  internal;
  constructor(message, node, internal) {
    super(message);
    this.node = node;
    this.internal = internal;
  }
};
var isNode = (value) => typeof value === "object" && value !== null && typeof value.node === "string";
var children = (value) => Array.isArray(value) ? value.filter(isNode) : isNode(value) ? [value] : [];
var Resolver = class {
  /** PostHog's tables and, as `Database.create_for` adds them, the project's saved views. */
  tables;
  ctes = [];
  tableNames = /* @__PURE__ */ new Set();
  calls = [];
  constructor(views = {}) {
    this.tables = { ...views, ...TABLES };
  }
  /** A whole query (`hogQL`). */
  resolveQuery(query) {
    this.select(query);
    this.printCalls();
  }
  /** An expression on `SELECT <expr> FROM events` (`hogQLExpr`, `process_expr_on_table`). */
  resolveExpression(expr) {
    const scope = { tables: /* @__PURE__ */ new Map([["events", { kind: "table", name: "events" }]]), anonymous: [], aliases: /* @__PURE__ */ new Set() };
    this.expr(expr, scope);
    this.printCalls();
  }
  printCalls() {
    for (const call of this.calls.sort((a, b) => (a.start?.offset ?? 0) - (b.start?.offset ?? 0))) {
      const name = String(call.name);
      if (isKnownFunction(name)) continue;
      const close = closestFunction(name);
      throw new QueryError(close ? `Unsupported function call '${name}(...)'. Perhaps you meant '${close}(...)'?` : `Unsupported function call '${name}(...)'`, call);
    }
  }
  /** A SELECT (or set of SELECTs); returns the columns it exports. */
  select(node) {
    if (node.node === "SelectSetQuery") {
      const first = this.select(node.initial_select_query);
      for (const next of node.subsequent_select_queries ?? []) this.select(next.select_query);
      return first;
    }
    if (node.node !== "SelectQuery") {
      this.expr(node, { tables: /* @__PURE__ */ new Map(), anonymous: [], aliases: /* @__PURE__ */ new Set() });
      return /* @__PURE__ */ new Set();
    }
    const ctes = /* @__PURE__ */ new Map();
    this.ctes.push(ctes);
    try {
      const scope = { tables: /* @__PURE__ */ new Map(), anonymous: [], aliases: /* @__PURE__ */ new Set() };
      for (const cte of children(node.ctes)) {
        const expr = cte.expr;
        if (expr && (expr.node === "SelectQuery" || expr.node === "SelectSetQuery")) ctes.set(String(cte.name), this.select(expr));
        else {
          if (expr) this.expr(expr, scope);
          ctes.set(String(cte.name), /* @__PURE__ */ new Set());
        }
      }
      if (isNode(node.select_from)) this.join(node.select_from, scope);
      for (const key of ["array_join_list", "select", "where", "prewhere", "having", "group_by", "order_by", "limit_by", "limit", "offset", "window_exprs", "qualify"]) {
        const value = node[key];
        const items = key === "window_exprs" && typeof value === "object" && value !== null && !Array.isArray(value) ? Object.values(value) : value;
        for (const child2 of children(items)) this.expr(child2, scope);
      }
      return this.exportedColumns(node, scope);
    } finally {
      this.ctes.pop();
    }
  }
  exportedColumns(node, scope) {
    const columns = /* @__PURE__ */ new Set();
    for (const item of children(node.select)) {
      if (item.node === "Alias") columns.add(String(item.alias));
      else if (item.node === "Field") {
        const chain = item.chain;
        if (chain.length === 1 && chain[0] === "*") {
          for (const source of [...scope.tables.values(), ...scope.anonymous]) for (const column of this.columnsOf(source)) columns.add(column);
        } else columns.add(String(chain[chain.length - 1]));
      }
    }
    return columns;
  }
  columnsOf(source) {
    return source.kind === "table" ? Object.keys(this.tables[source.name].columns) : [...source.columns];
  }
  findCte(name) {
    for (let i = this.ctes.length - 1; i >= 0; i--) {
      const found = this.ctes[i].get(name);
      if (found) return found;
    }
    return void 0;
  }
  /** A JoinExpr chain: every table joins the scope before any ON constraint is resolved, as in PostHog. */
  join(node, scope) {
    const table = node.table;
    const alias = typeof node.alias === "string" ? node.alias : void 0;
    if (table?.node === "Field") {
      const chain = table.chain.map(String);
      const name = chain.join("__");
      const key = alias ?? name;
      if (scope.tables.has(key)) throw new QueryError(`Already have joined a table called "${key}". Can't redefine.`, node);
      const cte = this.findCte(chain.join("."));
      if (cte) scope.tables.set(key, { kind: "columns", alias: key, columns: cte });
      else if (chain.length === 1 && this.tables[chain[0]]) {
        scope.tables.set(key, { kind: "table", name: chain[0] });
        this.tableNames.add(chain[0]);
      } else throw new QueryError(`Unknown table "${chain.join(".")}".`, node);
    } else if (table && (table.node === "SelectQuery" || table.node === "SelectSetQuery")) {
      const columns = this.select(table);
      if (alias !== void 0) {
        if (scope.tables.has(alias)) throw new QueryError(`Already have joined a table called "${alias}". Can't join another one with the same name.`, node);
        scope.tables.set(alias, { kind: "columns", alias, columns });
      } else scope.anonymous.push({ kind: "columns", columns });
    } else if (table) {
      throw new QueryError(`A ${table.node} cannot be used as a SELECT source`, node);
    }
    if (isNode(node.next_join)) this.join(node.next_join, scope);
    const constraint = node.constraint;
    if (constraint && isNode(constraint.expr)) this.expr(constraint.expr, scope);
  }
  expr(node, scope) {
    switch (node.node) {
      case "SelectQuery":
      case "SelectSetQuery":
        this.select(node);
        return;
      case "Field":
        this.field(node, scope);
        return;
      case "Alias":
        if (isNode(node.expr)) this.expr(node.expr, scope);
        if (node.hidden !== true) scope.aliases.add(String(node.alias));
        return;
      case "Lambda": {
        const inner = { tables: /* @__PURE__ */ new Map(), anonymous: [], aliases: new Set(node.args.map(String)), lambda: true, parent: scope };
        if (isNode(node.expr)) this.expr(node.expr, inner);
        return;
      }
      case "Call":
        this.calls.push(node);
        break;
      case "Placeholder":
        return;
    }
    const nested = Object.entries(node).filter(([key]) => key !== "start" && key !== "end").flatMap(([, value]) => children(value));
    for (const child2 of nested.sort((a, b) => (a.start?.offset ?? 0) - (b.start?.offset ?? 0))) this.expr(child2, scope);
  }
  /** `visit_field`: a table alias first, then aliases and columns of the tables in scope, then CTEs. */
  field(node, scope) {
    const chain = node.chain.map(String);
    const name = chain[0];
    if (name === "*" && chain.length === 1) {
      const count = scope.tables.size + scope.anonymous.length;
      if (count === 0) throw new QueryError("Cannot use '*' when there are no tables in the query", node);
      if (count > 1) throw new QueryError("Cannot use '*' without table name when there are multiple tables in the query", node);
      return;
    }
    const table = chain.length > 1 ? scope.tables.get(name) : void 0;
    if (table) {
      this.descendSource(table, chain.slice(1), node);
      return;
    }
    let lookup = scope;
    while (lookup) {
      if (lookup.aliases.has(name)) return;
      const sources = [...lookup.tables.values(), ...lookup.anonymous].filter((source) => this.hasColumn(source, name));
      if (sources.length > 1) throw new QueryError(`Ambiguous query. Found multiple sources for field: ${name}`, node);
      if (sources.length === 1) {
        this.descendSource(sources[0], chain, node);
        return;
      }
      lookup = lookup.lambda ? lookup.parent : void 0;
    }
    if (this.findCte(name)) {
      if (chain.length > 1) throw new QueryError(`Cannot access fields on CTE ${name} yet`, node);
      return;
    }
    throw new QueryError(`Unable to resolve field: ${name}`, node);
  }
  hasColumn(source, name) {
    return source.kind === "table" ? Object.hasOwn(this.tables[source.name].columns, name) : source.columns.has(name);
  }
  descendSource(source, chain, node) {
    if (chain.length === 0) return;
    const [next] = chain;
    if (next === "*") return;
    if (source.kind === "columns") {
      if (!source.columns.has(next)) {
        if (source.alias) throw new QueryError(`Field ${next} not found on query with alias ${source.alias}`, node, "ResolutionError");
        throw new QueryError(`Column not found: ${next}`, node);
      }
      return;
    }
    this.descendTable(source.name, chain, node);
  }
  /** `BaseTableType.get_child` down the chain: lazy joins and virtual tables lead on, JSON takes any key. */
  descendTable(tableName, chain, node) {
    let columns = this.tables[tableName].columns;
    for (let i = 0; i < chain.length; i++) {
      const name = chain[i];
      if (name === "*") return;
      const column = Object.hasOwn(columns, name) ? columns[name] : void 0;
      if (column === void 0) throw new QueryError(`Field not found: ${name}`, node);
      if (column.kind === "json") return;
      if (column.kind === "traverser") {
        this.descendTable(tableName, [...column.chain, ...chain.slice(i + 1)], node);
        return;
      }
      if (column.kind === "field") {
        const property = chain[i + 1];
        if (property !== void 0) throw new QueryError(`Can not access property "${property}" on field "${name}" of type: ${column.class}`, node, "ResolutionError");
        return;
      }
      columns = column.kind === "join" ? this.tables[column.table].columns : column.columns;
    }
  }
};

// src/emulator/hogql/metadata.ts
var parser;
var loading;
function prepareHogQLParser() {
  loading ??= import("./hogql_parser_wasm-FTE2HZBM.js").then(async ({ default: create }) => {
    parser = await create();
  });
  return loading;
}
var HOG_LANGUAGES = ["hog", "hogJson", "hogQL", "hogQLExpr", "hogTemplate"];
function parse(kind, text) {
  if (parser === void 0) throw new Error("prepareHogQLParser() was not awaited");
  return JSON.parse(parser[kind](text));
}
var isFailure = (value) => value.error === true;
function parseSelectQuery(text) {
  const ast = parse("parseSelect", text);
  return isFailure(ast) ? { error: ast.message } : { ast };
}
function noticeOf(message, start, end) {
  const text = message.includes("mismatched input '<EOF>' expecting") ? "Unexpected end of query" : message;
  if (end !== void 0 && start !== void 0 && end > 0 && start > 0 && end < start) return { end: start, fix: null, message: text, start: end };
  return { end: end ?? null, fix: null, message: text, start: start ?? null };
}
function describeHogQLMetadata(query, views = {}) {
  const text = String(query.query);
  const language = String(query.language);
  const response = {
    ch_table_names: null,
    errors: [],
    isUsingIndices: null,
    isValid: true,
    notices: [],
    query: text,
    table_names: [],
    view_metadata: {},
    warnings: []
  };
  const errors = response.errors;
  const resolver = new Resolver(views);
  try {
    if (language === "hogQL") {
      const ast = parse("parseSelect", text);
      if (isFailure(ast)) throw ast;
      try {
        resolver.resolveQuery(ast);
      } finally {
        response.table_names = [...resolver.tableNames].sort();
      }
      response.ch_table_names = [...resolver.tableNames].flatMap((name) => Object.hasOwn(TABLES, name) ? [TABLES[name].clickhouse] : []).sort();
      response.isUsingIndices = "undecisive";
    } else if (language === "hogQLExpr") {
      const ast = parse("parseExpr", text);
      if (isFailure(ast)) throw ast;
      resolver.resolveExpression(ast);
    } else {
      const ast = parse(language === "hogTemplate" ? "parseFullTemplateString" : "parseProgram", language === "hogTemplate" ? `F'${text}` : text);
      if (isFailure(ast)) throw ast;
    }
  } catch (error) {
    response.isValid = false;
    if (error instanceof QueryError && error.internal !== void 0) errors.push({ end: null, fix: null, message: `Unexpected ${error.internal}`, start: null });
    else if (error instanceof QueryError) errors.push(noticeOf(error.message, error.node?.start?.offset, error.node?.end?.offset));
    else if (isRecord(error) && error.error === true) {
      const failure = error;
      const shift = language === "hogTemplate" ? 2 : 0;
      const start = failure.start?.offset;
      const end = failure.end?.offset;
      errors.push(noticeOf(failure.message, start !== void 0 && start > 0 ? start - shift : start, end !== void 0 && start !== void 0 && start > 0 ? end - shift : end));
    } else throw error;
  }
  return response;
}

// src/emulator/resources/ingestion.ts
import { randomUUID as randomUUID3 } from "node:crypto";

// src/emulator/resources/event-definitions.ts
import { randomUUID as randomUUID2 } from "node:crypto";

// src/emulator/pagination.ts
var DEFAULT_PAGE_SIZE = 100;
function readPositiveInt(raw, strict) {
  if (raw === null || !/^\s*\d+\s*$/.test(raw)) return void 0;
  const value = Number.parseInt(raw, 10);
  if (strict && value === 0) return void 0;
  return value;
}
function paginate(items, requestUrl, defaultLimit = DEFAULT_PAGE_SIZE) {
  const limit = readPositiveInt(requestUrl.searchParams.get("limit"), true) ?? defaultLimit;
  const offset = readPositiveInt(requestUrl.searchParams.get("offset"), false) ?? 0;
  const count = items.length;
  let next = null;
  if (offset + limit < count) {
    const url = new URL(requestUrl);
    url.searchParams.set("limit", String(limit));
    url.searchParams.set("offset", String(offset + limit));
    next = url.toString();
  }
  let previous = null;
  if (offset > 0) {
    const url = new URL(requestUrl);
    url.searchParams.set("limit", String(limit));
    if (offset - limit <= 0) url.searchParams.delete("offset");
    else url.searchParams.set("offset", String(offset - limit));
    previous = url.toString();
  }
  return { count, next, previous, results: items.slice(offset, offset + limit) };
}

// src/emulator/tags.ts
function readTags(body) {
  const list = readList(body, "tags", { allowNull: true });
  if (list === void 0 || list === null) return void 0;
  return normalizeTagNames(list);
}
function normalizeTagNames(names) {
  const normalized = /* @__PURE__ */ new Set();
  names.forEach((name, index) => {
    if (typeof name !== "string" && typeof name !== "number") throw validationError(["tags", index], "Not a valid string.", "invalid");
    const tag = String(name).trim().toLowerCase();
    if (tag.length > 255) throw validationError(["tags", index], "Ensure this field has no more than 255 characters.", "max_length");
    if (tag !== "") normalized.add(tag);
  });
  return [...normalized].sort();
}
function hasAnyTag(tags, wanted) {
  return wanted.some((tag) => tags.includes(tag.trim().toLowerCase()));
}
function applyBulkTagAction(current, action, tags) {
  if (action === "set") return [...tags].sort();
  if (action === "remove") return current.filter((tag) => !tags.includes(tag));
  return normalizeTagNames([...current, ...tags]);
}
function withoutTagWrites(body) {
  if (!isRecord(body) || !Object.hasOwn(body, "tags")) return body;
  const { tags: _tags, ...rest } = body;
  return rest;
}
function withTagsHidden(value) {
  if (Array.isArray(value)) return value.map(withTagsHidden);
  if (!isRecord(value)) return value;
  const out = {};
  for (const [key, member] of Object.entries(value)) out[key] = key === "tags" && Array.isArray(member) ? [] : withTagsHidden(member);
  return out;
}

// src/emulator/resources/bulk-tags.ts
function handleBulkTagUpdate(context, records, idOf, serialize3) {
  const body = readRequestBody(context.body);
  const ids = readList(body, "ids", { required: true }) ?? [];
  if (ids.length > 500) throw validationError("ids", "Ensure this field has no more than 500 elements.", "max_length");
  const action = readChoice(body, "action", ["add", "remove", "set"], { required: true });
  const rawTags = readList(body, "tags", { required: true }) ?? [];
  if (rawTags.length > 100) throw validationError("tags", "Ensure this field has no more than 100 elements.", "max_length");
  const tags = normalizeTagNames(rawTags);
  if (ids.length * tags.length > 1e4) throw validationError(null, "Too many tag assignments in one request (ids × tags must be at most 10000).");
  const updated = [];
  const skipped = [];
  for (const id of ids) {
    const record2 = records.find((candidate) => String(idOf(candidate)) === String(id));
    if (record2 === void 0) {
      skipped.push({ id, reason: "Not found or no edit access" });
      continue;
    }
    record2.tags = applyBulkTagAction(record2.tags, String(action), tags);
    updated.push({ id: idOf(record2), tags: serialize3(record2).tags });
  }
  return ok({ updated, skipped });
}

// src/emulator/resources/curation.ts
function applyCuration(definition, hidden, verified) {
  if (hidden === true) {
    definition.hidden = true;
    definition.verified = false;
    definition.verified_at = null;
    definition.verified_by = null;
  } else if (hidden === false) {
    definition.hidden = false;
  }
  if (verified === true) {
    if (!definition.verified) {
      definition.verified_at = isoNow();
      definition.verified_by = currentUser();
    }
    definition.verified = true;
    definition.hidden = false;
  } else if (verified === false) {
    definition.verified = false;
    definition.verified_at = null;
    definition.verified_by = null;
  }
  definition.updated_at = isoNow();
  definition.updated_by = currentUser();
}

// src/emulator/resources/event-definitions.ts
var eventDefinitionsResource = {
  segment: "event_definitions",
  scopeObject: "event_definition",
  environmentsAlias: false,
  throttle: "default",
  handle: routeViewset({
    list: listEventDefinitions,
    create: createEventDefinition,
    collectionActions: {
      bulk_update_tags: {
        methods: ["POST"],
        run: (context) => handleBulkTagUpdate(context, context.project.eventDefinitions, (definition) => definition.id, (definition) => serializeFor(context, definition))
      }
    },
    detail: {
      find: (context, id) => promoteEventDefinition(context, findEventDefinition(context.project, id)),
      retrieve: (context, definition) => ok(serializeFor(context, definition)),
      update: updateEventDefinition,
      destroy: destroyEventDefinition
    }
  })
};
function destroyEventDefinition({ project }, definition) {
  project.eventDefinitions = project.eventDefinitions.filter((candidate) => candidate !== definition);
  project.eventSchemas = project.eventSchemas.filter((schema) => schema.event_definition_id !== definition.id);
  return noContent();
}
function findEventDefinition(project, segment) {
  if (!isUuid(segment)) throw notFound("Event definition not found.");
  const definition = project.eventDefinitions.find((candidate) => candidate.id === segment.toLowerCase());
  if (definition === void 0) throw serverError();
  return definition;
}
function promoteEventDefinition(context, definition) {
  if (context.settings.enterprise && definition.base_only === true) {
    delete definition.base_only;
    definition.description = "";
  }
  return definition;
}
function serializeFor(context, definition) {
  return context.settings.enterprise ? serializeEventDefinition(definition) : serializeOpenSourceEventDefinition(definition);
}
function serializeOpenSourceEventDefinition(definition) {
  return {
    id: definition.id,
    name: definition.name,
    created_at: definition.created_at,
    last_seen_at: definition.last_seen_at,
    last_updated_at: definition.last_updated_at,
    tags: definition.tags,
    enforcement_mode: definition.enforcement_mode,
    primary_property: definition.primary_property,
    is_action: false,
    action_id: null,
    is_calculating: false,
    last_calculated_at: null,
    created_by: null,
    post_to_slack: false
  };
}
function serializeEventDefinition(definition) {
  return {
    id: definition.id,
    name: definition.name,
    owner: definition.owner === null ? null : { ...EMULATOR_USER },
    description: definition.description,
    tags: definition.tags,
    created_at: definition.created_at,
    updated_at: definition.updated_at,
    updated_by: definition.updated_by,
    last_seen_at: definition.last_seen_at,
    last_updated_at: definition.last_updated_at,
    verified: definition.verified,
    verified_at: definition.verified_at,
    verified_by: definition.verified_by,
    hidden: definition.hidden,
    is_action: false,
    action_id: null,
    is_calculating: false,
    last_calculated_at: null,
    created_by: null,
    post_to_slack: false,
    default_columns: definition.default_columns,
    enforcement_mode: definition.enforcement_mode,
    primary_property: definition.primary_property,
    media_preview_urls: []
  };
}
function newEventDefinition(name, origin = "api") {
  const now = isoNow();
  return {
    id: randomUUID2(),
    name,
    description: origin === "api" ? "" : null,
    tags: [],
    owner: null,
    verified: false,
    verified_at: null,
    verified_by: null,
    hidden: false,
    default_columns: [],
    enforcement_mode: "allow",
    primary_property: null,
    created_at: null,
    last_seen_at: null,
    last_updated_at: now,
    updated_at: now,
    updated_by: null,
    schema_version: 0,
    ...origin === "ingestion" ? { base_only: true } : {}
  };
}
var UNSUPPORTED_WITHOUT_ENTERPRISE = ["description", "verified", "hidden"];
var REJECT_MODE_MESSAGE = 'Setting schema enforcement mode to "reject" requires the schema-enforcement-reject feature flag';
function applyWritableFields(context, definition, body) {
  if (!context.settings.enterprise) {
    const unsupported = UNSUPPORTED_WITHOUT_ENTERPRISE.find((field2) => Object.hasOwn(body, field2));
    if (unsupported !== void 0) throw validationError(unsupported, "This field is not supported by this deployment.", "invalid");
  }
  const description = readString(body, "description", { allowNull: true, allowBlank: true });
  const tags = readTags(body);
  const owner = readInteger(body, "owner", { allowNull: true });
  if (owner !== void 0 && owner !== null && owner !== EMULATOR_USER.id) {
    throw validationError("owner", `Invalid pk "${owner}" - object does not exist.`, "does_not_exist");
  }
  const verified = readBoolean(body, "verified");
  const hidden = readBoolean(body, "hidden");
  const defaultColumns = readList(body, "default_columns", { allowNull: true });
  const enforcementMode = readChoice(body, "enforcement_mode", ["allow", "reject"]);
  const primaryProperty = readString(body, "primary_property", { allowNull: true, allowBlank: true, maxLength: 400 });
  readBoolean(body, "post_to_slack");
  if (verified === true && hidden === true) throw validationError(null, "An event cannot be both hidden and verified");
  if (enforcementMode === "reject") throw validationError(null, REJECT_MODE_MESSAGE);
  if (description !== void 0) definition.description = description;
  if (tags !== void 0) definition.tags = tags;
  if (owner !== void 0) definition.owner = owner;
  if (defaultColumns !== void 0) definition.default_columns = (defaultColumns ?? []).map(String);
  if (typeof enforcementMode === "string") definition.enforcement_mode = enforcementMode;
  if (primaryProperty !== void 0) definition.primary_property = primaryProperty;
  applyCuration(definition, hidden, verified);
}
function createEventDefinition(context) {
  const { project } = context;
  const body = readRequestBody(context.body);
  const name = readString(body, "name", { required: true, maxLength: 400 }) ?? "";
  if (project.eventDefinitions.some((definition2) => definition2.name === name)) {
    throw validationError("name", `Event definition with name '${name}' already exists`);
  }
  const definition = newEventDefinition(name);
  applyWritableFields(context, definition, body);
  project.eventDefinitions.push(definition);
  return created(serializeFor(context, definition));
}
function updateEventDefinition(context, definition) {
  applyWritableFields(context, definition, readRequestBody(context.body));
  return ok(serializeFor(context, definition));
}
function listEventDefinitions(context) {
  const { project, query } = context;
  let definitions = [...project.eventDefinitions];
  const search = query.get("search");
  if (search) {
    const terms = search.toLowerCase().split(/\s+/).filter(Boolean);
    definitions = definitions.filter((definition) => terms.every((term) => definition.name.toLowerCase().includes(term)));
  }
  const eventType = query.get("event_type");
  if (eventType !== null && eventType !== "event") {
    if (eventType === "event_custom") definitions = definitions.filter((definition) => !definition.name.startsWith("$"));
    else if (eventType === "event_posthog") definitions = definitions.filter((definition) => definition.name.startsWith("$"));
    else throw validationError("event_type", `"${eventType}" is not a valid choice.`, "invalid_choice");
  }
  const verified = query.get("verified");
  if (verified !== null) definitions = definitions.filter((definition) => definition.verified === parseBooleanText(verified));
  if (parseBooleanText(query.get("exclude_hidden") ?? "")) definitions = definitions.filter((definition) => !definition.hidden);
  const tags = parseJsonListParam(query.get("tags"));
  if (tags.length > 0) definitions = definitions.filter((definition) => hasAnyTag(definition.tags, tags));
  const names = query.getAll("names").flatMap((value) => value.split(",")).filter(Boolean);
  if (names.length > 0) definitions = definitions.filter((definition) => names.includes(definition.name));
  definitions.sort(compareByLastSeenThenName);
  const page2 = paginate(definitions, context.requestUrl);
  return ok({ ...page2, results: page2.results.map((definition) => serializeFor(context, definition)) });
}
function compareByLastSeenThenName(left, right) {
  const leftDate = left.last_seen_at?.slice(0, 10) ?? null;
  const rightDate = right.last_seen_at?.slice(0, 10) ?? null;
  if (leftDate !== rightDate) {
    if (leftDate === null) return -1;
    if (rightDate === null) return 1;
    return rightDate.localeCompare(leftDate);
  }
  return left.name.localeCompare(right.name);
}

// src/emulator/resources/persons.ts
function upsertPerson(project, distinctId, properties) {
  const persons = project.persons ??= [];
  let person = persons.find((candidate) => candidate.distinct_ids?.includes(distinctId));
  if (person === void 0) {
    person = { count: 1, properties: {}, distinct_ids: [distinctId] };
    persons.push(person);
  }
  Object.assign(person.properties, properties);
  return person;
}
var UnevaluableFilter = class extends Error {
};
function countMatchingPersons(project, properties) {
  for (const filter of properties) resolveCohorts(project, filter, /* @__PURE__ */ new Set());
  return (project.persons ?? []).reduce((total, person) => total + (properties.every((filter) => matchesFilter(project, person, filter, /* @__PURE__ */ new Set())) ? person.count : 0), 0);
}
function countPersons(project) {
  return (project.persons ?? []).reduce((total, person) => total + person.count, 0);
}
function matchesFilter(project, person, filter, visiting) {
  if (!isRecord(filter)) return false;
  if ((filter.type === "AND" || filter.type === "OR") && Array.isArray(filter.values)) {
    const results = filter.values.map((value) => matchesFilter(project, person, value, visiting));
    return filter.type === "AND" ? results.every(Boolean) : results.some(Boolean);
  }
  const negate = filter.negation === true;
  let matched;
  if (filter.type === "cohort" || filter.type === "precalculated-cohort" || filter.type === "static-cohort") {
    matched = inCohort(project, person, filter.value, visiting);
    if (filter.operator === "not_in") matched = !matched;
  } else if (filter.type === "person" || filter.type === void 0) {
    matched = matchesProperty(person.properties[String(filter.key)], filter.operator ?? "exact", filter.value);
  } else {
    matched = false;
  }
  return negate ? !matched : matched;
}
function resolveCohorts(project, filter, visiting) {
  if (!isRecord(filter)) return;
  if (Array.isArray(filter.values)) for (const value of filter.values) resolveCohorts(project, value, visiting);
  if (filter.type !== "cohort" && filter.type !== "precalculated-cohort" && filter.type !== "static-cohort") return;
  const cohort = findCohort(project, filter.value);
  if (visiting.has(cohort.id) || !isRecord(cohort.filters)) return;
  visiting.add(cohort.id);
  resolveCohorts(project, cohort.filters.properties, visiting);
}
function findCohort(project, id) {
  const cohort = project.cohorts.find((candidate) => String(candidate.id) === String(id) && !candidate.deleted);
  if (cohort === void 0) throw new UnevaluableFilter("Cohort matching query does not exist.");
  return cohort;
}
function inCohort(project, person, id, visiting) {
  const cohort = findCohort(project, id);
  if (cohort.is_static || visiting.has(cohort.id) || !isRecord(cohort.filters)) return false;
  visiting.add(cohort.id);
  try {
    return matchesFilter(project, person, cohort.filters.properties, visiting);
  } finally {
    visiting.delete(cohort.id);
  }
}
function matchesProperty(actual, operator, expected) {
  const set = actual !== void 0 && actual !== null;
  const text = set ? String(actual) : "";
  const values = (Array.isArray(expected) ? expected : [expected]).map((value) => String(value));
  const number = Number(actual);
  const bound = Number(expected);
  switch (operator) {
    case "is_set":
      return set;
    case "is_not_set":
      return !set;
    case "exact":
      return set && values.includes(text);
    case "is_not":
      return !set || !values.includes(text);
    case "icontains":
      return set && text.toLowerCase().includes(String(expected).toLowerCase());
    case "not_icontains":
      return !set || !text.toLowerCase().includes(String(expected).toLowerCase());
    case "regex":
      return set && safeRegex(String(expected))?.test(text) === true;
    case "not_regex":
      return !set || safeRegex(String(expected))?.test(text) !== true;
    case "gt":
      return set && number > bound;
    case "gte":
      return set && number >= bound;
    case "lt":
      return set && number < bound;
    case "lte":
      return set && number <= bound;
    case "is_date_before":
      return set && Date.parse(text) < Date.parse(String(expected));
    case "is_date_after":
      return set && Date.parse(text) > Date.parse(String(expected));
    default:
      return false;
  }
}
function safeRegex(pattern) {
  try {
    return new RegExp(pattern);
  } catch {
    return void 0;
  }
}

// src/emulator/resources/property-definitions.ts
var PROPERTY_TYPES = ["DateTime", "String", "Numeric", "Boolean", "Duration"];
var propertyDefinitionsResource = {
  segment: "property_definitions",
  scopeObject: "property_definition",
  environmentsAlias: false,
  throttle: "default",
  handle: routeViewset({
    list: listPropertyDefinitions,
    detail: {
      find: ({ project }, id) => findPropertyDefinition(project, id),
      retrieve: (_context, definition) => ok(serializePropertyDefinition(definition)),
      update: updatePropertyDefinition,
      destroy: ({ project }, definition) => {
        project.propertyDefinitions = project.propertyDefinitions.filter((candidate) => candidate !== definition);
        return noContent();
      }
    }
  })
};
function findPropertyDefinition(project, segment) {
  const definition = isUuid(segment) ? project.propertyDefinitions.find((candidate) => candidate.id === segment.toLowerCase()) : void 0;
  if (definition === void 0) throw notFound();
  return definition;
}
function serializePropertyDefinition(definition) {
  return {
    id: definition.id,
    name: definition.name,
    is_numerical: definition.is_numerical,
    property_type: definition.property_type,
    tags: definition.tags,
    is_seen_on_filtered_events: null,
    description: definition.description,
    updated_at: definition.updated_at,
    updated_by: definition.updated_by,
    verified: definition.verified,
    verified_at: definition.verified_at,
    verified_by: definition.verified_by,
    hidden: definition.hidden
  };
}
function updatePropertyDefinition(context, definition) {
  const body = readRequestBody(context.body);
  const description = readString(body, "description", { allowNull: true, allowBlank: true });
  const tags = readTags(body);
  const propertyType = readChoice(body, "property_type", PROPERTY_TYPES, { allowNull: true });
  const verified = readBoolean(body, "verified");
  const hidden = readBoolean(body, "hidden");
  if (verified === true && hidden === true) throw validationError(null, "A property cannot be both hidden and verified");
  if (description !== void 0) definition.description = description;
  if (tags !== void 0) definition.tags = tags;
  if (propertyType !== void 0) {
    definition.property_type = propertyType === null ? null : String(propertyType);
    definition.is_numerical = propertyType === "Numeric";
  }
  applyCuration(definition, hidden, verified);
  return ok(serializePropertyDefinition(definition));
}
function listPropertyDefinitions(context) {
  const { project, query } = context;
  const type = query.get("type") ?? "event";
  if (!["event", "person", "group", "session"].includes(type)) throw validationError("type", `"${type}" is not a valid choice.`, "invalid_choice");
  const groupIndexRaw = query.get("group_type_index");
  let groupIndex = null;
  if (type === "group") {
    if (groupIndexRaw === null || !/^[0-4]$/.test(groupIndexRaw)) throw validationError("group_type_index", "This field is required when type is group (0-4).");
    groupIndex = Number(groupIndexRaw);
  } else if (groupIndexRaw !== null) {
    throw validationError("group_type_index", "This field can only be set when type is group.");
  }
  let definitions = project.propertyDefinitions.filter((definition) => definition.type === type && (type !== "group" || definition.group_type_index === groupIndex));
  const search = query.get("search");
  if (search) definitions = definitions.filter((definition) => definition.name.toLowerCase().includes(search.toLowerCase()));
  const names = query.get("properties");
  if (names) definitions = definitions.filter((definition) => names.split(",").includes(definition.name));
  const numerical = query.get("is_numerical");
  if (numerical !== null) definitions = definitions.filter((definition) => definition.is_numerical === parseBooleanText(numerical));
  if (parseBooleanText(query.get("exclude_hidden") ?? "")) definitions = definitions.filter((definition) => !definition.hidden);
  definitions.sort((left, right) => left.name.localeCompare(right.name));
  const page2 = paginate(definitions, context.requestUrl);
  return ok({ ...page2, results: page2.results.map(serializePropertyDefinition) });
}

// src/emulator/resources/ingestion.ts
function ingestEvent(project, body) {
  const { event, properties, person_properties: personProperties, distinct_id: distinctId } = body;
  if (event !== void 0 && (typeof event !== "string" || event === "")) throw new TypeError("`event` must be a non-empty string.");
  if (distinctId !== void 0 && (typeof distinctId !== "string" || distinctId === "")) throw new TypeError("`distinct_id` must be a non-empty string.");
  if (properties !== void 0 && !isRecord(properties)) throw new TypeError("`properties` must be an object.");
  if (personProperties !== void 0 && !isRecord(personProperties)) throw new TypeError("`person_properties` must be an object.");
  const now = isoNow();
  let eventDefinition = null;
  if (typeof event === "string") {
    let definition = project.eventDefinitions.find((candidate) => candidate.name === event);
    if (definition === void 0) {
      definition = newEventDefinition(event, "ingestion");
      project.eventDefinitions.push(definition);
    }
    definition.created_at ??= now;
    definition.last_seen_at = now;
    eventDefinition = serializeEventDefinition(definition);
  }
  const propertyDefinitions = [
    ...Object.entries(properties ?? {}).map(([name, value]) => upsertProperty(project, "event", name, value)),
    ...Object.entries(personProperties ?? {}).map(([name, value]) => upsertProperty(project, "person", name, value))
  ];
  const person = typeof distinctId === "string" ? upsertPerson(project, distinctId, personProperties ?? {}) : void 0;
  return {
    event_definition: eventDefinition,
    property_definitions: propertyDefinitions.map(serializePropertyDefinition),
    ...person ? { person: { distinct_ids: person.distinct_ids ?? [], properties: person.properties } } : {}
  };
}
function seedPersons(projects, seeds) {
  for (const seed of seeds) {
    const project = projects.find((candidate) => candidate.id === (seed.projectId ?? projects[0]?.id));
    if (project === void 0) throw new Error(`person seed names unknown project ${String(seed.projectId)}`);
    const count = seed.count ?? 1;
    if (!Number.isInteger(count) || count < 0) throw new Error(`person seed count must be a whole number, got ${String(seed.count)}`);
    const properties = { ...seed.properties ?? {} };
    (project.persons ??= []).push({ count, properties });
    for (const [name, value] of Object.entries(properties)) upsertProperty(project, "person", name, value);
  }
}
function upsertProperty(project, type, name, value) {
  const existing = project.propertyDefinitions.find((candidate) => candidate.type === type && candidate.name === name);
  if (existing !== void 0) return existing;
  const propertyType = inferPropertyType(value);
  const definition = {
    id: randomUUID3(),
    name,
    type,
    group_type_index: null,
    is_numerical: propertyType === "Numeric",
    property_type: propertyType,
    tags: [],
    description: null,
    verified: false,
    verified_at: null,
    verified_by: null,
    hidden: false,
    updated_at: null,
    updated_by: null
  };
  project.propertyDefinitions.push(definition);
  return definition;
}
function inferPropertyType(value) {
  if (typeof value === "boolean") return "Boolean";
  if (typeof value === "number") return "Numeric";
  if (typeof value === "string") return /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) ? "DateTime" : "String";
  return null;
}

// src/emulator/resources/project-settings.ts
import { randomBytes, randomUUID as randomUUID4 } from "node:crypto";

// src/emulator/resources/team-config.ts
function readSampleRate(key, value) {
  if (value === null) return null;
  const text = typeof value === "number" || typeof value === "string" ? String(value).trim() : "";
  const match = /^[+-]?(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (match === null || match[1] === "" && (match[2] ?? "") === "" || !Number.isFinite(Number(text))) {
    throw validationError(key, "A valid number is required.", "invalid");
  }
  const fraction = match[2] ?? "";
  const exponent = Number(match[3] ?? "0") - fraction.length;
  const digits = `${match[1]}${fraction}`.replace(/^0+(?=\d)/, "");
  const significant = /^0+$/.test(digits) ? 1 : digits.length;
  const decimalPlaces = exponent >= 0 ? 0 : Math.abs(exponent);
  const totalDigits = exponent >= 0 ? significant + exponent : Math.max(significant, decimalPlaces);
  if (totalDigits > 3) throw validationError(key, "Ensure that there are no more than 3 digits in total.", "max_digits");
  if (decimalPlaces > 2) throw validationError(key, "Ensure that there are no more than 2 decimal places.", "max_decimal_places");
  if (totalDigits - decimalPlaces > 1) throw validationError(key, "Ensure that there are no more than 1 digits before the decimal point.", "max_whole_digits");
  const number = Number(text);
  if (number < 0) throw validationError(key, "Ensure this value is greater than or equal to 0.", "min_value");
  if (number > 1) throw validationError(key, "Ensure this value is less than or equal to 1.", "max_value");
  return number.toFixed(2);
}
var REPLAY_KEYS = ["record_canvas", "ai_config"];
var REPLAY_AI_KEYS = ["included_event_properties", "opt_in", "preferred_events", "excluded_events", "important_user_properties"];
function validateReplayConfig(key, value) {
  if (value === null) return;
  if (!Object.keys(value).every((name) => REPLAY_KEYS.includes(name))) {
    throw validationError(key, `Must provide a dictionary with only known keys. One or more of ${REPLAY_KEYS.join(", ")}.`);
  }
  const ai = value.ai_config;
  if (ai === void 0 || ai === null) return;
  if (!isRecord(ai)) throw validationError(key, "Must provide a dictionary or None.");
  if (!Object.keys(ai).every((name) => REPLAY_AI_KEYS.includes(name))) {
    throw validationError(key, `Must provide a dictionary with only allowed keys: ${REPLAY_AI_KEYS.join(", ")}.`);
  }
}
function mergeTeamConfig(key, stored, sent) {
  const both = isRecord(stored) && isRecord(sent);
  switch (key) {
    case "survey_config":
      return both ? { ...stored, ...sent } : sent;
    case "session_replay_config": {
      if (!both) return sent;
      const merged = { ...stored };
      for (const [name, value] of Object.entries(sent)) merged[name] = isRecord(stored[name]) && isRecord(value) ? { ...stored[name], ...value } : value;
      return merged;
    }
    case "modifiers":
      return isRecord(sent) ? { ...isRecord(stored) ? stored : {}, ...sent } : sent;
    case "revenue_analytics_config":
    case "customer_analytics_config":
    case "workflows_config":
    case "feature_flag_policy_config":
      return isRecord(sent) && Object.keys(sent).length > 0 ? { ...isRecord(stored) ? stored : {}, ...sent } : stored;
    case "marketing_analytics_config": {
      if (!isRecord(sent) || Object.keys(sent).length === 0) return stored;
      const base = isRecord(stored) ? stored : {};
      const merged = { ...base, ...sent };
      if (isRecord(sent.sources_map)) {
        const sources = { ...isRecord(base.sources_map) ? base.sources_map : {} };
        for (const [source, mapping] of Object.entries(sent.sources_map)) {
          if (mapping === null) delete sources[source];
          else sources[source] = mapping;
        }
        merged.sources_map = sources;
      }
      return merged;
    }
    default:
      return sent;
  }
}
function teamComputedFields(projectId) {
  return {
    secret_api_token: null,
    secret_api_token_backup: null,
    default_modifiers: { personsOnEventsMode: "person_id_override_properties_joined" },
    person_on_events_querying_enabled: false,
    live_events_token: `emulator-live-events-${projectId}`,
    product_intents: [],
    managed_viewsets: { revenue_analytics: false },
    available_setup_task_ids: ["ingest_first_event", "create_first_insight", "create_first_dashboard", "create_feature_flag", "create_experiment"],
    event_retention_months: 84,
    events_retention_enforced: false
  };
}

// src/emulator/resources/project-settings.ts
var EMULATOR_ORGANIZATION_ID = "0190b2f0-0000-7000-8000-0000000000aa";
var SETTINGS = {
  app_urls: { kind: "list", initial: [] },
  anonymize_ips: { kind: "boolean", initial: false },
  completed_snippet_onboarding: { kind: "boolean", initial: false },
  test_account_filters: { kind: "list", initial: [] },
  test_account_filters_default_checked: { kind: "nullableBoolean", initial: false },
  path_cleaning_filters: { kind: "nullableList", initial: [] },
  is_demo: { kind: "boolean", initial: false },
  timezone: { kind: "string", initial: "UTC" },
  data_attributes: { kind: "list", initial: ["data-attr"] },
  person_display_name_properties: { kind: "nullableList", initial: null },
  correlation_config: { kind: "nullableObject", initial: {} },
  autocapture_opt_out: { kind: "nullableBoolean", initial: false },
  autocapture_exceptions_opt_in: { kind: "nullableBoolean", initial: false },
  autocapture_web_vitals_opt_in: { kind: "nullableBoolean", initial: false },
  autocapture_web_vitals_allowed_metrics: { kind: "nullableList", initial: null },
  autocapture_exceptions_errors_to_ignore: { kind: "nullableList", initial: [] },
  capture_console_log_opt_in: { kind: "nullableBoolean", initial: true },
  capture_performance_opt_in: { kind: "nullableBoolean", initial: true },
  capture_dead_clicks: { kind: "nullableBoolean", initial: false },
  logs_settings: { kind: "json", initial: null },
  session_recording_opt_in: { kind: "boolean", initial: false },
  session_recording_sample_rate: { kind: "decimal", initial: null },
  session_recording_minimum_duration_milliseconds: { kind: "nullableInteger", initial: null },
  session_recording_linked_flag: { kind: "nullableObject", initial: null },
  session_recording_network_payload_capture_config: { kind: "nullableObject", initial: null },
  session_recording_masking_config: { kind: "nullableObject", initial: null },
  session_recording_url_trigger_config: { kind: "nullableList", initial: [] },
  session_recording_url_blocklist_config: { kind: "nullableList", initial: [] },
  session_recording_event_trigger_config: { kind: "nullableList", initial: [] },
  session_recording_trigger_match_type_config: { kind: "nullableString", initial: null, choices: ["all", "any", null] },
  session_recording_trigger_groups: { kind: "json", initial: null },
  session_recording_retention_period: { kind: "string", initial: "30d", choices: ["30d", "90d", "1y", "5y"] },
  session_replay_config: { kind: "nullableObject", initial: null },
  recording_domains: { kind: "nullableList", initial: [] },
  survey_config: { kind: "nullableObject", initial: null },
  surveys_opt_in: { kind: "nullableBoolean", initial: null },
  heatmaps_opt_in: { kind: "nullableBoolean", initial: null },
  cookieless_server_hash_mode: { kind: "nullableInteger", initial: 0, choices: [0, 1, 2, null] },
  week_start_day: { kind: "nullableInteger", initial: null, choices: [0, 1, null] },
  primary_dashboard: { kind: "nullableInteger", initial: null },
  live_events_columns: { kind: "nullableList", initial: null },
  human_friendly_comparison_periods: { kind: "nullableBoolean", initial: false },
  inject_web_apps: { kind: "nullableBoolean", initial: false },
  extra_settings: { kind: "nullableObject", initial: null },
  modifiers: { kind: "nullableObject", initial: null },
  has_completed_onboarding_for: { kind: "nullableObject", initial: null },
  onboarding_tasks: { kind: "nullableObject", initial: null },
  default_data_theme: { kind: "nullableInteger", initial: null },
  base_currency: { kind: "string", initial: "USD" },
  business_model: { kind: "nullableString", initial: null },
  flags_persistence_default: { kind: "nullableBoolean", initial: false },
  feature_flag_confirmation_enabled: { kind: "nullableBoolean", initial: false },
  feature_flag_confirmation_message: { kind: "nullableString", initial: "" },
  default_evaluation_contexts_enabled: { kind: "nullableBoolean", initial: false },
  require_evaluation_contexts: { kind: "nullableBoolean", initial: false },
  feature_flag_policy_config: { kind: "nullableObject", initial: { require_tags: false } },
  revenue_analytics_config: { kind: "nullableObject", initial: { base_currency: "USD", events: [], filter_test_accounts: false } },
  marketing_analytics_config: { kind: "nullableObject", initial: { sources_map: {}, conversion_goals: [] } },
  customer_analytics_config: { kind: "nullableObject", initial: {} },
  web_analytics_pre_aggregated_tables_enabled: { kind: "nullableBoolean", initial: false },
  receive_org_level_activity_logs: { kind: "nullableBoolean", initial: false },
  conversations_enabled: { kind: "nullableBoolean", initial: false },
  conversations_settings: { kind: "nullableObject", initial: null },
  proactive_tasks_enabled: { kind: "nullableBoolean", initial: false },
  workflows_config: { kind: "nullableObject", initial: { capture_workflows_engagement_events: false } }
};
var STRICT_CONFIG_KEYS = {
  session_recording_masking_config: { maskAllInputs: "boolean", maskTextSelector: "string", blockSelector: "string" },
  session_recording_network_payload_capture_config: { recordHeaders: "boolean", recordBody: "boolean" }
};
function createProjectState(id, name) {
  const settings = {};
  for (const [key, spec] of Object.entries(SETTINGS)) settings[key] = structuredClone(spec.initial);
  return {
    id,
    name,
    uuid: randomUUID4(),
    api_token: `phc_${randomBytes(21).toString("base64url")}`,
    created_at: isoNow(),
    settings,
    dashboards: [],
    tiles: [],
    texts: [],
    buttons: [],
    insights: [],
    featureFlags: [],
    actions: [],
    cohorts: [],
    endpoints: [],
    eventDefinitions: [],
    propertyDefinitions: [],
    propertyGroups: [],
    eventSchemas: [],
    experiments: [],
    holdouts: [],
    savedMetrics: []
  };
}
var ENVIRONMENT_ONLY = /* @__PURE__ */ new Set(["feature_flag_policy_config"]);
var projectSettingsResource = {
  segment: "",
  scopeObject: "project",
  environmentsAlias: false,
  throttle: "default",
  handle: (context) => routeDetail(settingsRoutes("project"), context, String(context.project.id))
};
var environmentRoutes = routeViewset({
  list: (context) => {
    const page2 = paginate([context.project], context.requestUrl);
    return ok({ ...page2, results: page2.results.map((project) => serializeProject(project, "environment")) });
  },
  detail: settingsRoutes("environment")
});
var environmentSettingsResource = {
  segment: "environments",
  scopeObject: "project",
  environmentsAlias: false,
  throttle: "default",
  handle(context) {
    const root = context.id === void 0 && !context.requestUrl.pathname.startsWith("/api/projects/");
    return root ? routeDetail(settingsRoutes("environment"), context, String(context.project.id)) : environmentRoutes(context);
  }
};
function settingsRoutes(route) {
  return {
    find: ({ project }, id) => {
      if (id !== String(project.id)) throw notFound();
      return project;
    },
    retrieve: ({ project }) => ok(serializeProject(project, route)),
    update: (context) => updateProject(context, route)
  };
}
function serializeProject(project, route) {
  const settings = Object.fromEntries(Object.entries(project.settings).filter(([key]) => route === "environment" || !ENVIRONMENT_ONLY.has(key)));
  return {
    id: project.id,
    uuid: project.uuid,
    organization: EMULATOR_ORGANIZATION_ID,
    project_id: project.id,
    api_token: project.api_token,
    name: project.name,
    created_at: project.created_at,
    updated_at: project.created_at,
    ingested_event: project.eventDefinitions.some((definition) => definition.last_seen_at !== null),
    access_control: false,
    effective_membership_level: 8,
    has_group_types: false,
    group_types: [],
    user_access_level: "admin",
    ...teamComputedFields(project.id),
    ...settings
  };
}
function updateProject(context, route) {
  const { project } = context;
  const body = readRequestBody(context.body);
  if (hasField(body, "access_control")) {
    throw validationError("access_control", "The access_control field is deprecated. Use access control settings instead.");
  }
  const name = readString(body, "name", { maxLength: 200 });
  const updates = {};
  for (const [key, spec] of Object.entries(SETTINGS)) {
    if (!hasField(body, key) || route === "project" && ENVIRONMENT_ONLY.has(key)) continue;
    updates[key] = readSetting(body, key, spec.kind, spec.choices);
  }
  validateDependentSettings(project, updates);
  if (name !== void 0 && name !== null) project.name = name;
  for (const [key, value] of Object.entries(updates)) project.settings[key] = mergeTeamConfig(key, project.settings[key], value);
  return ok(serializeProject(project, route));
}
function readSetting(body, key, kind, choices) {
  if (choices !== void 0) {
    const allowNull = choices.includes(null);
    return readChoice(body, key, choices.filter((choice) => choice !== null), { allowNull });
  }
  switch (kind) {
    case "boolean":
      return readBoolean(body, key);
    case "nullableBoolean":
      return readBoolean(body, key, { allowNull: true });
    case "string":
      return readString(body, key, { allowBlank: true });
    case "nullableString":
      return readString(body, key, { allowBlank: true, allowNull: true });
    case "nullableInteger":
      return readInteger(body, key, { allowNull: true });
    case "decimal":
      return readSampleRate(key, body[key]);
    case "list":
      return readList(body, key);
    case "nullableList":
      return readList(body, key, { allowNull: true });
    case "object":
      return readObject(body, key);
    case "nullableObject":
      return readObject(body, key, { allowNull: true });
    case "json":
      return body[key];
  }
}
function validateDependentSettings(project, updates) {
  for (const key of ["app_urls", "recording_domains"]) {
    const list = updates[key];
    if (!Array.isArray(list)) continue;
    updates[key] = list.filter((entry) => entry !== null).map((entry, index) => coerceString(entry, [key, index], { allowBlank: false }));
  }
  if (typeof updates.timezone === "string") {
    const zones = /* @__PURE__ */ new Set([...Intl.supportedValuesOf("timeZone"), "UTC"]);
    if (!zones.has(updates.timezone)) throw validationError("timezone", `"${updates.timezone}" is not a valid choice.`, "invalid_choice");
  }
  for (const [key, allowed] of Object.entries(STRICT_CONFIG_KEYS)) {
    const config = updates[key];
    if (!isRecord(config)) continue;
    for (const [field2, value] of Object.entries(config)) {
      const expected = allowed[field2];
      if (expected === void 0) throw validationError(key, `Unknown key in ${key}: ${field2}`);
      if (value !== null && typeof value !== expected) throw validationError(key, `${field2} must be a ${expected}`);
    }
  }
  if (hasField(updates, "session_replay_config")) validateReplayConfig("session_replay_config", updates.session_replay_config);
  const primary = updates.primary_dashboard;
  if (typeof primary === "number" && !project.dashboards.some((dashboard) => dashboard.id === primary && !dashboard.deleted)) {
    throw validationError("primary_dashboard", `Invalid pk "${primary}" - object does not exist.`, "does_not_exist");
  }
}

// src/emulator/resources/actions.ts
var STEP_TEXT_FIELDS = ["event", "selector", "tag_name", "text", "href", "url"];
var STRIPPED_STEP_FIELDS = /* @__PURE__ */ new Set(["selector", "url"]);
var MATCHING_FIELDS = { text_matching: "exact", href_matching: "exact", url_matching: "contains" };
var MATCHING_CHOICES = ["exact", "contains", "regex"];
var actionsResource = {
  segment: "actions",
  scopeObject: "action",
  environmentsAlias: false,
  throttle: "default",
  handle: routeViewset({
    list: ({ project }) => listActions(project),
    create: createAction,
    detail: {
      find: ({ project }, id) => findByIntegerId(project.actions, id),
      retrieve: ({ project }, action) => ok(serializeAction(project, action)),
      update: updateAction,
      destroy: "forbidden"
    }
  })
};
function serializeAction(project, action) {
  return {
    id: action.id,
    name: action.name,
    description: action.description,
    tags: action.tags,
    post_to_slack: action.post_to_slack,
    slack_message_format: action.slack_message_format,
    steps: action.steps,
    created_at: action.created_at,
    created_by: action.created_by,
    deleted: action.deleted,
    is_calculating: false,
    last_calculated_at: action.last_calculated_at,
    team_id: project.id,
    is_action: true,
    bytecode_error: null,
    pinned_at: action.pinned_at,
    creation_context: null,
    user_access_level: "editor"
  };
}
function readSteps(body) {
  const steps = readList(body, "steps", { allowNull: true });
  if (steps === void 0) return void 0;
  return (steps ?? []).map((step, index) => {
    if (!isRecord(step)) throw validationError(["steps", index], `Invalid data. Expected a dictionary, but got ${describePythonType(step)}.`);
    const normalized = {};
    for (const field2 of STEP_TEXT_FIELDS) {
      normalized[field2] = hasField(step, field2) ? coerceString(step[field2], ["steps", index, field2], { allowNull: true, trim: STRIPPED_STEP_FIELDS.has(field2) }) : null;
    }
    normalized.selector_regex = null;
    const properties = step.properties ?? null;
    if (properties !== null && !Array.isArray(properties)) {
      throw validationError(["steps", index, "properties"], `Expected a list of items but got type "${describePythonType(properties)}".`, "not_a_list");
    }
    normalized.properties = properties;
    for (const [field2, fallback] of Object.entries(MATCHING_FIELDS)) {
      const value = step[field2];
      if (value !== void 0 && value !== null && !MATCHING_CHOICES.includes(String(value))) {
        throw validationError(["steps", index, field2], `"${String(value)}" is not a valid choice.`, "invalid_choice");
      }
      const subject = normalized[field2.replace("_matching", "")];
      normalized[field2] = value ?? (subject === null ? null : fallback);
    }
    return normalized;
  });
}
function readActionFields(project, body, existing) {
  const fields = {};
  const name = readString(body, "name", { required: existing === void 0, allowNull: true, maxLength: 400 });
  if (name !== void 0) {
    const clash = project.actions.find((action) => action !== existing && !action.deleted && action.name === name);
    if (clash !== void 0) throw validationError("name", `This project already has an action with this name, ID ${clash.id}`, "unique");
    fields.name = name;
  }
  const description = readString(body, "description", { allowBlank: true });
  if (description !== void 0 && description !== null) fields.description = description;
  const tags = readTags(body);
  if (tags !== void 0) fields.tags = tags;
  const postToSlack = readBoolean(body, "post_to_slack");
  if (postToSlack !== void 0 && postToSlack !== null) fields.post_to_slack = postToSlack;
  const format = readString(body, "slack_message_format", { allowBlank: true, maxLength: 1200 });
  if (format !== void 0 && format !== null) fields.slack_message_format = format;
  const steps = readSteps(body);
  if (steps !== void 0) fields.steps = steps;
  if (hasField(body, "pinned_at")) fields.pinned_at = isTruthy(body.pinned_at) ? isoNow() : null;
  const deleted = readBoolean(body, "deleted");
  if (deleted !== void 0 && deleted !== null) fields.deleted = deleted;
  readString(body, "_create_in_folder", { allowBlank: true });
  return fields;
}
function createAction(context) {
  const { project, state } = context;
  const fields = readActionFields(project, readRequestBody(context.body), void 0);
  const now = isoNow();
  const action = {
    id: allocateId(state, "action"),
    name: null,
    description: "",
    tags: [],
    post_to_slack: false,
    slack_message_format: "",
    steps: [],
    pinned_at: null,
    deleted: false,
    created_at: now,
    created_by: currentUser(),
    last_calculated_at: now,
    ...fields
  };
  project.actions.push(action);
  return created(serializeAction(project, action));
}
function updateAction(context, action) {
  Object.assign(action, readActionFields(context.project, readRequestBody(context.body), action));
  return ok(serializeAction(context.project, action));
}
function listActions(project) {
  const actions = project.actions.filter((action) => !action.deleted).sort((left, right) => right.last_calculated_at.localeCompare(left.last_calculated_at) || (left.name ?? "").localeCompare(right.name ?? ""));
  return ok({ count: actions.length, results: actions.map((action) => serializeAction(project, action)) });
}

// src/emulator/resources/alerts.ts
import { randomUUID as randomUUID5 } from "node:crypto";

// src/emulator/resources/alert-validation.ts
function pythonRepr(value) {
  if (value === null || value === void 0) return "None";
  if (typeof value === "boolean") return value ? "True" : "False";
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return `'${value.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
  if (Array.isArray(value)) return `[${value.map(pythonRepr).join(", ")}]`;
  return `{${Object.entries(value).map(([key, member]) => `${pythonRepr(key)}: ${pythonRepr(member)}`).join(", ")}}`;
}
var CONDITION_TYPES = ["absolute_value", "relative_increase", "relative_decrease"];
var THRESHOLD_TYPES = ["absolute", "percentage"];
var NON_TIME_SERIES = ["BoldNumber", "ActionsPie", "ActionsBarValue", "ActionsTable", "WorldMap"];
var WRAPPERS = ["DataTableNode", "DataVisualizationNode", "InsightVizNode"];
function hasOnly(value, allowed) {
  return Object.keys(value).every((key) => allowed.includes(key));
}
function isOptionalNumber(value) {
  return value === void 0 || value === null || typeof value === "number";
}
function parseThreshold(value) {
  if (!isRecord(value) || !hasOnly(value, ["type", "bounds"]) || !THRESHOLD_TYPES.includes(String(value.type))) return void 0;
  const bounds = value.bounds;
  if (bounds !== void 0 && bounds !== null && (!isRecord(bounds) || !hasOnly(bounds, ["lower", "upper"]) || !isOptionalNumber(bounds.lower) || !isOptionalNumber(bounds.upper))) return void 0;
  const read = (side) => isRecord(bounds) && typeof bounds[side] === "number" ? bounds[side] : null;
  return { type: String(value.type), lower: read("lower"), upper: read("upper") };
}
function cleanThreshold(configuration) {
  const threshold = parseThreshold(configuration);
  if (threshold === void 0) throw validationError("threshold", `Invalid threshold configuration: ${pythonRepr(configuration)}`);
  if (threshold.lower !== null && threshold.upper !== null && threshold.lower > threshold.upper) throw validationError("threshold", "Lower threshold must be less than upper threshold");
}
function unwrapQuery(query) {
  if (query !== null && WRAPPERS.includes(String(query.kind)) && isRecord(query.source)) return query.source;
  return query;
}
function validateAlertConfig(query, condition, config, thresholdConfig, interval) {
  const fail2 = (message) => {
    throw validationError(null, message);
  };
  if (!["every_15_minutes", "hourly", "daily", "weekly", "monthly"].includes(interval)) fail2(`Invalid calculation interval: ${interval}`);
  if (!isRecord(condition) || !hasOnly(condition, ["type"]) || !CONDITION_TYPES.includes(String(condition.type))) fail2(`Alert has invalid condition: ${pythonRepr(condition)}`);
  const conditionType2 = String(condition.type);
  if (!isRecord(config) || config.type !== "TrendsAlertConfig") return fail2(`Unsupported alert config type: ${pythonRepr(config)}`);
  const validConfig = hasOnly(config, ["type", "series_index", "check_ongoing_interval"]) && Number.isInteger(config.series_index) && (config.check_ongoing_interval === void 0 || config.check_ongoing_interval === null || typeof config.check_ongoing_interval === "boolean");
  if (!validConfig) fail2(`Alert has invalid TrendsAlertConfig: ${pythonRepr(config)}`);
  const source = unwrapQuery(query);
  if (source?.kind !== "TrendsQuery") fail2(`Alert's insight query kind '${String(source?.kind ?? null)}' is not supported (only TrendsQuery)`);
  const trendsFilter = isRecord(source.trendsFilter) ? source.trendsFilter : {};
  if (conditionType2 !== "absolute_value" && NON_TIME_SERIES.includes(String(trendsFilter.display))) {
    fail2(`Relative alert condition '${conditionType2}' is not compatible with non time series trends`);
  }
  const formulaNodes = Array.isArray(trendsFilter.formulaNodes) && trendsFilter.formulaNodes.length > 0 ? trendsFilter.formulaNodes : void 0;
  const resultCount = formulaNodes?.length ?? (Array.isArray(source.series) ? source.series.length : 0);
  const seriesIndex = config.series_index;
  if (seriesIndex >= resultCount) fail2(`series_index ${seriesIndex} is out of range (query has ${resultCount} series)`);
  const threshold = thresholdConfig === null || thresholdConfig === void 0 ? void 0 : parseThreshold(thresholdConfig);
  if (thresholdConfig !== null && thresholdConfig !== void 0 && threshold === void 0) fail2(`Alert has invalid threshold configuration: ${pythonRepr(thresholdConfig)}`);
  if (conditionType2 === "absolute_value" && threshold !== void 0 && threshold.type !== "absolute") {
    fail2("Absolute value alerts require an absolute threshold, but a percentage threshold was configured");
  }
  if (threshold !== void 0 && config.check_ongoing_interval === true && conditionType2 !== "relative_decrease" && threshold.upper === null) {
    fail2(`check_ongoing_interval is only supported for alert condition ${conditionType2} when upper threshold is specified`);
  }
  if (threshold === void 0 || threshold.lower === null && threshold.upper === null) fail2("At least one threshold bound (lower or upper) must be provided.");
}

// src/emulator/resources/insights.ts
import { randomInt } from "node:crypto";

// src/emulator/query-upgrade.ts
var RESULT_CUSTOMIZATION_FILTER = { TrendsQuery: "trendsFilter", StickinessQuery: "stickinessFilter" };
var retentionShowMean = {
  targets: { RetentionQuery: 1 },
  transform(query) {
    const filter = query.retentionFilter;
    if (!isRecord(filter) || !Object.hasOwn(filter, "showMean")) return query;
    if (!Object.hasOwn(filter, "meanRetentionCalculation")) filter.meanRetentionCalculation = isTruthy(filter.showMean) ? "simple" : "none";
    delete filter.showMean;
    return query;
  }
};
var hiddenLegendIndexes = {
  targets: { TrendsQuery: 1, StickinessQuery: 1 },
  transform(query) {
    const filter = query.trendsFilter;
    if (query.kind !== "TrendsQuery" || !isRecord(filter)) return query;
    const hidden = filter.hiddenLegendIndexes;
    if (!isTruthy(hidden)) return query;
    const customizations = filter.resultCustomizations ?? {};
    if (!isRecord(customizations) || !Array.isArray(hidden)) throw serverError();
    const byValue = Object.values(customizations).some((value) => isRecord(value) && value.assignmentBy === "value");
    const mode = filter.resultCustomizationBy;
    if ((mode === "value" || !isTruthy(mode)) && byValue) {
      delete filter.hiddenLegendIndexes;
      return query;
    }
    const merged = { ...customizations };
    for (const index of hidden) {
      const key = String(index);
      if (!Object.hasOwn(merged, key)) merged[key] = { assignmentBy: "position" };
      const entry = merged[key];
      if (!isRecord(entry)) throw serverError();
      entry.hidden = true;
    }
    delete filter.hiddenLegendIndexes;
    query.trendsFilter = { ...filter, resultCustomizationBy: "position", resultCustomizations: merged };
    return query;
  }
};
function hasCompare(query) {
  return isRecord(query.compareFilter) && query.compareFilter.compare === true;
}
function hasBreakdown(query) {
  const breakdown = query.breakdownFilter;
  if (!isRecord(breakdown)) return false;
  if (isTruthy(breakdown.breakdown_type) && isTruthy(breakdown.breakdown)) return true;
  return Array.isArray(breakdown.breakdowns) && breakdown.breakdowns.length > 0;
}
function baseSeriesCount(query, filter) {
  if (Array.isArray(filter.formulaNodes) && filter.formulaNodes.length > 0) return filter.formulaNodes.length;
  if (Array.isArray(filter.formulas) && filter.formulas.length > 0) return filter.formulas.length;
  if (isTruthy(filter.formula)) return 1;
  return Array.isArray(query.series) ? query.series.length : 0;
}
function parseJsonObject(key) {
  try {
    const parsed = JSON.parse(key);
    return isRecord(parsed) ? parsed : void 0;
  } catch {
    return void 0;
  }
}
function mergeByValue(customizations, compareOn) {
  const merged = {};
  for (const [key, value] of Object.entries(customizations)) {
    const parsed = parseJsonObject(key);
    if (parsed === void 0 || !Object.hasOwn(parsed, "compare_label")) {
      if (!(Object.hasOwn(merged, key) && compareOn)) merged[key] = value;
      continue;
    }
    const { compare_label: label, ...base } = parsed;
    if (label !== "current") continue;
    const baseKey = JSON.stringify(base);
    if (!(Object.hasOwn(merged, baseKey) && !compareOn)) merged[baseKey] = value;
  }
  return merged;
}
function mergeByPosition(query, filter, customizations) {
  if (!hasCompare(query) || hasBreakdown(query)) return customizations;
  const base = baseSeriesCount(query, filter);
  if (base === 0) return customizations;
  const remapped = {};
  const offset = [];
  for (const [key, value] of Object.entries(customizations)) {
    const position = /^\s*[+-]?\d+\s*$/.test(key) ? Number.parseInt(key, 10) : void 0;
    if (position === void 0 || position < base) remapped[key] = value;
    else offset.push([position, value]);
  }
  for (const [position, value] of offset) {
    const target = String(position - base);
    if (!Object.hasOwn(remapped, target)) remapped[target] = value;
  }
  return remapped;
}
var compareCustomizations = {
  targets: { TrendsQuery: 2, StickinessQuery: 2 },
  transform(query) {
    const filterKey = RESULT_CUSTOMIZATION_FILTER[String(query.kind)];
    const filter = filterKey === void 0 ? void 0 : query[filterKey];
    if (filterKey === void 0 || !isRecord(filter)) return query;
    const customizations = filter.resultCustomizations;
    if (!isRecord(customizations) || Object.keys(customizations).length === 0) return query;
    const merged = filter.resultCustomizationBy === "position" ? mergeByPosition(query, filter, customizations) : mergeByValue(customizations, hasCompare(query));
    if (isJsonEqual(merged, customizations)) return query;
    query[filterKey] = { ...filter, resultCustomizations: merged };
    return query;
  }
};
var DATA_WAREHOUSE_SERIES_KIND = {
  TrendsQuery: "DataWarehouseNode",
  StickinessQuery: "DataWarehouseNode",
  LifecycleQuery: "DataWarehouseNode",
  CalendarHeatmapQuery: "DataWarehouseNode",
  FunnelsQuery: "FunnelsDataWarehouseNode"
};
function stampKind(item, dataWarehouseKind) {
  if (!isRecord(item) || Object.hasOwn(item, "kind")) return item;
  if (dataWarehouseKind !== void 0 && Object.hasOwn(item, "table_name")) return { ...item, kind: dataWarehouseKind };
  if (Object.hasOwn(item, "id") && !Object.hasOwn(item, "event")) return { ...item, kind: "ActionsNode" };
  return { ...item, kind: "EventsNode" };
}
var entityNodeKind = {
  targets: { TrendsQuery: 3, StickinessQuery: 3, LifecycleQuery: 1, CalendarHeatmapQuery: 1, FunnelsQuery: 1 },
  transform(query) {
    const dataWarehouseKind = DATA_WAREHOUSE_SERIES_KIND[String(query.kind)];
    if (Array.isArray(query.series)) query.series = query.series.map((item) => stampKind(item, dataWarehouseKind));
    const funnelsFilter = query.funnelsFilter;
    if (query.kind === "FunnelsQuery" && isRecord(funnelsFilter) && Array.isArray(funnelsFilter.exclusions)) {
      query.funnelsFilter = { ...funnelsFilter, exclusions: funnelsFilter.exclusions.map((item) => stampKind(item, void 0)) };
    }
    return query;
  }
};
var homogeneousCustomizations = {
  targets: { TrendsQuery: 4, StickinessQuery: 4 },
  transform(query) {
    const filterKey = RESULT_CUSTOMIZATION_FILTER[String(query.kind)];
    const filter = filterKey === void 0 ? void 0 : query[filterKey];
    if (filterKey === void 0 || !isRecord(filter)) return query;
    const customizations = filter.resultCustomizations;
    if (!isRecord(customizations) || Object.keys(customizations).length === 0) return query;
    const mode = isTruthy(filter.resultCustomizationBy) ? filter.resultCustomizationBy : "value";
    const assignment = (value) => isRecord(value) && isTruthy(value.assignmentBy) ? value.assignmentBy : "value";
    const kept = Object.fromEntries(Object.entries(customizations).filter(([, value]) => assignment(value) === mode));
    if (isJsonEqual(kept, customizations)) return query;
    query[filterKey] = { ...filter, resultCustomizations: kept };
    return query;
  }
};
var pieShowTotal = {
  targets: { DataVisualizationNode: 1 },
  transform(query) {
    const settings = query.chartSettings;
    if (!isRecord(settings) || !Object.hasOwn(settings, "showPieTotal")) return query;
    const showTotal = settings.showPieTotal;
    delete settings.showPieTotal;
    const pie = isRecord(settings.pie) ? settings.pie : {};
    if (!Object.hasOwn(pie, "showTotal")) pie.showTotal = showTotal;
    settings.pie = pie;
    return query;
  }
};
var MIGRATIONS = [retentionShowMean, hiddenLegendIndexes, compareCustomizations, pieShowTotal, entityNodeKind, homogeneousCustomizations];
var BY_KIND = /* @__PURE__ */ new Map();
var LATEST_VERSIONS = /* @__PURE__ */ new Map();
for (const migration of MIGRATIONS) {
  for (const [kind, version] of Object.entries(migration.targets)) {
    if (!BY_KIND.has(kind)) BY_KIND.set(kind, /* @__PURE__ */ new Map());
    BY_KIND.get(kind).set(version, migration);
    LATEST_VERSIONS.set(kind, Math.max(LATEST_VERSIONS.get(kind) ?? 1, version + 1));
  }
}
function upgradeNode(node) {
  if (Array.isArray(node)) return node.map(upgradeNode);
  if (!isRecord(node)) return node;
  let current = node;
  const kind = current.kind;
  const latest = typeof kind === "string" ? LATEST_VERSIONS.get(kind) : void 0;
  if (typeof kind === "string" && latest !== void 0) {
    for (; ; ) {
      const raw = current.version;
      const version = isTruthy(raw) ? raw : 1;
      if (typeof version !== "number") throw serverError();
      if (version >= latest) break;
      const migration = BY_KIND.get(kind)?.get(version);
      if (migration === void 0) throw serverError();
      current = migration.transform(cloneJson(current));
      current.version = version + 1;
    }
  }
  for (const [key, value] of Object.entries(current)) current[key] = upgradeNode(value);
  return current;
}
function upgradeQuery(query) {
  return query === null ? null : upgradeNode(cloneJson(query));
}

// src/emulator/resources/dashboard-tiles.ts
function isTileLive(project, tile) {
  if (tile.deleted === true) return false;
  const dashboard = project.dashboards.find((candidate) => candidate.id === tile.dashboard_id);
  return dashboard !== void 0 && !dashboard.deleted;
}
function liveTilesForInsight(project, insightId) {
  return project.tiles.filter((tile) => tile.insight_id === insightId && isTileLive(project, tile));
}
function describeTiles(tiles) {
  return tiles.map((tile) => ({ id: tile.id, dashboard_id: tile.dashboard_id, deleted: tile.deleted }));
}
function createTile(state, project, seed) {
  const tile = {
    id: allocateId(state, "dashboard_tile"),
    insight_id: null,
    text_id: null,
    button_id: null,
    layouts: {},
    color: null,
    show_description: null,
    transparent_background: null,
    filters_overrides: {},
    deleted: null,
    ...seed
  };
  project.tiles.push(tile);
  return tile;
}

// src/emulator/resources/insights.ts
var SHORT_ID_ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
var MATERIAL_FIELDS = /* @__PURE__ */ new Set(["name", "derived_name", "description", "filters", "query"]);
var insightsResource = {
  segment: "insights",
  scopeObject: "insight",
  environmentsAlias: true,
  throttle: "clickhouse",
  handle: routeViewset({
    list: listInsights,
    create: createInsight,
    detail: {
      find: (context, id) => findInsight(context.project, id, isRestoreRequest(context)),
      retrieve: (context, insight) => ok(serializeInsight(context.project, insight, insightView(context))),
      update: updateInsight,
      destroy: "forbidden"
    }
  })
};
function insightView(context, basic = false) {
  const optedIn = parseBooleanText(context.query.get("include_dashboards") ?? "");
  return { basic, dashboards: !context.settings.insightDashboardsOptInEnforced || optedIn };
}
function serializeInsight(project, insight, view) {
  const tiles = describeTiles(liveTilesForInsight(project, insight.id));
  const core = {
    id: insight.id,
    short_id: insight.short_id,
    name: insight.name,
    derived_name: insight.derived_name,
    filters: insight.query !== null ? {} : insight.filters,
    query: upgradeQuery(insight.query),
    ...view.dashboards ? { dashboards: tiles.map((tile) => tile.dashboard_id) } : {},
    dashboard_tiles: tiles,
    description: insight.description,
    last_refresh: null,
    refreshing: false,
    saved: insight.saved,
    tags: insight.tags,
    updated_at: insight.updated_at,
    created_by: insight.created_by,
    created_at: insight.created_at,
    last_modified_at: insight.last_modified_at,
    favorited: insight.favorited,
    user_access_level: "editor",
    last_viewed_at: null
  };
  if (view.basic) return core;
  return {
    ...core,
    order: insight.order,
    deleted: insight.deleted,
    cache_target_age: null,
    next_allowed_client_refresh: null,
    result: null,
    hasMore: null,
    columns: null,
    last_modified_by: insight.last_modified_by,
    is_sample: insight.is_sample,
    effective_restriction_level: 21,
    effective_privilege_level: 37,
    timezone: null,
    is_cached: false,
    query_status: null,
    hogql: null,
    types: null,
    resolved_date_range: null,
    alerts: [],
    // Set only when dashboard or tile filters override the insight's own; the emulator applies none.
    filter_override_context: null,
    // SearchMatchTypeSerializerMixin: "exact"/"similar" only for a `search` list request.
    search_match_type: null
  };
}
function findInsight(project, reference, includeDeleted) {
  const numeric = parseIntegerId(reference);
  const candidates = project.insights.filter((insight) => includeDeleted || !insight.deleted);
  const match = (numeric !== void 0 ? candidates.find((insight) => insight.id === numeric) : void 0) ?? candidates.find((insight) => insight.short_id === reference);
  if (match === void 0) throw notFound();
  return match;
}
function generateShortId(project) {
  for (; ; ) {
    let candidate = "";
    for (let index = 0; index < 8; index += 1) candidate += SHORT_ID_ALPHABET[randomInt(SHORT_ID_ALPHABET.length)];
    if (!project.insights.some((insight) => insight.short_id === candidate)) return candidate;
  }
}
function readInsightQuery(body) {
  if (!hasField(body, "query")) return void 0;
  const query = body.query;
  if (query === null) return null;
  if (isTruthy(query)) {
    if (!isRecord(query)) {
      throw parseError(
        `1 validation error for QuerySchemaRoot
  Input should be a valid dictionary or object to extract fields from [type=model_attributes_type, input_type=${describePythonType(query)}]`
      );
    }
    if (typeof query.kind !== "string" || !/^[A-Z][A-Za-z0-9]*$/.test(query.kind)) {
      throw parseError(
        "1 validation error for QuerySchemaRoot\n  Unable to extract tag using discriminator 'kind' [type=union_tag_not_found, input_type=dict]"
      );
    }
    return query;
  }
  if (!isRecord(query)) throw validationError("query", "Query must be a valid JSON object");
  return query;
}
function readDashboardIds(project, body) {
  const list = readList(body, "dashboards");
  if (list === void 0 || list === null) return void 0;
  const ids = [];
  for (const item of list) {
    const numeric = typeof item === "number" && Number.isInteger(item) ? item : typeof item === "string" && /^\d+$/.test(item) ? Number(item) : void 0;
    if (numeric === void 0) {
      throw validationError("dashboards", `Incorrect type. Expected pk value, received ${describePythonType(item)}.`, "incorrect_type");
    }
    const dashboard = project.dashboards.find((candidate) => candidate.id === numeric && !candidate.deleted);
    if (dashboard === void 0) throw validationError("dashboards", `Invalid pk "${String(item)}" - object does not exist.`, "does_not_exist");
    if (!ids.includes(numeric)) ids.push(numeric);
  }
  return ids;
}
function readInsightFields(project, body) {
  const fields = {};
  const query = readInsightQuery(body);
  const name = readString(body, "name", { allowNull: true, allowBlank: true, maxLength: 400 });
  const derivedName = readString(body, "derived_name", { allowNull: true, allowBlank: true, maxLength: 400 });
  const filters = readObject(body, "filters");
  const order = readInteger(body, "order", { allowNull: true });
  const deleted = readBoolean(body, "deleted");
  const dashboards = readDashboardIds(project, body);
  const description = readString(body, "description", { allowNull: true, allowBlank: true, maxLength: 400 });
  const tags = readTags(body);
  const favorited = readBoolean(body, "favorited");
  const saved = readBoolean(body, "saved");
  readString(body, "_create_in_folder", { allowBlank: true });
  if (query !== void 0) fields.query = query;
  if (name !== void 0) fields.name = name;
  if (derivedName !== void 0) fields.derived_name = derivedName;
  if (filters !== void 0 && filters !== null) fields.filters = filters;
  if (order !== void 0) fields.order = order;
  if (deleted !== void 0 && deleted !== null) fields.deleted = deleted;
  if (dashboards !== void 0) fields.dashboards = dashboards;
  if (description !== void 0) fields.description = description;
  if (tags !== void 0) fields.tags = tags;
  if (favorited !== void 0 && favorited !== null) fields.favorited = favorited;
  if (saved !== void 0 && saved !== null) fields.saved = saved;
  return fields;
}
function createInsight(context) {
  const { project, state } = context;
  const fields = readInsightFields(project, readRequestBody(context.body));
  const now = isoNow();
  const insight = {
    id: allocateId(state, "insight"),
    short_id: generateShortId(project),
    name: fields.name ?? null,
    derived_name: fields.derived_name ?? null,
    description: fields.description ?? null,
    query: fields.query ?? null,
    filters: fields.filters ?? {},
    tags: fields.tags ?? [],
    favorited: fields.favorited ?? false,
    saved: fields.saved ?? false,
    deleted: fields.deleted ?? false,
    order: fields.order ?? null,
    created_at: now,
    created_by: currentUser(),
    updated_at: now,
    last_modified_at: now,
    last_modified_by: currentUser(),
    is_sample: false
  };
  project.insights.push(insight);
  for (const dashboardId of fields.dashboards ?? []) createTile(state, project, { dashboard_id: dashboardId, insight_id: insight.id });
  return created(serializeInsight(project, insight, insightView(context)));
}
function updateInsight(context, insight) {
  const { project } = context;
  const body = readRequestBody(context.body);
  const fields = readInsightFields(project, body);
  const now = isoNow();
  if (Object.keys(fields).some((key) => MATERIAL_FIELDS.has(key))) {
    insight.last_modified_at = now;
    insight.last_modified_by = currentUser();
  }
  if (fields.deleted === true) {
    for (const tile of project.tiles) if (tile.insight_id === insight.id) tile.deleted = true;
  } else if (fields.dashboards !== void 0) {
    syncDashboardMembership(context, insight, fields.dashboards);
  }
  if (fields.name !== void 0) insight.name = fields.name;
  if (fields.derived_name !== void 0) insight.derived_name = fields.derived_name;
  if (fields.description !== void 0) insight.description = fields.description;
  if (fields.query !== void 0) insight.query = fields.query;
  if (fields.filters !== void 0) insight.filters = fields.filters;
  if (fields.order !== void 0) insight.order = fields.order;
  if (fields.deleted !== void 0) insight.deleted = fields.deleted;
  if (fields.tags !== void 0) insight.tags = fields.tags;
  if (fields.favorited !== void 0) insight.favorited = fields.favorited;
  insight.saved = fields.saved ?? true;
  insight.is_sample = false;
  insight.updated_at = now;
  return ok(serializeInsight(project, insight, insightView(context)));
}
function syncDashboardMembership(context, insight, dashboardIds) {
  const { project, state } = context;
  const current = liveTilesForInsight(project, insight.id).map((tile) => tile.dashboard_id);
  for (const dashboardId of dashboardIds) {
    if (current.includes(dashboardId)) continue;
    const existing = project.tiles.find((tile) => tile.insight_id === insight.id && tile.dashboard_id === dashboardId);
    if (existing === void 0) createTile(state, project, { dashboard_id: dashboardId, insight_id: insight.id });
    else existing.deleted = false;
  }
  for (const tile of liveTilesForInsight(project, insight.id)) {
    if (!dashboardIds.includes(tile.dashboard_id)) tile.deleted = true;
  }
}
function listInsights(context) {
  const { project, query } = context;
  let insights = project.insights.filter((insight) => !insight.deleted);
  const search = query.get("search");
  if (search !== null && search !== "") {
    const needle = search.toLowerCase();
    insights = insights.filter(
      (insight) => [insight.name, insight.derived_name, insight.description, ...insight.tags].some((text) => text?.toLowerCase().includes(needle))
    );
  }
  const shortId = query.get("short_id");
  if (shortId !== null) insights = insights.filter((insight) => insight.short_id === shortId);
  for (const flag of ["saved", "favorited"]) {
    const raw = query.get(flag);
    if (raw !== null) insights = insights.filter((insight) => insight[flag] === parseBooleanText(raw));
  }
  const tags = parseJsonListParam(query.get("tags"));
  if (tags.length > 0) insights = insights.filter((insight) => hasAnyTag(insight.tags, tags));
  const dashboards = parseJsonListParam(query.get("dashboards")).map(Number);
  if (dashboards.length > 0) {
    insights = insights.filter((insight) => {
      const on = liveTilesForInsight(project, insight.id).map((tile) => tile.dashboard_id);
      return dashboards.every((id) => on.includes(id));
    });
  }
  insights.sort((left, right) => right.last_modified_at.localeCompare(left.last_modified_at) || right.id - left.id);
  const basic = parseBooleanText(query.get("basic") ?? "");
  const page2 = paginate(insights, context.requestUrl);
  const view = insightView(context, basic);
  return ok({ ...page2, results: page2.results.map((insight) => serializeInsight(project, insight, view)) });
}

// src/emulator/resources/alerts.ts
var INTERVALS = ["every_15_minutes", "hourly", "daily", "weekly", "monthly"];
var ALERTABLE_KINDS = ["TrendsQuery", "FunnelsQuery", "HogQLQuery"];
var alertsResource = {
  segment: "alerts",
  scopeObject: "alert",
  environmentsAlias: false,
  throttle: "default",
  handle: routeViewset({
    list: listAlerts,
    create: createAlert,
    detail: {
      find: ({ project }, id) => {
        const alert = isUuid(id) ? alertsOf(project).find((candidate) => candidate.id === id) : void 0;
        if (alert === void 0) throw notFound();
        return alert;
      },
      retrieve: (context, alert) => ok({ ...serializeAlert(context, alert), checks_total: 0 }),
      update: updateAlert,
      destroy: ({ project }, alert) => {
        project.alerts = alertsOf(project).filter((candidate) => candidate !== alert);
        return noContent();
      }
    }
  })
};
function alertsOf(project) {
  project.alerts ??= [];
  return project.alerts;
}
function serializeAlert(context, alert) {
  const insight = context.project.insights.find((candidate) => candidate.id === alert.insight_id);
  return {
    id: alert.id,
    created_by: alert.created_by,
    created_at: alert.created_at,
    insight: insight === void 0 ? null : serializeInsight(context.project, insight, insightView(context, true)),
    name: alert.name,
    // The emulator's organization has one member, the user every key belongs to.
    subscribed_users: alert.subscribed_user_ids.filter((id) => id === EMULATOR_USER.id).map(() => currentUser()),
    threshold: alert.threshold,
    condition: alert.condition,
    state: alert.state,
    enabled: alert.enabled,
    last_notified_at: null,
    last_checked_at: null,
    next_check_at: null,
    checks: [],
    config: alert.config,
    detector_config: null,
    calculation_interval: alert.calculation_interval,
    snoozed_until: alert.snoozed_until,
    skip_weekend: alert.skip_weekend,
    schedule_restriction: null,
    last_value: null,
    investigation_agent_enabled: false,
    investigation_gates_notifications: false,
    investigation_inconclusive_action: "notify"
  };
}
function readInsight(project, value) {
  if (value === null) throw validationError("insight", "This field may not be null.", "null");
  if (typeof value === "boolean" || typeof value !== "number" && typeof value !== "string") {
    throw validationError("insight", `Incorrect type. Expected pk value, received ${describePythonType(value)}.`, "incorrect_type");
  }
  const insight = project.insights.find((candidate) => String(candidate.id) === String(value).trim() && !candidate.deleted);
  if (insight === void 0) throw validationError("insight", `Invalid pk "${String(value)}" - object does not exist.`, "does_not_exist");
  if (!ALERTABLE_KINDS.includes(String(unwrapQuery(insight.query)?.kind))) throw validationError("insight", "Alerts are not supported for this insight.");
  return insight;
}
function readSubscribers(body, required) {
  const ids = readList(body, "subscribed_users", { required });
  if (ids === void 0 || ids === null) return ids === null ? [] : void 0;
  return ids.map((id) => {
    if (typeof id === "boolean" || typeof id !== "number" && typeof id !== "string") {
      throw validationError("subscribed_users", `Incorrect type. Expected pk value, received ${describePythonType(id)}.`, "incorrect_type");
    }
    if (String(id).trim() !== String(EMULATOR_USER.id)) throw validationError("subscribed_users", `Invalid pk "${String(id)}" - object does not exist.`, "does_not_exist");
    return EMULATOR_USER.id;
  });
}
function readAlertInput(context, existing) {
  const { project } = context;
  const body = readRequestBody(context.body);
  const input = {};
  if (hasField(body, "insight")) input.insight = readInsight(project, body.insight);
  else if (existing === void 0) throw validationError("insight", "This field is required.", "required");
  const name = readString(body, "name", { allowBlank: true, maxLength: 255 });
  if (name !== void 0 && name !== null) input.name = name;
  input.subscribers = readSubscribers(body, existing === void 0);
  const threshold = readObject(body, "threshold", { required: existing === void 0 });
  if (threshold !== void 0 && threshold !== null) {
    if (Object.keys(threshold).length > 0) {
      if (!hasField(threshold, "configuration")) throw validationError(["threshold", "configuration"], "This field is required.", "required");
      readString(threshold, "name", { allowBlank: true, maxLength: 255, path: ["threshold", "name"] });
      cleanThreshold(threshold.configuration);
    }
    input.threshold = threshold;
  }
  if (hasField(body, "condition")) input.condition = body.condition;
  const enabled = readBoolean(body, "enabled");
  if (enabled !== void 0 && enabled !== null) input.enabled = enabled;
  if (hasField(body, "config")) input.config = body.config;
  const interval = readChoice(body, "calculation_interval", INTERVALS);
  if (interval !== void 0 && interval !== null) input.calculationInterval = String(interval);
  if (hasField(body, "snoozed_until")) {
    if (body.snoozed_until !== null && typeof body.snoozed_until !== "string") throw validationError("snoozed_until", "snoozed_until has to be passed in string format");
    input.snoozedUntil = body.snoozed_until;
  }
  const skipWeekend = readBoolean(body, "skip_weekend", { allowNull: true });
  if (skipWeekend !== void 0) input.skipWeekend = skipWeekend;
  const insight = input.insight ?? project.insights.find((candidate) => candidate.id === existing?.insight_id);
  if (insight?.query === null || insight === void 0) throw validationError("insight", "Insight has no valid query.");
  const thresholdConfig = input.threshold !== void 0 ? input.threshold.configuration : existing?.threshold?.configuration;
  const calculationInterval = input.calculationInterval ?? existing?.calculation_interval ?? "daily";
  validateAlertConfig(insight.query, hasField(body, "condition") ? input.condition : existing?.condition, hasField(body, "config") ? input.config : existing?.config, thresholdConfig, calculationInterval);
  if (calculationInterval === "every_15_minutes") throw validationError("calculation_interval", "15-minute alert intervals require a Boost, Scale, or Enterprise platform add-on.");
  return input;
}
function newThreshold(input) {
  return { id: randomUUID5(), created_at: isoNow(), name: typeof input.name === "string" ? input.name.trim() : "", configuration: input.configuration };
}
function createAlert(context) {
  const input = readAlertInput(context, void 0);
  const alert = {
    id: randomUUID5(),
    name: input.name ?? "",
    insight_id: input.insight.id,
    subscribed_user_ids: [...new Set(input.subscribers ?? [])],
    threshold: input.threshold !== void 0 && Object.keys(input.threshold).length > 0 ? newThreshold(input.threshold) : null,
    condition: input.condition ?? {},
    config: input.config ?? {},
    calculation_interval: input.calculationInterval ?? "daily",
    enabled: input.enabled ?? true,
    state: "Not firing",
    skip_weekend: input.skipWeekend === void 0 ? false : input.skipWeekend,
    snoozed_until: null,
    created_at: isoNow(),
    created_by: currentUser()
  };
  alertsOf(context.project).unshift(alert);
  return created(serializeAlert(context, alert));
}
function updateAlert(context, alert) {
  const input = readAlertInput(context, alert);
  if (input.snoozedUntil !== void 0) {
    alert.state = input.snoozedUntil === null ? "Not firing" : "Snoozed";
    alert.snoozed_until = input.snoozedUntil === null ? null : isoNow();
  }
  let thresholdChanged = false;
  if (input.threshold !== void 0) {
    if (Object.keys(input.threshold).length === 0) {
      alert.threshold = null;
      thresholdChanged = true;
    } else if (alert.threshold !== null) {
      const before = JSON.stringify(alert.threshold.configuration);
      if (hasField(input.threshold, "name")) alert.threshold.name = String(input.threshold.name ?? "").trim();
      alert.threshold.configuration = input.threshold.configuration;
      thresholdChanged = before !== JSON.stringify(alert.threshold.configuration);
    } else {
      alert.threshold = newThreshold(input.threshold);
      thresholdChanged = true;
    }
  }
  if (input.subscribers !== void 0) alert.subscribed_user_ids = [...new Set(input.subscribers)];
  if (thresholdChanged) alert.state = "Not firing";
  if (input.insight !== void 0) alert.insight_id = input.insight.id;
  if (input.name !== void 0) alert.name = input.name;
  if (input.condition !== void 0) alert.condition = input.condition;
  if (input.config !== void 0) alert.config = input.config;
  if (input.calculationInterval !== void 0) alert.calculation_interval = input.calculationInterval;
  if (input.skipWeekend !== void 0) alert.skip_weekend = input.skipWeekend;
  if (input.enabled !== void 0) alert.enabled = input.enabled;
  if (!alert.enabled) alert.state = "Not firing";
  return ok(serializeAlert(context, alert));
}
function listAlerts(context) {
  const { query } = context;
  let alerts = [...alertsOf(context.project)];
  for (const param of ["insight", "insight_id"]) {
    const wanted = query.get(param);
    if (wanted !== null) alerts = alerts.filter((alert) => String(alert.insight_id) === wanted);
  }
  const page2 = paginate(alerts, context.requestUrl);
  return ok({ ...page2, results: page2.results.map((alert) => serializeAlert(context, alert)) });
}

// src/emulator/datetime.ts
var ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2})(?::(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/;
var WRONG_FORMAT = "Datetime has wrong format. Use one of these formats instead: YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].";
function pad(value, width = 2) {
  return String(value).padStart(width, "0");
}
function parse2(text) {
  const match = ISO.exec(text);
  if (match === null) return void 0;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? "0"));
  const fraction = (match[7] ?? "").slice(0, 6).padEnd(6, "0");
  const zone = match[8] ?? "Z";
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return void 0;
  const local = Date.UTC(year, month - 1, day, hour, minute, second);
  if (new Date(local).getUTCDate() !== day) return void 0;
  let offset = 0;
  if (zone !== "Z") {
    const digits = zone.slice(1).replace(":", "");
    const hours = Number(digits.slice(0, 2));
    const minutes = Number(digits.slice(2) || "0");
    if (hours > 23 || minutes > 59) return void 0;
    offset = (zone.startsWith("-") ? -1 : 1) * (hours * 60 + minutes);
  }
  const utc = new Date(local - offset * 6e4);
  const date = `${pad(utc.getUTCFullYear(), 4)}-${pad(utc.getUTCMonth() + 1)}-${pad(utc.getUTCDate())}`;
  const time = `${pad(utc.getUTCHours())}:${pad(utc.getUTCMinutes())}:${pad(utc.getUTCSeconds())}`;
  return `${date}T${time}${/^0+$/.test(fraction) ? "" : `.${fraction}`}Z`;
}
function coerceDateTime(value, path) {
  const parsed = typeof value === "string" ? parse2(value) : void 0;
  if (parsed === void 0) throw validationError(path, WRONG_FORMAT, "invalid");
  return parsed;
}

// src/emulator/resources/annotations.ts
var SCOPES = ["dashboard_item", "dashboard", "project", "organization", "recording"];
var CREATION_TYPES = ["USR", "GIT"];
var DEFAULT_LIMIT = 1e3;
var annotationsResource = {
  segment: "annotations",
  scopeObject: "annotation",
  environmentsAlias: false,
  throttle: "default",
  handle: routeViewset({
    list: listAnnotations,
    create: createAnnotation,
    detail: {
      find: findAnnotation,
      retrieve: ({ state }, annotation) => ok(serializeAnnotation(state, annotation)),
      update: updateAnnotation,
      destroy: "forbidden"
    }
  })
};
function annotationsOf(project) {
  project.annotations ??= [];
  return project.annotations;
}
function visibleAnnotations(state, project) {
  return state.projects.flatMap((owner) => annotationsOf(owner).filter((record2) => owner === project || record2.scope === "organization").map((record2) => ({ record: record2, owner })));
}
function findInsight2(state, id) {
  return id === null ? void 0 : state.projects.flatMap((project) => project.insights).find((insight) => insight.id === id);
}
function findDashboard(state, id) {
  return id === null ? void 0 : state.projects.flatMap((project) => project.dashboards).find((dashboard) => dashboard.id === id);
}
function isParentDeleted(state, record2) {
  return findInsight2(state, record2.dashboard_item)?.deleted === true || findDashboard(state, record2.dashboard_id)?.deleted === true;
}
function findAnnotation(context, segment) {
  const id = parseIntegerId(segment);
  const found = visibleAnnotations(context.state, context.project).find(({ record: record2 }) => record2.id === id);
  if (found === void 0 || isParentDeleted(context.state, found.record)) throw notFound();
  if (found.record.deleted && context.method !== "PATCH") throw notFound();
  return found.record;
}
function serializeAnnotation(state, record2) {
  const insight = findInsight2(state, record2.dashboard_item);
  const dashboard = findDashboard(state, record2.dashboard_id);
  return {
    id: record2.id,
    content: record2.content,
    date_marker: record2.date_marker,
    creation_type: record2.creation_type,
    dashboard_item: insight?.id ?? null,
    dashboard_id: dashboard?.id ?? null,
    dashboard_name: dashboard?.name ?? null,
    insight_short_id: insight?.short_id ?? null,
    insight_name: insight?.name ?? null,
    insight_derived_name: insight?.derived_name ?? null,
    created_by: record2.created_by,
    created_at: record2.created_at,
    updated_at: record2.updated_at,
    deleted: record2.deleted,
    scope: record2.scope,
    emoji: record2.emoji,
    hidden_in_user_interface: record2.hidden_in_user_interface
  };
}
function codePoints(text) {
  return [...text].length;
}
function readAnnotationFields(context, body) {
  const fields = {};
  const content = readString(body, "content", { allowNull: true, allowBlank: true });
  if (content !== void 0) {
    if (content !== null && codePoints(content) > 8192) throw validationError("content", "Ensure this field has no more than 8192 characters.", "max_length");
    fields.content = content;
  }
  if (hasField(body, "date_marker")) fields.date_marker = body.date_marker === null ? null : coerceDateTime(body.date_marker, ["date_marker"]);
  const creationType = readChoice(body, "creation_type", CREATION_TYPES);
  if (creationType !== void 0 && creationType !== null) fields.creation_type = String(creationType);
  if (hasField(body, "dashboard_item")) fields.dashboard_item = readInsightId(context, body.dashboard_item);
  const dashboardId = readInteger(body, "dashboard_id", { allowNull: true });
  if (dashboardId !== void 0) fields.dashboard_id = dashboardId;
  const deleted = readBoolean(body, "deleted");
  if (deleted !== void 0 && deleted !== null) fields.deleted = deleted;
  const scope = readChoice(body, "scope", SCOPES);
  if (scope !== void 0 && scope !== null) fields.scope = String(scope);
  const emoji = readString(body, "emoji", { allowNull: true, allowBlank: true });
  if (emoji !== void 0) {
    if (emoji !== null && codePoints(emoji) > 16) throw validationError("emoji", "Ensure this field has no more than 16 characters.", "max_length");
    fields.emoji = emoji === "" ? null : emoji;
  }
  const hidden = readBoolean(body, "hidden_in_user_interface", { allowNull: true });
  if (hidden !== void 0) fields.hidden_in_user_interface = hidden;
  if (fields.dashboard_id !== void 0 && fields.dashboard_id !== null) {
    const dashboard = context.project.dashboards.find((candidate) => candidate.id === fields.dashboard_id && !candidate.deleted);
    if (dashboard === void 0) throw validationError("dashboard_id", "Dashboard not found.");
  }
  if (fields.scope === "recording") throw validationError(null, "Recording scope is deprecated");
  return fields;
}
function readInsightId(context, value) {
  if (value === null) return null;
  if (typeof value === "boolean" || typeof value !== "number" && typeof value !== "string" || typeof value === "number" && !Number.isInteger(value)) {
    throw validationError("dashboard_item", `Incorrect type. Expected pk value, received ${describePythonType(value)}.`, "incorrect_type");
  }
  const insight = context.project.insights.find((candidate) => String(candidate.id) === String(value).trim() && !candidate.deleted);
  if (insight === void 0) throw validationError("dashboard_item", `Invalid pk "${String(value)}" - object does not exist.`, "does_not_exist");
  return insight.id;
}
function createAnnotation(context) {
  const { project, state } = context;
  const fields = readAnnotationFields(context, readRequestBody(context.body));
  const now = isoNow();
  const record2 = {
    id: allocateId(state, "annotation"),
    content: null,
    date_marker: null,
    creation_type: "USR",
    dashboard_item: null,
    dashboard_id: null,
    // The model's default scope is the insight's.
    scope: "dashboard_item",
    emoji: null,
    hidden_in_user_interface: null,
    deleted: false,
    created_at: now,
    created_by: currentUser(),
    updated_at: now,
    ...fields
  };
  annotationsOf(project).push(record2);
  return created(serializeAnnotation(state, record2));
}
function updateAnnotation(context, record2) {
  const { project, state } = context;
  const fields = readAnnotationFields(context, readRequestBody(context.body));
  Object.assign(record2, fields, { updated_at: isoNow() });
  for (const owner of state.projects) {
    if (owner !== project && annotationsOf(owner).includes(record2)) {
      owner.annotations = annotationsOf(owner).filter((candidate) => candidate !== record2);
      annotationsOf(project).push(record2);
    }
  }
  return ok(serializeAnnotation(state, record2));
}
function listAnnotations(context) {
  const { state, project, query } = context;
  let records = visibleAnnotations(state, project).map(({ record: record2 }) => record2).filter((record2) => !record2.deleted && !isParentDeleted(state, record2));
  const scope = query.get("scope");
  if (scope) {
    const wanted = scope === "insight" ? "dashboard_item" : scope;
    if (!SCOPES.includes(wanted)) throw validationError(null, `Invalid scope: ${wanted}`);
    records = records.filter((record2) => record2.scope === wanted);
  }
  const hidden = query.get("hidden_in_user_interface");
  if (hidden !== null) records = records.filter((record2) => ["true", "1", "yes"].includes(hidden.toLowerCase()) ? record2.hidden_in_user_interface === true : record2.hidden_in_user_interface !== true);
  const search = query.get("search");
  if (search) records = records.filter((record2) => (record2.content ?? "").toLowerCase().includes(search.toLowerCase()));
  const time = (record2) => record2.date_marker === null ? Number.POSITIVE_INFINITY : Date.parse(record2.date_marker);
  records.sort((left, right) => time(right) - time(left) || left.id - right.id);
  const page2 = paginate(records, context.requestUrl, DEFAULT_LIMIT);
  return ok({ ...page2, results: page2.results.map((record2) => serializeAnnotation(state, record2)) });
}

// src/emulator/resources/experiment-status.ts
function deriveExperimentStatus(experiment, flag) {
  if (experiment.start_date === null) return "draft";
  if (experiment.end_date !== null) return "stopped";
  if (flag !== void 0 && !flag.active) return "paused";
  return "running";
}
function isExperimentRunning(experiment) {
  return experiment.start_date !== null && experiment.end_date === null;
}

// src/emulator/resources/flag-filters.ts
var SUPPORTED_OPERATORS = [
  "exact",
  "is_not",
  "icontains",
  "not_icontains",
  "icontains_multi",
  "not_icontains_multi",
  "regex",
  "not_regex",
  "gt",
  "gte",
  "lt",
  "lte",
  "semver_gt",
  "semver_gte",
  "semver_lt",
  "semver_lte",
  "semver_eq",
  "semver_neq",
  "semver_tilde",
  "semver_caret",
  "semver_wildcard",
  "is_set",
  "is_not_set",
  "is_date_exact",
  "is_date_after",
  "is_date_before",
  "in",
  "not_in",
  "flag_evaluates_to"
];
var OPERATOR_ALIASES = { min: "gte", max: "lte" };
var PROPERTY_TYPES2 = ["person", "cohort", "group", "flag"];
var DATE_OPERATORS = /* @__PURE__ */ new Set(["is_date_exact", "is_date_after", "is_date_before"]);
var STRING_VALUE_OPERATORS = /* @__PURE__ */ new Set(["regex", "not_regex", "icontains", "not_icontains", "gt", "gte", "lt", "lte"]);
var LIST_VALUE_OPERATORS = /* @__PURE__ */ new Set(["icontains_multi", "not_icontains_multi"]);
var SEMVER_OPERATORS = /* @__PURE__ */ new Set(["semver_gt", "semver_gte", "semver_lt", "semver_lte", "semver_eq", "semver_neq", "semver_tilde", "semver_caret", "semver_wildcard"]);
var PERSON_AGGREGATED_TYPES = /* @__PURE__ */ new Set(["person", "cohort", "flag"]);
var VARIANT_KEY_PATTERN = /^[a-zA-Z0-9_./-]+$/;
var I32 = { min: -(2 ** 31), max: 2 ** 31 - 1 };
var I64 = { min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER };
var StructuralViolation = class extends Error {
  path;
  code;
  constructor(path, code, message) {
    super(message);
    this.path = path;
    this.code = code;
  }
};
function rejectFilters(violation) {
  throw validationError("filters", `${violation.path}: ${violation.message}`, violation.ruleId);
}
function normalizeFilterStructure(filters) {
  try {
    return readFilters(filters);
  } catch (error) {
    if (!(error instanceof StructuralViolation)) throw error;
    const rulePath = error.path.replace(/\[\d+\]/g, "[]") || "filters";
    return rejectFilters({ ruleId: `structural.${rulePath}.${error.code}`, path: error.path || "filters", message: error.message });
  }
}
function child(path, key) {
  return path === "" ? key : `${path}.${key}`;
}
function fail(path, code, message) {
  throw new StructuralViolation(path, code, message);
}
function readSerializer(value, path, spec) {
  if (!isRecord(value)) fail(path, "invalid", `Invalid data. Expected a dictionary, but got ${describePythonType(value)}.`);
  const output = {};
  for (const [key, field2] of Object.entries(spec)) {
    const fieldPath = child(path, key);
    if (!Object.hasOwn(value, key)) {
      if (field2.required) fail(fieldPath, "required", "This field is required.");
      if (field2.defaultValue) output[key] = field2.defaultValue();
      continue;
    }
    const raw = value[key];
    if (raw === null) {
      if (!field2.allowNull) fail(fieldPath, "null", "This field may not be null.");
      output[key] = null;
      continue;
    }
    output[key] = field2.read(raw, fieldPath);
  }
  return output;
}
function readMany(value, path, item, allowEmpty = true) {
  if (!Array.isArray(value)) fail(path, "not_a_list", `Expected a list of items but got type "${describePythonType(value)}".`);
  if (!allowEmpty && value.length === 0) fail(path, "empty", "This list may not be empty.");
  return value.map((entry, index) => item(entry, `${path}[${index}]`));
}
function strictString(options = {}) {
  return (value, path) => {
    if (typeof value !== "string") fail(path, "invalid", "Not a valid string.");
    if (value === "" && !options.allowBlank) fail(path, "blank", "This field may not be blank.");
    if (options.maxLength !== void 0 && value.length > options.maxLength) {
      fail(path, "max_length", `Ensure this field has no more than ${options.maxLength} characters.`);
    }
    return value;
  };
}
function strictBoolean(value, path) {
  if (typeof value !== "boolean") fail(path, "invalid", "Must be a valid boolean.");
  return value;
}
function strictInteger(bounds) {
  return (value, path) => {
    if (typeof value !== "number" || !Number.isInteger(value)) fail(path, "invalid", "A valid integer is required.");
    if (value < bounds.min) fail(path, "min_value", `Ensure this value is greater than or equal to ${bounds.min}.`);
    if (value > bounds.max) fail(path, "max_value", `Ensure this value is less than or equal to ${bounds.max}.`);
    return value;
  };
}
function percentage(value, path) {
  if (typeof value !== "number" || !Number.isFinite(value)) fail(path, "invalid", "A valid number is required.");
  if (value < 0) fail(path, "min_value", "Ensure this value is greater than or equal to 0.");
  if (value > 100) fail(path, "max_value", "Ensure this value is less than or equal to 100.");
  return value;
}
function anyJson(value) {
  return value;
}
function readProperty(value, path) {
  let input = value;
  if (isRecord(value) && typeof value.operator === "string" && OPERATOR_ALIASES[value.operator] !== void 0) {
    input = { ...value, operator: OPERATOR_ALIASES[value.operator] };
  }
  return readSerializer(input, path, {
    key: {
      required: true,
      read: (key, keyPath) => {
        if (typeof key === "number" && Number.isFinite(key)) return String(key);
        if (typeof key !== "string") fail(keyPath, "invalid", "Not a valid string.");
        if (key === "") fail(keyPath, "blank", "This field may not be blank.");
        return key;
      }
    },
    value: { allowNull: true, read: anyJson },
    type: { required: true, read: (type, typePath) => readChoice2(type, typePath, PROPERTY_TYPES2) },
    operator: { allowNull: true, read: (operator, operatorPath) => readChoice2(operator, operatorPath, SUPPORTED_OPERATORS) },
    group_type_index: { allowNull: true, read: strictInteger(I32) },
    negation: { allowNull: true, read: strictBoolean },
    label: { allowNull: true, read: strictString({ allowBlank: true }) },
    cohort_name: { allowNull: true, read: strictString({ allowBlank: true }) },
    group_key_names: { allowNull: true, read: anyJson }
  });
}
function readChoice2(value, path, choices) {
  if (typeof value !== "string" || !choices.includes(value)) fail(path, "invalid_choice", `"${formatPythonValue(value)}" is not a valid choice.`);
  return value;
}
function formatPythonValue(value) {
  if (value === true) return "True";
  if (value === false) return "False";
  if (typeof value === "string" || typeof value === "number") return String(value);
  return formatPythonJson(value);
}
function readGroup(value, path) {
  return readSerializer(value, path, {
    properties: { allowNull: true, defaultValue: () => [], read: (properties, propertiesPath) => readMany(properties, propertiesPath, readProperty) },
    rollout_percentage: { allowNull: true, read: percentage },
    variant: { allowNull: true, read: strictString({ allowBlank: true }) },
    aggregation_group_type_index: { allowNull: true, read: strictInteger(I32) },
    description: { allowNull: true, read: strictString({ allowBlank: true }) },
    sort_key: { allowNull: true, read: anyJson },
    exposure_frozen: { allowNull: true, read: strictBoolean },
    exposure_frozen_cohort: { allowNull: true, read: strictInteger(I64) }
  });
}
function readVariant(value, path) {
  return readSerializer(value, path, {
    key: {
      required: true,
      read: (key, keyPath) => {
        const text = strictString({ maxLength: 400 })(key, keyPath);
        if (!VARIANT_KEY_PATTERN.test(text)) fail(keyPath, "invalid", "Only letters, numbers, hyphens (-), underscores (_), dots (.) & slashes (/) are allowed.");
        return text;
      }
    },
    name: { allowNull: true, read: strictString({ allowBlank: true }) },
    rollout_percentage: { required: true, read: percentage },
    description: { allowNull: true, read: strictString({ allowBlank: true }) }
  });
}
function readPayloads(value, path) {
  if (!isRecord(value)) fail(path, "not_a_dict", `Expected a dictionary of items but got type "${describePythonType(value)}".`);
  const normalized = {};
  for (const [key, payload] of Object.entries(value)) {
    if (typeof payload === "string") {
      try {
        JSON.parse(payload);
      } catch {
        fail(path, "invalid_payload_json", `Payload for key '${key}' is not valid JSON.`);
      }
      normalized[key] = payload;
    } else {
      normalized[key] = formatPythonJson(payload);
    }
  }
  return normalized;
}
function readFilters(filters) {
  return readSerializer(filters, "", {
    groups: { defaultValue: () => [], read: (groups, path) => readMany(groups, path, readGroup) },
    multivariate: {
      allowNull: true,
      read: (multivariate, path) => readSerializer(multivariate, path, { variants: { required: true, read: (variants, variantsPath) => readMany(variants, variantsPath, readVariant, false) } })
    },
    aggregation_group_type_index: { allowNull: true, read: strictInteger(I32) },
    payloads: { allowNull: true, read: readPayloads },
    feature_enrollment: { allowNull: true, read: strictBoolean },
    holdout: {
      allowNull: true,
      read: (holdout, path) => readSerializer(holdout, path, { id: { required: true, read: strictInteger(I64) }, exclusion_percentage: { required: true, read: percentage } })
    },
    early_exit: { allowNull: true, read: strictBoolean }
  });
}
function variantsOf(filters) {
  const multivariate = filters.multivariate;
  if (!isRecord(multivariate) || !Array.isArray(multivariate.variants)) return [];
  return multivariate.variants.filter(isRecord);
}
function groupsOf(filters) {
  return Array.isArray(filters.groups) ? filters.groups.filter(isRecord) : [];
}
function propertiesOf(group) {
  return Array.isArray(group.properties) ? group.properties.filter(isRecord) : [];
}
function collectCrossFieldViolations(filters) {
  const violations = [];
  const variants = variantsOf(filters);
  const variantKeys3 = new Set(variants.map((variant) => String(variant.key)));
  if (variants.length > 0) {
    const sum = variants.reduce((total, variant) => total + (typeof variant.rollout_percentage === "number" ? variant.rollout_percentage : 0), 0);
    if (sum !== 100) {
      violations.push({ ruleId: "cross_field.variant_rollout_sum_not_100", path: "multivariate.variants", message: `Variant rollout percentages must sum to 100, got ${sum}.` });
    }
    const seen = /* @__PURE__ */ new Set();
    const duplicates = /* @__PURE__ */ new Set();
    for (const variant of variants) {
      const key = String(variant.key);
      if (seen.has(key)) duplicates.add(key);
      seen.add(key);
    }
    if (duplicates.size > 0) {
      violations.push({ ruleId: "cross_field.variant_keys_not_unique", path: "multivariate.variants", message: `Variant keys must be unique, duplicated: ${[...duplicates].sort().join(", ")}.` });
    }
  }
  const payloads = isRecord(filters.payloads) ? filters.payloads : {};
  for (const key of Object.keys(payloads)) {
    if (isRecord(filters.multivariate)) {
      if (!variantKeys3.has(key)) violations.push({ ruleId: "cross_field.payload_key_not_a_variant", path: `payloads.${key}`, message: `Payload key '${key}' does not match any variant key.` });
    } else if (key !== "true") {
      violations.push({ ruleId: "cross_field.payload_key_not_true", path: `payloads.${key}`, message: `Payload key '${key}' is invalid: boolean flags only support the 'true' key.` });
    }
  }
  groupsOf(filters).forEach((group, groupIndex) => {
    const variant = group.variant;
    if (typeof variant === "string" && variant !== "" && !variantKeys3.has(variant)) {
      violations.push({ ruleId: "cross_field.group_variant_not_a_variant", path: `groups[${groupIndex}].variant`, message: `Variant override '${variant}' does not match any variant key.` });
    }
  });
  groupsOf(filters).forEach((group, groupIndex) => {
    const aggregation = Object.hasOwn(group, "aggregation_group_type_index") ? group.aggregation_group_type_index : filters.aggregation_group_type_index;
    propertiesOf(group).forEach((property, propertyIndex) => {
      const path = `groups[${groupIndex}].properties[${propertyIndex}]`;
      if (aggregation === null || aggregation === void 0) {
        if (!PERSON_AGGREGATED_TYPES.has(String(property.type))) {
          violations.push({ ruleId: "cross_field.person_aggregation_property_type", path, message: "Person-aggregated conditions can only use person, cohort, and flag properties." });
        }
      } else if (property.type !== "group") {
        violations.push({ ruleId: "cross_field.group_aggregation_property_type", path, message: "Group-aggregated conditions can only use group properties." });
      } else if (property.group_type_index !== aggregation) {
        violations.push({ ruleId: "cross_field.group_property_type_index_mismatch", path, message: "Group properties must match the condition set's group type." });
      }
    });
  });
  groupsOf(filters).forEach((group, groupIndex) => {
    propertiesOf(group).forEach((property, propertyIndex) => {
      violations.push(...operatorViolations(property, `groups[${groupIndex}].properties[${propertyIndex}]`));
    });
  });
  return violations;
}
function operatorViolations(property, path) {
  const violations = [];
  const operator = typeof property.operator === "string" ? property.operator : void 0;
  const value = property.value;
  if (property.type === "flag" && operator !== "flag_evaluates_to") {
    violations.push({ ruleId: "cross_field.flag_property_requires_flag_evaluates_to", path: `${path}.operator`, message: "Flag properties must use the 'flag_evaluates_to' operator." });
  }
  if (operator === void 0) return violations;
  if ((operator === "in" || operator === "not_in") && property.type !== "cohort") {
    violations.push({ ruleId: "cross_field.in_not_in_requires_cohort", path: `${path}.operator`, message: `Operator ${operator} is only supported on cohort properties.` });
  }
  if (DATE_OPERATORS.has(operator) && !isParseableDate(value)) {
    violations.push({ ruleId: "cross_field.date_value_not_parseable", path: `${path}.value`, message: `Invalid date value: ${formatPythonValue(value)}.` });
  }
  if (STRING_VALUE_OPERATORS.has(operator) && typeof value !== "string") {
    violations.push({ ruleId: "cross_field.operator_requires_string_value", path: `${path}.value`, message: `Operator ${operator} requires a string value.` });
  }
  if (LIST_VALUE_OPERATORS.has(operator) && !Array.isArray(value)) {
    violations.push({ ruleId: "cross_field.operator_requires_list_value", path: `${path}.value`, message: `Operator ${operator} requires a list of values.` });
  }
  if (SEMVER_OPERATORS.has(operator)) {
    if (typeof value !== "string") {
      violations.push({ ruleId: "cross_field.semver_value_invalid", path: `${path}.value`, message: `Invalid value for operator ${operator}: expected a semver string.` });
    } else {
      const candidate = operator === "semver_wildcard" ? value.replace(/[.*]+$/, "") : value;
      if (!/^v?\d+(\.\d+){0,2}([-+][0-9A-Za-z.-]+)?$/.test(candidate)) {
        violations.push({ ruleId: "cross_field.semver_value_invalid", path: `${path}.value`, message: `Invalid semver value for operator ${operator}: ${value}.` });
      }
    }
  }
  return violations;
}
function isParseableDate(value) {
  if (typeof value !== "string") return false;
  if (/^-?\d+[hdwmy]$/.test(value.trim())) return true;
  return !Number.isNaN(Date.parse(value));
}

// src/emulator/resources/feature-flag-input.ts
var KEY_PATTERN = /^[a-zA-Z0-9_-]+$/;
var CREATION_CONTEXTS = ["feature_flags", "experiments", "surveys", "early_access_features", "web_experiments", "product_tours"];
var REQUIRE_TAGS_ON_CREATE = "Add at least one tag. This project requires new feature flags to be tagged.";
var REQUIRE_TAGS_ON_UPDATE = "This project requires feature flags to be tagged. Keep at least one tag.";
function readFlagInput(project, body, existing) {
  const input = {};
  const name = readString(body, "name", { allowBlank: true });
  if (name !== void 0 && name !== null) input.name = name;
  const key = readString(body, "key", { required: existing === void 0, maxLength: 400 });
  if (key !== void 0 && key !== null) {
    if (existing === void 0 || key !== existing.key) {
      if (project.featureFlags.some((flag) => flag !== existing && !flag.deleted && flag.key === key)) {
        throw validationError("key", "There is already a feature flag with this key.", "unique");
      }
    }
    if (!KEY_PATTERN.test(key)) throw validationError("key", "Only letters, numbers, hyphens (-) & underscores (_) are allowed.", "invalid_key");
    input.key = key;
  }
  const filters = readObject(body, "filters");
  if (filters !== void 0 && filters !== null) input.filters = validateFlagFilters(project, filters, existing);
  for (const field2 of ["deleted", "active", "archived"]) {
    const value = readBoolean(body, field2);
    if (value !== void 0 && value !== null) input[field2] = value;
  }
  readInteger(body, "version");
  for (const field2 of ["ensure_experience_continuity", "is_remote_configuration", "has_encrypted_payloads", "has_enriched_analytics"]) {
    const value = readBoolean(body, field2, { allowNull: true });
    if (value !== void 0) input[field2] = value;
  }
  const runtime = readChoice(body, "evaluation_runtime", ["server", "client", "all"], { allowNull: true });
  if (runtime !== void 0) input.evaluation_runtime = runtime === null ? null : String(runtime);
  const bucketing = readChoice(body, "bucketing_identifier", ["distinct_id", "device_id"], { allowNull: true });
  if (bucketing !== void 0) input.bucketing_identifier = bucketing === null ? null : String(bucketing);
  const tags = readTags(body);
  if (tags !== void 0) input.tags = tags;
  validateEvaluationContexts(body);
  const dashboards = readList(body, "analytics_dashboards");
  if (dashboards !== void 0 && dashboards !== null) input.analytics_dashboards = readDashboardIds2(project, dashboards);
  const creationContext = readChoice(body, "creation_context", CREATION_CONTEXTS);
  if (typeof creationContext === "string") input.creation_context = creationContext;
  readString(body, "_create_in_folder", { allowBlank: true });
  validateFlagState(project, input, existing);
  return input;
}
function validateEvaluationContexts(body) {
  if (!hasField(body, "evaluation_contexts") || body.evaluation_contexts === null) return;
  const raw = body.evaluation_contexts;
  if (!Array.isArray(raw) || raw.length > 50) throw validationError(null, "evaluation_contexts must be a list of at most 50 items.");
  if (raw.some((item) => typeof item !== "string" || item.length > 255)) throw validationError(null, "Invalid evaluation context name.");
}
function readDashboardIds2(project, values) {
  return values.map((value) => {
    const id = typeof value === "number" ? value : Number.NaN;
    if (!project.dashboards.some((dashboard) => dashboard.id === id && !dashboard.deleted)) {
      throw validationError("analytics_dashboards", `Invalid pk "${String(value)}" - object does not exist.`, "does_not_exist");
    }
    return id;
  });
}
function validateFlagState(project, input, existing) {
  const bucketing = input.bucketing_identifier !== void 0 ? input.bucketing_identifier : existing?.bucketing_identifier;
  const continuity = input.ensure_experience_continuity !== void 0 ? input.ensure_experience_continuity : existing?.ensure_experience_continuity;
  const alreadyCombined = existing?.bucketing_identifier === "device_id" && existing.ensure_experience_continuity === true;
  if (bucketing === "device_id" && continuity === true && !alreadyCombined) {
    throw validationError(null, "Cannot enable 'persist across authentication steps' when using device ID bucketing. These features are incompatible.");
  }
  const encrypted = input.has_encrypted_payloads ?? existing?.has_encrypted_payloads ?? false;
  const remote = input.is_remote_configuration ?? existing?.is_remote_configuration ?? false;
  if (encrypted && !remote) throw validationError(null, "Encrypted payloads require the flag to be a remote configuration.");
  const archived = input.archived ?? existing?.archived ?? false;
  const active = input.active ?? existing?.active ?? true;
  if (archived && active) {
    if (input.archived) throw validationError(null, "Cannot archive an enabled feature flag. Disable it first, or send active: false in the same request.");
    throw validationError(null, "Cannot enable an archived feature flag. Unarchive it first.");
  }
  if (existing === void 0 && input.is_remote_configuration === true) applyRemoteConfigDefaults(input);
  const requireTags = isRecord(project.settings.feature_flag_policy_config) && project.settings.feature_flag_policy_config.require_tags === true;
  const exempt = input.creation_context !== void 0 && input.creation_context !== "feature_flags";
  if (requireTags && !exempt) {
    if (existing === void 0 && (input.tags ?? []).length === 0) throw validationError("tags", REQUIRE_TAGS_ON_CREATE);
    if (existing !== void 0 && input.tags !== void 0 && input.tags.length === 0 && existing.tags.length > 0) {
      throw validationError("tags", REQUIRE_TAGS_ON_UPDATE);
    }
  }
}
function applyRemoteConfigDefaults(input) {
  const filters = input.filters ?? {};
  const groups = Array.isArray(filters.groups) ? filters.groups.filter(isRecord) : [];
  if (groups.length === 0) filters.groups = [{ properties: [], rollout_percentage: 100, variant: null }];
  for (const group of groups) if (group.rollout_percentage === 0 || group.rollout_percentage === null || group.rollout_percentage === void 0) group.rollout_percentage = 100;
  input.filters = filters;
}
function validateFlagFilters(project, filters, existing) {
  if (Object.hasOwn(filters, "version")) throw validationError("filters", "filters.version is reserved. Remove it from the request.", "reserved_config_version");
  if (existing !== void 0 && Object.keys(filters).length === 0) return cloneJson(existing.filters);
  const merged = existing === void 0 ? cloneJson(filters) : { ...cloneJson(existing.filters), ...cloneJson(filters) };
  const normalized = normalizeFilterStructure(merged);
  const groups = normalized.groups ?? [];
  if (existing === void 0 && groups.length === 0) throw validationError("filters", "Feature flags must have at least one condition set (group).");
  if (existing !== void 0) rejectRemovedVariantsOfRunningExperiments(project, existing, normalized);
  const flagLevelAggregation = normalized.aggregation_group_type_index ?? null;
  for (const group of groups) if (!Object.hasOwn(group, "aggregation_group_type_index")) group.aggregation_group_type_index = flagLevelAggregation;
  if (groups.length > 0) {
    const first = groups[0]?.aggregation_group_type_index ?? null;
    normalized.aggregation_group_type_index = groups.every((group) => (group.aggregation_group_type_index ?? null) === first) ? first : null;
  }
  const violation = collectCrossFieldViolations(normalized)[0];
  if (violation !== void 0) rejectFilters(violation);
  validateContextualRules(project, normalized, existing);
  return normalized;
}
function rejectRemovedVariantsOfRunningExperiments(project, flag, filters) {
  const keysOf = (value) => {
    const multivariate = value.multivariate;
    return isRecord(multivariate) && Array.isArray(multivariate.variants) ? multivariate.variants.filter(isRecord).map((variant) => String(variant.key)) : [];
  };
  const remaining = new Set(keysOf(filters));
  const removed = keysOf(flag.filters).filter((key) => !remaining.has(key));
  if (removed.length === 0) return;
  const running = project.experiments.filter((experiment) => experiment.feature_flag_id === flag.id && !experiment.deleted && isExperimentRunning(experiment));
  if (running.length === 0) return;
  const names = running.map((experiment) => `"${experiment.name}" (ID: ${experiment.id})`).join(", ");
  throw validationError(
    "filters",
    `Cannot remove variant(s) ${removed.map((key) => `'${key}'`).join(", ")} from a feature flag that is linked to running experiment(s): ${names}. Please stop the experiment(s) before removing variants.`
  );
}
function flagProperties(filters) {
  const found = [];
  const groups = Array.isArray(filters.groups) ? filters.groups : [];
  groups.forEach((group, groupIndex) => {
    if (!isRecord(group) || !Array.isArray(group.properties)) return;
    group.properties.forEach((property, propertyIndex) => {
      if (isRecord(property)) found.push({ path: `groups[${groupIndex}].properties[${propertyIndex}]`, property });
    });
  });
  return found;
}
function flagDependencies(filters) {
  return flagProperties(filters).filter(({ property }) => property.type === "flag").map(({ property }) => Number(property.key)).filter((id) => Number.isInteger(id));
}
function cohortReferences(filters) {
  return flagProperties(filters).filter(({ property }) => property.type === "cohort").map(({ property }) => Number(property.value)).filter((id) => Number.isInteger(id));
}
function validateContextualRules(project, filters, existing) {
  const existingPatterns = new Set(
    flagProperties(existing?.filters ?? {}).filter(({ property }) => property.operator === "regex" || property.operator === "not_regex").map(({ property }) => property.value)
  );
  for (const { path, property } of flagProperties(filters)) {
    if ((property.operator === "regex" || property.operator === "not_regex") && typeof property.value === "string" && !existingPatterns.has(property.value)) {
      try {
        new RegExp(property.value);
      } catch {
        throw validationError("filters", `${path}.value: invalid regex pattern`);
      }
    }
    if (property.type === "cohort") validateCohortReference(project, property.value);
    if (property.type === "flag") validateFlagReference(project, property.key, existing);
  }
}
function validateCohortReference(project, value) {
  const cohort = project.cohorts.find((candidate) => String(candidate.id) === String(value));
  if (cohort === void 0) throw validationError("filters", `Cohort with id ${String(value)} does not exist`, "cohort_does_not_exist");
  if (!cohort.is_static && JSON.stringify(cohort.filters ?? {}).includes('"type":"behavioral"')) {
    throw validationError("filters", `Cohort '${cohort.name ?? ""}' with filters on events cannot be used in feature flags.`, "behavioral_cohort_found");
  }
}
function validateFlagReference(project, reference, existing) {
  const id = Number(reference);
  if (!Number.isInteger(id) || typeof reference === "boolean") {
    throw validationError("filters", `Flag dependencies must reference flag IDs (integers), not flag keys. Invalid reference: '${String(reference)}'`);
  }
  if (existing !== void 0 && id === existing.id) throw validationError("filters", "A feature flag cannot depend on itself.");
  const target = project.featureFlags.find((flag) => flag.id === id && !flag.deleted);
  if (target === void 0) throw validationError("filters", `Flag dependency references non-existent flag with ID ${id}`);
  if (!target.active) {
    throw validationError("filters", `Cannot create dependency on disabled flag '${target.key}' (ID: ${id}). Flag dependencies must reference active flags only.`);
  }
  if (existing !== void 0 && dependsOn(project, target, existing.id, /* @__PURE__ */ new Set())) {
    throw validationError("filters", `Circular dependency detected: flag '${existing.key}' (ID: ${existing.id}) is already a dependency of '${target.key}' (ID: ${target.id}).`);
  }
}
function dependsOn(project, flag, targetId, visited) {
  if (visited.has(flag.id)) return false;
  visited.add(flag.id);
  return flagDependencies(flag.filters).some((id) => {
    if (id === targetId) return true;
    const next = project.featureFlags.find((candidate) => candidate.id === id);
    return next !== void 0 && dependsOn(project, next, targetId, visited);
  });
}

// src/emulator/resources/cohorts.ts
var COHORT_TYPES = ["static", "person_property", "behavioral", "analytical", "realtime"];
var VALUELESS_OPERATORS = /* @__PURE__ */ new Set(["is_set", "is_not_set"]);
var cohortsResource = {
  segment: "cohorts",
  scopeObject: "cohort",
  environmentsAlias: false,
  throttle: "default",
  handle: routeViewset({
    list: listCohorts,
    create: createCohort,
    detail: {
      find: ({ project }, id) => findByIntegerId(project.cohorts, id),
      retrieve: (_context, cohort) => ok(serializeCohort(cohort)),
      update: updateCohort,
      destroy: "forbidden"
    }
  })
};
function serializeCohort(cohort, basic = false) {
  const core = {
    id: cohort.id,
    name: cohort.name,
    description: cohort.description,
    deleted: cohort.deleted,
    is_calculating: false,
    created_by: cohort.created_by,
    created_at: cohort.created_at,
    last_calculation: cohort.last_calculation,
    version: cohort.version,
    count: cohort.count,
    is_static: cohort.is_static,
    cohort_type: cohort.cohort_type,
    errors_calculating: 0,
    last_error_message: null,
    last_backfill_person_properties_at: null,
    experiment_set: [],
    // Calculations finish at once here, so nothing is ever pending beyond the current version.
    pending_version: cohort.version,
    condition_type: conditionType(cohort.filters),
    // SearchMatchTypeSerializerMixin: "exact"/"similar" only for a `search` list request.
    search_match_type: null
  };
  if (basic) return core;
  return { ...core, groups: cohort.groups, filters: cohort.filters, query: cohort.query };
}
var LIFECYCLE_VALUES = /* @__PURE__ */ new Set(["performed_event_first_time", "performed_event_regularly", "stopped_performing_event", "restarted_performing_event"]);
function conditionType(filters) {
  const found = leaves(filters?.properties);
  if (found.length === 0) return null;
  const behavioral = found.filter((leaf) => leaf.type === "behavioral");
  return {
    person_properties: found.some((leaf) => leaf.type === "person" || leaf.type === "person_metadata"),
    behavioral: behavioral.some((leaf) => !LIFECYCLE_VALUES.has(String(leaf.value))),
    lifecycle: behavioral.some((leaf) => LIFECYCLE_VALUES.has(String(leaf.value))),
    cohorts: found.some((leaf) => leaf.type === "cohort")
  };
}
function leaves(node) {
  if (!isRecord(node)) return [];
  if (Array.isArray(node.values) && (node.type === "AND" || node.type === "OR")) return node.values.flatMap(leaves);
  return [node];
}
function hasBehavioralFilter(filters) {
  return filters !== null && leaves(filters.properties).some((leaf) => leaf.type === "behavioral");
}
function referencedCohortIds(filters) {
  if (filters === null) return [];
  return leaves(filters.properties).filter((leaf) => leaf.type === "cohort").map((leaf) => Number(leaf.value)).filter((id) => Number.isInteger(id));
}
function reachesCohort(project, fromIds, targetId, visited = /* @__PURE__ */ new Set()) {
  return fromIds.some((id) => {
    if (id === targetId) return true;
    if (visited.has(id)) return false;
    visited.add(id);
    const next = project.cohorts.find((cohort) => cohort.id === id);
    return next !== void 0 && reachesCohort(project, referencedCohortIds(next.filters), targetId, visited);
  });
}
function validateFilterTree(project, filters, existing) {
  const properties = filters.properties;
  if (!isRecord(properties) || typeof properties.type !== "string" || !Array.isArray(properties.values)) {
    throw validationError("filters", "Must contain a 'properties' key with type and values");
  }
  for (const leaf of leaves(properties)) {
    if (leaf.type === "person") {
      const required = VALUELESS_OPERATORS.has(String(leaf.operator)) ? ["key", "operator"] : ["key", "operator", "value"];
      const missing = required.filter((key) => !Object.hasOwn(leaf, key));
      if (missing.length > 0) throw validationError("filters", `Missing required keys for person filter: ${missing.join(", ")}`);
    } else if (leaf.type === "cohort") {
      const target = project.cohorts.find((cohort) => String(cohort.id) === String(leaf.value) && !cohort.deleted);
      if (target === void 0) throw validationError("filters", `Invalid Cohort ID in filter: ${String(leaf.value)}`);
      if (existing !== void 0 && reachesCohort(project, [target.id], existing.id)) {
        throw validationError("filters", "Cohorts cannot reference other cohorts in a loop.");
      }
    } else if (leaf.type === "behavioral") {
      const missing = ["key", "value"].filter((key) => !Object.hasOwn(leaf, key));
      if (missing.length > 0) throw validationError("filters", `Missing required keys for behavioral filter: ${missing.join(", ")}`);
    } else if (typeof leaf.type !== "string") {
      throw validationError("filters", "Every cohort filter needs a type.");
    }
  }
  return cloneJson(filters);
}
function computeCohortType(isStatic, filters) {
  if (isStatic) return "static";
  return hasBehavioralFilter(filters) ? "behavioral" : "person_property";
}
function readCohortInput(project, body, existing) {
  const input = {};
  const name = readString(body, "name", { allowNull: true, allowBlank: true, maxLength: 400 });
  if (name !== void 0) input.name = name;
  const description = readString(body, "description", { allowBlank: true, maxLength: 1e3 });
  if (description !== void 0 && description !== null) input.description = description;
  const isStatic = readBoolean(body, "is_static");
  if (isStatic !== void 0 && isStatic !== null) input.is_static = isStatic;
  const filters = readObject(body, "filters", { allowNull: true });
  if (filters !== void 0) input.filters = filters === null ? null : validateFilterTree(project, filters, existing);
  const query = readObject(body, "query", { allowNull: true });
  if (query !== void 0) input.query = query;
  const groups = readList(body, "groups");
  if (groups !== void 0 && groups !== null) input.groups = groups;
  const cohortType = readChoice(body, "cohort_type", COHORT_TYPES, { allowNull: true });
  if (cohortType !== void 0) input.cohort_type = cohortType === null ? null : String(cohortType);
  const deleted = readBoolean(body, "deleted");
  if (deleted !== void 0 && deleted !== null) input.deleted = deleted;
  const personIds = readList(body, "_create_static_person_ids");
  if (personIds !== void 0 && personIds !== null) input.staticPersonIds = personIds;
  readString(body, "_create_in_folder", { allowBlank: true });
  const isStaticAfter = input.is_static ?? existing?.is_static ?? false;
  const hasFilters = input.filters !== void 0 && input.filters !== null;
  const hasQuery = input.query !== void 0 && input.query !== null;
  if (hasQuery && hasFilters) throw validationError(null, "Cannot set both filters and query on a cohort.");
  if (hasQuery && !isStaticAfter) throw validationError("query", "Cannot create a dynamic cohort with a query. Set is_static to true.");
  return input;
}
function createCohort(context) {
  const { project, state } = context;
  const body = readRequestBody(context.body);
  const input = readCohortInput(project, body, void 0);
  const isStatic = input.is_static ?? false;
  const filters = input.filters ?? (input.groups && input.groups.length > 0 ? { properties: { type: "OR", values: cloneJson(input.groups) } } : null);
  const cohort = {
    id: allocateId(state, "cohort"),
    name: input.name ?? null,
    description: input.description ?? "",
    is_static: isStatic,
    filters,
    query: input.query ?? null,
    groups: input.groups ?? [],
    cohort_type: input.cohort_type ?? computeCohortType(isStatic, filters),
    deleted: input.deleted ?? false,
    version: isStatic ? null : 1,
    created_at: isoNow(),
    created_by: currentUser(),
    last_calculation: isStatic ? null : isoNow(),
    count: isStatic ? 0 : null
  };
  project.cohorts.push(cohort);
  return created(serializeCohort(cohort));
}
function updateCohort(context, cohort) {
  const { project } = context;
  const body = readRequestBody(context.body);
  const input = readCohortInput(project, body, cohort);
  if (cohort.is_static && (hasField(body, "filters") || hasField(body, "query"))) {
    throw validationError("filters", "Cannot update the criteria of a static cohort.");
  }
  const usingFlags = project.featureFlags.filter((flag) => !flag.deleted && flag.active && cohortReferences(flag.filters).includes(cohort.id));
  if (input.filters !== void 0 && hasBehavioralFilter(input.filters) && usingFlags.length > 0) {
    throw validationError(
      "filters",
      `A behavioral cohort cannot be used in feature flags. This cohort is used by: ${usingFlags.map((flag) => flag.key).join(", ")}.`,
      "behavioral_cohort_found"
    );
  }
  if (input.deleted === true && !cohort.deleted) assertCohortUnused(project, cohort, usingFlags.map((flag) => `${flag.key} (ID: ${flag.id})`));
  if (input.name !== void 0) cohort.name = input.name;
  if (input.description !== void 0) cohort.description = input.description;
  if (input.filters !== void 0) {
    cohort.filters = input.filters;
    cohort.version = (cohort.version ?? 0) + 1;
    cohort.last_calculation = isoNow();
  }
  if (input.query !== void 0) cohort.query = input.query;
  if (input.groups !== void 0) cohort.groups = input.groups;
  if (input.deleted !== void 0) cohort.deleted = input.deleted;
  cohort.cohort_type = input.cohort_type ?? computeCohortType(cohort.is_static, cohort.filters);
  return ok(serializeCohort(cohort));
}
function assertCohortUnused(project, cohort, flagNames) {
  if (flagNames.length > 0) {
    throw validationError(null, `This cohort is used in ${flagNames.length} active feature flag(s): ${flagNames.join(", ")}. Remove it from those flags before deleting it.`);
  }
  const testFilters = project.settings.test_account_filters;
  if (Array.isArray(testFilters) && testFilters.some((filter) => isRecord(filter) && filter.type === "cohort" && String(filter.value) === String(cohort.id))) {
    throw validationError(null, "This cohort is used in the project's test account filters. Remove it from the filters before deleting it.");
  }
  const dependents = project.cohorts.filter((other) => other !== cohort && !other.deleted && referencedCohortIds(other.filters).includes(cohort.id));
  if (dependents.length > 0) {
    throw validationError(null, `This cohort is used by other cohorts: ${dependents.map((other) => `${other.name ?? ""} (ID: ${other.id})`).join(", ")}.`);
  }
}
function listCohorts(context) {
  const { project, query } = context;
  let cohorts = project.cohorts.filter((cohort) => !cohort.deleted);
  const search = query.get("search");
  if (search !== null) {
    if (search.length > 200) throw validationError("search", "Ensure this field has no more than 200 characters.", "max_length");
    cohorts = cohorts.filter((cohort) => (cohort.name ?? "").toLowerCase().includes(search.toLowerCase()));
  }
  const type = query.get("type");
  if (type === "static") cohorts = cohorts.filter((cohort) => cohort.is_static);
  if (type === "dynamic") cohorts = cohorts.filter((cohort) => !cohort.is_static);
  if (parseBooleanText(query.get("hide_behavioral_cohorts") ?? "")) cohorts = cohorts.filter((cohort) => !hasBehavioralFilter(cohort.filters));
  cohorts.sort((left, right) => right.created_at.localeCompare(left.created_at) || right.id - left.id);
  const basic = parseBooleanText(query.get("basic") ?? "");
  const page2 = paginate(cohorts, context.requestUrl);
  return ok({ ...page2, results: page2.results.map((cohort) => serializeCohort(cohort, basic)) });
}

// src/emulator/resources/dashboards.ts
import { randomUUID as randomUUID8 } from "node:crypto";

// src/emulator/resources/dashboard-serializers.ts
function serializeDashboardBasic(project, dashboard) {
  return {
    id: dashboard.id,
    name: dashboard.name,
    description: dashboard.description,
    pinned: dashboard.pinned,
    created_at: dashboard.created_at,
    created_by: dashboard.created_by,
    last_accessed_at: dashboard.last_accessed_at,
    last_viewed_at: null,
    // get_folder: the project-tree folder of the dashboard's file-system entry; the emulator files every dashboard where PostHog's sync does by default.
    folder: "Unfiled/Dashboards",
    is_shared: false,
    deleted: dashboard.deleted,
    creation_mode: dashboard.creation_mode,
    tags: dashboard.tags,
    restriction_level: dashboard.restriction_level,
    effective_restriction_level: dashboard.restriction_level,
    effective_privilege_level: 37,
    user_access_level: "editor",
    access_control_version: dashboard.restriction_level > 21 ? "v1" : "v2",
    last_refresh: dashboard.last_refresh,
    team_id: project.id,
    // SearchMatchTypeSerializerMixin: "exact"/"similar" only for a `search` list request, which the emulator does not serve.
    search_match_type: null
  };
}
function serializeDashboard(project, dashboard, view) {
  const hasFilters = Object.keys(dashboard.filters).length > 0;
  const hasVariables = dashboard.variables !== null && Object.keys(dashboard.variables).length > 0;
  return {
    ...serializeDashboardBasic(project, dashboard),
    filters: dashboard.filters,
    variables: dashboard.variables ?? {},
    breakdown_colors: dashboard.breakdown_colors,
    data_color_theme_id: dashboard.data_color_theme_id,
    persisted_filters: hasFilters ? dashboard.filters : null,
    persisted_variables: hasVariables ? dashboard.variables : null,
    quick_filter_ids: dashboard.quick_filter_ids ?? [],
    tiles: sortTilesByLayout(renderedTiles(project, dashboard)).map((tile, order) => serializeTile(project, tile, order, view))
  };
}
function layoutCoordinate(tile, size, axis) {
  const box = tile.layouts[size];
  if (!isRecord(box)) return 100;
  const value = box[axis];
  return typeof value === "number" ? value : 100;
}
function sortTilesByLayout(tiles, size = "sm") {
  return [...tiles].sort(
    (left, right) => layoutCoordinate(left, size, "y") - layoutCoordinate(right, size, "y") || layoutCoordinate(left, size, "x") - layoutCoordinate(right, size, "x")
  );
}
function renderedTiles(project, dashboard) {
  return project.tiles.filter((tile) => {
    if (tile.dashboard_id !== dashboard.id || tile.deleted === true) return false;
    if (tile.insight_id === null) return true;
    const insight = project.insights.find((candidate) => candidate.id === tile.insight_id);
    return insight !== void 0 && !insight.deleted;
  });
}
function serializeTile(project, tile, order, view) {
  const insight = project.insights.find((candidate) => candidate.id === tile.insight_id);
  const text = project.texts.find((candidate) => candidate.id === tile.text_id);
  const button = project.buttons.find((candidate) => candidate.id === tile.button_id);
  return {
    id: tile.id,
    layouts: tile.layouts,
    color: tile.color,
    filters_overrides: tile.filters_overrides,
    show_description: tile.show_description,
    transparent_background: tile.transparent_background,
    insight: insight === void 0 ? null : serializeInsight(project, insight, view),
    text: text === void 0 ? null : serializeText(project, text),
    button_tile: button === void 0 ? null : serializeButton(project, button),
    order,
    last_refresh: null,
    is_cached: false
  };
}
function serializeText(project, text) {
  const tiles = project.tiles.filter((tile) => tile.text_id === text.id && isTileLive(project, tile));
  return { ...text, team: project.id, dashboard_tiles: describeTiles(tiles) };
}
function serializeButton(project, button) {
  const tiles = project.tiles.filter((tile) => tile.button_id === button.id && isTileLive(project, tile));
  return { ...button, team: project.id, dashboard_tiles: describeTiles(tiles) };
}

// src/emulator/resources/dashboard-templates.ts
import { randomUUID as randomUUID6 } from "node:crypto";
var SCOPES2 = ["team", "global", "feature_flag"];
var SAFE_METHODS = /* @__PURE__ */ new Set(["GET", "HEAD", "OPTIONS"]);
function globalTemplate() {
  return {
    id: "0190b2f0-0000-7000-8000-00000000d7e1",
    template_name: "Product analytics",
    dashboard_description: "How people use your app at a glance.",
    dashboard_filters: {},
    tags: [],
    tiles: [{ type: "TEXT", body: "### Start here", layouts: {} }],
    variables: [],
    deleted: null,
    created_at: "2024-01-01T00:00:00Z",
    created_by: null,
    image_url: null,
    team_id: null,
    scope: "global",
    availability_contexts: ["general"],
    is_featured: true
  };
}
function templatesOf(project) {
  project.dashboardTemplates ??= [globalTemplate()];
  return project.dashboardTemplates;
}
function visibleTemplates(context) {
  const scope = context.query.get("scope");
  const live = templatesOf(context.project).filter((row) => row.deleted !== true);
  const scoped = scope === "feature_flag" || scope === "global" ? live.filter((row) => row.scope === scope) : live.filter((row) => row.team_id === context.project.id || row.scope === "global");
  const featured = context.query.get("is_featured");
  const filtered = featured === null ? scoped : scoped.filter((row) => row.is_featured === parseBooleanText(featured));
  const ordering = context.query.get("ordering");
  if (ordering !== "template_name" && ordering !== "-template_name") return filtered;
  const sorted = [...filtered].sort((left, right) => (left.template_name ?? "").localeCompare(right.template_name ?? ""));
  return ordering === "template_name" ? sorted : sorted.reverse();
}
function readStringList(body, key, maxLength) {
  const list = readList(body, key, { allowNull: true });
  if (list === void 0 || list === null) return list;
  return list.map((entry, index) => coerceString(entry, [key, index], { maxLength }) ?? "");
}
function readTemplateFields(body) {
  const fields = {};
  for (const [key, maxLength] of [["template_name", 400], ["dashboard_description", 400], ["image_url", 8201]]) {
    const value = readString(body, key, { allowNull: true, allowBlank: true, maxLength });
    if (value !== void 0) fields[key] = value;
  }
  for (const key of ["dashboard_filters", "tiles", "variables"]) if (hasField(body, key)) fields[key] = readJson(body, key, { allowNull: true });
  const tags = readStringList(body, "tags", 255);
  if (tags !== void 0) fields.tags = tags;
  const contexts = readStringList(body, "availability_contexts", 255);
  if (contexts !== void 0) fields.availability_contexts = contexts;
  const deleted = readBoolean(body, "deleted", { allowNull: true });
  if (deleted !== void 0) fields.deleted = deleted;
  const featured = readBoolean(body, "is_featured");
  if (featured !== void 0 && featured !== null) fields.is_featured = featured;
  const scope = readChoice(body, "scope", SCOPES2, { allowNull: true });
  if (scope !== void 0) fields.scope = scope === null ? null : String(scope);
  return fields;
}
function requireUniqueName(project, record2, self) {
  if (record2.template_name === null || record2.deleted === true || record2.team_id === null) return;
  const taken = templatesOf(project).some((row) => row !== self && row.deleted !== true && row.team_id === record2.team_id && row.template_name === record2.template_name);
  if (taken) throw validationError("template_name", "A dashboard template with this name already exists for this project.", "invalid");
}
function createTemplate(context) {
  const fields = readTemplateFields(readRequestBody(context.body));
  if (!("tiles" in fields)) throw serverError();
  if (!isTruthy(fields.tiles)) throw validationError(null, "You need to provide tiles for the template.", "invalid");
  const record2 = {
    id: randomUUID6(),
    template_name: null,
    dashboard_description: null,
    dashboard_filters: null,
    tags: null,
    tiles: null,
    variables: null,
    deleted: null,
    created_at: isoNow(),
    created_by: EMULATOR_USER.id,
    image_url: null,
    availability_contexts: null,
    is_featured: false,
    ...fields,
    scope: fields.scope ? fields.scope : "team",
    team_id: context.project.id
  };
  requireUniqueName(context.project, record2);
  templatesOf(context.project).push(record2);
  return created({ ...record2 });
}
function updateTemplate(context, record2) {
  const fields = readTemplateFields(readRequestBody(context.body));
  if (fields.scope === "team" && record2.scope === "global" && record2.team_id === null) throw validationError(null, "The original templates cannot be made private as they would be lost.", "invalid");
  const next = { ...record2, ...fields };
  requireUniqueName(context.project, next, record2);
  Object.assign(record2, fields);
  return ok({ ...record2 });
}
var routeTemplates = routeViewset({
  list: (context) => {
    const page2 = paginate(visibleTemplates(context), context.requestUrl);
    return ok({ ...page2, results: page2.results.map((row) => ({ ...row })) });
  },
  create: createTemplate,
  detail: {
    find: (context, id) => {
      const record2 = visibleTemplates(context).find((row) => row.id === id);
      if (record2 === void 0) throw notFound();
      return record2;
    },
    retrieve: (_context, record2) => ok({ ...record2 }),
    update: updateTemplate,
    destroy: "forbidden"
  }
});
var dashboardTemplatesResource = {
  segment: "dashboard_templates",
  scopeObject: "dashboard_template",
  environmentsAlias: false,
  throttle: "default",
  handle(context) {
    if (!SAFE_METHODS.has(context.method) && context.settings.staffUser === false) throw permissionDenied("You don't have edit permissions for this dashboard template.");
    return routeTemplates(context);
  }
};

// src/emulator/resources/dashboard-from-template.ts
function findUsedTemplate(project, key) {
  const template = templatesOf(project).find((row) => row.deleted !== true && row.template_name === key);
  if (template === void 0) throw validationError("use_template", `Invalid template provided: ${key}`);
  if (!Array.isArray(template.tiles) || !template.tiles.every((tile) => isRecord(tile) && "type" in tile)) throw serverError();
  return template;
}
function textOrNull(value) {
  return typeof value === "string" ? value : null;
}
function applyTemplate(context, dashboard, template, requestTags) {
  const { project, state } = context;
  if (!dashboard.name) dashboard.name = template.template_name;
  dashboard.filters = isRecord(template.dashboard_filters) ? cloneJson(template.dashboard_filters) : {};
  dashboard.description = template.dashboard_description ?? "";
  dashboard.tags = requestTags ?? [...template.tags ?? []];
  for (const tile of template.tiles) {
    const display = { layouts: isRecord(tile.layouts) ? cloneJson(tile.layouts) : {}, color: textOrNull(tile.color) };
    const now = isoNow();
    if (tile.type === "INSIGHT") {
      const insight = {
        id: allocateId(state, "insight"),
        short_id: generateShortId(project),
        name: textOrNull(tile.name),
        derived_name: null,
        description: textOrNull(tile.description),
        query: isRecord(tile.query) ? cloneJson(tile.query) : null,
        filters: {},
        tags: [],
        favorited: false,
        saved: false,
        deleted: false,
        order: null,
        created_at: now,
        created_by: currentUser(),
        updated_at: now,
        last_modified_at: now,
        last_modified_by: currentUser(),
        is_sample: true
      };
      project.insights.push(insight);
      createTile(state, project, { dashboard_id: dashboard.id, insight_id: insight.id, ...display });
    } else if (tile.type === "TEXT") {
      const text = { id: allocateId(state, "text"), body: textOrNull(tile.body), created_by: null, last_modified_by: null, last_modified_at: now };
      project.texts.push(text);
      createTile(state, project, { dashboard_id: dashboard.id, text_id: text.id, ...display });
    }
  }
}

// src/emulator/resources/dashboard-tile-actions.ts
var DASHBOARD_TILE_ACTIONS = {
  create_text_tile: withBody(["POST"], createTextTile),
  update_text_tile: withBody(["POST"], updateTextTile),
  delete_tile: withBody(["POST"], deleteTile),
  reorder_tiles: withBody(["POST"], reorderTiles),
  copy_tile: withBody(["POST"], copyTile),
  move_tile: withBody(["PATCH", "POST"], moveTile)
};
function withBody(methods, run) {
  return { methods, run: (context, dashboard) => run(context, dashboard, readRequestBody(context.body)) };
}
var LAYOUT_SIZES = ["sm", "xs"];
var LAYOUT_KEYS = ["x", "y", "w", "h"];
var TEXT_BODY = { maxLength: 4e3, maxLengthMessage: "Text body cannot exceed 4000 characters" };
var GRID_COLUMNS = 12;
var REORDER_WIDTH = 6;
var REORDER_HEIGHT = 5;
function readLayouts(body) {
  if (!hasField(body, "layouts")) return void 0;
  const layouts = body.layouts;
  if (layouts === null) throw validationError(["layouts"], "This field may not be null.", "null");
  if (!isRecord(layouts)) throw validationError(["layouts", "non_field_errors"], `Invalid data. Expected a dictionary, but got ${describePythonType(layouts)}.`, "invalid");
  const validated = {};
  for (const size of LAYOUT_SIZES) {
    if (!hasField(layouts, size)) continue;
    const box = layouts[size];
    if (box === null) throw validationError(["layouts", size], "This field may not be null.", "null");
    if (!isRecord(box)) throw validationError(["layouts", size, "non_field_errors"], `Invalid data. Expected a dictionary, but got ${describePythonType(box)}.`, "invalid");
    const values = {};
    for (const key of LAYOUT_KEYS) {
      const value = readInteger(box, key, { path: ["layouts", size, key] });
      if (value !== void 0) values[key] = value;
    }
    validated[size] = values;
  }
  return validated;
}
function readColor(body) {
  if (!hasField(body, "color")) return void 0;
  return coerceString(body.color, ["color"], { allowNull: true, allowBlank: true, maxLength: 400, maxLengthMessage: "Color cannot exceed 400 characters" });
}
function readTileId(body, key, path = [key]) {
  const id = readInteger(body, key, { required: true, path });
  if (id === null || id === void 0) throw validationError(path, "This field may not be null.", "null");
  return id;
}
function findLiveTile(context, dashboard, id) {
  const tile = context.project.tiles.find((candidate) => candidate.id === id && candidate.dashboard_id === dashboard.id && isTileLive(context.project, candidate));
  if (tile === void 0) throw notFound();
  return tile;
}
function dashboardResponse(context, dashboard) {
  return ok(serializeDashboard(context.project, dashboard, insightView(context)));
}
function createTextTile(context, dashboard, body) {
  const { project, state } = context;
  if (!hasField(body, "body")) throw validationError(["body"], "This field is required.", "required");
  const text = coerceString(body.body, ["body"], TEXT_BODY);
  const layouts = readLayouts(body);
  const color = readColor(body);
  const record2 = { id: allocateId(state, "text"), body: text, created_by: currentUser(), last_modified_by: null, last_modified_at: isoNow() };
  project.texts.push(record2);
  const tile = createTile(state, project, {
    dashboard_id: dashboard.id,
    text_id: record2.id,
    ...layouts === void 0 ? {} : { layouts },
    ...color === void 0 ? {} : { color }
  });
  return created(serializeTile(project, tile, null, insightView(context)));
}
function updateTextTile(context, dashboard, body) {
  const { project } = context;
  const tileId = readTileId(body, "tile_id");
  const text = hasField(body, "body") ? coerceString(body.body, ["body"], TEXT_BODY) : void 0;
  const layouts = readLayouts(body);
  const color = readColor(body);
  const tile = findLiveTile(context, dashboard, tileId);
  const record2 = project.texts.find((candidate) => candidate.id === tile.text_id);
  if (record2 === void 0) throw validationError(null, "Tile is not a text tile.");
  if (text !== void 0) record2.body = text;
  record2.last_modified_by = currentUser();
  record2.last_modified_at = isoNow();
  if (layouts !== void 0) tile.layouts = layouts;
  if (color !== void 0) tile.color = color;
  return ok(serializeTile(project, tile, null, insightView(context)));
}
function deleteTile(context, dashboard, body) {
  const tile = findLiveTile(context, dashboard, readTileId(body, "tile_id"));
  tile.deleted = true;
  compactLayouts(context.project.tiles.filter((candidate) => candidate.dashboard_id === dashboard.id && isTileLive(context.project, candidate)));
  return noContent();
}
function overlaps(a, b) {
  return !(a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y);
}
function compactLayouts(tiles) {
  const sizes = new Set(tiles.flatMap((tile) => Object.keys(tile.layouts)));
  for (const size of sizes) {
    const placed = [];
    for (const tile of sortTilesByLayout(tiles.filter((candidate) => isRecord(candidate.layouts[size])), size)) {
      const layout = tile.layouts[size];
      const rect = { x: layout.x ?? 0, y: layout.y ?? 0, w: layout.w ?? 1, h: layout.h ?? 1 };
      if (![rect.x, rect.y, rect.w, rect.h].every((value) => typeof value === "number")) throw serverError();
      const box = rect;
      let y = 0;
      for (; ; ) {
        const collisions = placed.filter((other) => overlaps({ ...box, y }, other));
        if (collisions.length === 0) break;
        y = Math.max(...collisions.map((other) => other.y + other.h));
      }
      placed.push({ ...box, y });
      if (y !== (layout.y ?? 0)) layout.y = y;
    }
  }
}
function existingSize(tile) {
  const small = tile.layouts.sm;
  const w = isRecord(small) && Number.isInteger(small.w) && small.w > 0 ? small.w : REORDER_WIDTH;
  const h = isRecord(small) && Number.isInteger(small.h) && small.h > 0 ? small.h : REORDER_HEIGHT;
  return { w, h };
}
function applyReorderLayout(tiles, mode) {
  if (mode === "two_column" || mode === "full_width") {
    tiles.forEach((tile, index) => {
      const twoColumn = mode === "two_column";
      const y = (twoColumn ? Math.floor(index / 2) : index) * REORDER_HEIGHT;
      const sm = twoColumn ? { x: index % 2 * REORDER_WIDTH, y, w: REORDER_WIDTH, h: REORDER_HEIGHT } : { x: 0, y, w: GRID_COLUMNS, h: REORDER_HEIGHT };
      tile.layouts = { sm, xs: { x: 0, y: index * REORDER_HEIGHT, w: 1, h: REORDER_HEIGHT } };
    });
    return;
  }
  const heights = new Array(GRID_COLUMNS).fill(0);
  let xsY = 0;
  for (const tile of tiles) {
    const size = existingSize(tile);
    const w = Math.max(1, Math.min(size.w, GRID_COLUMNS));
    const h = Math.max(1, size.h);
    let bestX = 0;
    let bestY = Math.max(...heights.slice(0, w));
    for (let x = 1; x <= GRID_COLUMNS - w; x += 1) {
      const top = Math.max(...heights.slice(x, x + w));
      if (top < bestY) {
        bestX = x;
        bestY = top;
      }
    }
    tile.layouts = { sm: { x: bestX, y: bestY, w, h }, xs: { x: 0, y: xsY, w: 1, h } };
    for (let k = bestX; k < bestX + w; k += 1) heights[k] = bestY + h;
    xsY += h;
  }
}
function reorderTiles(context, dashboard, body) {
  const list = readList(body, "tile_order", { required: true });
  if (list === null || list === void 0) throw validationError(["tile_order"], "This field may not be null.", "null");
  const order = list.map((item, index) => readTileId({ item }, "item", ["tile_order", index]));
  if (order.length === 0) throw validationError(["tile_order"], "Ensure this field has at least 1 elements.", "min_length");
  const mode = readChoice(body, "layout", ["preserve", "two_column", "full_width"]) ?? "preserve";
  if (new Set(order).size !== order.length) return { status: 400, body: { detail: "tile_order must contain unique tile IDs" } };
  const live = context.project.tiles.filter((tile) => tile.dashboard_id === dashboard.id && isTileLive(context.project, tile));
  const missing = order.filter((id) => !live.some((tile) => tile.id === id)).sort((a, b) => a - b);
  if (missing.length > 0) return { status: 404, body: { detail: `Tile IDs not found on this dashboard: [${missing.join(", ")}]` } };
  applyReorderLayout(
    order.map((id) => live.find((tile) => tile.id === id)),
    String(mode)
  );
  return dashboardResponse(context, dashboard);
}
function findLiveDashboard(context, id) {
  const dashboard = context.project.dashboards.find((candidate) => candidate.id === id && !candidate.deleted);
  if (dashboard === void 0) throw notFound();
  return dashboard;
}
function sameContent(a, b) {
  return a.insight_id !== null && a.insight_id === b.insight_id || a.text_id !== null && a.text_id === b.text_id || a.button_id !== null && a.button_id === b.button_id;
}
function copyTile(context, destination, body) {
  const { project, state } = context;
  const fromId = readTileId(body, "fromDashboardId");
  const tileId = readTileId(body, "tileId");
  if (fromId === destination.id) throw validationError(null, "Destination must be a different dashboard than the source.");
  const source = findLiveDashboard(context, fromId);
  const tile = findLiveTile(context, source, tileId);
  if (tile.insight_id === null && tile.text_id === null) throw validationError(null, "Only insight, text, and widget tiles can be copied between dashboards.");
  const onDestination = project.tiles.filter((candidate) => candidate.dashboard_id === destination.id && sameContent(candidate, tile));
  if (onDestination.some((candidate) => isTileLive(project, candidate))) {
    throw validationError(null, tile.insight_id !== null ? "This insight is already on the destination dashboard." : "This text card is already on the destination dashboard.");
  }
  const display = {
    layouts: cloneJson(tile.layouts),
    color: tile.color,
    show_description: tile.show_description,
    transparent_background: tile.transparent_background,
    filters_overrides: cloneJson(tile.filters_overrides)
  };
  const stale = onDestination[0];
  if (stale !== void 0) Object.assign(stale, display, { deleted: false });
  else createTile(state, project, { dashboard_id: destination.id, insight_id: tile.insight_id, text_id: tile.text_id, ...display });
  return dashboardResponse(context, destination);
}
function moveTile(context, source, body) {
  const { project } = context;
  const toId = readTileId(body, "to_dashboard");
  if (!hasField(body, "tile")) throw validationError(["tile"], "This field is required.", "required");
  if (body.tile === null) throw validationError(["tile"], "This field may not be null.", "null");
  if (!isRecord(body.tile)) throw validationError(["tile", "non_field_errors"], `Invalid data. Expected a dictionary, but got ${describePythonType(body.tile)}.`, "invalid");
  const tile = findLiveTile(context, source, readTileId(body.tile, "id", ["tile", "id"]));
  const destination = findLiveDashboard(context, toId);
  const others = project.tiles.filter((candidate) => candidate !== tile && candidate.dashboard_id === destination.id && sameContent(candidate, tile));
  if (others.some((candidate) => candidate.deleted !== true)) throw validationError(null, "Invalid request data for moving tile.");
  project.tiles = project.tiles.filter((candidate) => !others.includes(candidate));
  tile.dashboard_id = destination.id;
  return dashboardResponse(context, source);
}

// src/emulator/resources/dashboard-tile-patch.ts
import { randomUUID as randomUUID7 } from "node:crypto";
var TILE_DISPLAY_FIELDS = ["color", "layouts", "filters_overrides", "show_description", "transparent_background", "deleted"];
var PATHNAME_PATTERN = /^\/[a-zA-Z0-9._~:/?#[\]@!$&'()*+,;=%-]*$/;
function applyTilePatch(context, dashboard, tileData) {
  if (!isRecord(tileData)) throw serverError();
  if (isTruthy(tileData.text)) {
    upsertTile(context, dashboard, tileData, { text_id: upsertText(context, dashboard, tileData.text) });
  } else if (isTruthy(tileData.button_tile)) {
    upsertTile(context, dashboard, tileData, { button_id: upsertButton(context, dashboard, tileData.button_tile) });
  } else if (TILE_DISPLAY_FIELDS.some((key) => hasField(tileData, key))) {
    updateDisplayFields(context, dashboard, tileData);
  }
}
function resolveAuthorship(content) {
  const createdBy = content.created_by;
  if (!isTruthy(createdBy)) return { created_by: currentUser(), last_modified_by: null };
  if (!isRecord(createdBy) || createdBy.id !== EMULATOR_USER.id) throw validationError(null, "User not found in this organization.");
  return { created_by: currentUser(), last_modified_by: currentUser() };
}
function upsertText(context, dashboard, textJson) {
  const { project, state } = context;
  if (!isRecord(textJson)) throw serverError();
  const authorship = resolveAuthorship(textJson);
  const body = hasField(textJson, "body") ? coerceString(textJson.body, ["text", "body"], {
    allowNull: true,
    allowBlank: true,
    maxLength: 4e3,
    maxLengthMessage: "Text body cannot exceed 4000 characters"
  }) : void 0;
  const now = isoNow();
  if (isTruthy(textJson.id)) {
    const text2 = project.texts.find((candidate) => candidate.id === textJson.id);
    if (text2 === void 0) throw validationError("text", "Text tile not found in this team.");
    const onDashboard = project.tiles.some((tile) => tile.dashboard_id === dashboard.id && tile.text_id === text2.id && isTileLive(project, tile));
    if (!onDashboard) throw validationError("text", "Text tile not found.");
    if (body !== void 0) text2.body = body;
    Object.assign(text2, authorship, { last_modified_at: now });
    return text2.id;
  }
  const text = { id: allocateId(state, "text"), body: body ?? null, ...authorship, last_modified_at: now };
  project.texts.push(text);
  return text.id;
}
function upsertButton(context, dashboard, buttonJson) {
  const { project } = context;
  if (!isRecord(buttonJson)) throw serverError();
  const authorship = resolveAuthorship(buttonJson);
  const url = readButtonUrl(buttonJson);
  const text = coerceRequired(
    buttonJson,
    "text",
    (value, path) => coerceString(value, path, { maxLength: 200, maxLengthMessage: "Button text cannot exceed 200 characters" })
  );
  const placement = readChoice(buttonJson, "placement", ["left", "right"], { path: ["button_tile", "placement"] }) ?? "left";
  const style = readChoice(buttonJson, "style", ["primary", "secondary"], { path: ["button_tile", "style"] });
  const now = isoNow();
  if (isTruthy(buttonJson.id)) {
    const button2 = project.buttons.find((candidate) => candidate.id === buttonJson.id);
    if (button2 === void 0) throw validationError("button_tile", "Button tile not found in this team.");
    const onDashboard = project.tiles.some((tile) => tile.dashboard_id === dashboard.id && tile.button_id === button2.id && isTileLive(project, tile));
    if (!onDashboard) throw validationError("button_tile", "Button tile not found.");
    Object.assign(button2, { url, text, placement, ...style === void 0 || style === null ? {} : { style } }, authorship, { last_modified_at: now });
    return button2.id;
  }
  const button = {
    id: randomUUID7(),
    url,
    text,
    placement: String(placement),
    style: typeof style === "string" ? style : "primary",
    ...authorship,
    last_modified_at: now
  };
  project.buttons.push(button);
  return button.id;
}
function coerceRequired(source, key, coerce) {
  const path = ["button_tile", key];
  if (!hasField(source, key)) throw validationError(path, "This field is required.", "required");
  const value = coerce(source[key], path);
  if (value === null) throw validationError(path, "This field may not be null.", "null");
  return value;
}
function readButtonUrl(buttonJson) {
  const url = coerceRequired(
    buttonJson,
    "url",
    (value, path) => coerceString(value, path, { maxLength: 2e3, maxLengthMessage: "Button URL cannot exceed 2000 characters" })
  );
  if (url.startsWith("/")) {
    if (!PATHNAME_PATTERN.test(url)) throw validationError(["button_tile", "url"], "Pathname must start with / and contain valid URL path characters");
    return url;
  }
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    parsed = void 0;
  }
  const validHost = parsed !== void 0 && (parsed.hostname === "localhost" || parsed.hostname.includes("."));
  if (parsed === void 0 || !["http:", "https:"].includes(parsed.protocol) || !validHost) {
    throw validationError(["button_tile", "url"], "Must be a valid URL or a pathname starting with /");
  }
  return url;
}
function readDisplayValues(tileData) {
  const values = {};
  for (const key of TILE_DISPLAY_FIELDS) {
    if (!hasField(tileData, key)) continue;
    const value = tileData[key];
    if (key === "layouts") values.layouts = isRecord(value) ? cloneJson(value) : value;
    else if (key === "filters_overrides") values.filters_overrides = cloneJson(value);
    else if (key === "color") {
      if (value !== null && (typeof value !== "string" || value.length > 400)) throw serverError();
      values.color = value;
    } else {
      if (value !== null && typeof value !== "boolean") throw serverError();
      values[key] = value;
    }
  }
  return values;
}
function findOwnTile(context, dashboard, id) {
  return context.project.tiles.find((candidate) => candidate.id === id && candidate.dashboard_id === dashboard.id);
}
function upsertTile(context, dashboard, tileData, link) {
  const { project, state } = context;
  const values = { ...readDisplayValues(tileData), ...link };
  const id = tileData.id;
  if (id !== void 0 && id !== null) {
    const tile = findOwnTile(context, dashboard, id);
    if (tile !== void 0) {
      const linksAnotherKind = link.text_id !== void 0 && tile.text_id === null || link.button_id !== void 0 && tile.button_id === null;
      if (linksAnotherKind) throw serverError();
      Object.assign(tile, values);
      return;
    }
    if (project.tiles.some((candidate) => candidate.id === id)) throw serverError();
  }
  createTile(state, project, { dashboard_id: dashboard.id, ...values });
}
function updateDisplayFields(context, dashboard, tileData) {
  const tile = tileData.id === void 0 || tileData.id === null ? void 0 : findOwnTile(context, dashboard, tileData.id);
  if (tile !== void 0) Object.assign(tile, readDisplayValues(tileData));
}

// src/emulator/resources/dashboards.ts
var dashboardsResource = {
  segment: "dashboards",
  scopeObject: "dashboard",
  environmentsAlias: true,
  throttle: "default",
  handle: routeViewset({
    list: listDashboards,
    create: createDashboard,
    detail: {
      find: (context, id) => findDashboard2(context.project, id, isRestoreRequest(context)),
      retrieve: retrieveDashboard,
      update: updateDashboard,
      destroy: "forbidden",
      actions: DASHBOARD_TILE_ACTIONS
    }
  })
};
function findDashboard2(project, segment, includeDeleted) {
  const id = parseIntegerId(segment);
  const dashboard = project.dashboards.find((candidate) => candidate.id === id && (includeDeleted || !candidate.deleted));
  if (dashboard === void 0) throw notFound();
  return dashboard;
}
function readDashboardFields(body) {
  const fields = {};
  const name = readString(body, "name", { allowNull: true, allowBlank: true, maxLength: 400 });
  if (name !== void 0) fields.name = name;
  const description = readString(body, "description", { allowBlank: true });
  if (description !== void 0 && description !== null) fields.description = description;
  const pinned = readBoolean(body, "pinned");
  if (pinned !== void 0 && pinned !== null) fields.pinned = pinned;
  const deleted = readBoolean(body, "deleted");
  if (deleted !== void 0 && deleted !== null) fields.deleted = deleted;
  if (hasField(body, "breakdown_colors")) fields.breakdown_colors = readJson(body, "breakdown_colors");
  const themeId = readInteger(body, "data_color_theme_id", { allowNull: true });
  if (themeId !== void 0) fields.data_color_theme_id = themeId;
  const tags = readTags(body);
  if (tags !== void 0) fields.tags = tags;
  const restriction = readChoice(body, "restriction_level", [21, 37]);
  if (typeof restriction === "number") fields.restriction_level = restriction;
  const quickFilters = readList(body, "quick_filter_ids", { allowNull: true });
  if (quickFilters !== void 0) fields.quick_filter_ids = validateQuickFilters(quickFilters ?? []);
  const useTemplate = readString(body, "use_template", { allowBlank: true });
  if (useTemplate !== void 0 && useTemplate !== null) fields.use_template = useTemplate;
  const useDashboard = readInteger(body, "use_dashboard", { allowNull: true });
  if (useDashboard !== void 0) fields.use_dashboard = useDashboard;
  const deleteInsights = readBoolean(body, "delete_insights");
  if (deleteInsights !== void 0 && deleteInsights !== null) fields.delete_insights = deleteInsights;
  readString(body, "_create_in_folder", { allowBlank: true });
  return fields;
}
function validateQuickFilters(values) {
  if (values.length === 0) return [];
  const normalized = values.map((value) => {
    const text = String(value);
    if (!isUuid(text)) throw validationError("quick_filter_ids", `Invalid UUID: ${text}`);
    return text.toLowerCase();
  });
  throw validationError("quick_filter_ids", `Quick filters not found: ${normalized.join(", ")}`);
}
function readFiltersDictionary(body, key) {
  const value = body[key];
  if (!isTruthy(value)) return void 0;
  if (!isRecord(value)) throw validationError(null, "Filters must be a dictionary");
  return value;
}
function createDashboard(context) {
  const { project, state } = context;
  const body = readRequestBody(context.body);
  const fields = readDashboardFields(body);
  if (isTruthy(fields.use_dashboard) && isTruthy(fields.use_template)) {
    throw validationError(null, "`use_dashboard` and `use_template` cannot be used together");
  }
  const template = isTruthy(fields.use_template) ? findUsedTemplate(project, fields.use_template) : void 0;
  let source;
  if (isTruthy(fields.use_dashboard)) {
    source = project.dashboards.find((candidate) => candidate.id === fields.use_dashboard && !candidate.deleted);
    if (source === void 0) throw validationError("use_dashboard", "Invalid value provided");
  }
  const filters = readFiltersDictionary(body, "filters") ?? (source === void 0 ? {} : cloneJson(source.filters));
  const dashboard = {
    id: allocateId(state, "dashboard"),
    name: fields.name ?? null,
    description: fields.description ?? "",
    pinned: fields.pinned ?? false,
    created_at: isoNow(),
    created_by: currentUser(),
    last_accessed_at: null,
    deleted: fields.deleted ?? false,
    creation_mode: template !== void 0 ? "template" : source === void 0 ? "default" : "duplicate",
    filters,
    variables: source?.variables ? cloneJson(source.variables) : {},
    breakdown_colors: fields.breakdown_colors ?? (source ? cloneJson(source.breakdown_colors) : []),
    data_color_theme_id: fields.data_color_theme_id ?? source?.data_color_theme_id ?? null,
    tags: fields.tags ?? [],
    restriction_level: fields.restriction_level ?? 21,
    quick_filter_ids: fields.quick_filter_ids ?? null,
    last_refresh: null
  };
  project.dashboards.push(dashboard);
  if (template !== void 0) applyTemplate(context, dashboard, template, fields.tags);
  else if (source !== void 0) duplicateTiles(context, source, dashboard, isTruthy(body.duplicate_tiles));
  return created(serializeDashboard(project, dashboard, insightView(context)));
}
function duplicateTiles(context, source, target, deep) {
  const { project, state } = context;
  const display = (tile) => ({
    layouts: cloneJson(tile.layouts),
    color: tile.color,
    show_description: tile.show_description,
    transparent_background: tile.transparent_background,
    filters_overrides: cloneJson(tile.filters_overrides)
  });
  const sourceTiles = project.tiles.filter((tile) => tile.dashboard_id === source.id && tile.deleted !== true);
  for (const tile of sourceTiles) {
    if (!deep) {
      createTile(state, project, { dashboard_id: target.id, insight_id: tile.insight_id, text_id: tile.text_id, button_id: tile.button_id, ...display(tile) });
      continue;
    }
    const now = isoNow();
    const insight = project.insights.find((candidate) => candidate.id === tile.insight_id);
    const text = project.texts.find((candidate) => candidate.id === tile.text_id);
    const button = project.buttons.find((candidate) => candidate.id === tile.button_id);
    if (insight !== void 0) {
      const copy = {
        ...cloneJson(insight),
        id: allocateId(state, "insight"),
        short_id: generateShortId(project),
        name: insight.name ? `${insight.name} (Copy)` : null,
        created_at: now,
        created_by: currentUser(),
        updated_at: now,
        last_modified_at: now
      };
      project.insights.push(copy);
      createTile(state, project, { dashboard_id: target.id, insight_id: copy.id, ...display(tile) });
    } else if (text !== void 0) {
      const copy = { ...cloneJson(text), id: allocateId(state, "text"), created_by: currentUser(), last_modified_at: now };
      project.texts.push(copy);
      createTile(state, project, { dashboard_id: target.id, text_id: copy.id, ...display(tile) });
    } else if (button !== void 0) {
      const copy = { ...cloneJson(button), id: randomUUID8(), created_by: currentUser(), last_modified_at: now };
      project.buttons.push(copy);
      createTile(state, project, { dashboard_id: target.id, button_id: copy.id, ...display(tile) });
    }
  }
}
function retrieveDashboard(context, dashboard) {
  dashboard.last_accessed_at = isoNow();
  return ok(serializeDashboard(context.project, dashboard, insightView(context)));
}
function updateDashboard(context, dashboard) {
  const { project } = context;
  const body = readRequestBody(context.body);
  const fields = readDashboardFields(body);
  const tiles = hasField(body, "tiles") ? body.tiles : [];
  if (!Array.isArray(tiles)) throw serverError();
  if (dashboard.deleted && fields.deleted === false) restoreTiles(project, dashboard);
  if (fields.deleted === true) softDeleteTiles(project, dashboard, fields.delete_insights ?? false);
  const filters = readFiltersDictionary(body, "filters");
  if (filters !== void 0) dashboard.filters = filters;
  const variables = readFiltersDictionary(body, "variables");
  if (variables !== void 0) dashboard.variables = variables;
  if (fields.name !== void 0) dashboard.name = fields.name;
  if (fields.description !== void 0) dashboard.description = fields.description;
  if (fields.pinned !== void 0) dashboard.pinned = fields.pinned;
  if (fields.deleted !== void 0) dashboard.deleted = fields.deleted;
  if (hasField(body, "breakdown_colors")) dashboard.breakdown_colors = fields.breakdown_colors;
  if (fields.data_color_theme_id !== void 0) dashboard.data_color_theme_id = fields.data_color_theme_id;
  if (fields.tags !== void 0) dashboard.tags = fields.tags;
  if (fields.restriction_level !== void 0) dashboard.restriction_level = fields.restriction_level;
  if (fields.quick_filter_ids !== void 0) dashboard.quick_filter_ids = fields.quick_filter_ids;
  tiles.forEach((tile) => applyTilePatch(context, dashboard, tile));
  return ok(serializeDashboard(project, dashboard, insightView(context)));
}
function restoreTiles(project, dashboard) {
  const tiles = project.tiles.filter((tile) => tile.dashboard_id === dashboard.id);
  for (const tile of tiles) tile.deleted = false;
  for (const insight of project.insights) if (insight.deleted && tiles.some((tile) => tile.insight_id === insight.id)) insight.deleted = false;
}
function softDeleteTiles(project, dashboard, deleteInsights) {
  if (deleteInsights) {
    const liveInsightIds = project.tiles.filter((tile) => tile.dashboard_id === dashboard.id && tile.insight_id !== null && isTileLive(project, tile)).map((tile) => tile.insight_id);
    for (const insight of project.insights) {
      if (!liveInsightIds.includes(insight.id)) continue;
      const otherTiles = project.tiles.filter((tile) => tile.insight_id === insight.id && tile.deleted !== true);
      if (otherTiles.length === 1) insight.deleted = true;
    }
  }
  for (const tile of project.tiles) if (tile.dashboard_id === dashboard.id) tile.deleted = true;
}
function listDashboards(context) {
  const { project, query } = context;
  const creationMode = query.get("creation_mode");
  let dashboards = project.dashboards.filter((dashboard) => !dashboard.deleted);
  dashboards = creationMode ? dashboards.filter((dashboard) => dashboard.creation_mode === creationMode) : dashboards.filter((dashboard) => dashboard.creation_mode !== "unlisted");
  const tags = query.getAll("tags");
  if (tags.length > 0) dashboards = dashboards.filter((dashboard) => hasAnyTag(dashboard.tags, tags));
  dashboards.sort(
    (left, right) => Number(right.pinned) - Number(left.pinned) || compareNullableText(left.name, right.name) || left.id - right.id
  );
  const page2 = paginate(dashboards, context.requestUrl);
  return ok({ ...page2, results: page2.results.map((dashboard) => serializeDashboardBasic(project, dashboard)) });
}
function compareNullableText(left, right) {
  if (left === right) return 0;
  if (left === null) return 1;
  if (right === null) return -1;
  return left < right ? -1 : left > right ? 1 : 0;
}

// src/emulator/resources/early-access-features.ts
import { randomUUID as randomUUID9 } from "node:crypto";

// src/emulator/resources/feature-flag-serializer.ts
function effectiveFilters(flag) {
  if (Object.hasOwn(flag.filters, "groups")) return flag.filters;
  const properties = Array.isArray(flag.filters.properties) ? flag.filters.properties : [];
  return { groups: [{ properties, rollout_percentage: null }] };
}
function variantCount(flag) {
  const multivariate = effectiveFilters(flag).multivariate;
  return isRecord(multivariate) && Array.isArray(multivariate.variants) ? multivariate.variants.length : 0;
}
function serializeFeatureFlag(project, flag) {
  const experiments = project.experiments.filter((experiment) => experiment.feature_flag_id === flag.id && !experiment.deleted);
  const variants = variantCount(flag);
  return {
    id: flag.id,
    name: flag.name,
    key: flag.key,
    filters: effectiveFilters(flag),
    deleted: flag.deleted,
    active: flag.active,
    archived: flag.archived,
    created_by: flag.created_by,
    created_at: flag.created_at,
    updated_at: flag.updated_at,
    version: flag.version,
    last_modified_by: flag.last_modified_by,
    ensure_experience_continuity: flag.ensure_experience_continuity,
    experiment_set: experiments.map((experiment) => experiment.id),
    experiment_set_metadata: experiments.map((experiment) => ({ id: experiment.id, name: experiment.name, is_running: isExperimentRunning(experiment) })),
    surveys: [],
    features: featuresOfFlag(project, flag),
    can_edit: true,
    tags: flag.tags,
    evaluation_contexts: [],
    usage_dashboard: null,
    analytics_dashboards: flag.analytics_dashboards,
    has_enriched_analytics: flag.has_enriched_analytics,
    user_access_level: "editor",
    is_remote_configuration: flag.is_remote_configuration,
    has_encrypted_payloads: flag.has_encrypted_payloads,
    status: flag.deleted ? "DELETED" : "ACTIVE",
    evaluation_runtime: flag.evaluation_runtime,
    bucketing_identifier: flag.bucketing_identifier,
    last_called_at: null,
    is_used_in_replay_settings: isUsedInReplaySettings(project, flag),
    is_eligible_for_experiment: variants >= 2 && variants <= 20
  };
}
function isUsedInReplaySettings(project, flag) {
  const linked = project.settings.session_recording_linked_flag;
  return isRecord(linked) && linked.id === flag.id;
}
function serializeMinimalFlag(project, flag) {
  return {
    id: flag.id,
    team_id: project.id,
    name: flag.name,
    key: flag.key,
    filters: effectiveFilters(flag),
    deleted: flag.deleted,
    active: flag.active,
    ensure_experience_continuity: flag.ensure_experience_continuity,
    version: flag.version,
    evaluation_runtime: flag.evaluation_runtime,
    bucketing_identifier: flag.bucketing_identifier,
    evaluation_contexts: []
  };
}

// src/emulator/resources/feature-flag-writes.ts
var TOMBSTONE_PATTERN = /:deleted:\d+$/;
function activeDependents(project, flag) {
  return project.featureFlags.filter((candidate) => candidate !== flag && !candidate.deleted && candidate.active && flagDependencies(candidate.filters).includes(flag.id));
}
function describeFlags(flags) {
  return flags.map((flag) => `${flag.key} (ID: ${flag.id})`).join(", ");
}
function freeKeyHeldBySoftDeletedFlags(project, key, exclude) {
  for (const flag of project.featureFlags.filter((candidate) => candidate.deleted && candidate.key === key && candidate !== exclude)) {
    if (project.experiments.some((experiment) => experiment.feature_flag_id === flag.id)) flag.key = `${flag.key}:deleted:${flag.id}`;
    else project.featureFlags = project.featureFlags.filter((candidate) => candidate !== flag);
  }
}
function createFeatureFlag(state, project, body) {
  const input = readFlagInput(project, body, void 0);
  const key = input.key ?? "";
  freeKeyHeldBySoftDeletedFlags(project, key, void 0);
  const now = isoNow();
  const flag = {
    id: allocateId(state, "feature_flag"),
    key,
    name: input.name ?? "",
    filters: input.filters ?? {},
    active: input.active ?? true,
    deleted: input.deleted ?? false,
    archived: input.archived ?? false,
    ensure_experience_continuity: input.ensure_experience_continuity ?? false,
    evaluation_runtime: input.evaluation_runtime ?? "all",
    bucketing_identifier: input.bucketing_identifier ?? "distinct_id",
    is_remote_configuration: input.is_remote_configuration ?? false,
    has_encrypted_payloads: input.has_encrypted_payloads ?? false,
    has_enriched_analytics: input.has_enriched_analytics ?? false,
    tags: input.tags ?? [],
    analytics_dashboards: input.analytics_dashboards ?? [],
    version: 1,
    creation_context: input.creation_context ?? "feature_flags",
    created_at: now,
    created_by: currentUser(),
    updated_at: now,
    last_modified_by: currentUser()
  };
  project.featureFlags.push(flag);
  return flag;
}
var COMPARABLE_FIELDS = [
  "name",
  "key",
  "filters",
  "deleted",
  "active",
  "archived",
  "ensure_experience_continuity",
  "evaluation_runtime",
  "bucketing_identifier",
  "is_remote_configuration",
  "has_encrypted_payloads",
  "has_enriched_analytics",
  "tags",
  "analytics_dashboards"
];
function currentValue(flag, field2) {
  return field2 === "filters" ? effectiveFilters(flag) : flag[field2];
}
function resolveVersionConflict(flag, body, input) {
  const version = body.version;
  if (version === void 0 || version === -1 || version === flag.version) return;
  const original = isRecord(body.original_flag) ? body.original_flag : {};
  const requested = COMPARABLE_FIELDS.filter((field2) => input[field2] !== void 0);
  const conflicting = requested.filter((field2) => Object.hasOwn(original, field2) && !isJsonEqual(currentValue(flag, field2), original[field2]));
  if (conflicting.length > 0) {
    throw conflict(`The feature flag was updated by ${flag.last_modified_by?.email ?? "another user"} since you started editing it. Please refresh and try again.`);
  }
  for (const field2 of requested) {
    if (Object.hasOwn(original, field2) && isJsonEqual(body[field2], original[field2])) delete input[field2];
  }
}
function updateFeatureFlag(project, flag, body) {
  const input = readFlagInput(project, body, flag);
  if (input.deleted === true) {
    if (featuresOfFlag(project, flag).length > 0) {
      throw validationError(null, "Cannot delete a feature flag that is in use with early access features. Please delete the early access feature before deleting the flag.");
    }
    const running = project.experiments.filter((experiment) => experiment.feature_flag_id === flag.id && !experiment.deleted && isExperimentRunning(experiment));
    if (running.length > 0) {
      const names = running.map((experiment) => `"${experiment.name}" (ID: ${experiment.id})`).join(", ");
      throw validationError(null, `Cannot delete a feature flag that is linked to running experiment(s): ${names}. Please stop the experiment(s) before deleting the flag.`);
    }
    const dependents = activeDependents(project, flag);
    if (dependents.length > 0) throw validationError(null, `Cannot delete this feature flag because other flags depend on it: ${describeFlags(dependents)}.`);
    if (isUsedInReplaySettings(project, flag)) {
      throw validationError(null, "Cannot delete a feature flag that is used in session replay settings. Remove it from the replay settings first.");
    }
    if (project.experiments.some((experiment) => experiment.feature_flag_id === flag.id)) input.key = `${flag.key.replace(TOMBSTONE_PATTERN, "")}:deleted:${flag.id}`;
  }
  if (input.deleted === false && TOMBSTONE_PATTERN.test(flag.key)) {
    const original = flag.key.replace(TOMBSTONE_PATTERN, "");
    let candidate = original;
    for (let suffix = 2; project.featureFlags.some((other) => other !== flag && other.key === candidate); suffix += 1) candidate = `${original}-${suffix}`;
    input.key = candidate;
  }
  if (input.active === false && flag.active) {
    const dependents = activeDependents(project, flag);
    if (dependents.length > 0) throw validationError(null, `Cannot disable this feature flag because other flags depend on it: ${describeFlags(dependents)}.`);
  }
  if (input.active === true && !flag.active) {
    const disabled = flagDependencies(input.filters ?? flag.filters).map((id) => project.featureFlags.find((candidate) => candidate.id === id)).filter((candidate) => candidate !== void 0 && !candidate.active);
    if (disabled.length > 0) {
      throw validationError(null, `Cannot enable this feature flag because it depends on disabled flags: ${describeFlags(disabled)}. Please enable the dependency flags first.`);
    }
  }
  resolveVersionConflict(flag, body, input);
  if (input.key !== void 0 && input.key !== flag.key && (input.deleted ?? flag.deleted) === false) freeKeyHeldBySoftDeletedFlags(project, input.key, flag);
  for (const field2 of COMPARABLE_FIELDS) {
    const value = input[field2];
    if (value !== void 0) Object.assign(flag, { [field2]: value });
  }
  flag.version += 1;
  flag.updated_at = isoNow();
  flag.last_modified_by = { ...EMULATOR_USER };
  return flag;
}

// src/emulator/resources/early-access-features.ts
var STAGES = ["draft", "concept", "alpha", "beta", "general-availability", "archived"];
var ACTIVE_STAGES = ["alpha", "beta", "general-availability"];
var earlyAccessFeaturesResource = {
  segment: "early_access_feature",
  scopeObject: "early_access_feature",
  environmentsAlias: false,
  throttle: "default",
  handle: routeViewset({
    list: (context) => {
      const page2 = paginate(featuresOf(context.project), context.requestUrl);
      return ok({ ...page2, results: page2.results.map((feature) => serializeFeature(context.project, feature)) });
    },
    create: createFeature,
    detail: {
      find: ({ project }, id) => {
        const feature = isUuid(id) ? featuresOf(project).find((candidate) => candidate.id === id) : void 0;
        if (feature === void 0) throw notFound();
        return feature;
      },
      retrieve: ({ project }, feature) => ok(serializeFeature(project, feature)),
      update: updateFeature,
      destroy: ({ project }, feature) => {
        const flag = flagOf(project, feature);
        if (flag !== void 0) flag.filters = enrollment(flag.filters, null);
        project.earlyAccessFeatures = featuresOf(project).filter((candidate) => candidate !== feature);
        return noContent();
      }
    }
  })
};
function featuresOf(project) {
  project.earlyAccessFeatures ??= [];
  return project.earlyAccessFeatures;
}
function flagOf(project, feature) {
  return project.featureFlags.find((flag) => flag.id === feature.feature_flag_id);
}
function featuresOfFlag(project, flag) {
  return featuresOf(project).filter((feature) => feature.feature_flag_id === flag.id).map((feature) => ({ id: feature.id, name: feature.name, description: feature.description, stage: feature.stage, documentationUrl: feature.documentation_url, flagKey: flag.key, payload: isRecord(feature.payload) ? feature.payload : {}, assignee: null }));
}
function enrollment(filters, enrolled, overrides = {}) {
  const next = { ...filters, feature_enrollment: enrolled, ...overrides };
  delete next.super_groups;
  return next;
}
function serializeFeature(project, feature) {
  const flag = flagOf(project, feature);
  return {
    id: feature.id,
    feature_flag: flag === void 0 ? null : serializeMinimalFlag(project, flag),
    name: feature.name,
    description: feature.description,
    stage: feature.stage,
    documentation_url: feature.documentation_url,
    payload: isRecord(feature.payload) && Object.keys(feature.payload).length > 0 ? feature.payload : {},
    created_at: feature.created_at,
    created_by: feature.created_by,
    assignee: feature.assigned_user_id === null ? null : { type: "user", id: feature.assigned_user_id },
    user_access_level: "editor"
  };
}
function slugify(text) {
  return text.normalize("NFKD").replace(/[^\x00-\x7f]/g, "").replace(/[^\w\s-]/g, "").toLowerCase().replace(/[-\s]+/g, "-").replace(/^[-_]+|[-_]+$/g, "");
}
function readFields(body, creating) {
  const fields = {};
  const name = readString(body, "name", { required: creating, maxLength: 200 });
  if (name !== void 0 && name !== null) fields.name = name;
  const description = readString(body, "description", { allowBlank: true });
  if (description !== void 0 && description !== null) fields.description = description;
  const stage = readChoice(body, "stage", STAGES, { required: creating });
  if (stage !== void 0 && stage !== null) fields.stage = String(stage);
  const url = readString(body, "documentation_url", { allowBlank: true, maxLength: 800 });
  if (url !== void 0 && url !== null) {
    if (url !== "" && !/^https?:\/\/[^\s/]+\.[^\s]+$|^https?:\/\/localhost(:\d+)?(\/\S*)?$/.test(url)) throw validationError("documentation_url", "Enter a valid URL.", "invalid");
    fields.documentation_url = url;
  }
  return fields;
}
function readLinkedFlag(project, body) {
  const id = readInteger(body, "feature_flag_id");
  if (id === void 0 || id === null || id === 0) return void 0;
  const flag = project.featureFlags.find((candidate) => candidate.id === id);
  if (flag === void 0) throw validationError(null, "Feature Flag with this ID does not exist");
  if (featuresOf(project).some((feature) => feature.feature_flag_id === flag.id)) throw validationError(null, `Linked feature flag ${flag.key} already has a feature attached to it.`);
  if (typeof effectiveFilters(flag).aggregation_group_type_index === "number") throw validationError(null, "Group-based feature flags are not supported for Early Access Features.");
  if (variantCount(flag) > 0) throw validationError(null, "Multivariate feature flags are not supported for Early Access Features.");
  return flag;
}
function createFeature(context) {
  const { project, state } = context;
  const body = readRequestBody(context.body);
  const fields = readFields(body, true);
  if (hasField(body, "payload") && body.payload === null) throw validationError("payload", "This field may not be null.", "null");
  readString(body, "_create_in_folder", { allowBlank: true });
  const active = ACTIVE_STAGES.includes(fields.stage);
  let flag = readLinkedFlag(project, body);
  if (flag !== void 0 && active) updateFeatureFlag(project, flag, { filters: enrollment(flag.filters, true) });
  if (flag === void 0) {
    const filters = { groups: [{ properties: [], rollout_percentage: 0, variant: null }], ...active ? { feature_enrollment: true } : {} };
    flag = createFeatureFlag(state, project, { key: slugify(fields.name), name: `Feature Flag for Early Access Feature ${fields.name}`, filters, creation_context: "early_access_features" });
  }
  const user = currentUser();
  const feature = {
    id: randomUUID9(),
    name: fields.name,
    description: fields.description ?? "",
    stage: fields.stage,
    documentation_url: fields.documentation_url ?? "",
    payload: hasField(body, "payload") ? body.payload : {},
    feature_flag_id: flag.id,
    assigned_user_id: user.id,
    created_at: isoNow(),
    created_by: user
  };
  featuresOf(project).push(feature);
  return created(serializeFeature(project, feature));
}
function updateFeature(context, feature) {
  const { project } = context;
  const body = readRequestBody(context.body);
  const fields = readFields(body, false);
  if (hasField(body, "payload")) fields.payload = body.payload === null || body.payload === void 0 || body.payload === "" ? {} : body.payload;
  const stage = fields.stage;
  const flag = flagOf(project, feature);
  if (flag !== void 0 && stage !== void 0) {
    if (feature.stage !== stage && stage === "general-availability" && body.rollout_to_all === true) {
      updateFeatureFlag(project, flag, { filters: enrollment(flag.filters, null, { groups: [{ properties: [], rollout_percentage: 100 }] }) });
    } else if (!ACTIVE_STAGES.includes(feature.stage) && ACTIVE_STAGES.includes(stage)) {
      updateFeatureFlag(project, flag, { filters: enrollment(flag.filters, true) });
    } else if (!ACTIVE_STAGES.includes(stage)) {
      flag.filters = enrollment(flag.filters, null);
    }
  }
  Object.assign(feature, fields);
  return ok(serializeFeature(project, feature));
}

// src/emulator/resources/endpoints.ts
import { randomUUID as randomUUID10 } from "node:crypto";
var NAME_PATTERN = /^[a-zA-Z][a-zA-Z0-9_-]{0,127}$/;
var QUERY_KINDS = ["HogQLQuery", "TrendsQuery", "FunnelsQuery", "RetentionQuery", "PathsQuery", "StickinessQuery", "LifecycleQuery", "WebStatsTableQuery", "WebOverviewQuery"];
var FRESHNESS_SECONDS = [900, 1800, 3600, 21600, 43200, 86400, 604800];
var FRESHNESS_LABELS = "15 minutes, 30 minutes, 1 hour, 6 hours, 12 hours, 1 day, 1 week";
var DEFAULT_FRESHNESS = 86400;
var endpointsResource = {
  segment: "endpoints",
  scopeObject: "endpoint",
  environmentsAlias: false,
  throttle: "default",
  handle: routeViewset({
    list: listEndpoints,
    create: createEndpoint,
    detail: {
      find: ({ project }, id) => {
        const endpoint = project.endpoints.find((candidate) => candidate.name === id && !candidate.deleted);
        if (endpoint === void 0) throw notFound();
        return endpoint;
      },
      retrieve: (context, endpoint) => ok(serializeEndpoint(context, endpoint)),
      update: updateEndpoint,
      destroy: (_context, endpoint) => {
        endpoint.deleted = true;
        endpoint.updated_at = isoNow();
        return noContent();
      }
    }
  })
};
function currentVersion(endpoint) {
  const version = endpoint.versions.find((candidate) => candidate.version === endpoint.current_version) ?? endpoint.versions[endpoint.versions.length - 1];
  if (version === void 0) throw new Error(`Endpoint ${endpoint.name} has no versions.`);
  return version;
}
function serializeEndpoint(context, endpoint) {
  const { project, requestUrl } = context;
  const version = currentVersion(endpoint);
  const path = `/api/projects/${project.id}/endpoints/${endpoint.name}/run`;
  const canMaterialize = version.query.kind === "HogQLQuery";
  return {
    id: endpoint.id,
    name: endpoint.name,
    description: version.description,
    query: version.query,
    is_active: endpoint.is_active,
    data_freshness_seconds: version.data_freshness_seconds,
    endpoint_path: path,
    url: new URL(path, requestUrl).toString(),
    ui_url: new URL(`/project/${project.id}/endpoints/${endpoint.name}`, requestUrl).toString(),
    created_at: endpoint.created_at,
    updated_at: endpoint.updated_at,
    created_by: endpoint.created_by,
    is_materialized: endpoint.is_materialized,
    current_version: endpoint.current_version,
    versions_count: endpoint.versions.length,
    derived_from_insight: endpoint.derived_from_insight,
    tags: endpoint.tags,
    materialization: endpoint.is_materialized ? { status: "Completed", can_materialize: true, last_materialized_at: null, error: "", sync_frequency: "24hour" } : { can_materialize: canMaterialize, reason: canMaterialize ? null : "Only HogQL queries can be materialized." },
    // EndpointViewSet._serialize: endpoints never run here, carry no bucket overrides or breakdowns, and the query's columns are not inferred.
    last_executed_at: null,
    bucket_overrides: null,
    columns: [],
    optional_breakdown_properties: []
  };
}
function validateEndpointQuery(query) {
  if (!isRecord(query) || typeof query.kind !== "string" || !QUERY_KINDS.includes(query.kind)) {
    throw validationError("query", `Query must be one of: ${QUERY_KINDS.join(", ")}.`);
  }
  if (query.kind === "HogQLQuery") {
    const text = query.query;
    if (typeof text !== "string" || text.trim() === "") throw validationError("query", "Invalid HogQL query: the query is empty.");
    const firstWord = text.trim().split(/\s+/)[0] ?? "";
    if (!/^(select|with|\()$/i.test(firstWord)) {
      throw validationError("query", `Invalid HogQL query: Syntax error at line 1, column 0: no viable alternative at input '${firstWord}'`);
    }
    const placeholders = [...text.matchAll(/\{\s*variables\.([A-Za-z_][A-Za-z0-9_]*)\s*\}/g)].map((match) => match[1] ?? "");
    const variables = isRecord(query.variables) ? Object.values(query.variables).filter(isRecord) : [];
    const defined = new Set(variables.map((variable) => variable.code_name));
    const undefinedNames = [...new Set(placeholders.filter((name) => !defined.has(name)))].sort();
    if (undefinedNames.length > 0) {
      throw validationError("query", `Query references undefined variable(s): ${undefinedNames.join(", ")}. See https://posthog.com/docs/endpoints/variables for detail.`);
    }
  }
  return cloneJson(query);
}
function readFreshness(body) {
  const value = readInteger(body, "data_freshness_seconds", { allowNull: true });
  if (value !== void 0 && value !== null && !FRESHNESS_SECONDS.includes(value)) {
    throw validationError("data_freshness_seconds", `Data freshness must be one of: [${FRESHNESS_SECONDS.join(", ")}] seconds (${FRESHNESS_LABELS}).`);
  }
  return value;
}
function createEndpoint(context) {
  const { project } = context;
  const body = readRequestBody(context.body);
  if (!isTruthy(body.query)) throw validationError("query", "This field is required.");
  const name = body.name;
  if (!isTruthy(name)) throw validationError("name", "This field is required.");
  if (typeof name !== "string" || !NAME_PATTERN.test(name)) {
    throw validationError(
      "name",
      `Invalid name '${String(name)}'. Must start with a letter, contain only alphanumeric characters, hyphens, or underscores, and be between 1 and 128 characters long.`
    );
  }
  const query = validateEndpointQuery(body.query);
  const freshness = readFreshness(body);
  const description = readString(body, "description", { allowNull: true, allowBlank: true, trim: false });
  const isActive = readBoolean(body, "is_active", { allowNull: true });
  const isMaterialized = readBoolean(body, "is_materialized", { allowNull: true });
  const derivedFrom = readString(body, "derived_from_insight", { allowNull: true, allowBlank: true });
  const tags = readTags(body);
  if (project.endpoints.some((endpoint2) => endpoint2.name === name && !endpoint2.deleted)) {
    throw validationError("name", "An endpoint with this name already exists for this team.");
  }
  const now = isoNow();
  const endpoint = {
    id: randomUUID10(),
    name,
    is_active: isActive ?? true,
    deleted: false,
    current_version: 1,
    is_materialized: isMaterialized === true && isActive !== false,
    derived_from_insight: derivedFrom ?? null,
    tags: tags ?? [],
    versions: [{ version: 1, query, description: description ?? "", data_freshness_seconds: freshness ?? DEFAULT_FRESHNESS, is_active: true, created_at: now, updated_at: now }],
    created_at: now,
    updated_at: now,
    created_by: currentUser()
  };
  project.endpoints.push(endpoint);
  return created(serializeEndpoint(context, endpoint));
}
function updateEndpoint(context, endpoint) {
  const body = readRequestBody(context.body);
  const versionParam = context.query.get("version");
  let target = currentVersion(endpoint);
  const targeted = versionParam !== null;
  if (targeted) {
    const found = endpoint.versions.find((version) => String(version.version) === versionParam);
    if (found === void 0) throw validationError("version", `Version ${versionParam} not found for this endpoint.`);
    if (hasField(body, "query") && body.query !== null) {
      throw validationError("query", "Cannot change query when targeting a specific version. Query changes create a new version.");
    }
    target = found;
  }
  const freshness = readFreshness(body);
  const isActive = readBoolean(body, "is_active", { allowNull: true });
  const isMaterialized = readBoolean(body, "is_materialized", { allowNull: true });
  const willBeActive = isActive ?? endpoint.is_active;
  if (!willBeActive && isMaterialized === true) throw validationError("is_materialized", "Cannot enable materialization on inactive endpoint.");
  const query = hasField(body, "query") && body.query !== null ? validateEndpointQuery(body.query) : void 0;
  const description = readString(body, "description", { allowNull: true, allowBlank: true, trim: false });
  const tags = readTags(body);
  const now = isoNow();
  if (isActive !== void 0 && isActive !== null) {
    if (targeted) target.is_active = isActive;
    else endpoint.is_active = isActive;
  }
  if (!endpoint.is_active) endpoint.is_materialized = false;
  if (query !== void 0 && !isJsonEqual(query, target.query)) {
    const next = {
      ...cloneJson(target),
      version: Math.max(...endpoint.versions.map((version) => version.version)) + 1,
      query,
      is_active: true,
      created_at: now,
      updated_at: now
    };
    endpoint.versions.push(next);
    endpoint.current_version = next.version;
    target = next;
  }
  if (description !== void 0 && description !== null) target.description = description;
  if (hasField(body, "data_freshness_seconds")) target.data_freshness_seconds = freshness ?? DEFAULT_FRESHNESS;
  if (isMaterialized !== void 0 && isMaterialized !== null && endpoint.is_active) endpoint.is_materialized = isMaterialized;
  if (tags !== void 0) endpoint.tags = tags;
  target.updated_at = now;
  endpoint.updated_at = now;
  return ok(serializeEndpoint(context, endpoint));
}
function listEndpoints(context) {
  const { project, query } = context;
  let endpoints = project.endpoints.filter((endpoint) => !endpoint.deleted);
  const active = query.get("is_active");
  if (active !== null) endpoints = endpoints.filter((endpoint) => endpoint.is_active === parseBooleanText(active));
  endpoints.sort((left, right) => right.created_at.localeCompare(left.created_at));
  return ok(paginate(endpoints.map((endpoint) => serializeEndpoint(context, endpoint)), context.requestUrl));
}

// src/emulator/resources/error-tracking.ts
var FIELDS = ["project_rate_limit_value", "project_rate_limit_bucket_size_minutes", "per_issue_rate_limit_value", "per_issue_rate_limit_bucket_size_minutes"];
function newSettings() {
  return { project_rate_limit_value: null, project_rate_limit_bucket_size_minutes: null, per_issue_rate_limit_value: null, per_issue_rate_limit_bucket_size_minutes: null };
}
function serializeSettings(record2) {
  return Object.fromEntries(FIELDS.map((name) => [name, record2[name]]));
}
var settingsViewset = {
  collectionActions: {
    retrieve_settings: { methods: ["GET"], run: ({ project }) => ok(serializeSettings(project.errorTrackingSettings ?? newSettings())) },
    update_settings: { methods: ["PATCH"], run: updateSettings }
  }
};
function updateSettings(context) {
  const body = readRequestBody(context.body);
  const changes = {};
  for (const name of FIELDS) {
    const value = readInteger(body, name, { allowNull: true, min: 1 });
    if (value !== void 0) changes[name] = value;
  }
  const record2 = settingsOf(context.project);
  Object.assign(record2, changes);
  return ok(serializeSettings(record2));
}
function settingsOf(project) {
  project.errorTrackingSettings ??= newSettings();
  return project.errorTrackingSettings;
}
var VIEWSETS = { settings: settingsViewset };
var errorTrackingResource = {
  segment: "error_tracking",
  scopeObject: "error_tracking",
  environmentsAlias: true,
  throttle: "default",
  handle(context) {
    const viewset = context.id === void 0 ? void 0 : VIEWSETS[context.id];
    if (viewset === void 0 || !Object.hasOwn(VIEWSETS, context.id)) throw endpointNotFound();
    return routeViewset(viewset)({ ...context, id: context.action, action: void 0 });
  }
};

// src/emulator/resources/messaging-templates.ts
import { randomUUID as randomUUID11 } from "node:crypto";
var messagingTemplatesResource = {
  segment: "messaging_templates",
  scopeObject: "hog_flow",
  environmentsAlias: true,
  throttle: "default",
  handle: routeViewset({
    list: (context) => {
      const live = templatesOf2(context.project).filter((template) => !template.deleted).sort((left, right) => right.created_at.localeCompare(left.created_at));
      const page2 = paginate(live, context.requestUrl);
      return ok({ ...page2, results: page2.results.map(serializeTemplate) });
    },
    create: createTemplate2,
    detail: {
      find: ({ project }, id) => {
        const template = isUuid(id) ? templatesOf2(project).find((candidate) => candidate.id === id && !candidate.deleted) : void 0;
        if (template === void 0) throw notFound();
        return template;
      },
      retrieve: (_context, template) => ok(serializeTemplate(template)),
      update: updateTemplate2,
      destroy: "forbidden"
    }
  })
};
function templatesOf2(project) {
  project.messagingTemplates ??= [];
  return project.messagingTemplates;
}
function serializeContent(content) {
  const out = { templating: content.templating ?? "liquid" };
  if (hasField(content, "email")) {
    const email = content.email;
    out.email = isRecord(email) ? Object.fromEntries(["subject", "text", "html", "design"].filter((part) => hasField(email, part)).map((part) => [part, email[part]])) : null;
  }
  return out;
}
function serializeTemplate(template) {
  return {
    id: template.id,
    name: template.name,
    description: template.description,
    created_at: template.created_at,
    updated_at: template.updated_at,
    content: serializeContent(template.content),
    created_by: template.created_by,
    type: template.type,
    message_category: template.message_category,
    deleted: template.deleted
  };
}
function readEmail(value) {
  if (value === null) return null;
  if (!isRecord(value)) throw validationError(["content", "email"], `Invalid data. Expected a dictionary, but got ${describePythonType(value)}.`, "invalid");
  const email = {};
  if (hasField(value, "subject")) email.subject = coerceString(value.subject, ["content", "email", "subject"]);
  for (const part of ["text", "html"]) if (hasField(value, part)) email[part] = coerceString(value[part], ["content", "email", part], { allowBlank: true });
  if (hasField(value, "design")) email.design = value.design;
  return email;
}
function readContent(value) {
  if (!isRecord(value)) throw validationError("content", `Invalid data. Expected a dictionary, but got ${describePythonType(value)}.`, "invalid");
  const templating = hasField(value, "templating") ? value.templating : "liquid";
  if (templating !== "liquid") throw validationError(["content", "templating"], `"${String(templating)}" is not a valid choice.`, "invalid_choice");
  const content = { templating };
  if (hasField(value, "email")) content.email = readEmail(value.email);
  return content;
}
function readFields2(context, body, creating) {
  const fields = {};
  const name = readString(body, "name", { required: creating, maxLength: 400 });
  if (name !== void 0 && name !== null) fields.name = name;
  const description = readString(body, "description", { allowBlank: true });
  if (description !== void 0 && description !== null) fields.description = description;
  const type = readString(body, "type", { allowBlank: true, maxLength: 24 });
  if (type !== void 0 && type !== null) fields.type = type;
  if (hasField(body, "content")) fields.content = readContent(body.content);
  if (hasField(body, "message_category")) fields.message_category = readCategory(context, body.message_category);
  const deleted = readBoolean(body, "deleted");
  if (deleted !== void 0 && deleted !== null) fields.deleted = deleted;
  const email = isRecord(fields.content?.email) && isTruthy(fields.content.email) ? fields.content.email : void 0;
  if (fields.type === "email" && email !== void 0 && !isTruthy(email.subject)) throw validationError(["content", "email", "subject"], "Subject is required for email templates.");
  if (email !== void 0 && isTruthy(email.design) && !isTruthy(email.html)) {
    throw validationError(["content", "email", "design"], "Design rendering is not configured on this instance — an administrator must set UNLAYER_API_KEY to enable saving design-authored templates.");
  }
  return fields;
}
function readCategory(_context, value) {
  if (value === null) return null;
  if (typeof value === "boolean" || typeof value !== "string" && typeof value !== "number") {
    throw validationError("message_category", `Incorrect type. Expected pk value, received ${describePythonType(value)}.`, "incorrect_type");
  }
  if (!isUuid(String(value))) throw validationError("message_category", `“${String(value)}” is not a valid UUID.`, "invalid");
  throw validationError("message_category", `Invalid pk "${String(value)}" - object does not exist.`, "does_not_exist");
}
function createTemplate2(context) {
  const fields = readFields2(context, readRequestBody(context.body), true);
  const now = isoNow();
  const template = {
    id: randomUUID11(),
    name: "",
    description: "",
    content: {},
    type: "email",
    message_category: null,
    deleted: false,
    created_at: now,
    updated_at: now,
    created_by: currentUser(),
    ...fields
  };
  templatesOf2(context.project).push(template);
  return created(serializeTemplate(template));
}
function updateTemplate2(context, template) {
  Object.assign(template, readFields2(context, readRequestBody(context.body), false), { updated_at: isoNow() });
  return ok(serializeTemplate(template));
}

// src/emulator/resources/event-schemas.ts
import { randomUUID as randomUUID13 } from "node:crypto";

// src/emulator/resources/schema-property-groups.ts
import { randomUUID as randomUUID12 } from "node:crypto";
var PROPERTY_TYPES3 = ["DateTime", "String", "Numeric", "Boolean", "Object"];
var NUMERIC_RULE_KEYS = ["minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum"];
var schemaPropertyGroupsResource = {
  segment: "schema_property_groups",
  scopeObject: "event_definition",
  environmentsAlias: false,
  throttle: "default",
  handle: routeViewset({
    list: listGroups,
    create: createGroup,
    detail: {
      find: ({ project }, id) => {
        const group = findPropertyGroup(project, id);
        if (group === void 0) throw notFound();
        return group;
      },
      retrieve: ({ project }, group) => ok(serializePropertyGroup(project, group)),
      update: updateGroup,
      destroy: destroyGroup
    }
  })
};
function destroyGroup({ project }, group) {
  project.propertyGroups = project.propertyGroups.filter((candidate) => candidate !== group);
  for (const schema of project.eventSchemas.filter((candidate) => candidate.property_group_id === group.id)) bumpSchemaVersion(project, schema.event_definition_id);
  project.eventSchemas = project.eventSchemas.filter((schema) => schema.property_group_id !== group.id);
  return noContent();
}
function findPropertyGroup(project, segment) {
  return isUuid(segment) ? project.propertyGroups.find((group) => group.id === segment.toLowerCase()) : void 0;
}
function bumpSchemaVersion(project, eventDefinitionId) {
  const definition = project.eventDefinitions.find((candidate) => candidate.id === eventDefinitionId);
  if (definition !== void 0) definition.schema_version += 1;
}
function serializePropertyGroup(project, group) {
  const events = project.eventSchemas.filter((schema) => schema.property_group_id === group.id).map((schema) => project.eventDefinitions.find((definition) => definition.id === schema.event_definition_id)).filter((definition) => definition !== void 0).map((definition) => ({ id: definition.id, name: definition.name })).sort((left, right) => left.name.toLowerCase().localeCompare(right.name.toLowerCase()));
  return {
    id: group.id,
    name: group.name,
    description: group.description,
    properties: [...group.properties].sort((left, right) => left.name.localeCompare(right.name)),
    events,
    created_at: group.created_at,
    updated_at: group.updated_at,
    created_by: group.created_by
  };
}
function validateRules(rules, propertyType) {
  if (rules === null || rules === void 0) return null;
  if (!isRecord(rules)) throw validationError("properties", "Validation rules must be an object.");
  if (Object.keys(rules).length === 0) return rules;
  if (propertyType === "String") {
    const list = isRecord(rules.not) ? rules.not.enum : rules.enum;
    const shapeOk = Object.keys(rules).length === 1 && (Object.hasOwn(rules, "enum") || isRecord(rules.not) && Object.keys(rules.not).length === 1);
    if (!shapeOk || !Array.isArray(list) || list.length < 1 || list.length > 1e3 || list.some((item) => typeof item !== "string")) {
      throw validationError("properties", 'String validation rules must be {"enum": [...]} or {"not": {"enum": [...]}} with 1 to 1000 strings.');
    }
    return rules;
  }
  if (propertyType === "Numeric") {
    const keys = Object.keys(rules);
    if (keys.some((key) => !NUMERIC_RULE_KEYS.includes(key)) || keys.some((key) => typeof rules[key] !== "number")) {
      throw validationError("properties", "Numeric validation rules only support minimum, exclusiveMinimum, maximum and exclusiveMaximum numbers.");
    }
    if (Object.hasOwn(rules, "minimum") && Object.hasOwn(rules, "exclusiveMinimum") || Object.hasOwn(rules, "maximum") && Object.hasOwn(rules, "exclusiveMaximum")) {
      throw validationError("properties", "Use either an inclusive or an exclusive bound on each side, not both.");
    }
    const lower = rules.minimum ?? rules.exclusiveMinimum;
    const upper = rules.maximum ?? rules.exclusiveMaximum;
    if (lower !== void 0 && upper !== void 0 && lower >= upper) throw validationError("properties", "The lower bound must be less than the upper bound.");
    return rules;
  }
  throw validationError("properties", `Validation rules are not supported for ${propertyType} properties`);
}
function readProperties(value) {
  const now = isoNow();
  const names = /* @__PURE__ */ new Set();
  return value.map((item, index) => {
    if (!isRecord(item)) throw validationError(["properties", index], `Invalid data. Expected a dictionary, but got ${describePythonType(item)}.`);
    const name = typeof item.name === "string" ? coerceString(item.name, ["properties", index, "name"], { allowBlank: true }) ?? "" : "";
    if (name === "") throw validationError("properties", "Property name is required");
    if ([...name].length > 200) throw validationError(["properties", index, "name"], "Ensure this field has no more than 200 characters.", "max_length");
    if (names.has(name)) throw validationError("properties", `A property named '${name}' already exists in this group`);
    names.add(name);
    const propertyType = item.property_type;
    if (typeof propertyType !== "string" || !PROPERTY_TYPES3.includes(propertyType)) {
      throw validationError(["properties", index, "property_type"], `"${String(propertyType)}" is not a valid choice.`, "invalid_choice");
    }
    for (const flag of ["is_required", "is_optional_in_types"]) {
      if (item[flag] !== void 0 && typeof item[flag] !== "boolean") throw validationError(["properties", index, flag], "Must be a valid boolean.");
    }
    return {
      id: randomUUID12(),
      name,
      property_type: propertyType,
      is_required: item.is_required === true,
      is_optional_in_types: item.is_optional_in_types === true,
      validation_rules: validateRules(item.validation_rules, propertyType),
      // `SchemaPropertyGroupProperty.description` is a TextField, so the ModelSerializer's CharField strips it.
      description: typeof item.description === "string" ? coerceString(item.description, ["properties", index, "description"], { allowBlank: true }) ?? "" : "",
      created_at: now,
      updated_at: now
    };
  });
}
function createGroup(context) {
  const { project } = context;
  const body = readRequestBody(context.body);
  const name = readString(body, "name", { required: true, maxLength: 400 }) ?? "";
  const description = readString(body, "description", { allowBlank: true }) ?? "";
  const properties = readProperties(readList(body, "properties") ?? []);
  if (project.propertyGroups.some((group2) => group2.name === name)) throw validationError("name", "A property group with this name already exists for this team");
  const now = isoNow();
  const group = { id: randomUUID12(), name, description, properties, created_at: now, updated_at: now, created_by: currentUser() };
  project.propertyGroups.push(group);
  return created(serializePropertyGroup(project, group));
}
function updateGroup(context, group) {
  const { project } = context;
  const body = readRequestBody(context.body);
  const name = readString(body, "name", { maxLength: 400 });
  const description = readString(body, "description", { allowBlank: true });
  const list = readList(body, "properties");
  const properties = list === void 0 || list === null ? void 0 : readProperties(list);
  if (name !== void 0 && name !== null && project.propertyGroups.some((other) => other !== group && other.name === name)) {
    throw validationError("name", "A property group with this name already exists");
  }
  if (name !== void 0 && name !== null) group.name = name;
  if (description !== void 0 && description !== null) group.description = description;
  if (properties !== void 0) group.properties = properties;
  group.updated_at = isoNow();
  return ok(serializePropertyGroup(project, group));
}
function listGroups(context) {
  const { project } = context;
  const groups = [...project.propertyGroups].sort((left, right) => left.name.localeCompare(right.name));
  const page2 = paginate(groups, context.requestUrl);
  return ok({ ...page2, results: page2.results.map((group) => serializePropertyGroup(project, group)) });
}

// src/emulator/resources/event-schemas.ts
var eventSchemasResource = {
  segment: "event_schemas",
  scopeObject: "event_definition",
  environmentsAlias: false,
  throttle: "default",
  handle: routeViewset({
    list: listSchemas,
    create: createSchema,
    detail: {
      find: ({ project }, id) => findSchema(project, id),
      retrieve: ({ project }, schema) => ok(serializeSchema(project, schema)),
      destroy: destroySchema
    }
  })
};
function findSchema(project, segment) {
  const schema = isUuid(segment) ? project.eventSchemas.find((candidate) => candidate.id === segment.toLowerCase()) : void 0;
  if (schema === void 0) throw notFound();
  return schema;
}
function destroySchema({ project }, schema) {
  project.eventSchemas = project.eventSchemas.filter((candidate) => candidate !== schema);
  bumpSchemaVersion(project, schema.event_definition_id);
  return noContent();
}
function serializeSchema(project, schema) {
  const group = project.propertyGroups.find((candidate) => candidate.id === schema.property_group_id);
  return {
    id: schema.id,
    event_definition: schema.event_definition_id,
    property_group: group === void 0 ? null : serializePropertyGroup(project, group),
    created_at: schema.created_at,
    updated_at: schema.updated_at
  };
}
function createSchema(context) {
  const { project } = context;
  const body = readRequestBody(context.body);
  const definitionId = readString(body, "event_definition", { required: true }) ?? "";
  const groupId = readString(body, "property_group_id", { required: true }) ?? "";
  const definition = isUuid(definitionId) ? project.eventDefinitions.find((candidate) => candidate.id === definitionId.toLowerCase()) : void 0;
  if (definition === void 0) throw validationError("event_definition", `Invalid pk "${definitionId}" - object does not exist.`, "does_not_exist");
  const group = findPropertyGroup(project, groupId);
  if (group === void 0) throw validationError("property_group_id", `Invalid pk "${groupId}" - object does not exist.`, "does_not_exist");
  if (project.eventSchemas.some((schema2) => schema2.event_definition_id === definition.id && schema2.property_group_id === group.id)) {
    throw validationError(null, `Property group '${group.name}' is already added to this event schema`);
  }
  const now = isoNow();
  const schema = { id: randomUUID13(), event_definition_id: definition.id, property_group_id: group.id, created_at: now, updated_at: now };
  project.eventSchemas.push(schema);
  bumpSchemaVersion(project, definition.id);
  return created(serializeSchema(project, schema));
}
function listSchemas(context) {
  const { project, query } = context;
  const definitionId = query.get("event_definition");
  const schemas = project.eventSchemas.filter((schema) => definitionId === null || schema.event_definition_id === definitionId.toLowerCase()).sort((left, right) => left.created_at.localeCompare(right.created_at));
  const page2 = paginate(schemas, context.requestUrl);
  return ok({ ...page2, results: page2.results.map((schema) => serializeSchema(project, schema)) });
}

// src/emulator/resources/experiment-holdouts.ts
var DESCRIPTION_MAX = 400;
var experimentHoldoutsResource = {
  segment: "experiment_holdouts",
  scopeObject: "experiment_holdout",
  environmentsAlias: false,
  throttle: "default",
  handle: routeViewset({
    list: listHoldouts,
    create: createHoldout,
    detail: {
      find: ({ project }, id) => findByIntegerId(project.holdouts, id),
      retrieve: (_context, holdout) => ok(serializeHoldout(holdout)),
      update: updateHoldout,
      destroy: destroyHoldout
    }
  })
};
function destroyHoldout({ project }, holdout) {
  project.holdouts = project.holdouts.filter((candidate) => candidate !== holdout);
  rewriteLinkedFlags(project, holdout, null);
  for (const experiment of project.experiments) if (experiment.holdout_id === holdout.id) experiment.holdout_id = null;
  return noContent();
}
function serializeHoldout(holdout) {
  return {
    id: holdout.id,
    name: holdout.name,
    description: holdout.description,
    filters: holdout.filters,
    created_by: holdout.created_by,
    created_at: holdout.created_at,
    updated_at: holdout.updated_at,
    // UserAccessControlSerializerMixin: the single emulator user may edit everything.
    user_access_level: "editor"
  };
}
function readHoldoutFilters(body, holdoutId) {
  const filters = body.filters;
  if (!Array.isArray(filters) || filters.length === 0) throw validationError("filters", "Filters must not be empty.");
  return filters.map((group) => {
    if (!isRecord(group) || group.rollout_percentage === void 0 || group.rollout_percentage === null) throw validationError("filters", "Rollout percentage must be present.");
    const rollout = group.rollout_percentage;
    if (typeof rollout !== "number" || rollout < 0 || rollout > 100) throw validationError("filters", "Rollout percentage must be between 0 and 100.");
    return { ...cloneJson(group), properties: Array.isArray(group.properties) ? cloneJson(group.properties) : [], variant: `holdout-${holdoutId}` };
  });
}
function rewriteLinkedFlags(project, holdout, replacement) {
  const flagIds = new Set(project.experiments.filter((experiment) => experiment.holdout_id === holdout.id).map((experiment) => experiment.feature_flag_id));
  for (const flag of project.featureFlags) {
    if (!flagIds.has(flag.id)) continue;
    flag.filters = { ...flag.filters, holdout: replacement };
    flag.version += 1;
    flag.updated_at = isoNow();
  }
}
function createHoldout(context) {
  const { project, state } = context;
  const body = readRequestBody(context.body);
  const name = readString(body, "name", { required: true, maxLength: 400 }) ?? "";
  const description = readString(body, "description", { allowNull: true, allowBlank: true, maxLength: DESCRIPTION_MAX });
  const id = allocateId(state, "experiment_holdout");
  const filters = readHoldoutFilters(body, id);
  const now = isoNow();
  const holdout = { id, name, description: description ?? null, filters, created_at: now, created_by: currentUser(), updated_at: now };
  project.holdouts.push(holdout);
  return created(serializeHoldout(holdout));
}
function updateHoldout(context, holdout) {
  const body = readRequestBody(context.body);
  const name = readString(body, "name", { maxLength: 400 });
  const description = readString(body, "description", { allowNull: true, allowBlank: true, maxLength: DESCRIPTION_MAX });
  const filters = hasField(body, "filters") ? readHoldoutFilters(body, holdout.id) : void 0;
  if (name !== void 0 && name !== null) holdout.name = name;
  if (description !== void 0) holdout.description = description;
  if (filters !== void 0) {
    holdout.filters = filters;
    const first = filters[0];
    rewriteLinkedFlags(context.project, holdout, { id: holdout.id, exclusion_percentage: first?.rollout_percentage ?? 0 });
  }
  holdout.updated_at = isoNow();
  return ok(serializeHoldout(holdout));
}
function listHoldouts(context) {
  const holdouts = [...context.project.holdouts].sort((left, right) => right.created_at.localeCompare(left.created_at) || right.id - left.id);
  const page2 = paginate(holdouts, context.requestUrl);
  return ok({ ...page2, results: page2.results.map(serializeHoldout) });
}

// src/emulator/resources/experiment-saved-metrics.ts
import { randomUUID as randomUUID15 } from "node:crypto";

// src/emulator/resources/experiment-metrics.ts
import { createHash, randomUUID as randomUUID14 } from "node:crypto";
var METRIC_TYPES = ["mean", "funnel", "ratio", "retention"];
var LEGACY_KINDS = /* @__PURE__ */ new Set(["ExperimentTrendsQuery", "ExperimentFunnelsQuery"]);
var REQUIRED = { mean: ["source"], funnel: ["series"], ratio: ["numerator", "denominator"], retention: ["start_event", "completion_event"] };
function checkExperimentMetric(metric, field2, label) {
  if (!isRecord(metric)) throw validationError(field2, `${label}must be a dict`);
  if (typeof metric.kind === "string" && LEGACY_KINDS.has(metric.kind)) {
    throw validationError(field2, `${label}legacy metric kind '${metric.kind}' is no longer supported for new experiments. Use 'ExperimentMetric' instead.`);
  }
  if (metric.kind !== "ExperimentMetric") throw validationError(field2, `${label}metric kind must be 'ExperimentMetric'`);
  if (typeof metric.metric_type !== "string" || !METRIC_TYPES.includes(metric.metric_type)) {
    throw validationError(field2, `${label}metric_type must be one of: ${METRIC_TYPES.join(", ")}.`);
  }
  const missing = (REQUIRED[metric.metric_type] ?? []).filter((key) => !isRecord(metric[key]) && !Array.isArray(metric[key]));
  if (missing.length > 0) throw validationError(field2, `${label}a ${metric.metric_type} metric requires: ${missing.join(", ")}.`);
  if (metric.metric_type === "funnel" && (!Array.isArray(metric.series) || metric.series.length === 0)) {
    throw validationError(field2, `${label}funnel metrics require at least one step. The experiment exposure event is added as the initial step automatically.`);
  }
  return cloneJson(metric);
}
function collectNodes(value) {
  if (Array.isArray(value)) return value.flatMap(collectNodes);
  if (!isRecord(value)) return [];
  const own = value.kind === "EventsNode" || value.kind === "ActionsNode" ? [value] : [];
  return [...own, ...Object.values(value).flatMap(collectNodes)];
}
function assertMetricActionsExist(project, metrics) {
  const ids = [...new Set(collectNodes(metrics).filter((node) => node.kind === "ActionsNode" && node.id !== void 0 && node.id !== null).map((node) => Number(node.id)))];
  const missing = ids.filter((id) => !project.actions.some((action) => action.id === id && !action.deleted)).sort((a, b) => a - b);
  if (missing.length > 0) {
    throw validationError(null, `Action(s) with ID ${missing.join(", ")} not found or deleted. Each ActionsNode must reference an existing action belonging to this project.`);
  }
}
function assertMetricEventsKnown(project, metrics) {
  const names = collectNodes(metrics).filter((node) => node.kind === "EventsNode" && typeof node.event === "string" && node.event.trim() !== "").map((node) => String(node.event));
  const known = new Set(project.eventDefinitions.map((definition) => definition.name));
  const unknown = [...new Set(names)].filter((name) => !known.has(name)).sort();
  if (unknown.length > 0) {
    throw validationError(
      null,
      `Event(s) ${unknown.map((name) => `'${name}'`).join(", ")} not found. No events with these names have been ingested by this project. If you meant a different event, please correct it. Only if the user has explicitly confirmed they want to proceed with the unknown event (e.g. they will instrument it shortly), call again with allow_unknown_events=True. Do not flip the flag silently to bypass this check.`
    );
  }
}
function checkMetricList(value, field2) {
  if (value === null) return [];
  if (!Array.isArray(value)) throw validationError(field2, `Expected a list of items but got type "${describePythonType(value)}".`, "not_a_list");
  return value.map((metric, index) => checkExperimentMetric(metric, field2, `Invalid metric at index ${index}: `));
}
function assignMetricUuids(metrics, seen) {
  return metrics.map((metric) => {
    const original = typeof metric.uuid === "string" && metric.uuid !== "" ? metric.uuid : void 0;
    const uuid = original === void 0 || seen.has(original) ? randomUUID14() : original;
    seen.add(uuid);
    return { ...metric, uuid };
  });
}
function fingerprintMetric(metric, experiment) {
  const { uuid: _uuid, fingerprint: _fingerprint, ...identity } = metric;
  const method = isRecord(experiment.stats_config) && typeof experiment.stats_config.method === "string" ? experiment.stats_config.method : "bayesian";
  const inputs = [identity, experiment.start_date, method, experiment.exposure_criteria, experiment.only_count_matured_users === true];
  return createHash("sha256").update(JSON.stringify(inputs)).digest("hex");
}
function refreshActionNames(project, value) {
  if (Array.isArray(value)) return value.map((item) => refreshActionNames(project, item));
  if (!isRecord(value)) return value;
  const out = {};
  for (const [key, member] of Object.entries(value)) out[key] = refreshActionNames(project, member);
  if (out.kind === "ActionsNode" && out.id !== void 0) {
    const action = project.actions.find((candidate) => candidate.id === Number(out.id) && !candidate.deleted);
    if (action !== void 0) out.name = action.name;
  }
  return out;
}

// src/emulator/resources/experiment-saved-metrics.ts
var experimentSavedMetricsResource = {
  segment: "experiment_saved_metrics",
  scopeObject: "experiment_saved_metric",
  environmentsAlias: false,
  throttle: "default",
  handle: routeViewset({
    list: listSavedMetrics,
    create: createSavedMetric,
    detail: {
      find: ({ project }, id) => findByIntegerId(project.savedMetrics, id),
      retrieve: ({ project }, metric) => ok(serializeSavedMetric(project, metric)),
      update: updateSavedMetric,
      destroy: destroySavedMetric
    }
  })
};
function destroySavedMetric({ project }, metric) {
  project.savedMetrics = project.savedMetrics.filter((candidate) => candidate !== metric);
  for (const experiment of project.experiments) experiment.saved_metrics = experiment.saved_metrics.filter((link) => link.saved_metric_id !== metric.id);
  return noContent();
}
function serializeSavedMetric(project, metric) {
  return {
    id: metric.id,
    name: metric.name,
    description: metric.description,
    query: refreshActionNames(project, metric.query),
    created_by: metric.created_by,
    created_at: metric.created_at,
    updated_at: metric.updated_at,
    tags: metric.tags,
    user_access_level: "editor"
  };
}
function withoutActionNames(value) {
  if (Array.isArray(value)) return value.map(withoutActionNames);
  if (value === null || typeof value !== "object") return value;
  const entries = Object.entries(value).map(([key, member]) => [key, withoutActionNames(member)]);
  const copy = Object.fromEntries(entries);
  if (copy.kind === "ActionsNode") delete copy.name;
  return copy;
}
function normalizeQuery(project, value, existing) {
  if (value === null || value === void 0 || value === "" || typeof value === "object" && Object.keys(value).length === 0) {
    throw validationError(null, "Query is required to create a saved metric");
  }
  const unchanged = existing !== void 0 && isJsonEqual(withoutActionNames({ ...value, uuid: existing.uuid }), withoutActionNames(existing));
  const query = unchanged ? { ...value } : checkExperimentMetric(value, null, "Invalid metric: ");
  const incoming = query.uuid;
  if (typeof existing?.uuid === "string" && typeof incoming === "string" && incoming !== existing.uuid) throw validationError(null, "Saved metric UUID cannot be changed");
  query.uuid = typeof existing?.uuid === "string" ? existing.uuid : randomUUID15();
  delete query.fingerprint;
  assertMetricActionsExist(project, [query]);
  return query;
}
function assertUniqueName(project, name, existing) {
  if (project.savedMetrics.some((metric) => metric !== existing && metric.name.toLowerCase() === name.toLowerCase())) {
    throw validationError("name", "A shared metric with this name already exists.");
  }
}
function createSavedMetric(context) {
  const { project, state } = context;
  const body = readRequestBody(context.body);
  const name = readString(body, "name", { required: true, maxLength: 400 }) ?? "";
  const description = readString(body, "description", { allowNull: true, allowBlank: true, maxLength: 400 });
  if (!hasField(body, "query")) throw validationError("query", "This field is required.", "required");
  const query = normalizeQuery(project, body.query, void 0);
  const tags = readTags(body);
  assertUniqueName(project, name, void 0);
  const now = isoNow();
  const metric = {
    id: allocateId(state, "experiment_saved_metric"),
    name,
    description: description ?? null,
    query,
    tags: tags ?? [],
    created_at: now,
    created_by: currentUser(),
    updated_at: now
  };
  project.savedMetrics.push(metric);
  return created(serializeSavedMetric(project, metric));
}
function updateSavedMetric(context, metric) {
  const { project } = context;
  const body = readRequestBody(context.body);
  const name = readString(body, "name", { maxLength: 400 });
  const description = readString(body, "description", { allowNull: true, allowBlank: true, maxLength: 400 });
  if (metric.query.kind === "ExperimentTrendsQuery" || metric.query.kind === "ExperimentFunnelsQuery") {
    throw validationError(null, "This saved metric uses a legacy query format and cannot be updated. Please create a new saved metric with the ExperimentMetric format instead.");
  }
  const query = hasField(body, "query") ? normalizeQuery(project, body.query, metric.query) : void 0;
  const tags = readTags(body);
  if (name !== void 0 && name !== null) {
    assertUniqueName(project, name, metric);
    metric.name = name;
  }
  if (description !== void 0) metric.description = description;
  if (query !== void 0) metric.query = query;
  if (tags !== void 0) metric.tags = tags;
  metric.updated_at = isoNow();
  return ok(serializeSavedMetric(project, metric));
}
function listSavedMetrics(context) {
  const { project, query } = context;
  let metrics = [...project.savedMetrics];
  const search = query.get("search");
  if (search) {
    const needle = search.toLowerCase();
    metrics = metrics.filter((metric) => [metric.name, metric.description ?? "", ...metric.tags].some((text) => text.toLowerCase().includes(needle)));
  }
  metrics.sort((left, right) => left.name.toLowerCase().localeCompare(right.name.toLowerCase()));
  const page2 = paginate(metrics, context.requestUrl);
  return ok({ ...page2, results: page2.results.map((metric) => serializeSavedMetric(project, metric)) });
}

// src/emulator/resources/experiment-flag-config.ts
var FLAG_CONFIG_KEYS = ["feature_flag_variants", "rollout_percentage", "aggregation_group_type_index"];
var INPUT_KEYS = /* @__PURE__ */ new Set(["id", "filters", "ensure_experience_continuity"]);
var FILTER_KEYS = /* @__PURE__ */ new Set(["groups", "multivariate", "aggregation_group_type_index", "payloads"]);
var DEFAULT_VARIANTS = [
  { key: "control", name: "Control Group", rollout_percentage: 50 },
  { key: "test", name: "Test Variant", rollout_percentage: 50 }
];
function normalizeVariants(variants) {
  const copy = variants.map((variant, index) => {
    if (!isRecord(variant)) throw validationError(null, `Feature flag variant at index ${index} must be an object`);
    if (!Object.hasOwn(variant, "key")) throw validationError(null, `Feature flag variant at index ${index} must have a 'key' field`);
    if (!Object.hasOwn(variant, "split_percent") && !Object.hasOwn(variant, "rollout_percentage")) {
      throw validationError(null, "Each variant must include split_percent (recommended) or rollout_percentage (deprecated).");
    }
    return cloneJson(variant);
  });
  if (!copy.some((variant) => variant.key === "control")) {
    const control = copy.find((variant) => typeof variant.key === "string" && variant.key.toLowerCase() === "control");
    if (control !== void 0) control.key = "control";
  }
  return copy.map(({ split_percent: split, ...variant }) => split === void 0 ? variant : { ...variant, rollout_percentage: split });
}
function assertVariantsValid(variants) {
  if (variants.length >= 21) throw validationError(null, "Feature flag variants must be less than 21");
  if (variants.length === 0) return;
  if (variants.length < 2) throw validationError(null, "Feature flag must have at least 2 variants (control and at least one test variant)");
  const keys = variants.map((variant) => variant.key);
  if (!keys.includes("control")) {
    const listed = `[${keys.map((key) => `'${String(key)}'`).join(", ")}]`;
    throw validationError(null, `Feature flag variants must contain a variant with key 'control' (lowercase, exactly). Got keys: ${listed}. Rename the baseline variant's 'key' to 'control'.`);
  }
}
function stripFlagConfig(parameters) {
  const copy = cloneJson(parameters ?? {});
  for (const key of FLAG_CONFIG_KEYS) delete copy[key];
  return copy;
}
function flagVariants(flag) {
  const multivariate = effectiveFilters(flag).multivariate;
  return isRecord(multivariate) && Array.isArray(multivariate.variants) ? multivariate.variants.filter(isRecord) : [];
}
function projectParameters(stored, flag) {
  const parameters = cloneJson(stored);
  if (flag === void 0) return parameters;
  const filters = effectiveFilters(flag);
  parameters.feature_flag_variants = flagVariants(flag).map((variant) => Object.hasOwn(variant, "rollout_percentage") ? { ...variant, split_percent: variant.rollout_percentage } : variant);
  const set = (key, value, present) => {
    if (present) parameters[key] = cloneJson(value);
    else delete parameters[key];
  };
  set("aggregation_group_type_index", filters.aggregation_group_type_index, filters.aggregation_group_type_index !== void 0 && filters.aggregation_group_type_index !== null);
  const group = Array.isArray(filters.groups) && isRecord(filters.groups[0]) ? filters.groups[0] : void 0;
  set("rollout_percentage", group?.rollout_percentage, group?.rollout_percentage !== void 0 && group.rollout_percentage !== null);
  set("feature_flag_payloads", filters.payloads, isRecord(filters.payloads) && Object.keys(filters.payloads).length > 0);
  set("ensure_experience_continuity", flag.ensure_experience_continuity, flag.ensure_experience_continuity !== null);
  return parameters;
}
function readInputObject(input) {
  for (const key of Object.keys(input)) if (!INPUT_KEYS.has(key)) throw validationError(["feature_flag", key], "Unsupported key for the experiment feature_flag input.");
  const config = {};
  if (Object.hasOwn(input, "ensure_experience_continuity")) config.continuity = input.ensure_experience_continuity === null ? null : input.ensure_experience_continuity === true;
  const filters = input.filters;
  if (filters === void 0) return config;
  if (!isRecord(filters)) throw validationError(["feature_flag", "filters"], "Expected a dictionary of items.", "not_a_dict");
  for (const key of Object.keys(filters)) if (!FILTER_KEYS.has(key)) throw validationError(["feature_flag", "filters", key], "Unsupported key for the experiment feature_flag input.");
  if (Array.isArray(filters.groups)) {
    if (filters.groups.length > 1) throw validationError(["feature_flag", "filters", "groups"], "Ensure this field has no more than 1 elements.", "max_length");
    const group = filters.groups[0];
    if (isRecord(group) && Array.isArray(group.properties) && group.properties.length > 0) {
      throw validationError(["feature_flag", "filters", "groups", 0, "properties"], "Ensure this field has no more than 0 elements.", "max_length");
    }
    if (isRecord(group) && typeof group.rollout_percentage === "number") config.rollout = group.rollout_percentage;
  }
  if (isRecord(filters.multivariate) && Array.isArray(filters.multivariate.variants)) config.variants = normalizeVariants(filters.multivariate.variants);
  if (Object.hasOwn(filters, "aggregation_group_type_index")) config.aggregation = { value: filters.aggregation_group_type_index };
  if (isRecord(filters.payloads)) config.payloads = cloneJson(filters.payloads);
  if (config.variants !== void 0) assertVariantsValid(config.variants);
  return config;
}
function requestedFlagConfig(body, flag) {
  const input = body.feature_flag;
  if (isRecord(input) && (input.id === void 0 || input.id === null) && (Object.hasOwn(input, "filters") || Object.hasOwn(input, "ensure_experience_continuity"))) {
    return readInputObject(input);
  }
  const raw = body.parameters;
  if (!isRecord(raw)) return void 0;
  const projected = flag === void 0 ? {} : projectParameters({}, flag);
  const changed = FLAG_CONFIG_KEYS.filter((key) => {
    if (!Object.hasOwn(raw, key)) return false;
    if (key !== "feature_flag_variants") return !isJsonEqual(raw[key], projected[key]);
    const sent = Array.isArray(raw[key]) ? normalizeVariants(raw[key]) : raw[key];
    return !isJsonEqual(sent, Array.isArray(projected[key]) ? normalizeVariants(projected[key]) : projected[key]);
  });
  if (changed.length === 0) return void 0;
  const config = {};
  if (changed.includes("feature_flag_variants")) {
    if (!Array.isArray(raw.feature_flag_variants)) throw validationError("parameters", "feature_flag_variants must be a list.");
    config.variants = normalizeVariants(raw.feature_flag_variants);
    assertVariantsValid(config.variants);
  }
  if (changed.includes("rollout_percentage") && typeof raw.rollout_percentage === "number") config.rollout = raw.rollout_percentage;
  if (changed.includes("aggregation_group_type_index")) config.aggregation = { value: raw.aggregation_group_type_index };
  return config;
}
function holdoutFilter(holdout) {
  const first = holdout?.filters[0];
  if (holdout === void 0 || first === void 0) return null;
  return { id: holdout.id, exclusion_percentage: first.rollout_percentage };
}
function newFlagFilters(config, parameters, holdout) {
  const filters = {
    groups: [{ properties: [], rollout_percentage: config.rollout ?? 100 }],
    multivariate: { variants: config.variants !== void 0 && config.variants.length > 0 ? config.variants : cloneJson(DEFAULT_VARIANTS) },
    aggregation_group_type_index: config.aggregation?.value ?? null,
    holdout: holdoutFilter(holdout)
  };
  const payloads = config.payloads ?? parameters.feature_flag_payloads;
  if (isRecord(payloads) && Object.keys(payloads).length > 0) filters.payloads = cloneJson(payloads);
  return filters;
}
function syncedFlagFilters(flag, config, holdout) {
  const filters = cloneJson(effectiveFilters(flag));
  if (config?.rollout !== void 0 && Array.isArray(filters.groups) && isRecord(filters.groups[0])) {
    filters.groups = [{ ...filters.groups[0], rollout_percentage: config.rollout }, ...filters.groups.slice(1)];
  }
  if (config?.variants !== void 0) filters.multivariate = { variants: config.variants.length > 0 ? config.variants : cloneJson(DEFAULT_VARIANTS) };
  if (config?.aggregation !== void 0) filters.aggregation_group_type_index = config.aggregation.value;
  if (config?.payloads !== void 0) filters.payloads = config.payloads;
  filters.holdout = holdoutFilter(holdout);
  return filters;
}
function assertExperimentFlag(flag) {
  const variants = flagVariants(flag);
  if (variants.length < 2) throw validationError(null, "Feature flag must have at least 2 variants (control and at least one test variant)");
  if (!variants.some((variant) => variant.key === "control")) throw validationError(null, "Feature flag must have a variant with key 'control'");
}

// src/emulator/resources/experiment-input.ts
var DATE_FORMAT_ERROR = "Datetime has wrong format. Use one of these formats instead: YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].";
var STATS_METHODS = ["bayesian", "frequentist"];
function readDate(body, key) {
  if (!hasField(body, key)) return void 0;
  const value = body[key];
  if (value === null) return null;
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw validationError(key, DATE_FORMAT_ERROR, "invalid");
  }
  return new Date(value).toISOString();
}
function assertDateRange(start, end) {
  if (start && end && start >= end) throw validationError(null, "End date must be after start date");
}
function readSavedMetricLinks(project, body) {
  const list = readList(body, "saved_metrics_ids", { allowNull: true });
  if (list === void 0 || list === null) return list === null ? [] : void 0;
  for (const entry of list) {
    if (!isRecord(entry)) throw validationError("saved_metrics_ids", "Saved metric must be an object");
    if (!Object.hasOwn(entry, "id")) throw validationError("saved_metrics_ids", "Saved metric must have an id");
    if (Object.hasOwn(entry, "metadata") && !isRecord(entry.metadata)) throw validationError("saved_metrics_ids", "Metadata must be an object");
    if (isRecord(entry.metadata) && !Object.hasOwn(entry.metadata, "type")) throw validationError("saved_metrics_ids", "Metadata must have a type key");
  }
  const links = list.map((entry) => ({ saved_metric_id: Number(entry.id), metadata: isRecord(entry.metadata) ? cloneJson(entry.metadata) : {} }));
  if (!links.every((link) => project.savedMetrics.some((metric) => metric.id === link.saved_metric_id))) {
    throw validationError("saved_metrics_ids", "Saved metric does not exist or does not belong to this project");
  }
  return links;
}
function savedMetricUuids(project, links) {
  const out = { primary: [], secondary: [] };
  for (const link of links) {
    const uuid = project.savedMetrics.find((metric) => metric.id === link.saved_metric_id)?.query.uuid;
    if (typeof uuid === "string") out[link.metadata.type === "secondary" ? "secondary" : "primary"].push(uuid);
  }
  return out;
}
function buildLinks(allocate, wanted, existing) {
  return wanted.map((link) => {
    const kept = existing.find((candidate) => candidate.saved_metric_id === link.saved_metric_id);
    return kept === void 0 ? { id: allocate(), saved_metric_id: link.saved_metric_id, metadata: link.metadata, created_at: isoNow() } : { ...kept, metadata: link.metadata };
  });
}
function readHoldout(project, body) {
  const id = readInteger(body, "holdout_id", { allowNull: true });
  if (id === void 0 || id === null) return id;
  const holdout = project.holdouts.find((candidate) => candidate.id === id);
  if (holdout === void 0) throw validationError("holdout_id", `Invalid pk "${id}" - object does not exist.`, "does_not_exist");
  return holdout;
}
function readFilters2(body) {
  const filters = readObject(body, "filters", { allowNull: true });
  if (filters === void 0) return void 0;
  if (filters !== null && Array.isArray(filters.properties) && filters.properties.length > 0) {
    throw validationError(null, "Experiments do not support global filter properties");
  }
  return filters ?? {};
}
function readExposureCriteria(body) {
  if (!hasField(body, "exposure_criteria")) return void 0;
  const value = body.exposure_criteria;
  if (value === null) return null;
  if (!isRecord(value)) {
    throw validationError("exposure_criteria", `exposure_criteria must be an object, got ${Array.isArray(value) ? "list" : typeof value}. Expected shape: {'filterTestAccounts': <bool>, 'exposure_config': <object>}.`);
  }
  if (Object.hasOwn(value, "filterTestAccounts") && typeof value.filterTestAccounts !== "boolean") {
    throw validationError("exposure_criteria", `exposure_criteria.filterTestAccounts must be a boolean, got ${typeof value.filterTestAccounts}: ${JSON.stringify(value.filterTestAccounts)}.`);
  }
  return cloneJson(value);
}
function assertStatsConfig(stats, variantKeys3) {
  if (!isRecord(stats)) return;
  if (stats.method !== void 0 && stats.method !== null && !STATS_METHODS.includes(String(stats.method))) {
    throw validationError(null, `Invalid stats method: '${String(stats.method)}'. Must be one of: ${STATS_METHODS.join(", ")}`);
  }
  const baseline = stats.baseline_variant_key;
  if (baseline !== void 0 && baseline !== null && variantKeys3.length > 0 && !variantKeys3.includes(String(baseline))) {
    throw validationError(null, `Invalid baseline_variant_key: '${String(baseline)}'. Must be one of: ${[...variantKeys3].sort().join(", ")}`);
  }
}
function withStatsDefaults(stats) {
  const result = cloneJson(stats ?? {});
  if (!result.method) result.method = "bayesian";
  return result;
}
function withExposureDefaults(criteria) {
  const result = cloneJson(criteria ?? {});
  if (result.filterTestAccounts === void 0 || result.filterTestAccounts === null) result.filterTestAccounts = true;
  return result;
}
function readMetricList(project, body, field2, seen, allowUnknownEvents) {
  if (!hasField(body, field2)) return void 0;
  const metrics = assignMetricUuids(checkMetricList(body[field2], field2), seen);
  assertMetricActionsExist(project, metrics);
  if (!allowUnknownEvents) assertMetricEventsKnown(project, metrics);
  return metrics;
}
function syncOrdering(current, before, after) {
  const removed = before.filter((uuid) => !after.includes(uuid));
  const added = after.filter((uuid) => !before.includes(uuid));
  if (removed.length === 0 && added.length === 0) return current === null ? null : [...current];
  const kept = (current ?? []).filter((uuid) => !removed.includes(uuid));
  return [...kept, ...added.filter((uuid) => !kept.includes(uuid))];
}
function assertOrdering(ordering, expected, field2) {
  if (expected.length === 0) return;
  if (ordering === null) throw validationError(null, `${field2} is null but ${field2.startsWith("primary") ? "primary" : "secondary"} metrics exist. This is likely a frontend bug - please refresh and try again.`);
  const missing = expected.filter((uuid) => !ordering.includes(uuid)).sort();
  if (missing.length > 0) {
    throw validationError(null, `${field2} is missing UUIDs: [${missing.map((uuid) => `'${uuid}'`).join(", ")}]. This is likely a frontend bug - please refresh and try again.`);
  }
}

// src/emulator/resources/experiment-serializer.ts
var LEGACY_KINDS2 = /* @__PURE__ */ new Set(["ExperimentTrendsQuery", "ExperimentFunnelsQuery"]);
function flagOf2(project, experiment) {
  return project.featureFlags.find((flag) => flag.id === experiment.feature_flag_id);
}
function findExperiment(project, segment, includeDeleted) {
  const id = parseIntegerId(segment);
  const experiment = project.experiments.find((candidate) => candidate.id === id && (includeDeleted || !candidate.deleted));
  if (experiment === void 0) throw notFound();
  return experiment;
}
function isLegacy(project, experiment) {
  const savedQueries = experiment.saved_metrics.map((link) => project.savedMetrics.find((metric) => metric.id === link.saved_metric_id)?.query);
  return [...experiment.metrics, ...experiment.metrics_secondary, ...savedQueries].some((query) => isRecord(query) && LEGACY_KINDS2.has(String(query.kind)));
}
function canFreezeExposure(experiment, flag) {
  if (flag === void 0 || deriveExperimentStatus(experiment, flag) !== "running") return false;
  const filters = flag.filters;
  return experiment.holdout_id === null && (filters.aggregation_group_type_index === void 0 || filters.aggregation_group_type_index === null);
}
function serializeExperimentBasic(project, experiment) {
  const flag = flagOf2(project, experiment);
  const holdout = project.holdouts.find((candidate) => candidate.id === experiment.holdout_id);
  return {
    id: experiment.id,
    name: experiment.name,
    description: experiment.description,
    start_date: experiment.start_date,
    end_date: experiment.end_date,
    feature_flag_key: flag?.key.replace(/:deleted:\d+$/, "") ?? null,
    feature_flag: flag === void 0 ? null : serializeMinimalFlag(project, flag),
    holdout: holdout === void 0 ? null : serializeHoldout(holdout),
    exposure_cohort: null,
    parameters: projectParameters(experiment.parameters, flag),
    running_time_calculation: cloneJson(experiment.running_time_calculation ?? {}),
    excluded_variants: experiment.excluded_variants ?? null,
    archived: experiment.archived,
    deleted: experiment.deleted,
    created_by: experiment.created_by,
    created_at: experiment.created_at,
    updated_at: experiment.updated_at,
    type: experiment.type,
    conclusion: experiment.conclusion,
    conclusion_comment: experiment.conclusion_comment,
    status: deriveExperimentStatus(experiment, flag),
    is_legacy: isLegacy(project, experiment),
    user_access_level: "editor"
  };
}
function serializeExperiment(project, experiment) {
  const savedMetrics = experiment.saved_metrics.map((link) => {
    const metric = project.savedMetrics.find((candidate) => candidate.id === link.saved_metric_id);
    const query = isRecord(metric?.query) ? refreshActionNames(project, metric.query) : null;
    return {
      id: link.id,
      experiment: experiment.id,
      saved_metric: link.saved_metric_id,
      metadata: link.metadata,
      created_at: link.created_at,
      query: query === null ? null : { ...query, fingerprint: fingerprintMetric(query, experiment) },
      name: metric?.name ?? null
    };
  });
  return {
    ...serializeExperimentBasic(project, experiment),
    holdout_id: experiment.holdout_id,
    secondary_metrics: [],
    saved_metrics: savedMetrics,
    filters: experiment.filters,
    exposure_criteria: experiment.exposure_criteria,
    metrics: refreshActionNames(project, experiment.metrics),
    metrics_secondary: refreshActionNames(project, experiment.metrics_secondary),
    stats_config: experiment.stats_config,
    scheduling_config: experiment.scheduling_config,
    primary_metrics_ordered_uuids: experiment.primary_metrics_ordered_uuids,
    secondary_metrics_ordered_uuids: experiment.secondary_metrics_ordered_uuids,
    only_count_matured_users: experiment.only_count_matured_users,
    flag_cleanup_task_id: null,
    can_freeze_exposure: canFreezeExposure(experiment, flagOf2(project, experiment))
  };
}

// src/emulator/resources/experiment-lifecycle.ts
var CONCLUSIONS = ["won", "lost", "inconclusive", "stopped_early", "invalid"];
var LIFECYCLE_ACTIONS = /* @__PURE__ */ new Set(["launch", "pause", "resume", "end", "archive", "unarchive", "reset"]);
var isDraft = (experiment) => experiment.start_date === null;
var isStopped = (experiment) => experiment.start_date !== null && experiment.end_date !== null;
function saveFlag(flag, changes) {
  Object.assign(flag, changes);
  flag.updated_at = isoNow();
}
function requireFlag(flag) {
  if (flag === void 0) throw validationError(null, "Experiment does not have a feature flag linked.");
  return flag;
}
function assertLaunchedAndNotEnded(experiment) {
  if (isDraft(experiment)) throw validationError(null, "Experiment has not been launched yet.");
  if (isStopped(experiment)) throw validationError(null, "Experiment has already ended.");
}
function refreshFingerprints(experiment) {
  experiment.metrics = experiment.metrics.map((metric) => ({ ...metric, fingerprint: fingerprintMetric(metric, experiment) }));
  experiment.metrics_secondary = experiment.metrics_secondary.map((metric) => ({ ...metric, fingerprint: fingerprintMetric(metric, experiment) }));
}
function archiveLinkedFlag(project, experiment, flag, disable) {
  if (flag === void 0 || flag.deleted || flag.archived) return;
  if (project.experiments.some((other) => other !== experiment && other.feature_flag_id === flag.id && !other.deleted && !other.archived)) return;
  if (flag.active && !disable) return;
  saveFlag(flag, { active: false, archived: true });
  experiment.feature_flag_auto_archived = true;
}
function unarchiveLinkedFlag(experiment, flag) {
  if (experiment.feature_flag_auto_archived !== true) return;
  experiment.feature_flag_auto_archived = false;
  if (flag === void 0 || flag.deleted || !flag.archived) return;
  saveFlag(flag, { archived: false });
}
function runLifecycleAction(context, experiment, action) {
  const { project } = context;
  const body = readRequestBody(context.body);
  const flag = flagOf2(project, experiment);
  const now = isoNow();
  switch (action) {
    case "launch": {
      if (!isDraft(experiment)) throw validationError(null, "Experiment has already been launched.");
      const linked = requireFlag(flag);
      if (linked.deleted) throw validationError(null, "Experiment cannot be launched because its feature flag has been deleted.");
      assertExperimentFlag(linked);
      experiment.start_date = now;
      refreshFingerprints(experiment);
      saveFlag(linked, { active: true });
      break;
    }
    case "pause": {
      assertLaunchedAndNotEnded(experiment);
      const linked = requireFlag(flag);
      if (!linked.active) throw validationError(null, "Experiment is already paused.");
      saveFlag(linked, { active: false });
      break;
    }
    case "resume": {
      assertLaunchedAndNotEnded(experiment);
      const linked = requireFlag(flag);
      if (linked.active) throw validationError(null, "Experiment is not paused.");
      saveFlag(linked, { active: true });
      break;
    }
    case "end": {
      const conclusion = readChoice(body, "conclusion", CONCLUSIONS, { allowNull: true });
      const comment = readString(body, "conclusion_comment", { allowNull: true, allowBlank: true });
      assertLaunchedAndNotEnded(experiment);
      experiment.end_date = now;
      experiment.conclusion = conclusion === void 0 || conclusion === null ? null : String(conclusion);
      experiment.conclusion_comment = comment ?? null;
      break;
    }
    case "archive": {
      const disable = readBoolean(body, "disable_feature_flag") === true;
      if (experiment.archived) throw validationError(null, "Experiment is already archived.");
      if (!isStopped(experiment)) throw validationError(null, "Experiment must be ended before it can be archived.");
      experiment.archived = true;
      archiveLinkedFlag(project, experiment, flag, disable);
      break;
    }
    case "unarchive":
      if (!experiment.archived) throw validationError(null, "Experiment is not archived.");
      experiment.archived = false;
      unarchiveLinkedFlag(experiment, flag);
      break;
    case "reset":
      if (isDraft(experiment)) throw validationError(null, "Experiment is already in draft state.");
      experiment.start_date = null;
      experiment.end_date = null;
      experiment.archived = false;
      experiment.conclusion = null;
      experiment.conclusion_comment = null;
      break;
  }
  experiment.updated_at = now;
  return ok(serializeExperiment(project, experiment));
}

// src/emulator/resources/experiment-update.ts
var UPDATABLE = /* @__PURE__ */ new Set([
  "name",
  "description",
  "start_date",
  "end_date",
  "filters",
  "parameters",
  "running_time_calculation",
  "excluded_variants",
  "archived",
  "deleted",
  "secondary_metrics",
  "holdout",
  "exposure_criteria",
  "metrics",
  "metrics_secondary",
  "stats_config",
  "scheduling_config",
  "conclusion",
  "conclusion_comment",
  "primary_metrics_ordered_uuids",
  "secondary_metrics_ordered_uuids",
  "saved_metrics_ids",
  "only_count_matured_users"
]);
var WRITABLE = /* @__PURE__ */ new Set([...UPDATABLE, "type", "_create_in_folder"]);
var SOURCE_NAMES = { feature_flag_key: "get_feature_flag_key", holdout_id: "holdout" };
function rejectUnexpectedKeys(body, flagKey) {
  const keys = Object.keys(body).map((key) => SOURCE_NAMES[key] ?? key).filter((key) => (WRITABLE.has(key) || key === "get_feature_flag_key" || key === "holdout") && !UPDATABLE.has(key)).filter((key) => !(key === "get_feature_flag_key" && body.feature_flag_key === flagKey)).sort();
  if (keys.length > 0) throw validationError(null, `Can't update keys: ${keys.join(", ")} on Experiment`);
}
function variantKeys(filters) {
  const multivariate = filters.multivariate;
  return isRecord(multivariate) && Array.isArray(multivariate.variants) ? multivariate.variants.filter(isRecord).map((variant) => String(variant.key)) : [];
}
function updateExperiment(context, experiment) {
  const { project, state } = context;
  const body = readRequestBody(context.body);
  const flag = flagOf2(project, experiment);
  const draft = experiment.start_date === null;
  const name = readString(body, "name", { maxLength: 400 });
  const description = readString(body, "description", { allowNull: true, allowBlank: true, maxLength: 3e3 });
  readChoice(body, "type", ["web", "product"], { allowNull: true });
  const startDate = readDate(body, "start_date");
  const endDate = readDate(body, "end_date");
  const rawParameters = readObject(body, "parameters", { allowNull: true });
  const allowUnknownEvents = readBoolean(body, "allow_unknown_events") === true;
  const optIn = readBoolean(body, "update_feature_flag_params") === true;
  const holdout = readHoldout(project, body);
  const filters = readFilters2(body);
  const conclusion = readChoice(body, "conclusion", CONCLUSIONS, { allowNull: true });
  const comment = readString(body, "conclusion_comment", { allowNull: true, allowBlank: true, maxLength: 4e3 });
  const exposure = readExposureCriteria(body);
  const stats = readObject(body, "stats_config", { allowNull: true });
  const archived = readBoolean(body, "archived");
  const deleted = readBoolean(body, "deleted", { allowNull: true });
  const matured = readBoolean(body, "only_count_matured_users");
  assertDateRange(startDate, endDate);
  const config = requestedFlagConfig(body, flag);
  if (config !== void 0 && !draft && !optIn) {
    throw validationError("feature_flag", "This experiment is running. To change its flag config, send update_feature_flag_params=true (or edit the feature flag directly).");
  }
  const links = readSavedMetricLinks(project, body);
  const seen = /* @__PURE__ */ new Set();
  if (hasField(body, "metrics") && !hasField(body, "metrics_secondary")) for (const metric of experiment.metrics_secondary) seen.add(String(metric.uuid));
  if (hasField(body, "metrics_secondary") && !hasField(body, "metrics")) for (const metric of experiment.metrics) seen.add(String(metric.uuid));
  const savedUuids = savedMetricUuids(project, links ?? experiment.saved_metrics);
  for (const uuid of [...savedUuids.primary, ...savedUuids.secondary]) seen.add(uuid);
  const metrics = readMetricList(project, body, "metrics", seen, allowUnknownEvents);
  const metricsSecondary = readMetricList(project, body, "metrics_secondary", seen, allowUnknownEvents);
  if (experiment.deleted && deleted === false && flag?.deleted) {
    throw validationError(null, "Cannot restore experiment: the linked feature flag has been deleted. Restore the feature flag first, then restore the experiment.");
  }
  if (draft && startDate) {
    if (flag?.deleted) throw validationError(null, "Experiment cannot be launched because its feature flag has been deleted.");
    if (flag !== void 0) assertExperimentFlag(flag);
  }
  rejectUnexpectedKeys(body, flag?.key);
  if (!draft && holdout !== void 0 && (holdout?.id ?? null) !== experiment.holdout_id) throw validationError(null, "Can't update holdout on running Experiment");
  if (flag !== void 0 && (draft || optIn) && (config !== void 0 || holdout !== void 0)) {
    const linkedHoldout = holdout === void 0 ? project.holdouts.find((candidate) => candidate.id === experiment.holdout_id) : holdout ?? void 0;
    const changes = { filters: syncedFlagFilters(flag, config, linkedHoldout) };
    if (config?.continuity !== void 0) changes.ensure_experience_continuity = config.continuity;
    updateFeatureFlag(project, flag, changes);
  }
  if (hasField(body, "stats_config") || config?.variants !== void 0) {
    const keys = config?.variants?.map((variant) => String(variant.key)) ?? (flag === void 0 ? [] : variantKeys(effectiveFilters(flag)));
    assertStatsConfig(stats === void 0 ? experiment.stats_config : stats, keys);
  }
  const before = { primary: experiment.metrics.map((metric) => String(metric.uuid)), secondary: experiment.metrics_secondary.map((metric) => String(metric.uuid)) };
  const beforeSaved = savedMetricUuids(project, experiment.saved_metrics);
  if (hasField(body, "primary_metrics_ordered_uuids")) experiment.primary_metrics_ordered_uuids = readList(body, "primary_metrics_ordered_uuids", { allowNull: true })?.map(String) ?? null;
  if (hasField(body, "secondary_metrics_ordered_uuids")) experiment.secondary_metrics_ordered_uuids = readList(body, "secondary_metrics_ordered_uuids", { allowNull: true })?.map(String) ?? null;
  if (metrics !== void 0) {
    experiment.metrics = metrics;
    experiment.primary_metrics_ordered_uuids = syncOrdering(experiment.primary_metrics_ordered_uuids, before.primary, metrics.map((metric) => String(metric.uuid)));
  }
  if (metricsSecondary !== void 0) {
    experiment.metrics_secondary = metricsSecondary;
    experiment.secondary_metrics_ordered_uuids = syncOrdering(experiment.secondary_metrics_ordered_uuids, before.secondary, metricsSecondary.map((metric) => String(metric.uuid)));
  }
  if (links !== void 0) {
    experiment.saved_metrics = buildLinks(() => allocateId(state, "experiment_saved_metric_link"), links, experiment.saved_metrics);
    const afterSaved = savedMetricUuids(project, experiment.saved_metrics);
    experiment.primary_metrics_ordered_uuids = syncOrdering(experiment.primary_metrics_ordered_uuids, beforeSaved.primary, afterSaved.primary);
    experiment.secondary_metrics_ordered_uuids = syncOrdering(experiment.secondary_metrics_ordered_uuids, beforeSaved.secondary, afterSaved.secondary);
  }
  const saved = savedMetricUuids(project, experiment.saved_metrics);
  assertOrdering(experiment.primary_metrics_ordered_uuids, [...experiment.metrics.map((metric) => String(metric.uuid)), ...saved.primary], "primary_metrics_ordered_uuids");
  assertOrdering(experiment.secondary_metrics_ordered_uuids, [...experiment.metrics_secondary.map((metric) => String(metric.uuid)), ...saved.secondary], "secondary_metrics_ordered_uuids");
  if (draft && startDate && flag !== void 0) {
    flag.active = true;
    flag.updated_at = isoNow();
  }
  if (name !== void 0 && name !== null) experiment.name = name;
  if (description !== void 0) experiment.description = description;
  if (rawParameters !== void 0) experiment.parameters = rawParameters === null ? {} : stripFlagConfig(rawParameters);
  if (filters !== void 0) experiment.filters = filters;
  if (holdout !== void 0) experiment.holdout_id = holdout?.id ?? null;
  if (exposure !== void 0) experiment.exposure_criteria = exposure;
  if (stats !== void 0) experiment.stats_config = stats;
  const scheduling = readObject(body, "scheduling_config", { allowNull: true });
  if (scheduling !== void 0) experiment.scheduling_config = scheduling;
  const runningTime = readObject(body, "running_time_calculation", { allowNull: true });
  if (runningTime !== void 0) experiment.running_time_calculation = runningTime;
  if (hasField(body, "excluded_variants")) experiment.excluded_variants = readList(body, "excluded_variants", { allowNull: true }) ?? null;
  if (matured !== void 0 && matured !== null) experiment.only_count_matured_users = matured;
  if (conclusion !== void 0) experiment.conclusion = conclusion === null ? null : String(conclusion);
  if (comment !== void 0) experiment.conclusion_comment = comment;
  if (archived !== void 0 && archived !== null) experiment.archived = archived;
  if (deleted !== void 0 && deleted !== null) experiment.deleted = deleted;
  if (startDate !== void 0) experiment.start_date = startDate;
  if (endDate !== void 0) experiment.end_date = endDate;
  refreshFingerprints(experiment);
  experiment.updated_at = isoNow();
  return ok(serializeExperiment(project, experiment));
}

// src/emulator/resources/experiments.ts
var ORDERINGS = /* @__PURE__ */ new Set(["created_at", "-created_at", "updated_at", "-updated_at", "name", "-name", "start_date", "-start_date", "end_date", "-end_date", "status", "-status"]);
var experimentsResource = {
  segment: "experiments",
  scopeObject: "experiment",
  environmentsAlias: false,
  throttle: "default",
  handle: routeViewset({
    list: listExperiments,
    create: createExperiment,
    detail: {
      find: (context, id) => findExperiment(context.project, id, isRestoreRequest(context)),
      retrieve: ({ project }, experiment) => ok(serializeExperiment(project, experiment)),
      update: updateExperiment,
      destroy: "forbidden",
      actions: Object.fromEntries(
        [...LIFECYCLE_ACTIONS].map((action) => [
          action,
          { methods: ["POST"], run: (context, experiment) => runLifecycleAction(context, experiment, action) }
        ])
      )
    }
  })
};
function variantKeysOf(filters) {
  const multivariate = filters.multivariate;
  return isRecord(multivariate) && Array.isArray(multivariate.variants) ? multivariate.variants.filter(isRecord).map((variant) => String(variant.key)) : [];
}
function createExperiment(context) {
  const { project, state } = context;
  const body = readRequestBody(context.body);
  const name = readString(body, "name", { required: true, maxLength: 400 }) ?? "";
  const description = readString(body, "description", { allowNull: true, allowBlank: true, maxLength: 3e3 });
  const type = readChoice(body, "type", ["web", "product"], { allowNull: true });
  const startDate = readDate(body, "start_date");
  const endDate = readDate(body, "end_date");
  const flagKey = readString(body, "feature_flag_key", { required: true }) ?? "";
  const rawParameters = readObject(body, "parameters", { allowNull: true }) ?? null;
  const allowUnknownEvents = readBoolean(body, "allow_unknown_events") === true;
  const holdout = readHoldout(project, body) ?? void 0;
  const filters = readFilters2(body) ?? {};
  const conclusion = readChoice(body, "conclusion", CONCLUSIONS, { allowNull: true });
  const comment = readString(body, "conclusion_comment", { allowNull: true, allowBlank: true, maxLength: 4e3 });
  const exposure = readExposureCriteria(body);
  const stats = readObject(body, "stats_config", { allowNull: true });
  assertDateRange(startDate, endDate);
  const existing = project.featureFlags.find((candidate) => candidate.key === flagKey && !candidate.deleted);
  const config = requestedFlagConfig(body, void 0);
  if (config !== void 0 && existing !== void 0) {
    throw validationError(
      "feature_flag",
      `A feature flag with key '${flagKey}' already exists; the experiment links to it as-is, so its config cannot be set here. Omit feature_flag to reuse the existing flag, or edit the flag directly.`
    );
  }
  const links = readSavedMetricLinks(project, body) ?? [];
  const seen = /* @__PURE__ */ new Set([...savedMetricUuids(project, links).primary, ...savedMetricUuids(project, links).secondary]);
  const metrics = readMetricList(project, body, "metrics", seen, allowUnknownEvents) ?? [];
  const metricsSecondary = readMetricList(project, body, "metrics_secondary", seen, allowUnknownEvents) ?? [];
  const parameters = stripFlagConfig(rawParameters);
  const draft = startDate === void 0 || startDate === null;
  if (existing !== void 0) assertExperimentFlag(existing);
  const flag = existing ?? createFeatureFlag(state, project, {
    key: flagKey,
    name: `Feature Flag for Experiment ${name}`,
    filters: newFlagFilters(config ?? {}, rawParameters ?? {}, holdout),
    active: !draft,
    creation_context: "experiments",
    ensure_experience_continuity: config?.continuity ?? (typeof rawParameters?.ensure_experience_continuity === "boolean" ? rawParameters.ensure_experience_continuity : false)
  });
  assertStatsConfig(stats, variantKeysOf(effectiveFilters(flag)));
  const now = isoNow();
  const experiment = {
    id: allocateId(state, "experiment"),
    name,
    description: description === void 0 ? "" : description,
    type: typeof type === "string" ? type : "product",
    start_date: startDate ?? null,
    end_date: endDate ?? null,
    feature_flag_id: flag.id,
    holdout_id: holdout?.id ?? null,
    parameters,
    running_time_calculation: readObject(body, "running_time_calculation", { allowNull: true }) ?? {},
    excluded_variants: readList(body, "excluded_variants", { allowNull: true }) ?? null,
    metrics,
    metrics_secondary: metricsSecondary,
    saved_metrics: [],
    exposure_criteria: withExposureDefaults(exposure),
    stats_config: withStatsDefaults(stats),
    scheduling_config: readObject(body, "scheduling_config", { allowNull: true }) ?? null,
    only_count_matured_users: readBoolean(body, "only_count_matured_users", { allowNull: true }) ?? false,
    conclusion: conclusion === void 0 || conclusion === null ? null : String(conclusion),
    conclusion_comment: comment ?? null,
    archived: readBoolean(body, "archived") ?? false,
    deleted: readBoolean(body, "deleted") ?? false,
    filters,
    primary_metrics_ordered_uuids: null,
    secondary_metrics_ordered_uuids: null,
    feature_flag_auto_archived: false,
    created_at: now,
    created_by: currentUser(),
    updated_at: now
  };
  refreshFingerprints(experiment);
  experiment.saved_metrics = buildLinks(() => allocateId(state, "experiment_saved_metric_link"), links, []);
  const saved = savedMetricUuids(project, links);
  const ordering = (field2, uuids) => {
    const supplied = hasField(body, field2) && Array.isArray(body[field2]) ? body[field2].map(String) : [];
    return [...supplied, ...uuids.filter((uuid) => !supplied.includes(uuid))];
  };
  experiment.primary_metrics_ordered_uuids = ordering("primary_metrics_ordered_uuids", [...metrics.map((metric) => String(metric.uuid)), ...saved.primary]);
  experiment.secondary_metrics_ordered_uuids = ordering("secondary_metrics_ordered_uuids", [...metricsSecondary.map((metric) => String(metric.uuid)), ...saved.secondary]);
  project.experiments.push(experiment);
  return created(serializeExperiment(project, experiment));
}
function sortExperiments(experiments, order) {
  if (order !== null && !ORDERINGS.has(order)) throw validationError(null, `Invalid order field: '${order}'`);
  const field2 = (order ?? "-created_at").replace(/^-/, "");
  const direction = order?.startsWith("-") === false ? 1 : -1;
  const rank = (experiment) => experiment.start_date === null ? 0 : experiment.end_date === null ? 1 : 2;
  const value = (experiment) => field2 === "status" ? rank(experiment) : String(experiment[field2] ?? "");
  return [...experiments].sort((left, right) => {
    const a = value(left);
    const b = value(right);
    return (a < b ? -direction : a > b ? direction : 0) || right.id - left.id;
  });
}
function listExperiments(context) {
  const { project, query } = context;
  const archived = query.get("archived");
  let experiments = project.experiments.filter((experiment) => !experiment.deleted && experiment.archived === (archived !== null && archived.toLowerCase() === "true"));
  const status = query.get("status")?.toLowerCase();
  if (status && status !== "all" && ["draft", "running", "paused", "stopped", "complete"].includes(status)) {
    const wanted = status === "complete" ? "stopped" : status;
    experiments = experiments.filter((experiment) => deriveExperimentStatus(experiment, flagOf2(project, experiment)) === wanted);
  }
  const flagId = query.get("feature_flag_id");
  if (flagId) {
    if (!/^-?\d+$/.test(flagId)) throw validationError(null, "feature_flag_id must be an integer");
    experiments = experiments.filter((experiment) => experiment.feature_flag_id === Number(flagId));
  }
  const creator = query.get("created_by_id");
  if (creator) experiments = experiments.filter((experiment) => String(experiment.created_by?.id) === creator);
  const search = query.get("search");
  if (search) experiments = experiments.filter((experiment) => experiment.name.toLowerCase().includes(search.toLowerCase()));
  const page2 = paginate(sortExperiments(experiments, query.get("order")), context.requestUrl);
  return ok({ ...page2, results: page2.results.map((experiment) => serializeExperimentBasic(project, experiment)) });
}

// src/emulator/resources/blast-radius.ts
var userBlastRadiusAction = {
  methods: ["POST"],
  run: ({ project, body }) => {
    if (!isRecord(body) || !Object.hasOwn(body, "condition")) throw validationError(null, "Missing condition for which to get blast radius", "invalid");
    const condition = isRecord(body.condition) ? body.condition : {};
    const groupTypeIndex = body.group_type_index ?? null;
    if (groupTypeIndex !== null) return ok({ affected: 0, total: 0 });
    const properties = Array.isArray(condition.properties) ? condition.properties : isRecord(condition.properties) ? [condition.properties] : [];
    const total = countPersons(project);
    if (properties.length === 0) return ok({ affected: total, total });
    try {
      return ok({ affected: Math.min(countMatchingPersons(project, properties), total), total });
    } catch (error) {
      if (error instanceof UnevaluableFilter) throw validationError("filters", error.message, "invalid");
      throw error;
    }
  }
};

// src/emulator/resources/feature-flags.ts
var featureFlagsResource = {
  segment: "feature_flags",
  scopeObject: "feature_flag",
  environmentsAlias: false,
  throttle: "default",
  // `user_blast_radius` is a POST that `required_scopes=["feature_flag:read"]` makes a read.
  scopeActionFor: ({ method, id, action }) => method === "POST" && id === "user_blast_radius" && action === void 0 ? "read" : void 0,
  handle: routeViewset({
    list: listFlags,
    create: ({ state, project, body }) => created(serializeFeatureFlag(project, createFeatureFlag(state, project, readRequestBody(body)))),
    collectionActions: {
      user_blast_radius: userBlastRadiusAction,
      bulk_update_tags: {
        methods: ["POST"],
        run: (context) => {
          const { project } = context;
          const live = project.featureFlags.filter((flag) => !flag.deleted);
          return handleBulkTagUpdate(context, live, (flag) => flag.id, (flag) => serializeFeatureFlag(project, flag));
        }
      }
    },
    detail: {
      find: ({ project }, id) => findByIntegerId(project.featureFlags, id),
      retrieve: ({ project }, flag) => ok(serializeFeatureFlag(project, flag)),
      update: ({ project, body }, flag) => ok(serializeFeatureFlag(project, updateFeatureFlag(project, flag, readRequestBody(body)))),
      destroy: "forbidden"
    }
  })
};
function listFlags(context) {
  const { project, query } = context;
  let flags = project.featureFlags.filter((flag) => !flag.deleted);
  const archived = query.get("archived");
  flags = flags.filter((flag) => flag.archived === (archived !== null && parseBooleanText(archived)));
  const active = query.get("active");
  if (active === "true" || active === "false") flags = flags.filter((flag) => flag.active === (active === "true"));
  const search = query.get("search");
  if (search) flags = flags.filter((flag) => flag.key.toLowerCase().includes(search.toLowerCase()) || flag.name.toLowerCase().includes(search.toLowerCase()));
  const key = query.get("key");
  if (key !== null) flags = flags.filter((flag) => flag.key.toLowerCase() === key.toLowerCase());
  const tags = parseJsonListParam(query.get("tags"));
  if (tags.length > 0) flags = flags.filter((flag) => hasAnyTag(flag.tags, tags));
  const excludedTags = parseJsonListParam(query.get("excluded_tags"));
  if (excludedTags.length > 0) flags = flags.filter((flag) => !hasAnyTag(flag.tags, excludedTags));
  const runtime = query.get("evaluation_runtime");
  if (runtime !== null) flags = flags.filter((flag) => flag.evaluation_runtime === runtime);
  const type = query.get("type");
  if (type === "boolean") flags = flags.filter((flag) => variantCount(flag) === 0 && !flag.is_remote_configuration);
  else if (type === "multivariant") flags = flags.filter((flag) => variantCount(flag) > 0);
  else if (type === "remote_config") flags = flags.filter((flag) => flag.is_remote_configuration === true);
  else if (type === "experiment") flags = flags.filter((flag) => project.experiments.some((experiment) => experiment.feature_flag_id === flag.id && !experiment.deleted));
  flags.sort((left, right) => right.created_at.localeCompare(left.created_at) || right.id - left.id);
  const page2 = paginate(flags, context.requestUrl);
  return ok({ ...page2, results: page2.results.map((flag) => serializeFeatureFlag(project, flag)) });
}

// src/emulator/resources/hog-flows.ts
import { randomUUID as randomUUID17 } from "node:crypto";

// src/emulator/resources/hog-function-inputs.ts
var TEMPLATED = ["string", "dictionary", "json", "email"];
var SCHEMA_TYPES = ["string", "number", "boolean", "dictionary", "choice", "json", "integration", "integration_field", "email"];
function readInputsSchema(value) {
  if (!Array.isArray(value)) throw validationError("inputs_schema", 'Expected a list of items but got type "dict".', "not_a_list");
  return value.map((entry, index) => {
    if (!isRecord(entry)) throw validationError(["inputs_schema", index, "non_field_errors"], "Invalid data. Expected a dictionary, but got str.", "invalid");
    if (!SCHEMA_TYPES.includes(String(entry.type))) throw validationError(["inputs_schema", index, "type"], `"${String(entry.type)}" is not a valid choice.`, "invalid_choice");
    if (typeof entry.key !== "string" || entry.key === "") throw validationError(["inputs_schema", index, "key"], "This field is required.", "required");
    return { ...entry, required: entry.required === true, secret: entry.secret === true, hidden: entry.hidden === true };
  });
}
function checkValue(schema, value) {
  if (schema.required === true && (value === null || value === void 0 || value === "")) return "This field is required.";
  if (!value) return void 0;
  const type = schema.type;
  if (type === "string" && typeof value !== "string") return "Value must be a string.";
  if (type === "number" && typeof value !== "number") return "Value must be a number.";
  if (type === "boolean" && typeof value !== "boolean") return "Value must be a boolean.";
  if (type === "dictionary" && !isRecord(value)) return "Value must be a dictionary.";
  if (type === "integration" && !Number.isInteger(value)) return "Value must be an Integration ID.";
  if (type === "email") {
    if (!isRecord(value)) return "Value must be an email object.";
    for (const key of ["from", "to", "subject"]) if (!value[key]) return `Missing value for '${key}'.`;
    if (!value.text && !value.html) return "Either 'text' or 'html' is required.";
  }
  return void 0;
}
function validateInputs(schema, body, existing) {
  const sent = isRecord(body) ? body : {};
  const validated = [];
  const errors = [];
  for (const entry of schema) {
    const key = String(entry.key);
    let item = sent[key] ?? {};
    const keeps = isRecord(item) && (item.secret === true || Object.keys(item).length === 0);
    if (entry.secret === true && Object.keys(existing).length > 0 && keeps) item = existing[key] ?? {};
    const value = isRecord(item) ? item.value : void 0;
    const problem = checkValue(entry, value);
    if (problem !== void 0) {
      errors.push([key, problem]);
      continue;
    }
    if (!isRecord(item) || !("value" in item)) continue;
    const stored = { value: item.value };
    if (item.templating === "hog" || item.templating === "liquid") stored.templating = item.templating;
    if (item.value && entry.templating !== false && item.templating !== "liquid" && TEMPLATED.includes(String(entry.type))) stored.bytecode = ["_H", 1, 32, "template"];
    validated.push([key, stored, entry.secret === true]);
  }
  if (errors.length > 0) throw validationError(["inputs", errors[0][0]], errors[0][1]);
  const result = { inputs: {}, encrypted: {} };
  validated.forEach(([key, stored, secret], order) => {
    (secret ? result.encrypted : result.inputs)[key] = { ...stored, order };
  });
  return result;
}
function representInputs(schema, stored) {
  const out = { ...stored.inputs };
  for (const entry of schema) {
    const key = String(entry.key);
    if (entry.secret === true && (stored.encrypted[key] || stored.inputs[key])) out[key] = { secret: true };
  }
  return out;
}

// src/emulator/resources/hog-function-templates.ts
var HOG_FUNCTION_TEMPLATES = [
  {
    id: "template-webhook",
    name: "HTTP Webhook",
    description: "Sends a webhook templated by the incoming event data",
    type: "destination",
    status: "beta",
    free: true,
    icon_url: "/static/posthog-icon.svg",
    code: "let res := fetch(inputs.url, {\n  'headers': inputs.headers,\n  'body': inputs.body,\n  'method': inputs.method\n});\n\nif (inputs.debug) {\n  print('Response', res.status, res.body);\n}",
    inputs_schema: [
      { key: "url", type: "string", label: "Webhook URL", secret: false, required: true },
      {
        key: "method",
        type: "choice",
        label: "Method",
        secret: false,
        choices: ["POST", "PUT", "PATCH", "GET", "DELETE"].map((value) => ({ label: value, value })),
        default: "POST",
        required: false
      },
      { key: "body", type: "json", label: "JSON Body", default: { event: "{event}", person: "{person}" }, secret: false, required: false },
      { key: "headers", type: "dictionary", label: "Headers", secret: false, required: false },
      { key: "debug", type: "boolean", label: "Log responses", description: "Logs the response of http calls for debugging.", secret: false, required: false, default: false }
    ]
  },
  {
    id: "template-slack",
    name: "Post a Slack message",
    description: "Sends a message to a slack channel",
    type: "destination",
    status: "free",
    free: true,
    icon_url: "/static/services/slack.png",
    code: "let res := fetch('https://slack.com/api/chat.postMessage', {\n  'body': {\n    'channel': inputs.channel,\n    'blocks': inputs.blocks,\n    'text': inputs.text\n  },\n  'method': 'POST'\n});",
    inputs_schema: [
      { key: "slack_workspace", type: "integration", integration: "slack", label: "Slack workspace", secret: false, required: true },
      { key: "channel", type: "integration_field", integration_key: "slack_workspace", integration_field: "slack_channel", label: "Channel to post to", secret: false, required: true },
      { key: "icon_emoji", type: "string", label: "Emoji icon", default: ":hedgehog:", required: false, secret: false },
      { key: "username", type: "string", label: "Bot name", default: "PostHog", required: false, secret: false },
      { key: "blocks", type: "json", label: "Blocks", secret: false, required: false },
      { key: "text", type: "string", label: "Plain text message", secret: false, required: false }
    ]
  },
  {
    id: "template-mailgun-send-email",
    name: "Mailgun",
    description: "Send emails using the Mailgun HTTP API",
    type: "destination",
    status: "beta",
    free: false,
    icon_url: "/static/services/mailgun.png",
    code: "if (empty(inputs.template.to)) {\n    return false\n}\n\nlet res := fetch(f'https://{inputs.host}/v3/{inputs.domain_name}/messages', {\n    'method': 'POST',\n    'headers': {\n        'Authorization': f'Basic {base64Encode(f'api:{inputs.api_key}')}'\n    }\n})",
    inputs_schema: [
      { key: "domain_name", type: "string", label: "Mailgun Domain Name", description: "The domain name of the Mailgun account", secret: false, required: true },
      { key: "api_key", type: "string", label: "Mailgun API Key", secret: true, required: true },
      {
        key: "host",
        type: "choice",
        choices: [
          { label: "US (api.mailgun.net)", value: "api.mailgun.net" },
          { label: "EU (api.eu.mailgun.net)", value: "api.eu.mailgun.net" }
        ],
        label: "Region",
        default: "api.eu.mailgun.net",
        secret: false,
        required: true
      },
      { key: "template", type: "email", label: "Email template", default: { to: "{person.properties.email}" }, secret: false, required: true }
    ]
  }
];
function serializeTemplate2(template) {
  return {
    id: template.id,
    name: template.name,
    description: template.description,
    code: template.code,
    inputs_schema: template.inputs_schema,
    type: template.type,
    status: template.status,
    free: template.free,
    icon_url: template.icon_url
  };
}

// src/emulator/resources/hog-functions.ts
import { randomUUID as randomUUID16 } from "node:crypto";
var TYPES = ["destination", "site_destination", "internal_destination", "source_webhook", "warehouse_source_webhook", "site_app", "transformation"];
var MAX_TRANSFORMATIONS = 20;
var FILTER_KEYS2 = ["actions", "events", "properties", "filter_test_accounts"];
var hogFunctionsResource = {
  segment: "hog_functions",
  scopeObject: "hog_function",
  environmentsAlias: false,
  throttle: "default",
  handle: routeViewset({
    list: ({ project, query, requestUrl }) => {
      const types = query.get("type")?.split(",");
      const enabled = query.get("enabled");
      const search = query.get("search")?.toLowerCase();
      const filters = readFiltersQuery(query.get("filters"));
      const rows = functionsOf(project).filter((fn) => !fn.deleted && (types === void 0 || types.includes(fn.type)) && (enabled === null || fn.enabled === parseBooleanText(enabled))).filter((fn) => filters === void 0 || jsonContains(fn.filters, filters)).filter((fn) => search === void 0 || `${fn.name} ${fn.description}`.toLowerCase().includes(search)).sort((a, b) => (a.execution_order ?? Infinity) - (b.execution_order ?? Infinity) || (a.updated_at < b.updated_at ? 1 : a.updated_at > b.updated_at ? -1 : 0));
      const page2 = paginate(rows, requestUrl);
      return ok({ ...page2, results: page2.results.map(serializeMinimal) });
    },
    create: createFunction,
    detail: {
      find: (context, id) => {
        const found = isUuid(id) ? functionsOf(context.project).find((fn) => fn.id === id && (!fn.deleted || isRestoreRequest(context))) : void 0;
        if (found === void 0) throw notFound();
        return found;
      },
      retrieve: (_context, fn) => ok(serialize(fn)),
      update: updateFunction,
      destroy: "forbidden"
    }
  })
};
function readFiltersQuery(text) {
  if (text === null || text === "") return void 0;
  try {
    return JSON.parse(text);
  } catch {
    throw validationError("filters", "Invalid filters", "invalid");
  }
}
function jsonContains(value, wanted) {
  if (Array.isArray(wanted)) return Array.isArray(value) && wanted.every((item) => value.some((candidate) => jsonContains(candidate, item)));
  if (isRecord(wanted)) return isRecord(value) && Object.entries(wanted).every(([key, member]) => jsonContains(value[key], member));
  return value === wanted;
}
function functionsOf(project) {
  project.hogFunctions ??= [];
  return project.hogFunctions;
}
function serializeMinimal(fn) {
  const template = HOG_FUNCTION_TEMPLATES.find((candidate) => candidate.id === fn.template_id);
  return {
    id: fn.id,
    type: fn.type,
    name: fn.name,
    description: fn.description,
    created_at: fn.created_at,
    created_by: fn.created_by,
    updated_at: fn.updated_at,
    enabled: fn.enabled,
    hog: fn.hog,
    filters: fn.filters,
    icon_url: fn.icon_url,
    template: template === void 0 ? null : serializeTemplate2(template),
    status: { state: 1, tokens: 0 },
    execution_order: fn.execution_order
  };
}
function serialize(fn) {
  return {
    ...serializeMinimal(fn),
    bytecode: ["_H", 1],
    transpiled: null,
    inputs_schema: fn.inputs_schema,
    inputs: representInputs(fn.inputs_schema, { inputs: fn.inputs, encrypted: fn.encrypted_inputs }),
    masking: fn.masking,
    mappings: null
  };
}
function readFilters3(value) {
  if (value !== void 0 && value !== null && !isRecord(value)) throw validationError("filters", "Invalid data. Expected a dictionary, but got str.", "invalid");
  const out = {};
  for (const key of FILTER_KEYS2) if (isRecord(value) && value[key] !== void 0) out[key] = value[key];
  for (const key of ["actions", "events", "properties"]) if (out[key] !== void 0 && !Array.isArray(out[key])) throw validationError(["filters", key], 'Expected a list of items but got type "dict".', "not_a_list");
  return { ...out, bytecode: ["_H", 1, 29] };
}
function readMasking(body) {
  const masking = readObject(body, "masking", { allowNull: true });
  if (masking === void 0 || masking === null) return masking;
  const ttl = readInteger(masking, "ttl", { required: true, path: ["masking", "ttl"] });
  if (ttl < 60) throw validationError(["masking", "ttl"], "Ensure this value is greater than or equal to 60.", "min_value");
  if (ttl > 86400) throw validationError(["masking", "ttl"], "Ensure this value is less than or equal to 86400.", "max_value");
  const hash = readString(masking, "hash", { required: true, path: ["masking", "hash"] });
  const threshold = readInteger(masking, "threshold", { allowNull: true, path: ["masking", "threshold"] }) ?? null;
  return { ttl, threshold, hash, bytecode: ["_H", 1, 32, hash] };
}
function highestOrder(project) {
  return Math.max(0, ...functionsOf(project).filter((fn) => fn.type === "transformation" && !fn.deleted).map((fn) => fn.execution_order ?? 0));
}
function checkTransformationLimit(project, type, enabling) {
  if (type !== "transformation" || !enabling) return;
  if (functionsOf(project).filter((fn) => fn.type === "transformation" && !fn.deleted && fn.enabled).length >= MAX_TRANSFORMATIONS) {
    throw validationError("type", `Maximum of ${MAX_TRANSFORMATIONS} enabled transformation functions allowed per team. Please contact support if you need this limit increased, or disable some existing transformations.`);
  }
}
function createFunction(context) {
  return created(serialize(insertHogFunction(context.project, readRequestBody(context.body))));
}
function insertHogFunction(project, body) {
  const type = String(readChoice(body, "type", TYPES) ?? "destination");
  const templateId = readString(body, "template_id", { allowNull: true }) ?? null;
  const template = templateId === null || templateId === "" ? void 0 : HOG_FUNCTION_TEMPLATES.find((candidate) => candidate.id === templateId);
  if (templateId && template === void 0) throw validationError("template_id", `No template found for id '${templateId}'`);
  const schema = readInputsSchema(Array.isArray(body.inputs_schema) && body.inputs_schema.length > 0 ? body.inputs_schema : template?.inputs_schema ?? []);
  const name = readString(body, "name", { allowBlank: true, allowNull: true, maxLength: 400 }) || template?.name || "";
  const description = readString(body, "description", { allowBlank: true, allowNull: true }) || template?.description || "";
  const inputs = validateInputs(schema, body.inputs, {});
  const filters = readFilters3(body.filters ?? {});
  const masking = readMasking(body) ?? null;
  const enabled = readBoolean(body, "enabled") ?? false;
  const hog = readString(body, "hog", { allowBlank: true }) || template?.code || "";
  if (hog.length > 100 * 1024) throw validationError("hog", "HOG code exceeds maximum size of 100KB. Please simplify your code or contact support if you need this limit increased.");
  checkTransformationLimit(project, type, enabled);
  if (hog === "") throw validationError("hog", "Required.");
  const order = readInteger(body, "execution_order", { allowNull: true });
  const now = isoNow();
  const fn = {
    id: randomUUID16(),
    type,
    name,
    description,
    enabled,
    deleted: false,
    hog,
    inputs_schema: schema,
    ...storedInputs(inputs),
    filters,
    masking,
    icon_url: readString(body, "icon_url", { allowBlank: true, allowNull: true }) || template?.icon_url || null,
    template_id: template?.id ?? null,
    execution_order: type === "transformation" && (order === void 0 || order === null) ? highestOrder(project) + 1 : order ?? null,
    created_at: now,
    created_by: currentUser(),
    updated_at: now
  };
  functionsOf(project).push(fn);
  return fn;
}
function storedInputs(stored) {
  return { inputs: stored.inputs, encrypted_inputs: stored.encrypted };
}
function updateFunction(context, fn) {
  const { project } = context;
  const body = readRequestBody(context.body);
  const type = hasField(body, "type") ? String(readChoice(body, "type", TYPES)) : fn.type;
  if (type !== fn.type) throw validationError("type", "Cannot modify the type of an existing function");
  const schema = hasField(body, "inputs_schema") ? readInputsSchema(body.inputs_schema) : fn.inputs_schema;
  const inputs = validateInputs(schema, hasField(body, "inputs") ? body.inputs : fn.inputs, fn.encrypted_inputs);
  const filters = hasField(body, "filters") ? readFilters3(body.filters) : fn.filters;
  const masking = readMasking(body);
  const enabled = readBoolean(body, "enabled");
  const name = readString(body, "name", { allowBlank: true, allowNull: true, maxLength: 400 });
  const description = readString(body, "description", { allowBlank: true, allowNull: true });
  const hog = readString(body, "hog", { allowBlank: true });
  const order = readInteger(body, "execution_order", { allowNull: true });
  const deleted = hasField(body, "deleted") ? parseBooleanText(body.deleted) : void 0;
  checkTransformationLimit(project, type, enabled === true && !fn.enabled);
  const restoring = fn.deleted && deleted === false;
  const reEnabling = !fn.enabled && enabled === true && order === void 0;
  if (fn.type === "transformation" && (restoring || reEnabling)) fn.execution_order = highestOrder(project) + 1;
  else if (order !== void 0) fn.execution_order = order;
  Object.assign(fn, { inputs_schema: schema, ...storedInputs(inputs), filters, updated_at: isoNow() });
  if (masking !== void 0) fn.masking = masking;
  if (enabled !== void 0 && enabled !== null) fn.enabled = enabled;
  if (name !== void 0) fn.name = name ?? "";
  if (description !== void 0) fn.description = description ?? "";
  if (hog !== void 0 && hog !== null && hog !== "") fn.hog = hog;
  if (deleted !== void 0) fn.deleted = deleted;
  return ok(serialize(fn));
}

// src/emulator/resources/hog-flows.ts
var BILLABLE_ACTION_TYPES = ["function", "function_email", "function_sms", "function_push"];
var FUNCTION_TRIGGERS = ["webhook", "manual", "tracking_pixel"];
var DELAY_DURATION = /^\d*\.?\d+[dhms]$/;
function flowsOf(project) {
  project.hogFlows ??= [];
  return project.hogFlows;
}
function copyJson(value) {
  return JSON.parse(JSON.stringify(value));
}
function inAction(index, run) {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof ApiError) || error.body === null) throw error;
    throw new ApiError(error.status, { ...error.body, attr: error.body.attr === null ? `actions__${index}` : `actions__${index}__${error.body.attr}` });
  }
}
function strictly(draft, run, fallback) {
  try {
    return run();
  } catch (error) {
    if (draft) return fallback;
    throw error;
  }
}
function checkAction(action, index, draft, secrets, stored) {
  const path = (...rest) => ["actions", index, ...rest];
  const config = isRecord(action.config) ? action.config : {};
  let functionTrigger = false;
  if (action.type === "trigger") {
    if (FUNCTION_TRIGGERS.includes(String(config.type))) functionTrigger = true;
    else if (config.type === "event") {
      const filters = isRecord(config.filters) ? { ...config.filters } : {};
      if (config.filter_test_accounts !== void 0 && config.filter_test_accounts !== null) {
        filters.filter_test_accounts = config.filter_test_accounts;
        delete config.filter_test_accounts;
        config.filters = filters;
      }
      if (Object.keys(filters).length > 0) config.filters = strictly(draft, () => readFilters3(filters), config.filters);
    } else if (config.type === "batch") {
      if (!draft && (!isRecord(config.filters) || Object.keys(config.filters).length === 0)) throw validationError(path("filters"), "Filters are required for batch triggers.");
    } else if (config.type !== "schedule" && !draft) throw validationError(path("config"), "Invalid trigger type");
  }
  if (String(action.type).includes("function") || functionTrigger) {
    const template = HOG_FUNCTION_TEMPLATES.find((candidate) => candidate.id === config.template_id);
    if (template === void 0) {
      if (!draft) throw validationError(path("template_id"), "Template not found");
    } else {
      const existing = stored[String(action.id)] ?? {};
      const inputs = strictly(draft, () => inAction(index, () => validateInputs(template.inputs_schema, config.inputs, existing)), void 0);
      if (inputs !== void 0) {
        config.inputs = inputs.inputs;
        if (Object.keys(inputs.encrypted).length > 0) secrets[String(action.id)] = inputs.encrypted;
      }
    }
  }
  const single = config.condition;
  if (Array.isArray(config.conditions) && config.conditions.length > 0 && isRecord(single) && !draft) throw validationError(path("config"), "Cannot specify both 'conditions' and 'condition' fields");
  const conditions = isRecord(single) ? [single] : Array.isArray(config.conditions) ? config.conditions : [];
  for (const condition of conditions) {
    if (!isRecord(condition) || !isRecord(condition.filters)) continue;
    if ("events" in condition.filters) {
      if (!draft) throw validationError(path("non_field_errors"), "Event filters are not allowed in conditionals");
    } else condition.filters = strictly(draft, () => readFilters3(condition.filters), condition.filters);
  }
  if (action.type === "delay" && !draft && (typeof config.delay_duration !== "string" || !DELAY_DURATION.test(config.delay_duration))) {
    throw validationError(path("config"), "delay_duration must be a string matching ^\\d*\\.?\\d+[dhms]$ (e.g. '30s', '30m', '2h', '1.5d'). ISO-8601 formats are not supported.");
  }
}
function readAction(value, index) {
  if (!isRecord(value)) throw validationError(["actions", index, "non_field_errors"], `Invalid data. Expected a dictionary, but got ${describePythonType(value)}.`, "invalid");
  const path = (name) => ["actions", index, name];
  const action = { id: coerceString(value.id ?? void 0, path("id"), { required: true }) };
  action.name = coerceString(value.name ?? void 0, path("name"), { required: true, maxLength: 400 });
  action.description = hasField(value, "description") ? coerceString(value.description, path("description"), { allowBlank: true }) : "";
  const onError = readChoice(value, "on_error", ["continue", "abort", "complete", "branch"], { allowNull: true, path: path("on_error") });
  if (onError !== void 0) action.on_error = onError;
  for (const stamp of ["created_at", "updated_at"]) {
    const time = readInteger(value, stamp, { path: path(stamp) });
    if (time !== void 0) action[stamp] = time;
  }
  action.filters = value.filters === void 0 || value.filters === null ? null : readFilters3(value.filters);
  action.type = coerceString(value.type ?? void 0, path("type"), { required: true, maxLength: 100 });
  if (!hasField(value, "config")) throw validationError(path("config"), "This field is required.", "required");
  action.config = copyJson(value.config);
  if (hasField(value, "output_variable")) action.output_variable = value.output_variable;
  return action;
}
function readMasking2(value) {
  if (value === null) return null;
  if (!isRecord(value)) throw validationError("trigger_masking", `Invalid data. Expected a dictionary, but got ${describePythonType(value)}.`, "invalid");
  const ttl = readInteger(value, "ttl", { allowNull: true, path: ["trigger_masking", "ttl"] }) ?? null;
  if (ttl !== null && ttl < 60) throw validationError(["trigger_masking", "ttl"], "Ensure this value is greater than or equal to 60.", "min_value");
  if (ttl !== null && ttl > 94608e3) throw validationError(["trigger_masking", "ttl"], "Ensure this value is less than or equal to 94608000.", "max_value");
  const threshold = readInteger(value, "threshold", { allowNull: true, path: ["trigger_masking", "threshold"] }) ?? null;
  const hash = readString(value, "hash", { required: true, path: ["trigger_masking", "hash"] });
  return { ttl, threshold, hash, bytecode: ["_H", 1, 32, hash] };
}
function readVariables(value) {
  if (!Array.isArray(value)) throw validationError("variables", `Expected a list of items but got type "${describePythonType(value)}".`, "not_a_list");
  const variables = value.map((item, index) => {
    if (!isRecord(item)) throw validationError(["variables", index], `Expected a dictionary of items but got type "${describePythonType(item)}".`, "not_a_dict");
    return Object.fromEntries(Object.entries(item).map(([key, member]) => [key, coerceString(member, ["variables", index, key], { allowBlank: true })]));
  });
  const keys = variables.map((item) => item.key);
  if (new Set(keys).size !== keys.length) throw validationError("variables", "Variable keys must be unique");
  if (variables.reduce((total, item) => total + JSON.stringify(item).length, 0) > 5120) throw validationError("variables", "Total size of variables definition must be less than 5KB");
  return variables;
}
function readFlow(context, flow) {
  const body = readRequestBody(context.body);
  const fields = {};
  const name = readString(body, "name", { allowNull: true, allowBlank: true, maxLength: 400 });
  if (name !== void 0) fields.name = name;
  const description = readString(body, "description", { allowBlank: true });
  if (description !== void 0 && description !== null) fields.description = description;
  const status = readChoice(body, "status", ["draft", "active", "archived"]);
  if (status !== void 0 && status !== null) fields.status = String(status);
  const exit = readString(body, "exit_condition", { maxLength: 100 });
  if (exit !== void 0 && exit !== null) fields.exit_condition = exit;
  if (hasField(body, "edges")) fields.edges = body.edges;
  if (hasField(body, "trigger_masking")) fields.trigger_masking = readMasking2(body.trigger_masking);
  if (hasField(body, "variables")) fields.variables = readVariables(body.variables);
  const draft = (fields.status ?? flow?.status) !== "active";
  let actions;
  if (hasField(body, "actions")) {
    if (!Array.isArray(body.actions)) throw validationError("actions", `Expected a list of items but got type "${describePythonType(body.actions)}".`, "not_a_list");
    actions = body.actions.map(readAction);
  } else if (flow === void 0) throw validationError("actions", "This field is required.", "required");
  else if (fields.status === "active" && flow.status !== "active") actions = copyJson(Array.isArray(flow.actions) ? flow.actions : []);
  const secrets = {};
  if (actions !== void 0) {
    actions.forEach((action, index) => checkAction(action, index, draft, secrets, flow?.encrypted_inputs ?? {}));
    fields.actions = actions;
    fields.encrypted_inputs = secrets;
  }
  const current = actions ?? (Array.isArray(flow?.actions) ? flow.actions : []);
  const triggers = current.filter((action) => action.type === "trigger");
  if (triggers.length !== 1) throw validationError("actions", "Exactly one trigger action is required");
  fields.trigger = triggers[0].config;
  fields.billable_action_types = [...new Set(current.map((action) => String(action.type)).filter((type) => BILLABLE_ACTION_TYPES.includes(type)))].sort();
  if (hasField(body, "conversion")) fields.conversion = readConversion(body.conversion, draft);
  return fields;
}
function readConversion(value, draft) {
  if (value === null || value === void 0) return null;
  if (!isRecord(value)) return value;
  const conversion = copyJson(value);
  if (Array.isArray(conversion.filters) && conversion.filters.length > 0) {
    const compiled = strictly(draft, () => readFilters3({ properties: conversion.filters }), void 0);
    if (compiled !== void 0) {
      conversion.filters = compiled.properties ?? [];
      conversion.bytecode = compiled.bytecode ?? [];
    }
  }
  conversion.bytecode ??= [];
  return conversion;
}
function serializeFlow(flow) {
  const actions = Array.isArray(flow.actions) ? flow.actions.map((action) => showSecrets(action, flow.encrypted_inputs[String(action.id)])) : flow.actions;
  return {
    id: flow.id,
    name: flow.name,
    description: flow.description,
    version: flow.version,
    status: flow.status,
    created_at: flow.created_at,
    created_by: flow.created_by,
    updated_at: flow.updated_at,
    trigger: flow.trigger,
    trigger_masking: flow.trigger_masking,
    conversion: flow.conversion,
    exit_condition: flow.exit_condition,
    edges: flow.edges,
    actions,
    abort_action: null,
    variables: flow.variables,
    billable_action_types: flow.billable_action_types
  };
}
function showSecrets(action, secrets) {
  if (secrets === void 0 || !isRecord(action.config)) return action;
  const schema = Object.keys(secrets).map((key) => ({ key, secret: true }));
  return { ...action, config: { ...action.config, inputs: representInputs(schema, { inputs: isRecord(action.config.inputs) ? action.config.inputs : {}, encrypted: secrets }) } };
}
function createFlow(context) {
  const fields = readFlow(context, void 0);
  const now = isoNow();
  const flow = {
    id: randomUUID17(),
    name: null,
    description: "",
    version: 1,
    status: "draft",
    trigger: {},
    trigger_masking: null,
    conversion: null,
    exit_condition: "exit_on_conversion",
    edges: {},
    actions: {},
    encrypted_inputs: {},
    variables: [],
    billable_action_types: [],
    created_at: now,
    updated_at: now,
    created_by: currentUser(),
    ...fields
  };
  flowsOf(context.project).push(flow);
  return created(serializeFlow(flow));
}
var hogFlowsResource = {
  segment: "hog_flows",
  scopeObject: "hog_flow",
  // `register_grandfathered_environment_nested_viewset` is gone for it: projects only.
  environmentsAlias: false,
  throttle: "default",
  handle: routeViewset({
    list: (context) => {
      const flows = [...flowsOf(context.project)].sort((left, right) => right.updated_at.localeCompare(left.updated_at));
      const page2 = paginate(flows, context.requestUrl);
      return ok({ ...page2, results: page2.results.map(serializeFlow) });
    },
    create: createFlow,
    detail: {
      find: ({ project }, id) => {
        const flow = isUuid(id) ? flowsOf(project).find((candidate) => candidate.id === id) : void 0;
        if (flow === void 0) throw notFound();
        return flow;
      },
      retrieve: (_context, flow) => ok(serializeFlow(flow)),
      update: (context, flow) => {
        Object.assign(flow, readFlow(context, flow), { updated_at: isoNow() });
        return ok(serializeFlow(flow));
      },
      destroy: (context, flow) => {
        const flows = flowsOf(context.project);
        flows.splice(flows.indexOf(flow), 1);
        return noContent();
      }
    }
  })
};

// src/emulator/resources/batch-exports.ts
import { randomUUID as randomUUID18 } from "node:crypto";

// src/emulator/timezones.ts
var NAMES2 = `
Africa/Abidjan Africa/Accra Africa/Addis_Ababa Africa/Algiers Africa/Asmara Africa/Asmera Africa/Bamako Africa/Bangui
Africa/Banjul Africa/Bissau Africa/Blantyre Africa/Brazzaville Africa/Bujumbura Africa/Cairo Africa/Casablanca
Africa/Ceuta Africa/Conakry Africa/Dakar Africa/Dar_es_Salaam Africa/Djibouti Africa/Douala Africa/El_Aaiun
Africa/Freetown Africa/Gaborone Africa/Harare Africa/Johannesburg Africa/Juba Africa/Kampala Africa/Khartoum
Africa/Kigali Africa/Kinshasa Africa/Lagos Africa/Libreville Africa/Lome Africa/Luanda Africa/Lubumbashi Africa/Lusaka
Africa/Malabo Africa/Maputo Africa/Maseru Africa/Mbabane Africa/Mogadishu Africa/Monrovia Africa/Nairobi
Africa/Ndjamena Africa/Niamey Africa/Nouakchott Africa/Ouagadougou Africa/Porto-Novo Africa/Sao_Tome Africa/Timbuktu
Africa/Tripoli Africa/Tunis Africa/Windhoek America/Adak America/Anchorage America/Anguilla America/Antigua
America/Araguaina America/Argentina/Buenos_Aires America/Argentina/Catamarca America/Argentina/ComodRivadavia
America/Argentina/Cordoba America/Argentina/Jujuy America/Argentina/La_Rioja America/Argentina/Mendoza
America/Argentina/Rio_Gallegos America/Argentina/Salta America/Argentina/San_Juan America/Argentina/San_Luis
America/Argentina/Tucuman America/Argentina/Ushuaia America/Aruba America/Asuncion America/Atikokan America/Atka
America/Bahia America/Bahia_Banderas America/Barbados America/Belem America/Belize America/Blanc-Sablon
America/Boa_Vista America/Bogota America/Boise America/Buenos_Aires America/Cambridge_Bay America/Campo_Grande
America/Cancun America/Caracas America/Catamarca America/Cayenne America/Cayman America/Chicago America/Chihuahua
America/Ciudad_Juarez America/Coral_Harbour America/Cordoba America/Costa_Rica America/Creston America/Cuiaba
America/Curacao America/Danmarkshavn America/Dawson America/Dawson_Creek America/Denver America/Detroit
America/Dominica America/Edmonton America/Eirunepe America/El_Salvador America/Ensenada America/Fort_Nelson
America/Fort_Wayne America/Fortaleza America/Glace_Bay America/Godthab America/Goose_Bay America/Grand_Turk
America/Grenada America/Guadeloupe America/Guatemala America/Guayaquil America/Guyana America/Halifax America/Havana
America/Hermosillo America/Indiana/Indianapolis America/Indiana/Knox America/Indiana/Marengo
America/Indiana/Petersburg America/Indiana/Tell_City America/Indiana/Vevay America/Indiana/Vincennes
America/Indiana/Winamac America/Indianapolis America/Inuvik America/Iqaluit America/Jamaica America/Jujuy
America/Juneau America/Kentucky/Louisville America/Kentucky/Monticello America/Knox_IN America/Kralendijk
America/La_Paz America/Lima America/Los_Angeles America/Louisville America/Lower_Princes America/Maceio
America/Managua America/Manaus America/Marigot America/Martinique America/Matamoros America/Mazatlan America/Mendoza
America/Menominee America/Merida America/Metlakatla America/Mexico_City America/Miquelon America/Moncton
America/Monterrey America/Montevideo America/Montreal America/Montserrat America/Nassau America/New_York
America/Nipigon America/Nome America/Noronha America/North_Dakota/Beulah America/North_Dakota/Center
America/North_Dakota/New_Salem America/Nuuk America/Ojinaga America/Panama America/Pangnirtung America/Paramaribo
America/Phoenix America/Port-au-Prince America/Port_of_Spain America/Porto_Acre America/Porto_Velho
America/Puerto_Rico America/Punta_Arenas America/Rainy_River America/Rankin_Inlet America/Recife America/Regina
America/Resolute America/Rio_Branco America/Rosario America/Santa_Isabel America/Santarem America/Santiago
America/Santo_Domingo America/Sao_Paulo America/Scoresbysund America/Shiprock America/Sitka America/St_Barthelemy
America/St_Johns America/St_Kitts America/St_Lucia America/St_Thomas America/St_Vincent America/Swift_Current
America/Tegucigalpa America/Thule America/Thunder_Bay America/Tijuana America/Toronto America/Tortola
America/Vancouver America/Virgin America/Whitehorse America/Winnipeg America/Yakutat America/Yellowknife
Antarctica/Casey Antarctica/Davis Antarctica/DumontDUrville Antarctica/Macquarie Antarctica/Mawson Antarctica/McMurdo
Antarctica/Palmer Antarctica/Rothera Antarctica/South_Pole Antarctica/Syowa Antarctica/Troll Antarctica/Vostok
Arctic/Longyearbyen Asia/Aden Asia/Almaty Asia/Amman Asia/Anadyr Asia/Aqtau Asia/Aqtobe Asia/Ashgabat Asia/Ashkhabad
Asia/Atyrau Asia/Baghdad Asia/Bahrain Asia/Baku Asia/Bangkok Asia/Barnaul Asia/Beirut Asia/Bishkek Asia/Brunei
Asia/Calcutta Asia/Chita Asia/Choibalsan Asia/Chongqing Asia/Chungking Asia/Colombo Asia/Dacca Asia/Damascus
Asia/Dhaka Asia/Dili Asia/Dubai Asia/Dushanbe Asia/Famagusta Asia/Gaza Asia/Harbin Asia/Hebron Asia/Ho_Chi_Minh
Asia/Hong_Kong Asia/Hovd Asia/Irkutsk Asia/Istanbul Asia/Jakarta Asia/Jayapura Asia/Jerusalem Asia/Kabul
Asia/Kamchatka Asia/Karachi Asia/Kashgar Asia/Kathmandu Asia/Katmandu Asia/Khandyga Asia/Kolkata Asia/Krasnoyarsk
Asia/Kuala_Lumpur Asia/Kuching Asia/Kuwait Asia/Macao Asia/Macau Asia/Magadan Asia/Makassar Asia/Manila Asia/Muscat
Asia/Nicosia Asia/Novokuznetsk Asia/Novosibirsk Asia/Omsk Asia/Oral Asia/Phnom_Penh Asia/Pontianak Asia/Pyongyang
Asia/Qatar Asia/Qostanay Asia/Qyzylorda Asia/Rangoon Asia/Riyadh Asia/Saigon Asia/Sakhalin Asia/Samarkand Asia/Seoul
Asia/Shanghai Asia/Singapore Asia/Srednekolymsk Asia/Taipei Asia/Tashkent Asia/Tbilisi Asia/Tehran Asia/Tel_Aviv
Asia/Thimbu Asia/Thimphu Asia/Tokyo Asia/Tomsk Asia/Ujung_Pandang Asia/Ulaanbaatar Asia/Ulan_Bator Asia/Urumqi
Asia/Ust-Nera Asia/Vientiane Asia/Vladivostok Asia/Yakutsk Asia/Yangon Asia/Yekaterinburg Asia/Yerevan Atlantic/Azores
Atlantic/Bermuda Atlantic/Canary Atlantic/Cape_Verde Atlantic/Faeroe Atlantic/Faroe Atlantic/Jan_Mayen
Atlantic/Madeira Atlantic/Reykjavik Atlantic/South_Georgia Atlantic/St_Helena Atlantic/Stanley Australia/ACT
Australia/Adelaide Australia/Brisbane Australia/Broken_Hill Australia/Canberra Australia/Currie Australia/Darwin
Australia/Eucla Australia/Hobart Australia/LHI Australia/Lindeman Australia/Lord_Howe Australia/Melbourne
Australia/NSW Australia/North Australia/Perth Australia/Queensland Australia/South Australia/Sydney Australia/Tasmania
Australia/Victoria Australia/West Australia/Yancowinna Brazil/Acre Brazil/DeNoronha Brazil/East Brazil/West CET
CST6CDT Canada/Atlantic Canada/Central Canada/Eastern Canada/Mountain Canada/Newfoundland Canada/Pacific
Canada/Saskatchewan Canada/Yukon Chile/Continental Chile/EasterIsland Cuba EET EST EST5EDT Egypt Eire Etc/GMT
Etc/GMT+0 Etc/GMT+1 Etc/GMT+10 Etc/GMT+11 Etc/GMT+12 Etc/GMT+2 Etc/GMT+3 Etc/GMT+4 Etc/GMT+5 Etc/GMT+6 Etc/GMT+7
Etc/GMT+8 Etc/GMT+9 Etc/GMT-0 Etc/GMT-1 Etc/GMT-10 Etc/GMT-11 Etc/GMT-12 Etc/GMT-13 Etc/GMT-14 Etc/GMT-2 Etc/GMT-3
Etc/GMT-4 Etc/GMT-5 Etc/GMT-6 Etc/GMT-7 Etc/GMT-8 Etc/GMT-9 Etc/GMT0 Etc/Greenwich Etc/UCT Etc/UTC Etc/Universal
Etc/Zulu Europe/Amsterdam Europe/Andorra Europe/Astrakhan Europe/Athens Europe/Belfast Europe/Belgrade Europe/Berlin
Europe/Bratislava Europe/Brussels Europe/Bucharest Europe/Budapest Europe/Busingen Europe/Chisinau Europe/Copenhagen
Europe/Dublin Europe/Gibraltar Europe/Guernsey Europe/Helsinki Europe/Isle_of_Man Europe/Istanbul Europe/Jersey
Europe/Kaliningrad Europe/Kiev Europe/Kirov Europe/Kyiv Europe/Lisbon Europe/Ljubljana Europe/London Europe/Luxembourg
Europe/Madrid Europe/Malta Europe/Mariehamn Europe/Minsk Europe/Monaco Europe/Moscow Europe/Nicosia Europe/Oslo
Europe/Paris Europe/Podgorica Europe/Prague Europe/Riga Europe/Rome Europe/Samara Europe/San_Marino Europe/Sarajevo
Europe/Saratov Europe/Simferopol Europe/Skopje Europe/Sofia Europe/Stockholm Europe/Tallinn Europe/Tirane
Europe/Tiraspol Europe/Ulyanovsk Europe/Uzhgorod Europe/Vaduz Europe/Vatican Europe/Vienna Europe/Vilnius
Europe/Volgograd Europe/Warsaw Europe/Zagreb Europe/Zaporozhye Europe/Zurich GB GB-Eire GMT GMT+0 GMT-0 GMT0 Greenwich
HST Hongkong Iceland Indian/Antananarivo Indian/Chagos Indian/Christmas Indian/Cocos Indian/Comoro Indian/Kerguelen
Indian/Mahe Indian/Maldives Indian/Mauritius Indian/Mayotte Indian/Reunion Iran Israel Jamaica Japan Kwajalein Libya
MET MST MST7MDT Mexico/BajaNorte Mexico/BajaSur Mexico/General NZ NZ-CHAT Navajo PRC PST8PDT Pacific/Apia
Pacific/Auckland Pacific/Bougainville Pacific/Chatham Pacific/Chuuk Pacific/Easter Pacific/Efate Pacific/Enderbury
Pacific/Fakaofo Pacific/Fiji Pacific/Funafuti Pacific/Galapagos Pacific/Gambier Pacific/Guadalcanal Pacific/Guam
Pacific/Honolulu Pacific/Johnston Pacific/Kanton Pacific/Kiritimati Pacific/Kosrae Pacific/Kwajalein Pacific/Majuro
Pacific/Marquesas Pacific/Midway Pacific/Nauru Pacific/Niue Pacific/Norfolk Pacific/Noumea Pacific/Pago_Pago
Pacific/Palau Pacific/Pitcairn Pacific/Pohnpei Pacific/Ponape Pacific/Port_Moresby Pacific/Rarotonga Pacific/Saipan
Pacific/Samoa Pacific/Tahiti Pacific/Tarawa Pacific/Tongatapu Pacific/Truk Pacific/Wake Pacific/Wallis Pacific/Yap
Poland Portugal ROC ROK Singapore Turkey UCT US/Alaska US/Aleutian US/Arizona US/Central US/East-Indiana US/Eastern
US/Hawaii US/Indiana-Starke US/Michigan US/Mountain US/Pacific US/Samoa UTC Universal W-SU WET Zulu
`;
var TIMEZONES = NAMES2.split(/\s+/).filter((name) => name !== "");

// src/emulator/resources/batch-exports.ts
var DESTINATIONS = ["S3", "Snowflake", "Postgres", "Redshift", "BigQuery", "Databricks", "HTTP", "NoOp"];
var SECRET_FIELDS = {
  S3: ["aws_access_key_id", "aws_secret_access_key"],
  Snowflake: ["user", "password", "private_key", "private_key_passphrase"],
  Postgres: ["user", "password"],
  Redshift: ["user", "password"],
  BigQuery: ["private_key", "private_key_id", "client_email", "token_uri"],
  Databricks: [],
  HTTP: ["token"],
  NoOp: []
};
var INTERVALS2 = ["hour", "day", "week", "every 5 minutes"];
var MODELS = ["events", "persons", "sessions"];
var S3_FILE_FORMATS = ["JSONLines", "Parquet"];
var batchExportsResource = {
  segment: "batch_exports",
  scopeObject: "batch_export",
  environmentsAlias: false,
  throttle: "default",
  handle: routeViewset({
    list: ({ project, requestUrl }) => {
      const rows = exportsOf(project).filter((row) => !row.deleted).sort((a, b) => a.created_at < b.created_at ? 1 : a.created_at > b.created_at ? -1 : 0);
      const page2 = paginate(rows, requestUrl);
      return ok({ ...page2, results: page2.results.map(serialize2) });
    },
    create: createExport,
    detail: {
      find: ({ project }, id) => {
        const found = isUuid(id) ? exportsOf(project).find((row) => row.id === id && !row.deleted) : void 0;
        if (found === void 0) throw notFound();
        return found;
      },
      retrieve: (_context, row) => ok(serialize2(row)),
      update: updateExport,
      destroy: (_context, row) => {
        row.deleted = true;
        return noContent();
      },
      actions: {
        pause: {
          methods: ["POST"],
          run: (_context, row) => {
            row.paused = true;
            row.last_paused_at = isoNow();
            return ok({ paused: true });
          }
        },
        unpause: {
          methods: ["POST"],
          run: (context, row) => {
            const body = isRecord(context.body) ? context.body : {};
            row.paused = false;
            if (body.backfill === true) row.backfills += 1;
            return ok({ paused: false });
          }
        }
      }
    }
  })
};
function exportsOf(project) {
  project.batchExports ??= [];
  return project.batchExports;
}
function serialize2(row) {
  const secrets = SECRET_FIELDS[row.destination.type] ?? [];
  return {
    id: row.id,
    team_id: row.team_id,
    name: row.name,
    model: row.model,
    destination: { type: row.destination.type, config: Object.fromEntries(Object.entries(row.destination.config).filter(([key]) => !secrets.includes(key))) },
    interval: row.interval,
    paused: row.paused,
    created_at: row.created_at,
    last_updated_at: row.last_updated_at,
    last_paused_at: row.last_paused_at,
    start_at: null,
    end_at: null,
    latest_runs: [],
    schema: null,
    filters: row.filters ?? null,
    timezone: row.timezone,
    ...offsetsOf(row)
  };
}
function offsetsOf(row) {
  const weekly = row.interval === "week";
  const hourly = weekly || row.interval === "day";
  return {
    offset_day: weekly ? Math.floor((row.interval_offset ?? 0) / 86400) : null,
    offset_hour: hourly ? Math.floor((row.interval_offset ?? 0) / 3600) % 24 : null
  };
}
function readSchedule(body, stored) {
  const timezone = readChoice(body, "timezone", TIMEZONES, { allowNull: true });
  const offsetDay = readInteger(body, "offset_day", { allowNull: true, min: 0, max: 6 });
  const offsetHour = readInteger(body, "offset_hour", { allowNull: true, min: 0, max: 23 });
  const sentInterval = typeof body.interval === "string" ? body.interval : void 0;
  const interval = sentInterval ?? stored?.interval;
  if (offsetDay !== void 0 && offsetDay !== null && interval !== "week") throw validationError("offset_day", "offset_day is not applicable for non-weekly intervals");
  if (offsetHour !== void 0 && offsetHour !== null && interval !== "day" && interval !== "week") throw validationError("offset_hour", "offset_hour is not applicable for non-daily/weekly intervals");
  const out = {};
  if (timezone !== void 0) out.timezone = timezone === null ? "UTC" : String(timezone);
  if (sentInterval === void 0) {
    if (stored !== void 0 && (offsetDay !== void 0 || offsetHour !== void 0)) throw serverError();
    if (stored === void 0) out.intervalOffset = null;
    return out;
  }
  if (sentInterval === "day") {
    if (offsetHour !== void 0) out.intervalOffset = offsetHour === null ? null : offsetHour * 3600;
    else if (stored === void 0) out.intervalOffset = null;
  } else if (sentInterval === "week") {
    if (offsetDay !== void 0 || offsetHour !== void 0) out.intervalOffset = (offsetDay ?? 0) * 86400 + (offsetHour ?? 0) * 3600;
    else if (stored === void 0) out.intervalOffset = null;
  } else out.intervalOffset = null;
  return out;
}
function checkDestination(type, sent, merged) {
  if (type === "Snowflake") {
    if (sent.authentication_type === "password" && (merged.password === void 0 || merged.password === null)) throw validationError("destination", "Password is required if authentication type is password");
    if (sent.authentication_type === "keypair" && (merged.private_key === void 0 || merged.private_key === null)) throw validationError("destination", "Private key is required if authentication type is key pair");
  }
  if (type === "S3") {
    const format = typeof sent.file_format === "string" ? sent.file_format : "JSONLines";
    if (!S3_FILE_FORMATS.includes(format)) throw validationError("destination", `File format ${format} is not supported. Supported file formats are ${JSON.stringify(S3_FILE_FORMATS).replaceAll('"', "'").replaceAll(",", ", ")}`);
  }
}
function readDestination(body, required) {
  const destination = readObject(body, "destination", { required });
  if (destination === void 0 || destination === null) return void 0;
  const type = String(readChoice(destination, "type", DESTINATIONS, { required: true, path: ["destination", "type"] }));
  const config = hasField(destination, "config") ? destination.config : {};
  if (!isRecord(config)) throw validationError(["destination", "config"], "Value must be valid JSON.", "invalid");
  return { type, config };
}
function createExport(context) {
  const { project } = context;
  const body = readRequestBody(context.body);
  const name = readString(body, "name", { required: true });
  const destination = readDestination(body, true);
  const interval = String(readChoice(body, "interval", INTERVALS2, { required: true }));
  const model = readChoice(body, "model", MODELS, { allowNull: true });
  const paused = readBoolean(body, "paused") ?? false;
  const schedule = readSchedule(body, void 0);
  checkDestination(destination.type, destination.config, destination.config);
  if (!["hour", "day", "week"].includes(interval)) throw permissionDenied("Higher frequency batch exports are not enabled for this team.");
  if ((model ?? "events") === "sessions") throw permissionDenied("Sessions batch exports are not enabled for this team.");
  const now = isoNow();
  const row = {
    id: randomUUID18(),
    team_id: project.id,
    name,
    model: model === void 0 ? "events" : model,
    destination,
    interval,
    paused,
    deleted: false,
    created_at: now,
    last_updated_at: now,
    last_paused_at: null,
    filters: hasField(body, "filters") ? body.filters : null,
    timezone: schedule.timezone ?? "UTC",
    interval_offset: schedule.intervalOffset ?? null,
    backfills: 0
  };
  exportsOf(project).push(row);
  return created(serialize2(row));
}
function updateExport(context, row) {
  const body = readRequestBody(context.body);
  const name = readString(body, "name");
  const destination = readDestination(body, false);
  const interval = hasField(body, "interval") ? String(readChoice(body, "interval", INTERVALS2)) : void 0;
  const model = readChoice(body, "model", MODELS, { allowNull: true });
  const paused = readBoolean(body, "paused");
  const schedule = readSchedule(body, row);
  if (destination !== void 0) {
    const merged = { ...row.destination.config, ...destination.config };
    checkDestination(destination.type, destination.config, merged);
    row.destination = { type: destination.type, config: merged };
  }
  if (name !== void 0 && name !== null) row.name = name;
  if (interval !== void 0) row.interval = interval;
  if (model !== void 0) row.model = model;
  if (paused !== void 0 && paused !== null) row.paused = paused;
  if (hasField(body, "filters")) row.filters = body.filters;
  if (schedule.timezone !== void 0) row.timezone = schedule.timezone;
  if (schedule.intervalOffset !== void 0) row.interval_offset = schedule.intervalOffset;
  row.last_updated_at = isoNow();
  return ok(serialize2(row));
}

// src/emulator/resources/insight-variables.ts
import { randomUUID as randomUUID19 } from "node:crypto";

// src/emulator/resources/page-number.ts
function paginateByPage(items, requestUrl, pageSize) {
  const raw = requestUrl.searchParams.get("page");
  const number = raw === null || raw === "last" ? raw === "last" ? Math.max(1, Math.ceil(items.length / pageSize)) : 1 : Number(raw);
  if (!Number.isInteger(number) || number < 1 || number > 1 && (number - 1) * pageSize >= items.length) throw notFound("Invalid page.");
  const link = (page2) => {
    const url = new URL(requestUrl);
    if (page2 === 1) url.searchParams.delete("page");
    else url.searchParams.set("page", String(page2));
    return url.toString();
  };
  return {
    count: items.length,
    next: number * pageSize < items.length ? link(number + 1) : null,
    previous: number > 1 ? link(number - 1) : null,
    results: items.slice((number - 1) * pageSize, number * pageSize)
  };
}

// src/emulator/resources/insight-variables.ts
var TYPES2 = ["String", "Number", "Boolean", "List", "Date"];
var insightVariablesResource = {
  segment: "insight_variables",
  scopeObject: "insight_variable",
  environmentsAlias: true,
  throttle: "default",
  handle: routeViewset({
    list: (context) => {
      const page2 = paginateByPage(variablesOf(context.project), context.requestUrl, 500);
      return ok({ ...page2, results: page2.results.map(serializeVariable) });
    },
    create: createVariable,
    detail: {
      find: ({ project }, id) => {
        const variable = isUuid(id) ? variablesOf(project).find((candidate) => candidate.id === id) : void 0;
        if (variable === void 0) throw notFound();
        return variable;
      },
      retrieve: (_context, variable) => ok(serializeVariable(variable)),
      update: updateVariable,
      destroy: ({ project }, variable) => {
        project.insightVariables = variablesOf(project).filter((candidate) => candidate !== variable);
        return noContent();
      }
    }
  })
};
function variablesOf(project) {
  project.insightVariables ??= [];
  return project.insightVariables;
}
function scalarToString(value) {
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") return String(value);
  return void 0;
}
function pythonDumps(value) {
  if (Array.isArray(value)) return `[${value.map(pythonDumps).join(", ")}]`;
  if (isRecord(value)) return `{${Object.entries(value).map(([key, member]) => `${JSON.stringify(key)}: ${pythonDumps(member)}`).join(", ")}}`;
  return JSON.stringify(value);
}
function coerceLenient(value) {
  if (value === null || value === void 0) return void 0;
  const scalar = scalarToString(value);
  if (scalar !== void 0) return scalar;
  if (isRecord(value)) {
    for (const key of ["value", "label"]) {
      const inner = scalarToString(value[key]);
      if (inner !== void 0) return inner;
    }
  }
  return pythonDumps(value);
}
function coerceListValues(values) {
  const out = [];
  values.forEach((value, index) => {
    if (value === null) return;
    const scalar = scalarToString(value);
    if (scalar === void 0) {
      const shape = isRecord(value) ? "an object" : "an array";
      throw validationError("values", `List variable values must be strings or numbers (got ${shape} at index ${index}). Enter each value as plain text or a number.`);
    }
    out.push(scalar);
  });
  return out;
}
function readAttrs(body, instance) {
  const attrs = {};
  const name = readString(body, "name", { required: instance === void 0, maxLength: 400 });
  if (name !== void 0 && name !== null) attrs.name = name;
  const type = readChoice(body, "type", TYPES2, { required: instance === void 0 });
  if (type !== void 0 && type !== null) attrs.type = String(type);
  if (hasField(body, "default_value")) attrs.default_value = readJson(body, "default_value", { allowNull: true });
  if (hasField(body, "values")) attrs.values = readJson(body, "values", { allowNull: true });
  const multi = readBoolean(body, "is_multi");
  if (multi !== void 0 && multi !== null) attrs.is_multi = multi;
  const query = readString(body, "values_query", { allowNull: true, allowBlank: true });
  if (query !== void 0) attrs.values_query = query;
  const connection = readString(body, "values_query_connection_id", { allowNull: true, allowBlank: true });
  if (connection !== void 0) attrs.values_query_connection_id = connection;
  if ((attrs.type ?? instance?.type) !== "List") return { ...attrs, is_multi: false, values_query: null, values_query_connection_id: null };
  const isMulti = attrs.is_multi ?? instance?.is_multi ?? false;
  if (attrs.is_multi !== void 0 && !("default_value" in attrs) && instance !== void 0) attrs.default_value = instance.default_value;
  else if (isMulti && !("default_value" in attrs) && instance === void 0) attrs.default_value = [];
  if ("values" in attrs) attrs.values = Array.isArray(attrs.values) ? coerceListValues(attrs.values) : [];
  if (typeof attrs.values_query === "string" && attrs.values_query.trim() === "") attrs.values_query = null;
  if (("values_query" in attrs ? attrs.values_query : instance?.values_query ?? null) === null) attrs.values_query_connection_id = null;
  if ("default_value" in attrs) {
    const value = attrs.default_value;
    if (isMulti) attrs.default_value = (Array.isArray(value) ? value : [value]).map(coerceLenient).filter((item) => item !== void 0);
    else if (Array.isArray(value)) attrs.default_value = value.length > 0 ? coerceLenient(value[0]) ?? null : "";
    else attrs.default_value = coerceLenient(value) || "";
  }
  return attrs;
}
function deriveCodeName(name) {
  return Array.from(name).filter((c) => /[\p{L}\p{N} _]/u.test(c)).join("").replace(/ /g, "_").toLowerCase();
}
function createVariable(context) {
  const attrs = readAttrs(readRequestBody(context.body), void 0);
  const codeName = deriveCodeName(attrs.name);
  if (variablesOf(context.project).some((variable2) => variable2.code_name === codeName)) throw validationError(null, "Variable with this code name already exists");
  const variable = {
    id: randomUUID19(),
    name: attrs.name,
    code_name: codeName,
    type: attrs.type,
    default_value: attrs.default_value ?? null,
    values: attrs.values ?? null,
    is_multi: attrs.is_multi ?? false,
    values_query: attrs.values_query ?? null,
    values_query_connection_id: attrs.values_query_connection_id ?? null,
    created_by: currentUser().id,
    created_at: isoNow()
  };
  variablesOf(context.project).push(variable);
  return created(serializeVariable(variable));
}
function updateVariable(context, variable) {
  Object.assign(variable, readAttrs(readRequestBody(context.body), variable));
  return ok(serializeVariable(variable));
}
function serializeVariable(variable) {
  let values = variable.values;
  let defaultValue = variable.default_value;
  if (variable.type === "List") {
    values = Array.isArray(values) ? values.map(coerceLenient).filter((item) => item !== void 0) : [];
    defaultValue = variable.is_multi ? (Array.isArray(defaultValue) ? defaultValue : [defaultValue]).map(coerceLenient).filter((item) => item !== void 0) : coerceLenient(defaultValue) ?? null;
  }
  return {
    id: variable.id,
    name: variable.name,
    type: variable.type,
    default_value: defaultValue,
    created_by: variable.created_by,
    created_at: variable.created_at,
    code_name: variable.code_name,
    values,
    is_multi: variable.is_multi,
    values_query: variable.values_query,
    values_query_connection_id: variable.values_query_connection_id
  };
}

// src/emulator/resources/warehouse-saved-queries.ts
import { randomUUID as randomUUID20 } from "node:crypto";
var warehouseSavedQueriesResource = {
  segment: "warehouse_saved_queries",
  scopeObject: "warehouse_view",
  environmentsAlias: true,
  throttle: "default",
  handle: routeViewset({
    list: (context) => {
      const search = context.query.get("search")?.toLowerCase();
      const live = liveQueries(context.project).filter((view) => !search || view.name.toLowerCase().includes(search));
      const page2 = paginateByPage(live, context.requestUrl, 1e3);
      return ok({ ...page2, results: page2.results.map(serializeMinimal2) });
    },
    create: createOrUpsert,
    detail: {
      find: ({ project }, id) => {
        const view = isUuid(id) ? liveQueries(project).find((candidate) => candidate.id === id) : void 0;
        if (view === void 0) throw notFound();
        return view;
      },
      retrieve: (_context, view) => ok(serializeView(view)),
      update: (context, view) => ok(serializeView(updateView(context, view))),
      destroy: (_context, view) => {
        view.deleted = true;
        view.deleted_name = view.name;
        view.name = `POSTHOG_DELETED_${randomUUID20()}`;
        return noContent();
      }
    }
  })
};
function queriesOf(project) {
  project.warehouseSavedQueries ??= [];
  return project.warehouseSavedQueries;
}
function liveQueries(project) {
  return queriesOf(project).filter((view) => !view.deleted).sort((a, b) => a.created_at < b.created_at ? 1 : a.created_at > b.created_at ? -1 : 0);
}
function readName(context, body, instance) {
  const name = readString(body, "name", { required: instance === void 0, maxLength: 128 });
  if (name === void 0 || name === null) return void 0;
  if (!/^[A-Za-z_$][A-Za-z0-9_.$]*$/.test(name)) throw validationError("name", `${name} is not a valid view name. View names can only contain letters, numbers, '_', '.', or '$' `);
  if (Object.hasOwn(TABLES, name)) throw validationError("name", `${name} is not a valid view name. View names cannot overlap with PostHog table names.`);
  if (instance?.name === name) return name;
  if (liveQueries(context.project).some((view) => view.name === name)) throw validationError("name", "A table or view with this name already exists. Choose a different name.");
  return name;
}
function readQuery(project, body) {
  if (!hasField(body, "query")) return void 0;
  const query = body.query;
  if (!isRecord(query)) throw validationError("query", `Query must be a JSON object with a "query" key, got ${Array.isArray(query) ? "list" : query === null ? "NoneType" : typeof query === "string" ? "str" : typeof query}. Example: {"kind": "HogQLQuery", "query": "SELECT * FROM events WHERE timestamp >= now() - INTERVAL 7 DAY LIMIT 100"}`);
  if (typeof query.query !== "string" || query.query.trim() === "") throw validationError("query", 'Query object must contain a non-empty "query" key with the SQL string.');
  const parsed = parseSelectQuery(query.query);
  if ("error" in parsed) throw validationError("query", `Invalid query: ${parsed.error}`);
  const placeholders = findPlaceholders(parsed.ast);
  if (placeholders.fields.length > 0) throw validationError("query", `Variables like {${placeholders.fields[0].join(".")}} are not allowed in views`);
  if (placeholders.other) throw validationError("query", "Filters and placeholder expressions are not allowed in views");
  const metadata = describeHogQLMetadata({ query: query.query, language: "hogQL" }, viewTables(project));
  const errors = metadata.errors;
  if (errors.length > 0) throw validationError("query", `Invalid query: ${errors[0].message}`);
  return query;
}
function findPlaceholders(node, found = { fields: [], other: false }) {
  if (Array.isArray(node)) for (const item of node) findPlaceholders(item, found);
  else if (isRecord(node)) {
    if (node.node === "Placeholder") {
      const expr = node.expr;
      const chain = expr?.node === "Field" && Array.isArray(expr.chain) ? expr.chain : void 0;
      if (chain && chain[0] !== "filters") found.fields.push(chain);
      else found.other = true;
    }
    for (const value of Object.values(node)) findPlaceholders(value, found);
  }
  return found;
}
var CLASSES = { string: "StringDatabaseField", integer: "IntegerDatabaseField", float: "FloatDatabaseField", boolean: "BooleanDatabaseField", datetime: "DateTimeDatabaseField", array: "StringArrayDatabaseField" };
function viewTables(project) {
  const tables = {};
  for (const view of liveQueries(project)) {
    const columns = {};
    for (const column of view.columns) columns[String(column.name)] = { kind: "field", class: CLASSES[String(column.type)] ?? "DatabaseField" };
    tables[view.name] = { clickhouse: view.name, columns };
  }
  return tables;
}
var TYPE_NAMES = {
  StringDatabaseField: "string",
  IntegerDatabaseField: "integer",
  FloatDatabaseField: "float",
  BooleanDatabaseField: "boolean",
  DateTimeDatabaseField: "datetime",
  UUIDDatabaseField: "string",
  StringArrayDatabaseField: "array"
};
function typeOf(expr) {
  if (expr.node === "Call") return ["count", "countIf", "uniq", "uniqIf"].includes(String(expr.name)) ? "integer" : String(expr.name).startsWith("to") && String(expr.name).includes("Float") ? "float" : "unknown";
  if (expr.node === "Field" && Array.isArray(expr.chain)) {
    const chain = expr.chain;
    if (chain[0] === "properties" || chain.includes("properties")) return "string";
    const column = TABLES.events?.columns[String(chain.at(-1))];
    return column?.kind === "field" ? TYPE_NAMES[column.class] ?? "unknown" : "unknown";
  }
  return "unknown";
}
function columnsOf(view) {
  const parsed = parseSelectQuery(String(view.query.query));
  if ("error" in parsed || parsed.ast.node !== "SelectQuery") return [];
  return (parsed.ast.select ?? []).map((item, i) => {
    const expr = item.node === "Alias" ? item.expr : item;
    const name = item.node === "Alias" ? String(item.alias) : expr.node === "Field" && Array.isArray(expr.chain) ? String(expr.chain.at(-1)) : `column_${i + 1}`;
    return { key: name, name, type: typeOf(expr), schema_valid: true, fields: null, table: null, chain: null, description: null };
  });
}
function createOrUpsert(context) {
  const body = readRequestBody(context.body);
  const existing = liveQueries(context.project).find((view2) => view2.name === body.name);
  if (existing !== void 0) return ok(serializeView(updateView(context, existing)));
  const name = readName(context, body, void 0);
  const query = readQuery(context.project, body);
  readBoolean(body, "soft_update", { allowNull: true });
  const description = readString(body, "description", { allowBlank: true, allowNull: true });
  if (body.folder_id !== void 0 && body.folder_id !== null) throw validationError("folder_id", `Invalid pk "${String(body.folder_id)}" - object does not exist.`, "does_not_exist");
  const view = {
    id: randomUUID20(),
    name,
    query: query ?? {},
    description: description ? description : null,
    columns: [],
    status: null,
    deleted: false,
    deleted_name: null,
    sync_frequency: null,
    created_at: isoNow(),
    created_by: currentUser(),
    history_id: randomUUID20()
  };
  view.columns = columnsOf(view);
  queriesOf(context.project).push(view);
  return created(serializeView(view));
}
function updateView(context, view) {
  const body = readRequestBody(context.body);
  const name = readName(context, body, view);
  const query = readQuery(context.project, body);
  const soft = readBoolean(body, "soft_update", { allowNull: true }) === true;
  const description = readString(body, "description", { allowBlank: true, allowNull: true });
  if (body.folder_id !== void 0 && body.folder_id !== null) throw validationError("folder_id", `Invalid pk "${String(body.folder_id)}" - object does not exist.`, "does_not_exist");
  if (query !== void 0 && !soft && String(body.edited_history_id ?? "None") !== view.history_id) throw validationError(null, "The query was modified by someone else.");
  const frequency = readString(body, "sync_frequency", { allowNull: true });
  if (frequency !== void 0 && frequency !== null && frequency !== "never") {
    throw validationError(null, "Cannot set a materialization frequency: this view is not wired into the data modeling DAG yet. Re-save the view to create its node, then set the frequency.");
  }
  if (name !== void 0) view.name = name;
  if (description !== void 0) view.description = description ? description : null;
  if (query !== void 0) {
    const changed = JSON.stringify(query) !== JSON.stringify(view.query);
    view.query = query;
    view.columns = columnsOf(view);
    view.status = "Modified";
    if (changed) view.history_id = randomUUID20();
  }
  return view;
}
function serializeMinimal2(view) {
  return {
    id: view.id,
    deleted: view.deleted,
    name: view.name,
    created_by: view.created_by,
    created_at: view.created_at,
    description: view.description,
    sync_frequency: view.sync_frequency,
    columns: view.columns,
    status: view.status,
    last_run_at: null,
    managed_viewset_kind: null,
    folder_id: null,
    folder_name: null,
    latest_error: null,
    is_materialized: false,
    is_incremental: false,
    origin: "data_warehouse",
    is_test: false,
    expires_at: null,
    user_access_level: "editor"
  };
}
function serializeView(view) {
  const { is_incremental: _incremental, ...minimal2 } = serializeMinimal2(view);
  return { ...minimal2, query: view.query, incremental: null, incremental_state: null, latest_history_id: view.history_id, suspended: {} };
}

// src/emulator/resources/logs-alerts.ts
import { randomUUID as randomUUID21 } from "node:crypto";

// src/emulator/resources/logs-alert-destinations.ts
var EVENT_KINDS = [
  { kind: "firing", event: "$logs_alert_firing", display: "firing", header: "🔴 Log alert '{event.properties.alert_name}' is firing", type: "logs_alert.firing" },
  { kind: "resolved", event: "$logs_alert_resolved", display: "resolved", header: "🟢 Log alert '{event.properties.alert_name}' has resolved", type: "logs_alert.resolved" },
  { kind: "broken", event: "$logs_alert_auto_disabled", display: "auto-disabled", header: "⚠️ Log alert '{event.properties.alert_name}' was auto-disabled", type: "logs_alert.auto_disabled" },
  { kind: "errored", event: "$logs_alert_errored", display: "errored", header: "🟡 Log alert '{event.properties.alert_name}' couldn't evaluate", type: "logs_alert.errored" }
];
var NAME_MAX = 400;
var WEBHOOK_HEADERS = { "Content-Type": "application/json", "X-PostHog-Webhook-Version": "1" };
var URL_PATTERN = /^(https?|ftps?):\/\/([^\s/?#@]+@)?([^\s/?#:@]+\.[^\s/?#:@]+|localhost)(:\d{1,5})?([/?#]\S*)?$/i;
function isAlertFunction(fn, alertId) {
  const properties = Array.isArray(fn.filters.properties) ? fn.filters.properties : [];
  return properties.some((item) => isRecord(item) && item.key === "alert_id" && item.value === alertId);
}
function clipName(name) {
  return name.length <= NAME_MAX ? name : `${name.slice(0, NAME_MAX - 1)}…`;
}
function readDestination2(body) {
  const type = String(readChoice(body, "type", ["slack", "webhook"], { required: true }));
  const data = { type };
  const workspace = readInteger(body, "slack_workspace_id");
  if (workspace !== void 0 && workspace !== null) data.slack_workspace_id = workspace;
  const channel = readString(body, "slack_channel_id");
  if (channel !== void 0 && channel !== null) data.slack_channel_id = channel;
  const channelName = readString(body, "slack_channel_name", { allowBlank: true });
  if (channelName !== void 0 && channelName !== null) data.slack_channel_name = channelName;
  const url = readString(body, "webhook_url");
  if (url !== void 0 && url !== null) {
    if (!URL_PATTERN.test(url)) throw validationError("webhook_url", "Enter a valid URL.", "invalid");
    data.webhook_url = url;
  }
  if (type === "slack" && (!data.slack_workspace_id || !data.slack_channel_id)) throw validationError(null, "slack_workspace_id and slack_channel_id are required for slack destinations.", "invalid");
  if (type === "webhook" && !data.webhook_url) throw validationError(null, "webhook_url is required for webhook destinations.", "invalid");
  return data;
}
function functionBody(alert, spec, data) {
  const filters = { events: [{ id: spec.event, type: "events" }], properties: [{ key: "alert_id", value: alert.id, operator: "exact", type: "event" }] };
  const base = { type: "internal_destination", enabled: true, filters, description: `Sends ${spec.display} notifications for logs alert "${alert.name}".` };
  if (data.type === "slack") {
    return {
      ...base,
      name: clipName(`Logs alert — ${alert.name} (${spec.display}) → Slack #${data.slack_channel_name || "channel"}`),
      template_id: "template-slack",
      inputs: {
        blocks: { value: [{ type: "header", text: { type: "plain_text", text: spec.header } }] },
        text: { value: spec.header },
        slack_workspace: { value: data.slack_workspace_id },
        channel: { value: data.slack_channel_id }
      }
    };
  }
  return {
    ...base,
    name: clipName(`Logs alert — ${alert.name} (${spec.display}) → Webhook ${data.webhook_url}`),
    template_id: "template-webhook",
    inputs: {
      body: { value: { id: "{event.uuid}", type: spec.type, timestamp: "{event.properties.triggered_at}", data: { alert_id: "{event.properties.alert_id}", alert_name: "{event.properties.alert_name}" } } },
      url: { value: data.webhook_url },
      headers: { value: WEBHOOK_HEADERS }
    }
  };
}
function createDestination(context, alert) {
  const data = readDestination2(readRequestBody(context.body));
  const ids = EVENT_KINDS.map((spec) => insertHogFunction(context.project, functionBody(alert, spec, data)).id);
  return created({ hog_function_ids: ids });
}
function readFunctionIds(body) {
  const list = readList(body, "hog_function_ids", { required: true });
  if (list.length < 1) throw validationError("hog_function_ids", "Ensure this field has at least 1 elements.", "min_length");
  return list.map((item, index) => {
    if (typeof item !== "string" || !isUuid(item)) throw validationError(["hog_function_ids", String(index)], "Must be a valid UUID.", "invalid");
    return item.toLowerCase();
  });
}
function deleteDestination(context, alert) {
  const ids = readFunctionIds(readRequestBody(context.body));
  const owned = functionsOf2(context.project).filter((fn) => ids.includes(fn.id) && isAlertFunction(fn, alert.id));
  if (owned.length !== ids.length) throw validationError(null, "One or more HogFunctions do not belong to this alert.", "invalid");
  for (const fn of owned) fn.deleted = true;
  return noContent();
}
function functionsOf2(project) {
  return project.hogFunctions ?? [];
}

// src/emulator/resources/logs-alerts.ts
var LOGS_ALERTS_FLAG = "logs-alerting";
var ALLOWED_WINDOW_MINUTES = [5, 10, 15, 30, 60];
var MAX_EVALUATION_PERIODS = 10;
var MAX_ALERTS_PER_TEAM = 20;
var DESTINATION_TEMPLATES = { "template-slack": "slack", "template-webhook": "webhook" };
function alertsOf2(project) {
  project.logsAlerts ??= [];
  return project.logsAlerts;
}
function readFilters4(value) {
  if (!isRecord(value)) throw validationError("filters", "Must be a JSON object.");
  for (const key of ["severityLevels", "serviceNames"]) {
    const member = value[key];
    if (member !== void 0 && member !== null && (!Array.isArray(member) || member.some((item) => typeof item !== "string"))) {
      throw validationError("filters", `Invalid filters shape at \`${key}\`: Input should be a valid list`);
    }
  }
  const group = value.filterGroup;
  if (group !== void 0 && group !== null && !isRecord(group)) throw validationError("filters", "Invalid filters shape at `filterGroup`: Input should be a valid dictionary or instance of PropertyGroupFilter");
  return value;
}
function requireSomeFilter(filters) {
  if (!isTruthy(filters.severityLevels) && !isTruthy(filters.serviceNames) && !isTruthy(filters.filterGroup)) {
    throw validationError("filters", "At least one filter is required (severityLevels, serviceNames, or filterGroup).");
  }
}
function readSnooze(body) {
  if (!hasField(body, "snooze_until")) return void 0;
  const value = body.snooze_until;
  if (value === null) return null;
  const time = typeof value === "string" ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(time)) throw validationError("snooze_until", "Datetime has wrong format. Use one of these formats instead: YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].", "invalid");
  if (time <= Date.now()) throw validationError("snooze_until", "Must be a future datetime.");
  return new Date(time).toISOString();
}
function readAlertFields(body, existing) {
  const fields = {};
  const name = readString(body, "name", { allowBlank: true, maxLength: 255 });
  if (name !== void 0 && name !== null) fields.name = name;
  const enabled = readBoolean(body, "enabled");
  if (enabled !== void 0 && enabled !== null) fields.enabled = enabled;
  if (hasField(body, "filters")) fields.filters = readFilters4(readJson(body, "filters"));
  const integers = [["threshold_count", 1, void 0], ["window_minutes", void 0, void 0], ["evaluation_periods", 1, MAX_EVALUATION_PERIODS], ["datapoints_to_alarm", 1, MAX_EVALUATION_PERIODS], ["cooldown_minutes", 0, void 0]];
  for (const [key, min, max] of integers) {
    const value = readInteger(body, key, { min, max });
    if (value !== void 0 && value !== null) fields[key] = value;
  }
  const operator = readChoice(body, "threshold_operator", ["above", "below"]);
  if (operator !== void 0 && operator !== null) fields.threshold_operator = String(operator);
  const snooze = readSnooze(body);
  if (snooze !== void 0) fields.snooze_until = snooze;
  const filters = fields.filters ?? existing?.filters ?? {};
  const effectiveEnabled = fields.enabled ?? existing?.enabled ?? true;
  if (effectiveEnabled || Object.keys(filters).length > 0) requireSomeFilter(filters);
  const window = fields.window_minutes ?? existing?.window_minutes;
  if (window !== void 0 && !ALLOWED_WINDOW_MINUTES.includes(window)) throw validationError("window_minutes", `Must be one of [${ALLOWED_WINDOW_MINUTES.join(", ")}].`);
  const periods = fields.evaluation_periods ?? existing?.evaluation_periods ?? 1;
  const datapoints = fields.datapoints_to_alarm ?? existing?.datapoints_to_alarm ?? 1;
  if (datapoints > periods) throw validationError("datapoints_to_alarm", `Cannot exceed evaluation_periods (${datapoints} > ${periods}).`);
  return fields;
}
function destinationTypesOf(project, alert) {
  const types = /* @__PURE__ */ new Set();
  for (const fn of project.hogFunctions ?? []) {
    const type = fn.template_id === null ? void 0 : DESTINATION_TEMPLATES[fn.template_id];
    if (!fn.deleted && type !== void 0 && isAlertFunction(fn, alert.id)) types.add(type);
  }
  return [...types].sort();
}
function serializeAlert2(project, alert) {
  const end = /* @__PURE__ */ new Date();
  const start = new Date(end.getTime() - 24 * 3600 * 1e3);
  return {
    ...alert,
    last_error_message: null,
    state_timeline: [{ start: start.toISOString(), end: end.toISOString(), state: alert.state, enabled: alert.enabled }],
    destination_types: destinationTypesOf(project, alert)
  };
}
function findAlert(context, id) {
  const alert = alertsOf2(context.project).find((candidate) => candidate.id === id);
  if (alert === void 0) throw notFound();
  return alert;
}
function createAlert2(context) {
  const fields = readAlertFields(readRequestBody(context.body), void 0);
  if (alertsOf2(context.project).length >= MAX_ALERTS_PER_TEAM) throw validationError(null, `Maximum number of alerts (${MAX_ALERTS_PER_TEAM}) reached for this team.`);
  const now = isoNow();
  const record2 = {
    id: randomUUID21(),
    name: "",
    enabled: true,
    filters: {},
    threshold_count: 100,
    threshold_operator: "above",
    window_minutes: 5,
    check_interval_minutes: 5,
    state: "not_firing",
    evaluation_periods: 1,
    datapoints_to_alarm: 1,
    cooldown_minutes: 0,
    snooze_until: null,
    next_check_at: null,
    last_notified_at: null,
    last_checked_at: null,
    consecutive_failures: 0,
    first_enabled_at: null,
    created_at: now,
    created_by: currentUser(),
    updated_at: now,
    ...fields
  };
  if (record2.name.trim() === "") record2.name = "Untitled alert";
  if (record2.enabled) record2.first_enabled_at = now;
  alertsOf2(context.project).push(record2);
  return created(serializeAlert2(context.project, record2));
}
function updateAlert2(context, record2) {
  const fields = readAlertFields(readRequestBody(context.body), record2);
  if (fields.name !== void 0 && fields.name.trim() === "") fields.name = "Untitled alert";
  const now = isoNow();
  if (fields.enabled === true && !record2.enabled && record2.first_enabled_at === null) record2.first_enabled_at = now;
  if (fields.enabled !== void 0 && fields.enabled !== record2.enabled) record2.state = "not_firing";
  Object.assign(record2, fields, { updated_at: now });
  return ok(serializeAlert2(context.project, record2));
}
var logsAlertsViewset = {
  list: (context) => {
    const alerts = [...alertsOf2(context.project)].sort((left, right) => right.created_at.localeCompare(left.created_at));
    const page2 = paginate(alerts, context.requestUrl);
    return ok({ ...page2, results: page2.results.map((alert) => serializeAlert2(context.project, alert)) });
  },
  create: createAlert2,
  detail: {
    find: findAlert,
    retrieve: (context, record2) => ok(serializeAlert2(context.project, record2)),
    update: updateAlert2,
    destroy: (context, record2) => {
      context.project.logsAlerts = alertsOf2(context.project).filter((candidate) => candidate !== record2);
      return noContent();
    },
    actions: {
      destinations: { methods: ["POST"], run: createDestination },
      "destinations/delete": { methods: ["POST"], run: deleteDestination }
    }
  }
};

// src/emulator/resources/logs-sampling-rules.ts
import { randomUUID as randomUUID22 } from "node:crypto";
var LOGS_SAMPLING_RULES_FLAG = "logs-settings-drop-rules";
var RULE_TYPES = ["severity_sampling", "path_drop", "rate_limit"];
var MAX_FILTER_GROUP_DEPTH = 16;
function rulesOf(project) {
  project.logsSamplingRules ??= [];
  return project.logsSamplingRules;
}
function depthOf(node, depth = 0) {
  if (depth > MAX_FILTER_GROUP_DEPTH || !isRecord(node) || !Array.isArray(node.values) || node.type !== "AND" && node.type !== "OR") return depth;
  return Math.max(depth, ...node.values.map((child2) => depthOf(child2, depth + 1)));
}
function hasEmptyGroup(node) {
  if (!isRecord(node) || !Array.isArray(node.values) || node.type !== "AND" && node.type !== "OR") return false;
  return node.values.length === 0 || node.values.some(hasEmptyGroup);
}
function checkFilterGroup(group, rejectVacuous) {
  if (group === void 0 || group === null) return;
  if (!isRecord(group) || group.type !== "AND" && group.type !== "OR" || !Array.isArray(group.values)) throw validationError(["config", "filter_group"], "Invalid filter_group shape: Input should be a valid dictionary or instance of PropertyGroupFilter");
  if (depthOf(group) > MAX_FILTER_GROUP_DEPTH) throw validationError(["config", "filter_group"], `filter_group is nested too deeply (max depth ${MAX_FILTER_GROUP_DEPTH}).`);
  if (rejectVacuous && hasEmptyGroup(group)) {
    throw validationError(["config", "filter_group"], "Every group in filter_group must contain at least one filter — an empty group never matches, so the rule would never apply. For rate_limit rules, omit filter_group entirely to cap all matching logs.");
  }
}
function checkRate(config, rate, burst, unit, rateMessage) {
  const value = config[rate];
  if (typeof value !== "number" || !Number.isInteger(value)) throw validationError(["config", rate], `Must be an integer (${unit} per second sustained).`);
  if (value < 1 || value > 1e6) throw validationError(["config", rate], rateMessage);
  const cap = config[burst];
  if (cap === void 0 || cap === null) return;
  if (typeof cap !== "number" || !Number.isInteger(cap)) throw validationError(["config", burst], "Must be an integer when provided.");
  if (cap < value) throw validationError(["config", burst], `Must be greater than or equal to ${rate}.`);
  if (cap > 1e7) throw validationError(["config", burst], `Must be at most 10000000 ${burst === "burst_kb" ? "KB" : "logs"}.`);
}
function checkConfig(ruleType, config, rejectVacuous) {
  if (ruleType === "path_drop") {
    if (!isRecord(config)) throw validationError("config", "path_drop rules require config to be a JSON object.");
    if (config.patterns !== void 0 && config.patterns !== null) {
      if (!Array.isArray(config.patterns)) throw validationError("config", "patterns must be a list of strings.");
      config.patterns.forEach((pattern, index) => {
        if (typeof pattern !== "string") throw validationError(["config", `patterns[${index}]`], "Each pattern must be a string.");
      });
    }
    const key = config.match_attribute_key;
    if (key !== void 0 && key !== null && key !== "" && typeof key !== "string") throw validationError(["config", "match_attribute_key"], "Must be a string when provided.");
    checkFilterGroup(config.filter_group, rejectVacuous);
  }
  if (ruleType === "rate_limit") {
    if (!isRecord(config)) throw validationError("config", "rate_limit rules require config to be a JSON object.");
    checkFilterGroup(config.filter_group, rejectVacuous);
    const lines = Object.hasOwn(config, "logs_per_second");
    const kb = Object.hasOwn(config, "kb_per_second");
    if (lines && kb) throw validationError("config", "Set either `logs_per_second` or `kb_per_second` on a rate_limit rule, not both.");
    if (!lines && !kb) throw validationError("config", "rate_limit rules require either `logs_per_second` or `kb_per_second`.");
    if (kb) checkRate(config, "kb_per_second", "burst_kb", "kilobytes", "Must be between 1 KB/s and 1000000 KB/s (1 GB/s) inclusive.");
    else checkRate(config, "logs_per_second", "burst_logs", "logs", "Must be between 1 and 1000000 logs/sec inclusive.");
  }
}
function readRuleFields(body, existing) {
  const creating = existing === void 0;
  const fields = {};
  const name = readString(body, "name", { required: creating, maxLength: 255 });
  if (name !== void 0 && name !== null) fields.name = name;
  const enabled = readBoolean(body, "enabled");
  if (enabled !== void 0 && enabled !== null) fields.enabled = enabled;
  const priority = readInteger(body, "priority", { allowNull: true, min: 0 });
  if (priority !== void 0) fields.priority = priority;
  const ruleType = readChoice(body, "rule_type", RULE_TYPES, { required: creating });
  if (ruleType !== void 0 && ruleType !== null) fields.rule_type = String(ruleType);
  for (const [key, max] of [["scope_service", 512], ["scope_path_pattern", 1024]]) {
    const value = readString(body, key, { allowNull: true, maxLength: max });
    if (value !== void 0) fields[key] = value;
  }
  const filters = readList(body, "scope_attribute_filters");
  if (filters !== void 0 && filters !== null) {
    filters.forEach((item, index) => {
      if (!isRecord(item)) throw validationError(["scope_attribute_filters", String(index)], `Expected a dictionary of items but got type "${typeof item}".`, "not_a_dict");
      if (!Object.hasOwn(item, "key") || !Object.hasOwn(item, "op")) throw validationError(["scope_attribute_filters", String(index)], "Each filter must include key and op.");
    });
    fields.scope_attribute_filters = filters;
  }
  if (creating && !Object.hasOwn(body, "config")) throw validationError("config", "This field is required.", "required");
  const config = readJson(body, "config");
  if (config !== void 0) fields.config = config;
  checkConfig(fields.rule_type ?? existing?.rule_type ?? "", config ?? existing?.config, config !== void 0 && config !== null);
  return fields;
}
function findRule(context, id) {
  const rule = rulesOf(context.project).find((candidate) => candidate.id === id);
  if (rule === void 0) throw notFound();
  return rule;
}
function createRule(context) {
  const { priority, ...fields } = readRuleFields(readRequestBody(context.body), void 0);
  const highest = Math.max(...rulesOf(context.project).map((rule) => rule.priority));
  const next = (rulesOf(context.project).length === 0 || highest === 0 ? -1 : highest) + 1;
  const now = isoNow();
  const record2 = {
    id: randomUUID22(),
    name: "",
    enabled: false,
    priority: priority ?? next,
    rule_type: "",
    scope_service: null,
    scope_path_pattern: null,
    scope_attribute_filters: [],
    config: null,
    version: 1,
    created_by: currentUser().id,
    created_at: now,
    updated_at: now,
    ...fields
  };
  rulesOf(context.project).push(record2);
  return created({ ...record2 });
}
function updateRule(context, record2) {
  const { priority, ...fields } = readRuleFields(readRequestBody(context.body), record2);
  Object.assign(record2, fields, priority === void 0 || priority === null ? {} : { priority }, { version: record2.version + 1, updated_at: isoNow() });
  return ok({ ...record2 });
}
var logsSamplingRulesViewset = {
  list: (context) => {
    const rules = [...rulesOf(context.project)].sort((left, right) => left.priority - right.priority || left.created_at.localeCompare(right.created_at));
    const page2 = paginate(rules, context.requestUrl);
    return ok({ ...page2, results: page2.results.map((rule) => ({ ...rule })) });
  },
  create: createRule,
  detail: {
    find: findRule,
    retrieve: (_context, record2) => ok({ ...record2 }),
    update: updateRule,
    destroy: (context, record2) => {
      context.project.logsSamplingRules = rulesOf(context.project).filter((candidate) => candidate !== record2);
      return noContent();
    }
  }
};

// src/emulator/resources/logs-views.ts
import { randomInt as randomInt2, randomUUID as randomUUID23 } from "node:crypto";
var LOGS_VIEWS_FLAG = "logs-saved-views";
var COLUMN_TYPES = ["timestamp", "level", "source", "trace_id", "span_id", "message", "custom"];
var SHORT_ID_ALPHABET2 = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
function requireFlag2(context, flag) {
  if (context.settings.posthogFeatureFlags?.[flag] === false) throw permissionDenied("You do not have permission to perform this action.");
}
function viewsOf(project) {
  project.logsViews ??= [];
  return project.logsViews;
}
function generateViewShortId(project) {
  for (; ; ) {
    let candidate = "";
    for (let index = 0; index < 8; index += 1) candidate += SHORT_ID_ALPHABET2[randomInt2(SHORT_ID_ALPHABET2.length)];
    if (!viewsOf(project).some((view) => view.short_id === candidate)) return candidate;
  }
}
function serializeView2(record2) {
  return { ...record2 };
}
function readColumn(value, index) {
  const path = ["columns", String(index)];
  if (!isRecord(value)) throw validationError([...path, "non_field_errors"], `Invalid data. Expected a dictionary, but got ${describePythonType(value)}.`);
  const column = {};
  if (!hasField(value, "id")) throw validationError([...path, "id"], "This field is required.", "required");
  column.id = coerceString(value.id, [...path, "id"]);
  if (!hasField(value, "type")) throw validationError([...path, "type"], "This field is required.", "required");
  if (typeof value.type !== "string" || !COLUMN_TYPES.includes(value.type)) throw validationError([...path, "type"], `"${String(value.type)}" is not a valid choice.`, "invalid_choice");
  column.type = value.type;
  for (const name of ["name", "expression"]) if (hasField(value, name)) column[name] = coerceString(value[name], [...path, name]);
  if (hasField(value, "width")) {
    const width = value.width;
    const number = typeof width === "number" && Number.isInteger(width) ? width : typeof width === "string" && /^\s*-?\d+\s*$/.test(width) ? Number.parseInt(width, 10) : void 0;
    if (number === void 0) throw validationError([...path, "width"], "A valid integer is required.", "invalid");
    if (number < 1) throw validationError([...path, "width"], "Ensure this value is greater than or equal to 1.", "min_value");
    if (number > 2e3) throw validationError([...path, "width"], "Ensure this value is less than or equal to 2000.", "max_value");
    column.width = number;
  }
  if (column.type === "custom" && !column.expression) throw validationError([...path, "expression"], "Custom columns require an expression.");
  return column;
}
function readViewFields(body, creating) {
  const fields = {};
  const name = readString(body, "name", { required: creating, maxLength: 400 });
  if (name !== void 0 && name !== null) fields.name = name;
  if (hasField(body, "filters")) {
    if (!isRecord(body.filters)) throw validationError("filters", `Expected a dictionary of items but got type "${describePythonType(body.filters)}".`, "not_a_dict");
    fields.filters = body.filters;
  }
  const columns = readList(body, "columns", { allowNull: true });
  if (columns !== void 0) fields.columns = columns === null ? null : columns.map(readColumn);
  const pinned = readBoolean(body, "pinned");
  if (pinned !== void 0 && pinned !== null) fields.pinned = pinned;
  return fields;
}
function findView(context, shortId) {
  const view = viewsOf(context.project).find((candidate) => candidate.short_id === shortId);
  if (view === void 0) throw notFound();
  return view;
}
function createView(context) {
  const fields = readViewFields(readRequestBody(context.body), true);
  const now = isoNow();
  const record2 = { id: randomUUID23(), short_id: generateViewShortId(context.project), name: "", filters: {}, columns: null, pinned: false, created_at: now, created_by: currentUser(), updated_at: now, ...fields };
  viewsOf(context.project).push(record2);
  return created(serializeView2(record2));
}
function updateView2(context, record2) {
  Object.assign(record2, readViewFields(readRequestBody(context.body), false), { updated_at: isoNow() });
  return ok(serializeView2(record2));
}
var logsViewsViewset = {
  list: (context) => {
    const views = [...viewsOf(context.project)].sort((left, right) => right.created_at.localeCompare(left.created_at));
    const page2 = paginate(views, context.requestUrl);
    return ok({ ...page2, results: page2.results.map(serializeView2) });
  },
  create: createView,
  detail: {
    find: findView,
    retrieve: (_context, record2) => ok(serializeView2(record2)),
    update: updateView2,
    destroy: (context, record2) => {
      context.project.logsViews = viewsOf(context.project).filter((candidate) => candidate !== record2);
      return noContent();
    }
  }
};

// src/emulator/resources/logs.ts
var VIEWSETS2 = {
  views: { flag: LOGS_VIEWS_FLAG, route: routeViewset(logsViewsViewset) },
  sampling_rules: { flag: LOGS_SAMPLING_RULES_FLAG, route: routeViewset(logsSamplingRulesViewset) },
  alerts: { flag: LOGS_ALERTS_FLAG, route: routeViewset(logsAlertsViewset) }
};
var logsResource = {
  segment: "logs",
  scopeObject: "logs",
  environmentsAlias: false,
  throttle: "default",
  handle(context) {
    const entry = context.id !== void 0 && Object.hasOwn(VIEWSETS2, context.id) ? VIEWSETS2[context.id] : void 0;
    if (entry === void 0) throw endpointNotFound();
    requireFlag2(context, entry.flag);
    const [id, ...action] = context.action?.split("/") ?? [];
    const routed = { ...context, id, action: action.length > 0 ? action.join("/") : void 0 };
    return withActivityLog(`logs/${context.id}`, routed, () => entry.route(routed));
  }
};

// src/emulator/resources/organization-members.ts
var organizationMembersResource = {
  segment: "members",
  scopeObject: "organization_member",
  environmentsAlias: false,
  throttle: "default",
  handle(context) {
    if (context.id !== void 0) throw endpointNotFound();
    if (context.method !== "GET") throw methodNotAllowed(context.method);
    const user = currentUser();
    const member = { id: "0190b2f0-0000-7000-8000-0000000000bb", user, level: 15, joined_at: "2024-01-01T00:00:00Z", updated_at: "2024-01-01T00:00:00Z", is_2fa_enabled: false, has_social_auth: false, last_login: null };
    return ok(paginate([member], context.requestUrl));
  }
};
function resolveOrganization(reference) {
  if (reference === "@current" || reference === EMULATOR_ORGANIZATION_ID) return EMULATOR_ORGANIZATION_ID;
  throw notFound();
}

// src/emulator/resources/product-tours.ts
import { randomInt as randomInt4, randomUUID as randomUUID25 } from "node:crypto";

// src/emulator/resources/product-tour-content.ts
function normalizeStep(step) {
  const out = { ...step };
  if (!("elementTargeting" in out)) {
    if (out.useManualSelector === true) out.elementTargeting = "manual";
    else if (isTruthy(out.inferenceData)) out.elementTargeting = "auto";
    else if (out.type === "element") Object.assign(out, { elementTargeting: "auto", type: "modal" });
  }
  const targeting = out.elementTargeting;
  if (targeting === "manual") out.useManualSelector = true;
  else if (targeting !== null && targeting !== void 0) delete out.useManualSelector;
  return out;
}
function normalizeSteps(steps) {
  if (steps === "" || isRecord(steps) && Object.keys(steps).length === 0) return [];
  if (!Array.isArray(steps) || steps.some((step) => !isRecord(step))) throw serverError();
  return steps.map(normalizeStep);
}
function readContent2(body) {
  if (!hasField(body, "content")) return void 0;
  const value = readJson(body, "content");
  if (value === null || value === void 0) return {};
  if (!isRecord(value)) throw validationError("content", "Content must be an object");
  if (value.type === "announcement" && (Array.isArray(value.steps) ? value.steps.length : 0) !== 1) throw validationError("content", "Announcements must have exactly 1 step.");
  return "steps" in value ? { ...value, steps: normalizeSteps(value.steps) } : value;
}
function readableContent(content) {
  return Array.isArray(content.steps) ? { ...content, steps: content.steps.map((step) => isRecord(step) ? normalizeStep(step) : step) } : content;
}
function validateLaunch(sent, startSent, stored) {
  const launching = startSent !== void 0 && startSent !== null;
  const launched = stored !== void 0 && stored.start_date !== null;
  if (!launching && !launched) return;
  const content = sent !== void 0 && Object.keys(sent).length > 0 ? sent : stored?.content ?? {};
  const steps = Array.isArray(content.steps) ? content.steps : [];
  steps.forEach((step, index) => {
    if (!isRecord(step)) return;
    const targeting = step.elementTargeting;
    if (targeting === "manual" && !isTruthy(step.selector)) throw validationError(null, `Step ${index + 1} is missing an element selector`);
    if (targeting === "auto" && !isTruthy(step.inferenceData)) throw validationError(null, `Step ${index + 1} requires an element to be selected`);
  });
}

// src/emulator/resources/product-tour-surveys.ts
import { randomUUID as randomUUID24 } from "node:crypto";
var SURVEY_NAME_MAX = 400;
var STEP_APPEARANCE = { position: "middle_center", displayThankYouMessage: false, hideCancelButton: true };
function surveysOf(project) {
  project.surveys ??= [];
  return project.surveys;
}
function stepsOf(content) {
  const steps = content.steps;
  if (steps === void 0 || Array.isArray(steps) && steps.length === 0 || steps === "" || isRecord(steps) && Object.keys(steps).length === 0) return [];
  if (!Array.isArray(steps) || steps.some((step) => !isRecord(step))) throw serverError();
  return steps;
}
function findSurvey(project, id) {
  if (typeof id === "string" && !isUuid(id)) throw serverError();
  return surveysOf(project).find((survey) => survey.id === String(id));
}
function questionOf(config) {
  const type = config.type ?? "open";
  const question = { type, question: config.questionText ?? "" };
  if (type === "rating") {
    question.scale = config.scale ?? 5;
    question.display = config.display ?? "emoji";
    question.skipSubmitButton = true;
    if (isTruthy(config.lowerBoundLabel)) question.lowerBoundLabel = config.lowerBoundLabel;
    if (isTruthy(config.upperBoundLabel)) question.upperBoundLabel = config.upperBoundLabel;
  }
  return { ...question, id: randomUUID24() };
}
function assertSurveyStepsWritable(project, tour, previous) {
  stepsOf(tour.content).forEach((step, index) => {
    const config = step.survey;
    if (!isTruthy(config)) return;
    if (!isRecord(config)) throw serverError();
    const linked = isTruthy(step.linkedSurveyId) ? findSurvey(project, step.linkedSurveyId) : void 0;
    if (linked === void 0 && `${tour.name} - Step ${index + 1} Survey (xxxxxxxx)`.length > SURVEY_NAME_MAX) throw serverError();
  });
  if (previous !== void 0) {
    for (const step of stepsOf(previous)) if (isTruthy(step.linkedSurveyId)) findSurvey(project, step.linkedSurveyId);
  }
}
function syncSurveySteps(project, tour, previous) {
  const now = isoNow();
  const active = /* @__PURE__ */ new Set();
  stepsOf(tour.content).forEach((step, index) => {
    const config = step.survey;
    if (!isTruthy(config) || !isRecord(config)) return;
    const linked = isTruthy(step.linkedSurveyId) ? findSurvey(project, step.linkedSurveyId) : void 0;
    if (linked !== void 0) {
      Object.assign(linked, {
        questions: [questionOf(config)],
        appearance: { ...linked.appearance ?? {}, hideCancelButton: true, displayThankYouMessage: false, position: "middle_center" },
        start_date: tour.start_date,
        end_date: tour.archived ? tour.end_date ?? now : tour.end_date,
        enable_partial_responses: false
      });
      active.add(String(step.linkedSurveyId));
      if (!isTruthy(step.linkedSurveyQuestionId)) step.linkedSurveyQuestionId = linked.questions[0].id;
      return;
    }
    const survey = createStepSurvey(`${tour.name} - Step ${index + 1} Survey (${randomUUID24().slice(0, 8)})`, questionOf(config), tour);
    surveysOf(project).push(survey);
    step.linkedSurveyId = survey.id;
    step.linkedSurveyQuestionId = survey.questions[0].id;
    active.add(survey.id);
  });
  if (previous !== void 0) endSurveys(project, stepsOf(previous), active, now);
}
function endSurveys(project, steps, keep, now = isoNow()) {
  for (const step of steps) {
    if (!isTruthy(step.linkedSurveyId) || keep.has(String(step.linkedSurveyId))) continue;
    const survey = findSurvey(project, step.linkedSurveyId);
    if (survey !== void 0 && survey.end_date === null) survey.end_date = now;
  }
}
function storedSteps(content) {
  return Array.isArray(content.steps) ? content.steps.filter(isRecord) : [];
}
function createStepSurvey(name, question, tour) {
  return {
    id: randomUUID24(),
    name,
    description: "",
    type: "api",
    schedule: "once",
    linked_flag_id: null,
    linked_insight_id: null,
    targeting_flag_id: null,
    internal_targeting_flag_id: null,
    questions: [question],
    conditions: null,
    appearance: { ...STEP_APPEARANCE },
    created_at: isoNow(),
    created_by: currentUser(),
    start_date: tour.start_date,
    end_date: tour.end_date,
    archived: false,
    responses_limit: null,
    iteration_count: null,
    iteration_frequency_days: null,
    current_iteration: null,
    enable_partial_responses: false
  };
}

// src/emulator/resources/product-tour-targeting.ts
var LAST_SEEN = "$product_tour_last_seen_date";
function baseProperties(tour) {
  const frequency = tour.content.displayFrequency;
  const unset = (event) => ({ key: `$product_tour_${event}/${tour.id}`, type: "person", value: "is_not_set", operator: "is_not_set" });
  if (frequency === "always") return [];
  if (frequency === "show_once") return [unset("shown")];
  return [unset("completed"), unset("dismissed")];
}
var baseKeys = (tour) => new Set(["shown", "completed", "dismissed"].map((event) => `$product_tour_${event}/${tour.id}`));
function pythonText(value) {
  if (value === true || value === false) return value ? "True" : "False";
  if (value === null) return "None";
  return typeof value === "string" || typeof value === "number" ? String(value) : JSON.stringify(value);
}
function waitPeriodOf(content) {
  return isRecord(content.conditions) ? content.conditions.seenTourWaitPeriod : void 0;
}
function validWaitPeriod(tour) {
  const period = waitPeriodOf(tour.content);
  if (!isRecord(period)) return void 0;
  const days = period.days === true ? 1 : period.days;
  if (typeof days !== "number" || days < 1 || !Array.isArray(period.types) || period.types.length === 0) return void 0;
  return { days: Math.trunc(days), types: period.types };
}
function buildFlagGroups(tour, userGroups) {
  const base = baseProperties(tour);
  const wait = validWaitPeriod(tour);
  let combined = [base];
  for (const type of wait?.types ?? []) {
    const key = `${LAST_SEEN}/${pythonText(type)}`;
    const options = [
      { key, value: "is_not_set", operator: "is_not_set", type: "person" },
      { key, value: `${String(wait.days)}d`, operator: "is_date_before", type: "person" }
    ];
    combined = combined.flatMap((properties) => options.map((option) => [...properties, option]));
  }
  const group = (properties) => ({ variant: "", rollout_percentage: 100, properties });
  if (userGroups === void 0 || userGroups.length === 0) return combined.map(group);
  return userGroups.flatMap((user) => combined.map((properties) => group([...properties, ...user])));
}
function userGroupsOf(filters) {
  if (filters === null) return void 0;
  if (!isRecord(filters)) throw serverError();
  const groups = "groups" in filters ? filters.groups : [];
  if (!Array.isArray(groups) || groups.some((group) => !isRecord(group))) throw serverError();
  const properties = groups.map((group) => "properties" in group ? group.properties : []);
  if (properties.every((value) => !isTruthy(value))) return void 0;
  if (properties.some((value) => !Array.isArray(value))) throw serverError();
  return properties;
}
function readTargeting(tour, flag) {
  if (flag === void 0 || !Array.isArray(flag.filters.groups)) return null;
  const keys = baseKeys(tour);
  const groups = flag.filters.groups.flatMap((group) => {
    const record2 = isRecord(group) ? group : {};
    const properties = (Array.isArray(record2.properties) ? record2.properties : []).filter((property) => !(isRecord(property) && keys.has(String(property.key))));
    return properties.length > 0 ? [{ ...record2, properties }] : [];
  });
  return groups.length > 0 ? { groups } : null;
}
function isSystemManaged(tour, property) {
  const key = isRecord(property) && typeof property.key === "string" ? property.key : "";
  return baseKeys(tour).has(key) || key.startsWith(`${LAST_SEEN}/`);
}
function refreshedUserGroups(tour, flag) {
  const seen = [];
  const groups = [];
  for (const group of Array.isArray(flag.filters.groups) ? flag.filters.groups : []) {
    const properties = (isRecord(group) && Array.isArray(group.properties) ? group.properties : []).filter((property) => !isSystemManaged(tour, property));
    const signature = properties.map((property) => {
      const record2 = isRecord(property) ? property : {};
      const [key, value, operator, type] = ["key", "value", "operator", "type"].map((name) => name in record2 ? record2[name] : "");
      if ([key, value, operator, type].some((member) => Array.isArray(member) || isRecord(member))) throw serverError();
      return { key, value, operator, type };
    });
    const same = (left, right) => left.every((item) => right.some((other) => isJsonEqual(item, other))) && right.every((item) => left.some((other) => isJsonEqual(item, other)));
    if (seen.some((other) => same(other, signature))) continue;
    seen.push(signature);
    groups.push(properties);
  }
  return groups.some((properties) => properties.length > 0) ? groups : void 0;
}

// src/emulator/resources/survey-flags.ts
import { randomInt as randomInt3 } from "node:crypto";
var PREFIX = "survey-targeting-";
function shouldFlagsBeActive(survey) {
  return survey.start_date !== null && survey.end_date === null && !survey.archived;
}
function createSurveyFlag(state, project, filters, name, active, suffix = "") {
  const random = Array.from({ length: 10 }, () => "1234567890abcdef"[randomInt3(16)]).join("");
  return createFeatureFlag(state, project, { key: `${PREFIX}${random}${suffix}`, name: `Targeting flag for survey ${name}`, filters, active, creation_context: "surveys" });
}
function updateSurveyFlag(project, flag, filters) {
  updateFeatureFlag(project, flag, { filters: { ...flag.filters, ...filters } });
}
function syncInternalFlag(state, project, survey) {
  const key = survey.iteration_count !== null && survey.iteration_count > 0 ? `${survey.id}/${survey.current_iteration ?? 1}` : survey.id;
  const base = [
    { key: `$survey_dismissed/${key}`, value: "is_not_set", operator: "is_not_set", type: "person" },
    { key: `$survey_responded/${key}`, value: "is_not_set", operator: "is_not_set", type: "person" }
  ];
  const wait = isRecord(survey.conditions) ? survey.conditions.seenSurveyWaitPeriodInDays : void 0;
  const lastSeen = "$survey_last_seen_date";
  const groups = typeof wait === "number" && wait > 0 ? [
    { variant: "", rollout_percentage: 100, properties: [...base, { key: lastSeen, value: "is_not_set", operator: "is_not_set", type: "person" }] },
    { variant: "", rollout_percentage: 100, properties: [...base, { key: lastSeen, value: `${Math.trunc(wait)}d`, operator: "is_date_before", type: "person" }] }
  ] : [{ variant: "", rollout_percentage: 100, properties: base }];
  const active = shouldFlagsBeActive(survey);
  const existing = project.featureFlags.find((flag) => flag.id === survey.internal_targeting_flag_id);
  if (existing !== void 0) {
    updateSurveyFlag(project, existing, { groups });
    existing.active = active;
    return;
  }
  survey.internal_targeting_flag_id = createSurveyFlag(state, project, { groups }, survey.name, active, "-custom").id;
}
function deleteFlag(project, id) {
  if (id === null) return;
  project.featureFlags = project.featureFlags.filter((flag) => flag.id !== id);
}

// src/emulator/resources/survey-input.ts
var TYPES3 = ["popover", "widget", "external_survey", "api"];
var MATCH_CONDITION_FIELDS = ["url", "urlMatchType", "selector", "seenSurveyWaitPeriodInDays", "linkedFlagVariant", "deviceTypes", "deviceTypesMatchType"];
var EMAIL = /^mailto:[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\.[a-zA-Z]{2,}$/;
function checkLink(link) {
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(link)?.[1]?.toLowerCase();
  if (scheme !== "https" && scheme !== "mailto") throw validationError("questions", "Link must be a URL with one of these schemes: [https, mailto]");
  if (scheme === "mailto" && !EMAIL.test(link)) throw validationError("questions", "Invalid mailto link. Please enter a valid mailto link (e.g., mailto:example@domain.com).");
  if (scheme === "https" && !/^https:\/\/[^/?#\s]+/i.test(link)) throw validationError("questions", "Invalid HTTPS URL. Please enter a valid HTTPS link.");
}
function readQuestions(value) {
  if (value === null) return null;
  if (!Array.isArray(value)) throw validationError("questions", "Questions must be a list of objects");
  return value.map((question, index) => {
    if (!isRecord(question)) throw validationError("questions", "Questions must be a list of objects");
    if (!isTruthy(question.question)) throw validationError("questions", "Question text is required");
    if (typeof question.question !== "string") throw validationError("questions", "Question text must be a string");
    if (isTruthy(question.description) && typeof question.description !== "string") throw validationError("questions", "Question description must be a string");
    for (const name of ["buttonText", "lowerBoundLabel", "upperBoundLabel"]) {
      if (isTruthy(question[name]) && typeof question[name] !== "string") throw validationError("questions", `Question ${name} must be a string`);
    }
    const choices = question.choices;
    if (isTruthy(choices)) {
      if (!Array.isArray(choices)) throw validationError("questions", "Question choices must be a list of strings");
      for (const choice of choices) {
        if (typeof choice !== "string") throw validationError("questions", "Question choices must be strings");
        if (choice.trim() === "") throw validationError("questions", "Question choices cannot be empty");
      }
    }
    if (isTruthy(question.descriptionContentType) && !["text", "html"].includes(String(question.descriptionContentType))) {
      throw validationError("questions", "Question descriptionContentType must be one of ['text', 'html']");
    }
    if (isTruthy(question.link)) {
      if (typeof question.link !== "string") throw validationError("questions", `Question ${index + 1}: link must be a string`);
      checkLink(question.link);
    }
    return { ...question };
  });
}
function readAppearance(value) {
  if (value === null) return null;
  if (!isRecord(value)) throw validationError("appearance", "Appearance must be an object");
  const contentType = value.thankYouMessageDescriptionContentType;
  if (isTruthy(contentType) && contentType !== "text" && contentType !== "html") throw validationError("appearance", "thankYouMessageDescriptionContentType must be one of ['text', 'html']");
  if (typeof value.surveyPopupDelaySeconds === "number" && value.surveyPopupDelaySeconds < 0) throw validationError("appearance", "Survey popup delay seconds must be a positive integer");
  if (value.whiteLabel !== void 0 && value.whiteLabel !== null && typeof value.whiteLabel !== "boolean") throw validationError("appearance", "whiteLabel must be a boolean");
  return value;
}
function readDate2(body, key) {
  if (!hasField(body, key)) return void 0;
  return body[key] === null ? null : coerceDateTime(body[key], [key]);
}
function readSurveyInput(body, creating) {
  const input = {};
  const name = readString(body, "name", { required: creating, maxLength: 400 });
  if (typeof name === "string") input.name = name;
  const description = readString(body, "description", { allowBlank: true });
  if (typeof description === "string") input.description = description;
  const type = readChoice(body, "type", TYPES3, { required: creating });
  if (type !== void 0 && type !== null) input.type = String(type);
  const schedule = readString(body, "schedule", { allowNull: true, allowBlank: true });
  if (schedule !== void 0) {
    if (schedule !== null && !["once", "recurring", "always"].includes(schedule)) throw validationError("schedule", "Schedule must be one of: once, recurring, always");
    input.schedule = schedule;
  }
  if (hasField(body, "questions")) input.questions = readQuestions(readJson(body, "questions"));
  if (hasField(body, "conditions")) {
    const conditions = readJson(body, "conditions");
    if (conditions !== null && !isRecord(conditions)) throw validationError("conditions", "Conditions must be an object");
    input.conditions = conditions;
  }
  if (hasField(body, "appearance")) input.appearance = readAppearance(readJson(body, "appearance"));
  const start = readDate2(body, "start_date");
  if (start !== void 0) input.start_date = start;
  const end = readDate2(body, "end_date");
  if (end !== void 0) input.end_date = end;
  const archived = readBoolean(body, "archived");
  if (typeof archived === "boolean") input.archived = archived;
  const limit = readInteger(body, "responses_limit", { allowNull: true, min: 0 });
  if (limit !== void 0) input.responses_limit = limit;
  const iterations = readInteger(body, "iteration_count", { allowNull: true, min: 0, max: 500 });
  if (iterations !== void 0) input.iteration_count = iterations;
  const frequency = readInteger(body, "iteration_frequency_days", { allowNull: true, min: 0 });
  if (frequency !== void 0) input.iteration_frequency_days = frequency;
  const partial = readBoolean(body, "enable_partial_responses", { allowNull: true });
  if (partial !== void 0) input.enable_partial_responses = partial;
  const linked = readInteger(body, "linked_flag_id", { allowNull: true });
  if (linked !== void 0) input.linked_flag_id = linked;
  const insight = readInteger(body, "linked_insight_id", { allowNull: true });
  if (insight !== void 0) input.linked_insight_id = insight;
  const targeting = readInteger(body, "targeting_flag_id");
  if (typeof targeting === "number") input.targeting_flag_id = targeting;
  if (hasField(body, "targeting_flag_filters")) input.targeting_flag_filters = readJson(body, "targeting_flag_filters");
  const remove = readBoolean(body, "remove_targeting_flag", { allowNull: true });
  if (remove !== void 0) input.remove_targeting_flag = remove;
  readString(body, "_create_in_folder", { allowBlank: true });
  return input;
}
function variantKeys2(flag) {
  const multivariate = effectiveFilters(flag).multivariate;
  const variants = isRecord(multivariate) && Array.isArray(multivariate.variants) ? multivariate.variants : [];
  return variants.flatMap((variant) => isRecord(variant) && typeof variant.key === "string" ? [variant.key] : []);
}
function validateSurvey(project, input, existing, surveys) {
  let linked;
  if (isTruthy(input.linked_flag_id)) {
    linked = project.featureFlags.find((flag) => flag.id === input.linked_flag_id);
    if (linked === void 0) throw validationError(null, "Feature Flag with this ID does not exist");
  }
  if (isTruthy(input.targeting_flag_id) && !project.featureFlags.some((flag) => flag.id === input.targeting_flag_id)) throw validationError(null, "Targeting Feature Flag with this ID does not exist");
  if (isTruthy(input.linked_insight_id) && !project.insights.some((insight) => insight.id === input.linked_insight_id)) throw validationError(null, "Insight with this ID does not exist");
  const variant = isRecord(input.conditions) ? input.conditions.linkedFlagVariant : void 0;
  if (isTruthy(variant) && linked !== void 0 && variant !== "any") {
    const keys = variantKeys2(linked);
    if (!keys.includes(String(variant))) {
      throw validationError(null, keys.length > 0 ? `Feature flag variant '${String(variant)}' does not exist. Available variants: ${keys.join(", ")}` : `Feature flag variant '${String(variant)}' specified but the linked feature flag has no variants`);
    }
  } else if (isTruthy(variant) && !isTruthy(input.linked_flag_id)) {
    throw validationError(null, "linkedFlagVariant can only be used when a linked_flag_id is specified");
  }
  if (existing === void 0 && surveys.some((survey) => survey.name === input.name)) throw validationError(null, "There is already a survey with this name.", "unique");
  if (existing !== void 0 && existing.name !== input.name && surveys.some((survey) => survey.id !== existing.id && survey.name === input.name)) {
    throw validationError(null, "There is already another survey with this name.", "unique");
  }
  const filters = input.targeting_flag_filters;
  if (isTruthy(filters)) {
    const groups = isRecord(filters) && Array.isArray(filters.groups) ? filters.groups : [];
    const everyone = groups.some((group) => isRecord(group) && (group.rollout_percentage === 100 || group.rollout_percentage === null || group.rollout_percentage === void 0) && !(Array.isArray(group.properties) && group.properties.length > 0));
    if (everyone) throw validationError(null, "Invalid operation: User targeting rolls out to everyone. If you want to roll out to everyone, delete this targeting", "invalid");
  }
  const appearance = { ...existing?.appearance ?? {}, ...input.appearance ?? {} };
  const questions = input.questions ?? existing?.questions ?? [];
  if (appearance.shuffleQuestions === true && questions.some((question) => isRecord(question) && question.branching !== void 0 && question.branching !== null)) {
    throw validationError(null, "Question shuffling and question branching cannot be used together. Please disable one of these features.");
  }
  if (input.type === "external_survey") validateExternal(input);
}
function validateExternal(input) {
  const errors = [];
  if (input.linked_flag_id !== void 0 && input.linked_flag_id !== null) errors.push(["linked_flag_id", "linked_flag_id is not allowed for external surveys"]);
  if (input.targeting_flag_filters !== void 0 && input.targeting_flag_filters !== null) errors.push(["targeting_flag_filters", "targeting_flag_filters is not allowed for external surveys"]);
  const conditions = input.conditions;
  if (isTruthy(conditions) && isRecord(conditions)) {
    const refused = MATCH_CONDITION_FIELDS.filter((name) => conditions[name] !== void 0 && conditions[name] !== null);
    for (const name of ["actions", "events"]) {
      const member = conditions[name];
      if (isRecord(member) && Array.isArray(member.values) && member.values.length > 0) refused.push(name);
    }
    if (refused.length > 0) errors.push(["conditions", `The following condition fields are not allowed for external surveys: ${refused.join(", ")}`]);
  }
  if (isTruthy(input.appearance) && input.appearance.surveyPopupDelaySeconds !== void 0 && input.appearance.surveyPopupDelaySeconds !== null) errors.push(["appearance", "surveyPopupDelaySeconds is not allowed for external surveys"]);
  const first = errors[0];
  if (first !== void 0) throw validationError(first[0], first[1]);
}

// src/emulator/resources/product-tours.ts
var PREFIX2 = "product-tour-targeting-";
function toursOf(project) {
  project.productTours ??= [];
  return project.productTours;
}
function slugify2(text) {
  const ascii = text.normalize("NFKD").replace(/[^\x00-\x7f]/g, "");
  return ascii.toLowerCase().replace(/[^\w\s-]/g, "").replace(/[-\s]+/g, "-").replace(/^[-_]+|[-_]+$/g, "");
}
function flagOf3(project, tour) {
  return project.featureFlags.find((flag) => flag.id === tour.internal_targeting_flag_id);
}
var shouldBeActive = (tour) => tour.start_date !== null && tour.end_date === null && !tour.archived;
function createInternalFlag(state, project, tour) {
  const random = Array.from({ length: 8 }, () => "0123456789abcdef"[randomInt4(16)]).join("");
  const flag = createFeatureFlag(state, project, {
    key: `${PREFIX2}${slugify2(tour.name)}-${random}`,
    name: `Product Tour: ${tour.name}`,
    filters: { groups: buildFlagGroups(tour) },
    active: shouldBeActive(tour),
    creation_context: "product_tours"
  });
  tour.internal_targeting_flag_id = flag.id;
}
function writeTargeting(project, tour, userGroups) {
  const flag = flagOf3(project, tour);
  if (flag !== void 0) flag.filters = { groups: buildFlagGroups(tour, userGroups) };
}
function readTourInput(body, creating) {
  const input = {};
  const name = readString(body, "name", { required: creating, maxLength: 400 });
  if (typeof name === "string") input.name = name;
  const description = readString(body, "description", { allowBlank: true });
  if (typeof description === "string") input.description = description;
  const linked = readInteger(body, "linked_flag_id", { allowNull: true });
  if (linked !== void 0) input.linked_flag_id = linked;
  const content = readContent2(body);
  if (content !== void 0) input.content = content;
  const autoLaunch = readBoolean(body, "auto_launch");
  if (typeof autoLaunch === "boolean") input.auto_launch = autoLaunch;
  for (const key of ["start_date", "end_date"]) {
    if (hasField(body, key)) input[key] = body[key] === null ? null : coerceDateTime(body[key], [key]);
  }
  const archived = readBoolean(body, "archived");
  if (typeof archived === "boolean") input.archived = archived;
  readChoice(body, "creation_context", ["app", "toolbar"]);
  return input;
}
function validateLinkedFlag(project, input, tour) {
  const id = input.linked_flag_id !== void 0 || tour === void 0 ? input.linked_flag_id : tour.linked_flag_id;
  let linked;
  if (isTruthy(id)) {
    linked = project.featureFlags.find((flag) => flag.id === id);
    if (linked === void 0) throw validationError(null, "Feature Flag with this ID does not exist");
  }
  const conditions = isRecord(input.content) && isRecord(input.content.conditions) ? input.content.conditions : {};
  const variant = conditions.linkedFlagVariant;
  if (isTruthy(variant) && linked !== void 0 && variant !== "any") {
    const keys = variantKeys2(linked);
    if (!keys.includes(String(variant))) {
      throw validationError(null, keys.length > 0 ? `Feature flag variant '${String(variant)}' does not exist. Available variants: ${keys.join(", ")}` : `Feature flag variant '${String(variant)}' specified but the linked feature flag has no variants`);
    }
  } else if (isTruthy(variant) && !isTruthy(id)) {
    throw validationError(null, "linkedFlagVariant can only be used when a linked_flag_id is specified");
  }
}
function assertNameFree(project, name, self) {
  if (toursOf(project).some((tour) => !tour.archived && tour !== self && tour.name === name)) throw serverError();
}
function serializeCommon(project, tour) {
  const flag = flagOf3(project, tour);
  const linked = tour.linked_flag_id === null ? void 0 : project.featureFlags.find((candidate) => candidate.id === tour.linked_flag_id);
  return {
    id: tour.id,
    name: tour.name,
    description: tour.description,
    internal_targeting_flag: flag === void 0 ? null : serializeMinimalFlag(project, flag),
    linked_flag: linked === void 0 ? null : serializeMinimalFlag(project, linked)
  };
}
var tail = (tour) => ({
  auto_launch: tour.auto_launch,
  start_date: tour.start_date,
  end_date: tour.end_date,
  created_at: tour.created_at,
  created_by: tour.created_by,
  updated_at: tour.updated_at,
  archived: tour.archived
});
function serializeTour(project, tour) {
  return { ...serializeCommon(project, tour), targeting_flag_filters: readTargeting(tour, flagOf3(project, tour)), content: readableContent(tour.content), draft_content: null, has_draft: false, ...tail(tour) };
}
function serializeWritten(project, tour) {
  return { ...serializeCommon(project, tour), content: tour.content, ...tail(tour) };
}
function createTour(context) {
  const body = readRequestBody(context.body);
  const input = readTourInput(body, true);
  validateLinkedFlag(context.project, input, void 0);
  validateLaunch(input.content, input.start_date, void 0);
  assertNameFree(context.project, input.name ?? "", void 0);
  const now = isoNow();
  const tour = {
    id: randomUUID25(),
    name: "",
    description: "",
    content: {},
    auto_launch: false,
    start_date: null,
    end_date: null,
    archived: false,
    internal_targeting_flag_id: null,
    linked_flag_id: null,
    created_at: now,
    updated_at: now,
    created_by: currentUser(),
    ...input
  };
  const targeting = tour.auto_launch && isTruthy(body.targeting_flag_filters) ? userGroupsOf(body.targeting_flag_filters) : void 0;
  assertSurveyStepsWritable(context.project, tour, void 0);
  if (tour.auto_launch) createInternalFlag(context.state, context.project, tour);
  if (targeting !== void 0) writeTargeting(context.project, tour, targeting);
  syncSurveySteps(context.project, tour, void 0);
  toursOf(context.project).push(tour);
  return created(serializeWritten(context.project, tour));
}
function updateTour(context, tour) {
  const { project, state } = context;
  const body = readRequestBody(context.body);
  const input = readTourInput(body, false);
  validateLinkedFlag(project, input, tour);
  validateLaunch(input.content, input.start_date, tour);
  const live = !(input.archived ?? tour.archived);
  if (live && (input.name !== void 0 || tour.archived)) assertNameFree(project, input.name ?? tour.name, tour);
  const previous = tour.content;
  const next = { ...tour, ...input };
  assertSurveyStepsWritable(project, next, previous);
  const datesChanged = ["start_date", "end_date", "archived"].some((key) => input[key] !== void 0 && input[key] !== tour[key]);
  const launchChanged = input.auto_launch !== void 0 && input.auto_launch !== tour.auto_launch;
  const rebuild = previous.displayFrequency !== next.content.displayFrequency || !isJsonEqual(waitPeriodOf(previous) ?? null, waitPeriodOf(next.content) ?? null);
  const sent = hasField(body, "targeting_flag_filters");
  const existing = flagOf3(project, tour);
  const targeting = sent && (existing !== void 0 || launchChanged && next.auto_launch) ? userGroupsOf(body.targeting_flag_filters) : void 0;
  const kept = !sent && rebuild && existing !== void 0 ? refreshedUserGroups(next, existing) : void 0;
  Object.assign(tour, input, { updated_at: isoNow() });
  if (launchChanged) {
    if (tour.auto_launch && existing === void 0) createInternalFlag(state, project, tour);
    else if (existing !== void 0) existing.active = tour.auto_launch ? shouldBeActive(tour) : false;
  } else if (datesChanged && tour.auto_launch && existing !== void 0) existing.active = shouldBeActive(tour);
  if (sent) writeTargeting(project, tour, targeting);
  else if (rebuild && existing !== void 0) writeTargeting(project, tour, kept);
  syncSurveySteps(project, tour, previous);
  return ok(serializeWritten(project, tour));
}
var productToursResource = {
  segment: "product_tours",
  scopeObject: "product_tour",
  environmentsAlias: false,
  throttle: "default",
  handle: routeViewset({
    list: (context) => {
      const search = context.requestUrl.searchParams.get("search")?.toLowerCase();
      const found = toursOf(context.project).filter((tour) => search === void 0 || `${tour.name}
${tour.description}`.toLowerCase().includes(search));
      const page2 = paginate(found, context.requestUrl);
      return ok({ ...page2, results: page2.results.map((tour) => serializeTour(context.project, tour)) });
    },
    create: createTour,
    detail: {
      find: ({ project }, id) => {
        const tour = isUuid(id) ? toursOf(project).find((candidate) => candidate.id === id) : void 0;
        if (tour === void 0) throw notFound();
        return tour;
      },
      retrieve: (context, tour) => ok(serializeTour(context.project, tour)),
      update: updateTour,
      destroy: (context, tour) => {
        deleteFlag(context.project, tour.internal_targeting_flag_id);
        endSurveys(context.project, storedSteps(tour.content), /* @__PURE__ */ new Set());
        context.project.productTours = toursOf(context.project).filter((candidate) => candidate !== tour);
        return noContent();
      }
    }
  })
};

// src/emulator/resources/query.ts
var queryResource = {
  segment: "query",
  scopeObject: "query",
  environmentsAlias: true,
  throttle: "clickhouse",
  scopeActionFor: () => "read",
  handle: routeViewset({ create: runQuery })
};
function runQuery(context) {
  const body = context.body;
  if (!isRecord(body) || !isRecord(body.query)) throw validationError("query", "Field required", "invalid_input");
  const query = body.query;
  if (query.kind !== "HogQLMetadata") {
    throw validationError("query", `The emulator runs no queries; it answers only the HogQLMetadata kind, not ${JSON.stringify(query.kind ?? null)}.`, "invalid_input");
  }
  if (!HOG_LANGUAGES.includes(query.language)) {
    throw validationError("query", `Input should be ${HOG_LANGUAGES.map((language) => `'${language}'`).join(", ")}`, "invalid_input");
  }
  if (typeof query.query !== "string") throw validationError("query", "Input should be a valid string", "invalid_input");
  return ok(describeHogQLMetadata(query, viewTables(context.project)));
}

// src/emulator/resources/surveys.ts
import { randomUUID as randomUUID26 } from "node:crypto";
var surveysResource = {
  segment: "surveys",
  scopeObject: "survey",
  environmentsAlias: false,
  throttle: "default",
  handle: routeViewset({
    list: listSurveys,
    create: createSurvey,
    detail: {
      find: ({ project }, id) => {
        const survey = isUuid(id) ? surveysOf2(project).find((candidate) => candidate.id === id) : void 0;
        if (survey === void 0) throw notFound();
        return survey;
      },
      retrieve: ({ project }, survey) => ok(serializeSurvey(project, survey)),
      update: updateSurvey,
      destroy: ({ project }, survey) => {
        deleteFlag(project, survey.targeting_flag_id);
        deleteFlag(project, survey.internal_targeting_flag_id);
        project.surveys = surveysOf2(project).filter((candidate) => candidate !== survey);
        return noContent();
      },
      actions: {
        launch: { methods: ["POST"], run: launchSurvey },
        stop: { methods: ["POST"], run: stopSurvey }
      }
    }
  })
};
function surveysOf2(project) {
  project.surveys ??= [];
  return project.surveys;
}
function flagOf4(project, id) {
  return id === null ? void 0 : project.featureFlags.find((flag) => flag.id === id);
}
function minimal(project, id) {
  const flag = flagOf4(project, id);
  return flag === void 0 ? null : serializeMinimalFlag(project, flag);
}
function serializeCommon2(project, survey) {
  return {
    id: survey.id,
    name: survey.name,
    description: survey.description,
    type: survey.type,
    schedule: survey.schedule,
    linked_flag: minimal(project, survey.linked_flag_id),
    targeting_flag: minimal(project, survey.targeting_flag_id),
    internal_targeting_flag: minimal(project, survey.internal_targeting_flag_id),
    questions: survey.questions,
    conditions: conditionsWithActions(project, survey),
    appearance: survey.appearance,
    created_at: survey.created_at,
    created_by: survey.created_by,
    start_date: survey.start_date,
    end_date: survey.end_date,
    archived: survey.archived,
    responses_limit: survey.responses_limit,
    iteration_count: survey.iteration_count,
    iteration_frequency_days: survey.iteration_frequency_days,
    iteration_start_dates: [],
    current_iteration: survey.current_iteration,
    current_iteration_start_date: null,
    response_sampling_start_date: null,
    response_sampling_interval_type: "week",
    response_sampling_interval: null,
    response_sampling_limit: null,
    response_sampling_daily_limits: null,
    enable_partial_responses: survey.enable_partial_responses,
    enable_iframe_embedding: null,
    base_language: null,
    translations: null,
    form_content: null
  };
}
function serializeSurvey(project, survey) {
  const key = (id) => flagOf4(project, id)?.key ?? null;
  return {
    ...serializeCommon2(project, survey),
    linked_flag_id: survey.linked_flag_id,
    linked_insight_id: survey.linked_insight_id,
    feature_flag_keys: [
      { key: "linked_flag_key", value: key(survey.linked_flag_id) },
      { key: "targeting_flag_key", value: key(survey.targeting_flag_id) },
      { key: "internal_targeting_flag_key", value: key(survey.internal_targeting_flag_id) },
      { key: "internal_response_sampling_flag_key", value: null }
    ],
    user_access_level: "editor",
    search_match_type: null
  };
}
function listSurveys(context) {
  const { project, query } = context;
  const archived = query.get("archived");
  const type = query.get("type");
  const rows = [...surveysOf2(project)].filter((survey) => (archived === null || archived === "" ? true : survey.archived === parseBooleanText(archived)) && (type === null || type === "" || survey.type === type)).sort((a, b) => b.created_at.localeCompare(a.created_at));
  const page2 = paginate(rows, context.requestUrl);
  return ok({ ...page2, results: page2.results.map((survey) => serializeSurvey(project, survey)) });
}
function conditionsWithActions(project, survey) {
  const linked = project.actions.filter((action) => (survey.action_ids ?? []).includes(action.id));
  if (linked.length === 0) return survey.conditions;
  return { ...survey.conditions ?? {}, actions: { values: linked.map((action) => serializeAction(project, action)) } };
}
function associateActions(project, survey, conditions) {
  const values = isRecord(conditions) && isRecord(conditions.actions) ? conditions.actions.values : void 0;
  const ids = Array.isArray(values) ? values.map((value) => isRecord(value) ? String(value.id) : "") : [];
  survey.action_ids = project.actions.filter((action) => ids.includes(String(action.id))).map((action) => action.id);
}
function withQuestionIds(questions) {
  if (questions === void 0 || questions === null) return null;
  return questions.map((question) => isRecord(question) && !isTruthy(question.id) ? { ...question, id: randomUUID26() } : question);
}
function createSurvey(context) {
  const { project, state } = context;
  const input = readSurveyInput(readRequestBody(context.body), true);
  validateSurvey(project, input, void 0, surveysOf2(project));
  const survey = {
    id: randomUUID26(),
    name: input.name,
    description: input.description ?? "",
    type: input.type,
    schedule: input.schedule === void 0 ? "once" : input.schedule,
    linked_flag_id: input.linked_flag_id ?? null,
    linked_insight_id: input.linked_insight_id ?? null,
    targeting_flag_id: input.targeting_flag_id ?? null,
    internal_targeting_flag_id: null,
    questions: withQuestionIds(input.questions),
    conditions: input.conditions ?? null,
    appearance: input.appearance ?? null,
    created_at: isoNow(),
    created_by: currentUser(),
    start_date: input.start_date ?? null,
    end_date: input.end_date ?? null,
    archived: input.archived ?? false,
    responses_limit: input.responses_limit ?? null,
    iteration_count: input.iteration_count ?? null,
    iteration_frequency_days: input.iteration_frequency_days ?? null,
    current_iteration: null,
    enable_partial_responses: input.enable_partial_responses === void 0 ? false : input.enable_partial_responses
  };
  if (isTruthy(input.targeting_flag_filters)) survey.targeting_flag_id = createSurveyFlag(state, project, input.targeting_flag_filters, survey.name, false).id;
  syncInternalFlag(state, project, survey);
  associateActions(project, survey, input.conditions);
  surveysOf2(project).push(survey);
  return created(serializeCommon2(project, survey));
}
function updateSurvey(context, survey) {
  const { project, state } = context;
  const input = readSurveyInput(readRequestBody(context.body), false);
  validateSurvey(project, input, survey, surveysOf2(project));
  if (input.remove_targeting_flag === true) {
    deleteFlag(project, survey.targeting_flag_id);
    input.targeting_flag_id = void 0;
    survey.targeting_flag_id = null;
  }
  if (isTruthy(input.targeting_flag_filters)) {
    const existing = flagOf4(project, survey.targeting_flag_id);
    if (existing !== void 0) updateSurveyFlag(project, existing, input.targeting_flag_filters);
    else survey.targeting_flag_id = createSurveyFlag(state, project, input.targeting_flag_filters, survey.name, survey.start_date !== null).id;
  }
  applyInput(survey, input);
  const active = shouldFlagsBeActive(survey);
  const targeting = flagOf4(project, survey.targeting_flag_id);
  if (targeting !== void 0) targeting.active = active;
  syncInternalFlag(state, project, survey);
  associateActions(project, survey, input.conditions);
  return ok(serializeCommon2(project, survey));
}
function applyInput(survey, input) {
  const { targeting_flag_filters: _filters, remove_targeting_flag: _remove, targeting_flag_id: targeting, questions, ...fields } = input;
  for (const [name, value] of Object.entries(fields)) if (value !== void 0) survey[name] = value;
  if (targeting !== void 0) survey.targeting_flag_id = targeting;
  if (questions !== void 0) survey.questions = withQuestionIds(questions);
}
function launchSurvey(context, survey) {
  const now = isoNow();
  if (survey.archived) throw validationError(null, "Cannot launch an archived survey. Unarchive it first.");
  if (survey.end_date !== null && survey.end_date <= now) throw validationError(null, "Cannot launch a survey with end_date in the past. Extend the end_date first.");
  if (survey.start_date === null || survey.start_date > now) survey.start_date = now;
  return ok(serializeSurvey(context.project, survey));
}
function stopSurvey(context, survey) {
  const now = isoNow();
  if (survey.archived) throw validationError(null, "Cannot stop an archived survey. Unarchive it first if needed.");
  if (survey.end_date === null || survey.end_date > now) survey.end_date = now;
  return ok(serializeSurvey(context.project, survey));
}

// src/emulator/resources/session-recording-playlists.ts
import { randomInt as randomInt5 } from "node:crypto";
var SYNTHETIC = [
  [-1, "synthetic-watch-history", "Watch history", "Recordings you have watched"],
  [-2, "synthetic-commented", "Recordings with comments", "Recordings that have team comments"],
  [-3, "synthetic-shared", "Shared recordings", "Recordings that have been shared externally"],
  [-4, "synthetic-exported", "Exported recordings", "Recordings that have been exported as clips or screenshots"],
  [-6, "synthetic-expiring", "Expiring soon", "Recordings that will expire in the next 10 days"],
  [-7, "synthetic-frustrated", "Frustration signals", "Sessions with rage clicks or errors in the last 7 days"]
];
var SHORT_ID_ALPHABET3 = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
var MATERIAL_FIELDS2 = ["name", "description", "filters"];
function syntheticPlaylists() {
  return SYNTHETIC.map(([id, short_id, name, description]) => ({
    id,
    short_id,
    name,
    description,
    derived_name: null,
    pinned: false,
    deleted: false,
    filters: {},
    type: "collection",
    created_at: null,
    created_by: null,
    last_modified_at: null,
    last_modified_by: null,
    synthetic: true
  }));
}
var sessionRecordingPlaylistsResource = {
  segment: "session_recording_playlists",
  scopeObject: "session_recording_playlist",
  environmentsAlias: false,
  throttle: "clickhouse",
  handle: routeViewset({
    list: listPlaylists,
    create: createPlaylist,
    detail: {
      find: findPlaylist,
      retrieve: (_context, record2) => ok(serializePlaylist(record2)),
      update: updatePlaylist,
      destroy: "forbidden"
    }
  })
};
function playlistsOf(project) {
  project.sessionRecordingPlaylists ??= [];
  return project.sessionRecordingPlaylists;
}
function findPlaylist(context, shortId) {
  const synthetic = shortId.startsWith("synthetic-") ? syntheticPlaylists().find((record3) => record3.short_id === shortId) : void 0;
  if (synthetic !== void 0) return synthetic;
  const updating = context.method === "PATCH" || context.method === "PUT";
  const record2 = playlistsOf(context.project).find((candidate) => candidate.short_id === shortId && (updating || !candidate.deleted));
  if (record2 === void 0) throw notFound();
  return record2;
}
function serializePlaylist(record2) {
  return {
    id: record2.id,
    short_id: record2.short_id,
    name: record2.name,
    derived_name: record2.derived_name,
    description: record2.description,
    pinned: record2.pinned,
    created_at: record2.created_at,
    created_by: record2.created_by,
    deleted: record2.deleted,
    filters: record2.filters,
    last_modified_at: record2.last_modified_at,
    last_modified_by: record2.last_modified_by,
    // No recordings are pinned and no counts are cached in the emulator.
    recordings_counts: {
      saved_filters: { count: null, has_more: null, watched_count: null, increased: null, last_refreshed_at: null },
      collection: record2.synthetic ? { count: null, has_more: false, watched_count: 0, increased: null, last_refreshed_at: null } : { count: null, watched_count: 0 }
    },
    type: record2.type,
    is_synthetic: record2.synthetic === true
  };
}
function filtersLength(filters) {
  if (Array.isArray(filters) || typeof filters === "string") return filters.length;
  return isRecord(filters) ? Object.keys(filters).length : 0;
}
function readFields3(body) {
  const fields = {};
  const name = readString(body, "name", { allowNull: true, allowBlank: true, maxLength: 400 });
  if (name !== void 0) fields.name = name;
  const derived = readString(body, "derived_name", { allowNull: true, allowBlank: true, maxLength: 400 });
  if (derived !== void 0) fields.derived_name = derived;
  const description = readString(body, "description", { allowBlank: true });
  if (description !== void 0 && description !== null) fields.description = description;
  const pinned = readBoolean(body, "pinned");
  if (pinned !== void 0 && pinned !== null) fields.pinned = pinned;
  const deleted = readBoolean(body, "deleted");
  if (deleted !== void 0 && deleted !== null) fields.deleted = deleted;
  const filters = readJson(body, "filters");
  if (filters === null) throw validationError("filters", "This field may not be null.", "null");
  if (filters !== void 0) fields.filters = filters;
  return fields;
}
function generateShortId2(project) {
  for (; ; ) {
    let candidate = "";
    for (let index = 0; index < 8; index += 1) candidate += SHORT_ID_ALPHABET3[randomInt5(SHORT_ID_ALPHABET3.length)];
    if (!playlistsOf(project).some((record2) => record2.short_id === candidate)) return candidate;
  }
}
function createPlaylist(context) {
  const { project, state } = context;
  const body = readRequestBody(context.body);
  const fields = readFields3(body);
  const type = body.type;
  if (type !== "collection" && type !== "filters") throw validationError(null, "Must provide a valid playlist type: either filters or collection");
  if (type === "collection" && filtersLength(fields.filters) > 0) throw validationError(null, "You cannot create a collection with filters");
  if (type === "filters" && filtersLength(fields.filters) === 0) throw validationError(null, "You must provide a valid filters when creating a saved filter");
  const now = isoNow();
  const user = currentUser();
  const record2 = {
    id: allocateId(state, "session_recording_playlist"),
    short_id: generateShortId2(project),
    name: null,
    derived_name: null,
    description: "",
    pinned: false,
    deleted: false,
    filters: {},
    created_at: now,
    created_by: user,
    last_modified_at: now,
    last_modified_by: user,
    ...fields,
    type
  };
  playlistsOf(project).push(record2);
  return created(serializePlaylist(record2));
}
function updatePlaylist(context, record2) {
  if (record2.synthetic) throw validationError(null, "Cannot update synthetic playlists");
  const body = readRequestBody(context.body);
  const fields = readFields3(body);
  if (record2.type === "collection" && filtersLength(fields.filters) > 0) throw validationError(null, "You cannot update a collection to add filters");
  if (record2.type === "filters" && filtersLength(fields.filters) === 0) throw validationError(null, "You cannot remove all filters when updating a saved filter");
  if (MATERIAL_FIELDS2.some((name) => name in fields)) Object.assign(record2, { last_modified_at: isoNow(), last_modified_by: currentUser() });
  Object.assign(record2, fields);
  return ok(serializePlaylist(record2));
}
function lastModified(record2) {
  return record2.last_modified_at === null ? Number.POSITIVE_INFINITY : Date.parse(record2.last_modified_at);
}
function listPlaylists(context) {
  const { project, query } = context;
  let records = playlistsOf(project).filter((record2) => !record2.deleted);
  let synthetics = syntheticPlaylists();
  for (const [key, value] of query) {
    if (key === "user" || key === "created_by") {
      records = records.filter((record2) => record2.created_by?.id === (key === "user" ? currentUser().id : Number(value)));
      synthetics = [];
    } else if (key === "type" && (value === "collection" || value === "filters")) {
      records = records.filter((record2) => record2.type === value);
      if (value === "filters") synthetics = [];
    } else if (key === "collection_type") {
      if (value === "synthetic") records = [];
      if (value === "custom") synthetics = [];
    } else if (key === "pinned") {
      records = records.filter((record2) => record2.pinned);
      synthetics = [];
    } else if (key === "search") {
      const term = value.toLowerCase();
      records = records.filter((record2) => (record2.name ?? "").toLowerCase().includes(term) || (record2.derived_name ?? "").toLowerCase().includes(term));
      synthetics = synthetics.filter((record2) => (record2.name ?? "").toLowerCase().includes(term) || record2.description.toLowerCase().includes(term));
    }
  }
  records.sort((left, right) => lastModified(right) - lastModified(left) || right.id - left.id);
  const page2 = paginate(records, context.requestUrl);
  const firstPage = (query.get("offset") ?? "0") === "0" && (query.get("page") ?? "1") === "1";
  const combined = [...page2.results, ...firstPage ? synthetics : []].sort((left, right) => lastModified(right) - lastModified(left));
  return ok({ ...page2, count: records.length + synthetics.length, results: combined.map(serializePlaylist) });
}

// src/emulator/resources/subscription-schedule.ts
var WEEKDAY_INDEX = { monday: 0, tuesday: 1, wednesday: 2, thursday: 3, friday: 4, saturday: 5, sunday: 6 };
var DAY = 864e5;
var MAX_PERIODS = 2e5;
function weekdayOf(time) {
  return (new Date(time).getUTCDay() + 6) % 7;
}
function dayStart(time) {
  return time - (time % DAY + DAY) % DAY;
}
function periodDays(schedule, start, period) {
  const days = schedule.byweekday === null || schedule.byweekday.length === 0 ? void 0 : new Set(schedule.byweekday.map((day) => WEEKDAY_INDEX[day]));
  const first = dayStart(start.getTime());
  const range = (from, to) => {
    const out = [];
    for (let day = from; day < to; day += DAY) out.push(day);
    return out;
  };
  let candidates;
  if (schedule.frequency === "daily") candidates = [first + period * schedule.interval * DAY];
  else if (schedule.frequency === "weekly") {
    const weekStart = first - weekdayOf(first) * DAY + period * schedule.interval * 7 * DAY;
    candidates = range(weekStart, weekStart + 7 * DAY);
    if (days === void 0) return candidates.filter((day) => weekdayOf(day) === weekdayOf(first));
  } else if (schedule.frequency === "monthly") {
    const months = start.getUTCMonth() + period * schedule.interval;
    const from = Date.UTC(start.getUTCFullYear(), months, 1);
    candidates = range(from, Date.UTC(start.getUTCFullYear(), months + 1, 1));
    if (days === void 0) return candidates.filter((day) => new Date(day).getUTCDate() === start.getUTCDate());
  } else {
    const year = start.getUTCFullYear() + period * schedule.interval;
    candidates = range(Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1));
    if (days === void 0) return candidates.filter((day) => new Date(day).getUTCMonth() === start.getUTCMonth() && new Date(day).getUTCDate() === start.getUTCDate());
  }
  const matching = days === void 0 ? candidates : candidates.filter((day) => days.has(weekdayOf(day)));
  const position = schedule.bysetpos;
  if (position === null || days === void 0) return matching;
  const picked = position > 0 ? matching[position - 1] : matching[matching.length + position];
  return picked === void 0 ? [] : [picked];
}
function nextOccurrence(schedule, after) {
  const start = new Date(schedule.start_date);
  const timeOfDay = start.getTime() - dayStart(start.getTime());
  const until = schedule.until_date === null ? Number.POSITIVE_INFINITY : Date.parse(schedule.until_date);
  let seen = 0;
  for (let period = 0; period < MAX_PERIODS; period++) {
    for (const day of periodDays(schedule, start, period)) {
      const time = day + timeOfDay;
      if (time < start.getTime()) continue;
      if (time > until) return null;
      seen++;
      if (schedule.count !== null && seen > schedule.count) return null;
      if (time > after) return new Date(time).toISOString().replace(".000Z", "Z");
    }
  }
  return null;
}
function nextDeliveryDate(schedule) {
  return nextOccurrence(schedule, Date.now() + 15 * 6e4);
}

// src/emulator/resources/subscription-validation.ts
var MAX_ASSET_COUNT = 6;
var RRULE_FIELDS = ["frequency", "count", "interval", "start_date", "until_date", "bysetpos", "byweekday"];
var METADATA_HOSTS = ["169.254.169.254", "metadata.google.internal"];
var INTERNAL_SUFFIXES = [".local", ".internal", ".svc.cluster.local", ".cluster.local", ".consul", ".lan", ".home", ".corp", ".localdomain", ".home.arpa", ".intranet", ".priv"];
function isInternalIpv4(host) {
  const parts = host.split(".").map(Number);
  if (parts.length !== 4 || parts.some((part) => !Number.isInteger(part) || part < 0 || part > 255)) return false;
  const [a, b] = parts;
  return a === 10 || a === 127 || a === 0 || a === 172 && b >= 16 && b <= 31 || a === 192 && b === 168 || a === 169 && b === 254 || a === 100 && b >= 64 && b <= 127 || a >= 224;
}
function blockedUrlReason(url) {
  if (url.includes("\\") || url.toLowerCase().includes("%5c")) return "Invalid URL: ambiguous authority";
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return /^https?:\/\//i.test(url) ? "Missing host" : "URL must start with http:// or https://";
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return "URL must start with http:// or https://";
  const host = parsed.hostname.toLowerCase().replace(/\.$/, "").replace(/^\[|\]$/g, "");
  if (host === "") return "Missing host";
  if (METADATA_HOSTS.includes(host)) return "Local/metadata host";
  if (["localhost", "127.0.0.1", "::1"].includes(host)) return "Local/Loopback host not allowed";
  const suffix = INTERNAL_SUFFIXES.find((pattern) => host.endsWith(pattern));
  if (suffix !== void 0) return `Internal domain pattern blocked: ${suffix}`;
  if (isInternalIpv4(host)) return "Private IP address not allowed";
  return void 0;
}
function validateDashboardExport(project, attrs, existing) {
  const dashboardId = attrs.dashboard_id ?? existing?.dashboard_id ?? null;
  const selected = attrs.dashboard_export_insights;
  if (dashboardId === null) {
    if (isTruthy(selected)) throw validationError("dashboard_export_insights", "Cannot set insights selection without a dashboard.");
    return;
  }
  if (existing === void 0 && !isTruthy(selected) || existing !== void 0 && selected !== void 0 && selected.length === 0) {
    throw validationError("dashboard_export_insights", "Select at least one insight for this subscription.");
  }
  if (selected === void 0 || selected.length === 0) return;
  const ids = new Set(selected);
  if (ids.size > MAX_ASSET_COUNT) throw validationError("dashboard_export_insights", `Cannot select more than ${MAX_ASSET_COUNT} insights.`);
  if ([...ids].some((id) => !project.insights.some((insight) => insight.id === id))) {
    throw validationError("dashboard_export_insights", "Some insights do not belong to your team or do no longer exist.");
  }
  const live = new Set(project.tiles.filter((tile) => tile.dashboard_id === dashboardId && tile.deleted !== true && tile.insight_id !== null).map((tile) => tile.insight_id).filter((id) => project.insights.some((insight) => insight.id === id && !insight.deleted)));
  const invalid = [...ids].filter((id) => !live.has(id));
  if (invalid.length > 0) throw validationError("dashboard_export_insights", `${invalid.length} invalid insight(s) selected.`);
}
function validateSubscription(project, attrs, existing) {
  if (existing !== void 0 && attrs.content_type !== void 0 && attrs.content_type !== existing.content_type) {
    throw validationError("content_type", "content_type cannot be changed after the subscription is created.");
  }
  const hasInsight = (attrs.insight_id ?? existing?.insight_id ?? null) !== null;
  const hasDashboard = (attrs.dashboard_id ?? existing?.dashboard_id ?? null) !== null;
  const contentType = attrs.content_type ?? existing?.content_type ?? (hasDashboard ? "dashboard" : "insight");
  if (existing === void 0 && attrs.content_type === void 0) attrs.content_type = contentType;
  if (contentType === "insight") {
    if (!hasInsight) throw validationError("insight", "Insight is required for insight subscriptions.");
    if (isTruthy(attrs.dashboard_id) || isTruthy(attrs.prompt)) throw validationError("insight", "Insight subscriptions cannot also set dashboard or prompt.");
  } else if (contentType === "dashboard") {
    if (!hasDashboard) throw validationError("dashboard", "Dashboard is required for dashboard subscriptions.");
    if (isTruthy(attrs.insight_id) || isTruthy(attrs.prompt)) throw validationError(null, "Dashboard subscriptions cannot also set insight or prompt.");
  } else {
    if (isTruthy(attrs.insight_id) || isTruthy(attrs.dashboard_id)) throw validationError(null, "AI subscriptions cannot also set insight or dashboard.");
    if (!isTruthy(attrs.prompt?.trim())) throw validationError("prompt", "Prompt is required for AI subscriptions.");
    if (existing === void 0) throw validationError(null, "AI subscriptions are not enabled for your organization.");
  }
  validateDashboardExport(project, attrs, existing);
  const merged = { interval: 1, count: null, byweekday: null, bysetpos: null, until_date: null, ...existing, ...attrs };
  const reEnabling = existing !== void 0 && attrs.enabled === true && existing.enabled === false;
  const scheduleTouched = existing !== void 0 && existing.enabled && RRULE_FIELDS.some((name) => Object.hasOwn(attrs, name));
  if ((existing === void 0 || reEnabling || scheduleTouched) && merged.frequency !== void 0 && merged.start_date !== void 0 && nextDeliveryDate(merged) === null) {
    const base = "Subscription schedule has reached its end date. Extend until_date or remove count";
    if (reEnabling) throw validationError("enabled", `${base} before re-enabling.`);
    if (existing === void 0) throw validationError("start_date", `${base}.`);
    throw validationError(null, `${base}.`);
  }
  if (merged.target_type === "slack") {
    if (!isTruthy(merged.integration_id)) throw validationError("integration_id", "A Slack integration is required for Slack subscriptions.");
    throw validationError("integration_id", "This integration does not exist or does not belong to your team.");
  }
  const target = attrs.target_value || existing?.target_value;
  if (merged.target_type === "webhook" && target) {
    const reason = blockedUrlReason(target);
    if (reason !== void 0) throw validationError("target_value", `Invalid webhook URL: ${reason}`);
  }
}

// src/emulator/resources/subscriptions.ts
var TARGET_TYPES = ["email", "slack", "webhook"];
var FREQUENCIES = ["daily", "weekly", "monthly", "yearly"];
var WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
var CONTENT_TYPES = ["insight", "dashboard", "ai_prompt"];
var UNITS = { daily: "day", weekly: "week", monthly: "month", yearly: "year" };
var POSITIONS = { "1": "first", "2": "second", "3": "third", "4": "fourth", "-1": "last" };
var subscriptionsResource = {
  segment: "subscriptions",
  scopeObject: "subscription",
  environmentsAlias: false,
  throttle: "default",
  handle: routeViewset({
    list: listSubscriptions,
    create: createSubscription,
    detail: {
      find: (context, id) => findByIntegerId(filterByParams(subscriptionsOf(context.project), context.query), id),
      retrieve: ({ state, project }, record2) => ok(serializeSubscription(state, project, record2)),
      update: updateSubscription,
      destroy: "forbidden"
    }
  })
};
function subscriptionsOf(project) {
  project.subscriptions ??= [];
  return project.subscriptions;
}
function filterByParams(records, query) {
  let out = records;
  const insight = query.get("insight");
  if (insight !== null) out = out.filter((record2) => String(record2.insight_id) === insight);
  const dashboard = query.get("dashboard");
  if (dashboard !== null) out = out.filter((record2) => String(record2.dashboard_id) === dashboard);
  const deleted = query.get("deleted");
  if (deleted !== null) out = out.filter((record2) => record2.deleted === parseBooleanText(deleted));
  return out;
}
function summarize(record2) {
  const unit = UNITS[record2.frequency];
  if (unit === void 0) return "sent on a schedule";
  let summary = `sent every ${record2.interval > 1 ? `${record2.interval} ${unit}s` : unit}`;
  if (record2.byweekday !== null && record2.byweekday.length > 0 && record2.bysetpos !== null && record2.bysetpos !== 0) {
    const position = POSITIONS[String(record2.bysetpos)];
    if (position === void 0) return "sent on a schedule";
    const days = record2.byweekday;
    const weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday"];
    const label = days.length === 1 ? days[0].charAt(0).toUpperCase() + days[0].slice(1) : new Set(days).size === 5 && weekdays.every((day) => days.includes(day)) ? "weekday" : "day";
    summary += ` on the ${position} ${label}`;
  }
  return summary;
}
function findInsight3(state, id) {
  return id === null ? void 0 : state.projects.flatMap((project) => project.insights).find((insight) => insight.id === id);
}
function serializeSubscription(state, project, record2) {
  const insight = findInsight3(state, record2.insight_id);
  const dashboard = record2.dashboard_id === null ? void 0 : project.dashboards.find((candidate) => candidate.id === record2.dashboard_id);
  return {
    id: record2.id,
    content_type: record2.content_type,
    dashboard: record2.dashboard_id,
    insight: record2.insight_id,
    insight_short_id: insight?.short_id ?? null,
    resource_name: insight !== void 0 ? insight.name || insight.derived_name : dashboard !== void 0 ? dashboard.name || "Dashboard" : null,
    dashboard_export_insights: [...record2.dashboard_export_insights].sort((a, b) => a - b),
    prompt: null,
    ai_config: null,
    target_type: record2.target_type,
    target_value: record2.target_value,
    frequency: record2.frequency,
    interval: record2.interval,
    byweekday: record2.byweekday,
    bysetpos: record2.bysetpos,
    count: record2.count,
    start_date: record2.start_date,
    until_date: record2.until_date,
    created_at: record2.created_at,
    created_by: record2.created_by,
    deleted: record2.deleted,
    enabled: record2.enabled,
    title: record2.title,
    summary: summarize(record2),
    next_delivery_date: record2.next_delivery_date,
    integration_id: record2.integration_id,
    // A serializer field the model lacks, with `allow_null`: DRF reads it back as null.
    invite_message: null,
    summary_enabled: record2.summary_enabled,
    summary_prompt_guide: record2.summary_prompt_guide
  };
}
function readRelated(context, body, key) {
  if (!hasField(body, key)) return void 0;
  const value = body[key];
  if (value === null) return null;
  if (typeof value === "boolean" || typeof value !== "number" && typeof value !== "string") {
    throw validationError(key, `Incorrect type. Expected pk value, received ${describePythonType(value)}.`, "incorrect_type");
  }
  const rows = key === "insight" ? context.state.projects.flatMap((project) => project.insights.map((row) => ({ id: row.id, project }))) : context.state.projects.flatMap((project) => project.dashboards.map((row) => ({ id: row.id, project })));
  const found = rows.find((row) => String(row.id) === String(value).trim());
  if (found === void 0) throw validationError(key, `Invalid pk "${String(value)}" - object does not exist.`, "does_not_exist");
  if (found.project !== context.project) throw validationError(key, `This ${key} does not belong to your team.`);
  return found.id;
}
function readDateTime(body, key, allowNull) {
  if (!hasField(body, key)) return void 0;
  if (body[key] === null) {
    if (allowNull) return null;
    throw validationError(key, "This field may not be null.", "null");
  }
  return coerceDateTime(body[key], [key]);
}
function readAttrs2(context, body, creating) {
  const attrs = {};
  const set = (key, value) => {
    if (value !== void 0) attrs[key] = value;
  };
  set("content_type", readChoice(body, "content_type", CONTENT_TYPES));
  set("dashboard_id", readRelated(context, body, "dashboard"));
  set("insight_id", readRelated(context, body, "insight"));
  if (hasField(body, "dashboard_export_insights")) {
    const value = body.dashboard_export_insights;
    if (!Array.isArray(value)) throw validationError("dashboard_export_insights", "Expected a list of insight IDs.");
    if (value.some((item) => typeof item !== "number" || !Number.isInteger(item))) throw validationError("dashboard_export_insights", "All items must be integers.");
    attrs.dashboard_export_insights = value;
  }
  set("prompt", readString(body, "prompt", { allowNull: true, allowBlank: true }));
  set("target_type", readChoice(body, "target_type", TARGET_TYPES, { required: creating }));
  set("target_value", readString(body, "target_value", { required: creating }) ?? void 0);
  set("frequency", readChoice(body, "frequency", FREQUENCIES, { required: creating }));
  set("interval", readInteger(body, "interval", { min: -2147483648, max: 2147483647 }) ?? void 0);
  set("count", readInteger(body, "count", { allowNull: true }));
  const weekdays = readList(body, "byweekday", { allowNull: true });
  if (weekdays !== void 0) attrs.byweekday = weekdays === null ? null : weekdays.map((day, index) => String(readChoice({ day }, "day", WEEKDAYS, { path: ["byweekday", index] })));
  set("bysetpos", readInteger(body, "bysetpos", { allowNull: true }));
  if (creating && !hasField(body, "start_date")) throw validationError("start_date", "This field is required.", "required");
  set("start_date", readDateTime(body, "start_date", false) ?? void 0);
  set("until_date", readDateTime(body, "until_date", true));
  set("deleted", readBoolean(body, "deleted") ?? void 0);
  set("enabled", readBoolean(body, "enabled") ?? void 0);
  const title = readString(body, "title", { allowNull: true, allowBlank: true, maxLength: 100 });
  set("title", title);
  set("integration_id", readInteger(body, "integration_id", { allowNull: true }));
  set("invite_message", readString(body, "invite_message", { allowNull: true, allowBlank: true }));
  set("summary_enabled", readBoolean(body, "summary_enabled") ?? void 0);
  set("summary_prompt_guide", readString(body, "summary_prompt_guide", { allowBlank: true, maxLength: 500 }) ?? void 0);
  return attrs;
}
function storedFields(attrs) {
  const { invite_message: _invite, prompt: _prompt, ...fields } = attrs;
  return fields;
}
function createSubscription(context) {
  const { state, project } = context;
  const attrs = readAttrs2(context, readRequestBody(context.body), true);
  validateSubscription(project, attrs, void 0);
  const record2 = {
    id: allocateId(state, "subscription"),
    content_type: "insight",
    dashboard_id: null,
    insight_id: null,
    dashboard_export_insights: [],
    title: null,
    target_type: "email",
    target_value: "",
    frequency: "daily",
    interval: 1,
    count: null,
    byweekday: null,
    bysetpos: null,
    start_date: "",
    until_date: null,
    next_delivery_date: null,
    integration_id: null,
    enabled: true,
    summary_enabled: false,
    summary_prompt_guide: "",
    deleted: false,
    created_at: isoNow(),
    created_by: currentUser(),
    ...storedFields(attrs)
  };
  record2.next_delivery_date = nextDeliveryDate(record2);
  subscriptionsOf(project).push(record2);
  return created(serializeSubscription(state, project, record2));
}
function updateSubscription(context, record2) {
  const { state, project } = context;
  const attrs = readAttrs2(context, readRequestBody(context.body), false);
  validateSubscription(project, attrs, record2);
  const wasDisabled = !record2.enabled;
  const before = JSON.stringify([record2.frequency, record2.count, record2.interval, record2.start_date, record2.until_date, record2.bysetpos, record2.byweekday]);
  const { dashboard_export_insights: selected, ...fields } = storedFields(attrs);
  Object.assign(record2, fields);
  if (selected !== void 0 && selected.length > 0) record2.dashboard_export_insights = [...new Set(selected)];
  const after = JSON.stringify([record2.frequency, record2.count, record2.interval, record2.start_date, record2.until_date, record2.bysetpos, record2.byweekday]);
  if (before !== after || wasDisabled && record2.enabled) record2.next_delivery_date = nextDeliveryDate(record2);
  return ok(serializeSubscription(state, project, record2));
}
function listSubscriptions(context) {
  const { state, project, query } = context;
  let records = filterByParams(subscriptionsOf(project), query);
  if (query.get("deleted") === null) records = records.filter((record2) => !record2.deleted);
  const resourceType = query.get("resource_type");
  if (resourceType === "insight") records = records.filter((record2) => record2.insight_id !== null);
  if (resourceType === "dashboard") records = records.filter((record2) => record2.dashboard_id !== null);
  const targetType = query.get("target_type");
  if (targetType) {
    if (!TARGET_TYPES.includes(targetType)) throw validationError("target_type", `Must be one of: ${[...TARGET_TYPES].sort().join(", ")}.`);
    records = records.filter((record2) => record2.target_type === targetType);
  }
  records = [...records].sort((left, right) => right.created_at.localeCompare(left.created_at) || right.id - left.id);
  const page2 = paginate(records, context.requestUrl);
  return ok({ ...page2, results: page2.results.map((record2) => serializeSubscription(state, project, record2)) });
}

// src/emulator/resources/registry.ts
var RESOURCE_MODULES = new Map(
  [
    dashboardsResource,
    insightsResource,
    featureFlagsResource,
    actionsResource,
    cohortsResource,
    endpointsResource,
    eventDefinitionsResource,
    propertyDefinitionsResource,
    schemaPropertyGroupsResource,
    eventSchemasResource,
    experimentsResource,
    experimentHoldoutsResource,
    experimentSavedMetricsResource,
    annotationsResource,
    alertsResource,
    earlyAccessFeaturesResource,
    messagingTemplatesResource,
    insightVariablesResource,
    warehouseSavedQueriesResource,
    surveysResource,
    productToursResource,
    hogFunctionsResource,
    hogFlowsResource,
    batchExportsResource,
    subscriptionsResource,
    sessionRecordingPlaylistsResource,
    environmentSettingsResource,
    errorTrackingResource,
    logsResource,
    dashboardTemplatesResource,
    activityLogResource,
    queryResource
  ].map((module) => [module.segment, module])
);
var ORGANIZATION_MODULES = new Map([organizationMembersResource].map((module) => [module.segment, module]));

// src/emulator/routing.ts
function parseApiPath(pathname) {
  const trimmed = pathname.replace(/^\//, "").replace(/\/$/, "");
  const segments = trimmed.split("/");
  if (segments.some((segment) => segment === "") || segments.length < 3 || segments.length > 8) return void 0;
  const [api, prefix, projectRef, resource, id, ...rest] = segments.map((segment) => safeDecode(segment));
  const action = rest.length > 0 ? rest.join("/") : void 0;
  if (api !== "api" || prefix !== "projects" && prefix !== "environments" || projectRef === void 0) return void 0;
  return { prefix, projectRef, resource, id, action };
}
function safeDecode(segment) {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
function parseOrganizationPath(pathname) {
  const segments = pathname.replace(/^\//, "").replace(/\/$/, "").split("/");
  if (segments.some((segment) => segment === "") || segments.length < 4 || segments.length > 5) return void 0;
  const [api, prefix, organizationRef, resource, id] = segments.map((segment) => safeDecode(segment));
  if (api !== "api" || prefix !== "organizations" || organizationRef === void 0 || resource === void 0) return void 0;
  return { organizationRef, resource, id };
}

// src/emulator/resources/current-user.ts
function isCurrentUserPath(pathname) {
  return /^\/api\/users\/@me\/?$/.test(pathname);
}
function serveCurrentUser(method, settings) {
  if (method !== "GET") throw methodNotAllowed(method);
  const { id, uuid, distinct_id, first_name, last_name, email, is_email_verified, role_at_organization } = EMULATOR_USER;
  return { id, uuid, distinct_id, first_name, last_name, email, is_email_verified, role_at_organization, is_staff: settings.staffUser !== false };
}

// src/emulator/server.ts
var DEFAULT_KEYS = [{ key: "phx_emulator", scopes: ["*"] }];
var DEFAULT_PROJECTS = [{ id: 1, name: "Default project" }];
var READ_METHODS = /* @__PURE__ */ new Set(["GET", "HEAD", "OPTIONS"]);
var PERSIST_IDLE_MS = 200;
var PERSIST_MAX_DELAY_MS = 2e3;
async function startEmulator(options = {}) {
  const config = {
    host: options.host ?? "127.0.0.1",
    port: options.port ?? 0,
    stateFile: options.stateFile,
    projects: (options.projects ?? DEFAULT_PROJECTS).map((project) => ({ id: project.id, name: project.name ?? `Project ${project.id}` })),
    keys: options.keys ?? DEFAULT_KEYS,
    rateLimits: options.rateLimits ?? POSTHOG_RATE_LIMITS,
    latencyMs: options.latencyMs ?? 0,
    adminKey: options.adminKey ?? DEFAULT_ADMIN_KEY,
    persons: options.persons ?? [],
    settings: { insightDashboardsOptInEnforced: options.insightDashboardsOptInEnforced ?? true, enterprise: options.enterprise ?? true, tagging: options.tagging ?? true, posthogFeatureFlags: options.posthogFeatureFlags ?? {}, staffUser: options.staffUser ?? true }
  };
  await prepareHogQLParser();
  const emulator = new Emulator(config);
  return emulator.listen();
}
function createInitialState(projects, persons) {
  const state = { version: STATE_VERSION, sequences: {}, projects: projects.map((project) => createProjectState(project.id, project.name)) };
  seedPersons(state.projects, persons);
  return state;
}
var Emulator = class {
  config;
  requests = [];
  faults = new FaultQueue();
  limiter;
  server = createServer((request, response) => {
    this.serve(request, response).catch(() => {
      if (!response.headersSent) this.send(response, { status: 500, body: serverError().body });
      else response.destroy();
    });
  });
  /**
   * When each connection's handshake is over under `latencyMs`: on a real network a new connection
   * spends a round trip on TCP's handshake before its first request can leave, so the bench's
   * figures charge opening connections as a network would rather than treating them as free.
   */
  handshakes = /* @__PURE__ */ new WeakMap();
  state;
  inFlight = 0;
  /** When the oldest write not yet in the state file happened, and the timer that will save it. */
  unsaved;
  constructor(config) {
    this.config = config;
    this.limiter = new RateLimiter(config.rateLimits);
    if (config.latencyMs > 0) this.server.on("connection", (socket) => this.handshakes.set(socket, delay(config.latencyMs)));
    const loaded = config.stateFile === void 0 ? void 0 : loadStateFile(config.stateFile);
    this.state = loaded ?? createInitialState(config.projects, config.persons);
    for (const project of config.projects) {
      if (!this.state.projects.some((candidate) => candidate.id === project.id)) this.state.projects.push(createProjectState(project.id, project.name));
    }
  }
  async listen() {
    await new Promise((resolve, reject) => {
      this.server.once("error", reject);
      this.server.listen(this.config.port, this.config.host, () => resolve());
    });
    const address = this.server.address();
    const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
    return {
      url: `http://${host}:${address.port}`,
      adminKey: this.config.adminKey,
      requests: this.requests,
      injectFault: (fault) => this.faults.add(parseFault(fault)),
      clearRequests: () => {
        this.requests.length = 0;
      },
      close: () => this.close()
    };
  }
  async close() {
    await new Promise((resolve, reject) => {
      this.server.close((error) => error ? reject(error) : resolve());
      this.server.closeAllConnections();
    });
    if (this.unsaved) this.saveNow();
  }
  async serve(request, response) {
    const method = (request.method ?? "GET").toUpperCase();
    const url = new URL(request.url ?? "/", `http://${request.headers.host ?? this.config.host}`);
    const raw = await readRaw(request);
    if (url.pathname === "/_emulator" || url.pathname.startsWith("/_emulator/")) {
      this.send(response, refuseControlRequest(request.headers, this.config.adminKey) ?? this.control(method, url.pathname, raw));
      return;
    }
    const record2 = { method, path: url.pathname, query: url.search.replace(/^\?/, ""), body: null, status: 0, ...this.inFlight > 0 ? { inFlight: this.inFlight } : {} };
    this.inFlight++;
    try {
      await this.serveApi(request, response, method, url, raw, record2);
    } finally {
      this.inFlight--;
    }
  }
  async serveApi(request, response, method, url, raw, record2) {
    if (this.config.latencyMs > 0) {
      await this.handshakes.get(request.socket);
      await delay(this.config.latencyMs);
    }
    const parsed = parseJson(raw);
    record2.body = parsed.ok ? parsed.value ?? null : raw;
    this.requests.push(record2);
    const fault = this.faults.take(method, url.pathname);
    if (fault !== void 0) {
      if (fault.dropConnection) {
        request.socket.destroy();
        return;
      }
      const reply2 = faultReply(fault);
      record2.status = reply2.status;
      record2.response = reply2.body === void 0 ? null : cloneJson(reply2.body);
      this.send(response, reply2);
      return;
    }
    const reply = this.dispatch(request, method, url, parsed);
    record2.status = reply.status;
    record2.response = reply.body === void 0 ? null : cloneJson(reply.body);
    if (this.mayWrite(method, url)) this.persist();
    this.send(response, reply);
  }
  /** Whether a request may change the state; POSTs PostHog scopes as reads (the query API) never do, so they need no snapshot. */
  mayWrite(method, url) {
    if (READ_METHODS.has(method)) return false;
    const route = parseApiPath(url.pathname);
    const module = route?.resource === void 0 ? void 0 : RESOURCE_MODULES.get(route.resource);
    return module?.scopeActionFor?.({ method, id: route?.id, action: route?.action }) !== "read";
  }
  /** Serves one request as one transaction: a write that fails part-way is undone through its journal. */
  dispatch(request, method, url, parsed) {
    const journal = this.mayWrite(method, url) ? new Journal() : void 0;
    try {
      const reply = this.route(request, method, url, parsed, journal === void 0 ? this.state : journal.track(this.state));
      journal?.commit();
      return reply;
    } catch (error) {
      journal?.rollback();
      if (error instanceof ApiError) return { status: error.status, body: error.body ?? void 0, headers: error.headers };
      return { status: 500, body: serverError().body };
    }
  }
  route(request, method, url, parsed, state) {
    const organizationRoute = parseOrganizationPath(url.pathname);
    if (organizationRoute !== void 0) return this.routeOrganization(request, method, url, parsed, organizationRoute, state);
    if (isCurrentUserPath(url.pathname)) return this.routeCurrentUser(request, method, url, parsed);
    const route = parseApiPath(url.pathname);
    if (route === void 0) throw endpointNotFound();
    let module = route.prefix === "environments" ? environmentSettingsResource : projectSettingsResource;
    if (route.resource !== void 0) {
      module = RESOURCE_MODULES.get(route.resource);
      if (module === void 0 || route.prefix === "environments" && !module.environmentsAlias) throw endpointNotFound();
    }
    const key = authenticate(request.headers, parsed.ok ? parsed.value : void 0, url.searchParams, this.config.keys);
    if (!parsed.ok) throw parseError(`JSON parse error - ${parsed.error}`);
    const projectId = this.resolveProjectId(route.projectRef, key);
    const action = module.scopeActionFor?.({ method, id: route.id, action: route.action }) ?? (READ_METHODS.has(method) ? "read" : "write");
    requireScope(key, activityRouteScope(module.segment, { method, id: route.id, action: route.action }) ?? module.scopeObject, action);
    requireProjectAccess(key, projectId);
    const project = state.projects.find((candidate) => candidate.id === projectId);
    if (project === void 0) throw notFound("Project not found.");
    const wait = this.limiter.consume(key.key, module.throttle);
    if (wait !== void 0) throw throttled(wait);
    const { tagging } = this.config.settings;
    const context = {
      state,
      project,
      method: method === "HEAD" ? "GET" : method,
      id: route.id,
      action: route.action,
      body: parsed.ok ? tagging ? parsed.value : withoutTagWrites(parsed.value) : void 0,
      query: url.searchParams,
      requestUrl: url,
      settings: this.config.settings
    };
    const response = withActivityLog(module.segment, context, () => module.handle(context));
    return tagging ? response : { ...response, body: withTagsHidden(response.body) };
  }
  /** Organization-scoped routes (the members list alerts resolve subscribers from): scopes and throttles as for projects. */
  routeOrganization(request, method, url, parsed, route, state) {
    const module = ORGANIZATION_MODULES.get(route.resource);
    if (module === void 0) throw endpointNotFound();
    const key = authenticate(request.headers, parsed.ok ? parsed.value : void 0, url.searchParams, this.config.keys);
    if (!parsed.ok) throw parseError(`JSON parse error - ${parsed.error}`);
    requireScope(key, module.scopeObject, READ_METHODS.has(method) ? "read" : "write");
    resolveOrganization(route.organizationRef);
    const project = state.projects[0];
    if (project === void 0) throw notFound();
    const wait = this.limiter.consume(key.key, module.throttle);
    if (wait !== void 0) throw throttled(wait);
    const body = parsed.ok ? parsed.value : void 0;
    return module.handle({ state, project, method: method === "HEAD" ? "GET" : method, id: route.id, body, query: url.searchParams, requestUrl: url, settings: this.config.settings });
  }
  /** `/api/users/@me/` (scope `user`), throttled as other reads. */
  routeCurrentUser(request, method, url, parsed) {
    const key = authenticate(request.headers, parsed.ok ? parsed.value : void 0, url.searchParams, this.config.keys);
    requireScope(key, "user", READ_METHODS.has(method) ? "read" : "write");
    const wait = this.limiter.consume(key.key, "default");
    if (wait !== void 0) throw throttled(wait);
    return { status: 200, body: serveCurrentUser(method === "HEAD" ? "GET" : method, this.config.settings) };
  }
  resolveProjectId(reference, key) {
    if (reference === "@current") return key.projectIds?.[0] ?? this.state.projects[0]?.id ?? 0;
    if (!/^\d+$/.test(reference)) throw notFound("Project not found.");
    return Number.parseInt(reference, 10);
  }
  control(method, path, raw) {
    const route = `${method} ${path.replace(/\/$/, "")}`;
    const parsed = parseJson(raw);
    const body = parsed.ok ? parsed.value : void 0;
    switch (route) {
      case "GET /_emulator/requests":
        return { status: 200, body: this.requests };
      case "DELETE /_emulator/requests":
        this.requests.length = 0;
        return { status: 204 };
      case "POST /_emulator/faults":
        try {
          this.faults.add(parseFault(body));
          return { status: 204 };
        } catch (error) {
          return { status: 400, body: { error: error.message } };
        }
      case "POST /_emulator/reset":
        this.state = createInitialState(this.config.projects, this.config.persons);
        this.requests.length = 0;
        this.faults.clear();
        this.limiter.reset();
        this.saveNow();
        return { status: 204 };
      case "POST /_emulator/ingest":
        return this.ingest(body);
      case "GET /_emulator/state":
        return { status: 200, body: this.state };
      default:
        return { status: 404, body: { error: `Unknown emulator control route: ${route}` } };
    }
  }
  ingest(body) {
    if (!isRecord(body)) return { status: 400, body: { error: 'Send a JSON object such as {"event": "signed_up"}.' } };
    const projectId = typeof body.project_id === "number" ? body.project_id : this.state.projects[0]?.id;
    const project = this.state.projects.find((candidate) => candidate.id === projectId);
    if (project === void 0) return { status: 404, body: { error: `Unknown project ${String(projectId)}.` } };
    try {
      const result = ingestEvent(project, body);
      this.persist();
      return { status: 201, body: result };
    } catch (error) {
      return { status: 400, body: { error: error.message } };
    }
  }
  /** Marks the state as changed; the file is written once writes pause, not once per write. */
  persist() {
    if (this.config.stateFile === void 0) return;
    const since = this.unsaved?.since ?? Date.now();
    if (this.unsaved) clearTimeout(this.unsaved.timer);
    const wait = Math.min(PERSIST_IDLE_MS, Math.max(0, since + PERSIST_MAX_DELAY_MS - Date.now()));
    this.unsaved = { since, timer: setTimeout(() => this.saveNow(), wait) };
  }
  saveNow() {
    if (this.unsaved) clearTimeout(this.unsaved.timer);
    this.unsaved = void 0;
    if (this.config.stateFile !== void 0) saveStateFile(this.config.stateFile, this.state);
  }
  send(response, reply) {
    const headers = { ...reply.headers };
    if (reply.body === void 0) {
      response.writeHead(reply.status, headers);
      response.end();
      return;
    }
    const payload = JSON.stringify(reply.body);
    response.writeHead(reply.status, { ...headers, "Content-Type": "application/json", "Content-Length": String(Buffer.byteLength(payload)) });
    response.end(payload);
  }
};
function parseJson(raw) {
  if (raw.trim() === "") return { ok: true, value: void 0 };
  try {
    return { ok: true, value: JSON.parse(raw) };
  } catch (error) {
    return { ok: false, error: error.message };
  }
}
async function readRaw(request) {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  return Buffer.concat(chunks).toString("utf8");
}
function faultReply(fault) {
  const headers = {};
  if (fault.retryAfter !== void 0) headers["Retry-After"] = String(fault.retryAfter);
  if (fault.body !== void 0) return { status: fault.status, body: fault.body, headers };
  if (fault.status === 429) {
    const error = throttled(fault.retryAfter ?? 1);
    return { status: 429, body: error.body, headers: { ...error.headers, ...headers } };
  }
  if (fault.status >= 500) return { status: fault.status, body: serverError().body, headers };
  if (fault.status === 404) return { status: 404, body: notFound().body, headers };
  return { status: fault.status, body: { type: "validation_error", code: "invalid_input", detail: "Injected fault.", attr: null }, headers };
}
export {
  startEmulator
};

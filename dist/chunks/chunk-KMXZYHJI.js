import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/core/json.ts
import { createHash } from "node:crypto";
function isJsonObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function stringifyStable(value, indent) {
  return JSON.stringify(sortKeysDeep(value), null, indent);
}
function sortKeysDeep(value) {
  if (Array.isArray(value)) return value.map((item) => item === void 0 ? null : sortKeysDeep(item));
  if (isJsonObject(value)) {
    const out = {};
    for (const key of Object.keys(value).sort()) {
      const member = value[key];
      if (member !== void 0) out[key] = sortKeysDeep(member);
    }
    return out;
  }
  return value;
}
function isDeepEqual(a, b) {
  if (a === b) return true;
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((item, i) => isDeepEqual(item, b[i]));
  }
  if (isJsonObject(a) && isJsonObject(b)) {
    const keysA = Object.keys(a).filter((k) => a[k] !== void 0);
    const keysB = Object.keys(b).filter((k) => b[k] !== void 0);
    return keysA.length === keysB.length && keysA.every((k) => isDeepEqual(a[k], b[k]));
  }
  return false;
}
function hashJson(value) {
  return createHash("sha256").update(stringifyStable(value)).digest("hex").slice(0, 16);
}

// src/core/model.ts
function formatAddress(address) {
  return `${address.kind}/${address.key}`;
}
function readRef(value) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return void 0;
  const ref2 = value.$ref;
  if (typeof ref2 !== "string") return void 0;
  const slash = ref2.indexOf("/");
  return { kind: ref2.slice(0, slash), key: ref2.slice(slash + 1) };
}

// src/core/spec.ts
function specRef(kind, key) {
  return { $ref: formatAddress({ kind, key }) };
}
function specCall(name, ...args) {
  return { $call: name, $args: args };
}
function readSpecCall(value) {
  if (!isJsonObject(value) || typeof value.$call !== "string" || !Array.isArray(value.$args)) return void 0;
  return { name: value.$call, args: value.$args };
}
function compactSpec(entries) {
  const out = {};
  for (const [name, value] of Object.entries(entries)) if (value !== void 0) out[name] = value;
  return out;
}
function unlessDefault(value, fallback) {
  return value === void 0 || isDeepEqual(value, fallback) ? void 0 : value;
}
function slugKey(name, fallback) {
  const slug = (typeof name === "string" ? name : "").normalize("NFKD").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 80).replace(/-+$/, "");
  return slug === "" ? fallback : slug;
}

// src/core/errors.ts
var ToolError = class extends Error {
  category;
  constructor(category, message) {
    super(message);
    this.name = "ToolError";
    this.category = category;
  }
};
function categoryOf(error) {
  return error instanceof ToolError ? error.category : "internal";
}

// src/core/identity.ts
var TAG_PREFIX = "iac:";
function formatIdentityTag(kind, key) {
  return `${TAG_PREFIX}${kind}:${key}`.toLowerCase();
}
function readIdentityTag(kind, tags) {
  if (!Array.isArray(tags)) return void 0;
  const prefix = `${TAG_PREFIX}${kind}:`;
  const matches = tags.filter((t) => typeof t === "string" && t.toLowerCase().startsWith(prefix)).sort();
  const tag = matches[0];
  return tag === void 0 ? void 0 : tag.slice(prefix.length);
}
function normalizeUserTags(tags) {
  if (!Array.isArray(tags)) return [];
  const names = tags.filter((t) => typeof t === "string").map((t) => t.trim().toLowerCase()).filter((t) => t !== "" && !t.startsWith(TAG_PREFIX));
  return [...new Set(names)].sort();
}
function buildTagPayload(kind, key, userTags) {
  return [formatIdentityTag(kind, key), ...normalizeUserTags(userTags)];
}
var MARKER = /\s*<!-- iac:([a-z-]+):(\S+?)(?: [^>]*)? -->\s*$/;
function readIdentityMarker(kind, text) {
  if (typeof text !== "string") return void 0;
  const match = MARKER.exec(text);
  return match && match[1] === kind ? match[2] : void 0;
}
function stripIdentityMarker(text) {
  return typeof text === "string" ? text.replace(MARKER, "") : "";
}
var FOREIGN_HASH_PLACEHOLDER = "iac:hash:0000000000000000";
function formatMarker(kind, key) {
  return `<!-- iac:${kind}:${key} ${FOREIGN_HASH_PLACEHOLDER} -->`;
}
function appendIdentityMarker(kind, key, text) {
  const body = stripIdentityMarker(text);
  const marker = formatMarker(kind, key);
  return body === "" ? marker : `${body}

${marker}`;
}
function markerLength(kind, key) {
  return appendIdentityMarker(kind, key, "").length + 2;
}
var OWNER_TAG_PREFIX = `${TAG_PREFIX}owner:`;
var OWNER_IN_MARKER = /<!-- iac:[a-z-]+:\S+?(?: iac:hash:\S+)? owner:([a-z0-9._-]+) -->\s*$/;
function readOwner(raw) {
  if (Array.isArray(raw.tags)) {
    const tag = raw.tags.find((t) => typeof t === "string" && t.toLowerCase().startsWith(OWNER_TAG_PREFIX));
    if (tag !== void 0) return tag.slice(OWNER_TAG_PREFIX.length).toLowerCase();
  }
  return findMarkerOwner(raw);
}
function findMarkerOwner(value) {
  for (const member of Object.values(value)) {
    const found = typeof member === "string" ? OWNER_IN_MARKER.exec(member)?.[1] : isJsonObject(member) ? findMarkerOwner(member) : void 0;
    if (found !== void 0) return found;
  }
  return void 0;
}
function isOwnedBy(raw, owner) {
  const found = readOwner(raw);
  return found === void 0 || found === owner;
}
function stampOwner(kind, key, body, owner) {
  if (owner === void 0) return body;
  const out = { ...body };
  const identity = formatIdentityTag(kind, key);
  if (Array.isArray(out.tags) && out.tags.includes(identity)) out.tags = [...out.tags.filter((t) => !(typeof t === "string" && t.startsWith(OWNER_TAG_PREFIX))), `${OWNER_TAG_PREFIX}${owner}`];
  const marker = formatMarker(kind, key);
  const stamp = (object2) => Object.fromEntries(
    Object.entries(object2).map(([field2, value]) => [
      field2,
      typeof value === "string" && value.endsWith(marker) ? `${value.slice(0, -" -->".length)} owner:${owner} -->` : isJsonObject(value) ? stamp(value) : value
    ])
  );
  return stamp(out);
}

// src/core/normalize.ts
function dropNulls(value) {
  if (Array.isArray(value)) return value.map(dropNulls);
  if (!isJsonObject(value)) return value;
  const out = {};
  for (const [key, member] of Object.entries(value)) {
    if (member !== null) out[key] = dropNulls(member);
  }
  return out;
}
function textOrEmpty(value) {
  return typeof value === "string" ? value : "";
}
function flagOr(value, fallback) {
  return typeof value === "boolean" ? value : fallback;
}
function valueOr(value, fallback) {
  return value === void 0 || value === null ? fallback : value;
}

// src/core/schema.ts
function sdkType(schema, sdk) {
  return { ...schema, sdk: { ...schema.sdk, ...sdk } };
}
function describeValue(value) {
  if (value === void 0) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (isJsonObject(value)) return readRef(value) ? `a reference to ${value.$ref}` : "an object";
  return quote(value);
}
function quote(value) {
  const text = JSON.stringify(value);
  return text.length <= 80 ? text : `${text.slice(0, 60)}…" (${String(value).length} characters)`;
}
function join(path, member) {
  return path ? `${path}.${member}` : String(member);
}
function string(options = {}) {
  return {
    describe: "a string",
    form: { kind: "string" },
    check(value, path, report) {
      if (typeof value !== "string") return report(path, `expected a string, got ${describeValue(value)}`);
      if (options.nonEmpty && value.trim() === "") report(path, "must not be empty");
      if (options.max !== void 0 && value.length > options.max) report(path, `must be at most ${options.max} characters (got ${value.length})`);
      if (options.pattern && !options.pattern.test(value)) {
        report(path, `${quote(value)} is invalid: ${options.patternHint ?? `must match ${options.pattern}`}`);
      }
    }
  };
}
function number(options = {}) {
  return {
    describe: "a number",
    form: { kind: "number" },
    check(value, path, report) {
      if (typeof value !== "number" || !Number.isFinite(value)) return report(path, `expected a number, got ${describeValue(value)}`);
      if (options.integer && !Number.isInteger(value)) report(path, `must be a whole number (got ${value})`);
      if (options.min !== void 0 && value < options.min) report(path, `must be at least ${options.min} (got ${value})`);
      if (options.max !== void 0 && value > options.max) report(path, `must be at most ${options.max} (got ${value})`);
    }
  };
}
var boolean = {
  describe: "true or false",
  form: { kind: "boolean" },
  check(value, path, report) {
    if (typeof value !== "boolean") report(path, `expected true or false, got ${describeValue(value)}`);
  }
};
function oneOf(...values) {
  return {
    describe: values.map((v) => JSON.stringify(v)).join(" | "),
    form: { kind: "literal", values },
    check(value, path, report) {
      if (!values.includes(value)) {
        report(path, `expected one of ${values.map((v) => JSON.stringify(v)).join(", ")}, got ${describeValue(value)}`);
      }
    }
  };
}
var json = { describe: "any JSON value", form: { kind: "json" }, check() {
} };
function nullable(inner) {
  return {
    describe: `${inner.describe} or null`,
    form: { kind: "nullable", inner },
    check(value, path, report) {
      if (value !== null) inner.check(value, path, report);
    }
  };
}
function arrayOf(item, options = {}) {
  return {
    describe: `an array of ${item.describe}`,
    form: { kind: "array", item },
    check(value, path, report) {
      if (!Array.isArray(value)) return report(path, `expected an array, got ${describeValue(value)}`);
      if (options.min !== void 0 && value.length < options.min) report(path, `needs at least ${options.min} item(s)`);
      if (options.max !== void 0 && value.length > options.max) report(path, `allows at most ${options.max} item(s)`);
      value.forEach((member, i) => item.check(member, join(path, i), report));
    }
  };
}
function recordOf(member) {
  return {
    describe: `an object of ${member.describe}`,
    form: { kind: "record", member },
    check(value, path, report) {
      if (!isJsonObject(value) || readRef(value)) return report(path, `expected an object, got ${describeValue(value)}`);
      for (const [key, v] of Object.entries(value)) member.check(v, join(path, key), report);
    }
  };
}
function field(schema, options) {
  return { schema, ...options };
}
function required(schema) {
  return { schema, required: true };
}
function object(shape2, options = {}) {
  const fields = Object.fromEntries(Object.entries(shape2).map(([name, entry]) => [name, "check" in entry ? { schema: entry } : entry]));
  return {
    describe: "an object",
    form: { kind: "object" },
    fields,
    check(value, path, report) {
      if (!isJsonObject(value) || readRef(value)) return report(path, `expected an object, got ${describeValue(value)}`);
      for (const [name, field2] of Object.entries(fields)) {
        const member = value[name];
        if (member === void 0) {
          if (field2.required) report(join(path, name), "is required");
          continue;
        }
        field2.schema.check(member, join(path, name), report);
      }
      for (const name of Object.keys(value)) {
        if (!(name in shape2)) {
          const known = Object.keys(shape2).sort().join(", ");
          report(join(path, name), `is not a known field (known fields: ${known})`);
        }
      }
      options.extra?.(value, path, report);
    }
  };
}
function ref(kind, label) {
  return {
    describe: `a ${label}`,
    form: { kind: "ref", target: kind },
    check(value, path, report) {
      const address = readRef(value);
      if (!address) return report(path, `expected a ${label} created with its constructor, got ${describeValue(value)}`);
      if (address.kind !== kind) report(path, `expected a ${label}, got a reference to ${address.kind}/${address.key}`);
    }
  };
}
function anyOf(...schemas) {
  return {
    describe: schemas.map((s) => s.describe).join(" or "),
    form: { kind: "anyOf", options: schemas },
    check(value, path, report) {
      const attempts = schemas.map((schema) => {
        const problems = [];
        schema.check(value, path, (p, m) => problems.push([p, m]));
        return problems;
      });
      if (attempts.some((problems) => problems.length === 0)) return;
      const best = attempts.reduce((a, b) => b.length < a.length ? b : a);
      for (const [p, m] of best) report(p, m);
    }
  };
}

// src/core/plan/diff.ts
function isPrimitiveList(value) {
  return Array.isArray(value) && value.every((v) => v === null || typeof v !== "object");
}
function walk(before, after, path, out) {
  if (isDeepEqual(before, after)) return;
  if (before === void 0) {
    out.push({ path, kind: "add", after });
    return;
  }
  if (after === void 0) {
    out.push({ path, kind: "remove", before });
    return;
  }
  if (isJsonObject(before) && isJsonObject(after)) {
    const keys = [.../* @__PURE__ */ new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    for (const key of keys) walk(before[key], after[key], path ? `${path}.${key}` : key, out);
    return;
  }
  if (Array.isArray(before) && Array.isArray(after) && !isPrimitiveList(before) && !isPrimitiveList(after)) {
    const length = Math.max(before.length, after.length);
    for (let i = 0; i < length; i++) walk(before[i], after[i], `${path}.${i}`, out);
    return;
  }
  out.push({ path, kind: "update", before, after });
}
function diffFields(before, after) {
  const out = [];
  walk(before, after, "", out);
  return out;
}
function touchesPath(change, path) {
  return change.path === path || change.path.startsWith(`${path}.`);
}

// src/core/kinds/define.ts
function defineKind(declaration) {
  const immutable = Object.entries(declaration.schema.fields).flatMap(([name, field2]) => field2.immutable ? [{ path: field2.immutable.path ?? name, reason: field2.immutable.reason }] : []);
  const own = declaration.warn;
  if (immutable.length === 0) return { ...declaration, immutable };
  return {
    ...declaration,
    immutable,
    warn(changes, before, after) {
      const refused = immutable.filter((field2) => changes.some((change) => touchesPath(change, field2.path))).map((field2) => field2.reason);
      return [...refused, ...own?.(changes, before, after) ?? []];
    }
  };
}

// src/core/kinds/property-operators.ts
var PROPERTY_OPERATORS = [
  "exact",
  "is_not",
  "icontains",
  "not_icontains",
  "regex",
  "not_regex",
  "gt",
  "gte",
  "lt",
  "lte",
  "is_set",
  "is_not_set",
  "is_date_exact",
  "is_date_after",
  "is_date_before",
  "in",
  "not_in",
  "icontains_multi",
  "not_icontains_multi",
  "flag_evaluates_to",
  "semver_eq",
  "semver_neq",
  "semver_gt",
  "semver_gte",
  "semver_lt",
  "semver_lte",
  "semver_tilde",
  "semver_caret",
  "semver_wildcard"
];
var propertyOperator = sdkType(oneOf(...PROPERTY_OPERATORS), { type: 'PropertyFilter["operator"]' });

// src/core/kinds/actions.ts
var matching = nullable(oneOf("exact", "contains", "regex"));
var step = sdkType(object({
  event: nullable(string()),
  properties: arrayOf(object({ key: required(string()), value: json, operator: propertyOperator, type: string() })),
  selector: nullable(string()),
  tag_name: nullable(string()),
  text: nullable(string()),
  text_matching: matching,
  href: nullable(string()),
  href_matching: matching,
  url: nullable(string()),
  url_matching: matching
}), { name: "ActionStep", doc: "One step of an action; steps are OR-ed." });
function normalizeStep(value) {
  const raw = isJsonObject(value) ? dropNulls(value) : {};
  const { selector_regex: _regex, ...stepFields } = raw;
  const out = { ...stepFields };
  if (typeof out.url === "string") out.url_matching ??= "contains";
  else delete out.url_matching;
  if (typeof out.text === "string") out.text_matching ??= "exact";
  else delete out.text_matching;
  if (typeof out.href === "string") out.href_matching ??= "exact";
  else delete out.href_matching;
  if (Array.isArray(out.properties) && out.properties.length === 0) delete out.properties;
  return out;
}
function specStep(value) {
  const { url_matching, text_matching, href_matching, ...rest } = isJsonObject(value) ? value : {};
  return compactSpec({
    ...rest,
    url_matching: unlessDefault(url_matching, "contains"),
    text_matching: unlessDefault(text_matching, "exact"),
    href_matching: unlessDefault(href_matching, "exact")
  });
}
function canonical(source) {
  return {
    name: textOrEmpty(source.name),
    description: textOrEmpty(source.description),
    steps: (Array.isArray(source.steps) ? source.steps : []).map(normalizeStep),
    post_to_slack: flagOr(source.post_to_slack, false),
    slack_message_format: textOrEmpty(source.slack_message_format),
    tags: normalizeUserTags(source.tags)
  };
}
var actions = defineKind({
  name: "actions",
  label: "action",
  constructorName: "action",
  folder: "actions",
  references: [],
  sdk: { spec: "Action", doc: "Fields of `action()`.", constructorDoc: "Defines an action." },
  readme: { resource: "Actions", sdk: "`action()`", identity: "tag" },
  ui: { path: "data-management/actions" },
  api: { collection: "actions", remove: "soft" },
  unique: { field: "name", desired: (_key, fields) => fields.name, live: (raw) => raw.name },
  schema: object({
    key: required(string({ pattern: /^[a-zA-Z0-9_.-]+$/, patternHint: "use letters, digits, '-', '_' and '.'", max: 200 })),
    name: required(string({ nonEmpty: true, max: 400 })),
    description: string(),
    steps: required(arrayOf(step, { min: 1 })),
    post_to_slack: boolean,
    slack_message_format: string(),
    pinned_at: field(nullable(string()), { doc: "Pins the action when set (PostHog stores the time it was pinned, whatever the value), unpins it when null; compared only when declared." }),
    tags: arrayOf(string({ max: 255 }))
  }),
  toDesired(spec) {
    const fields = canonical(spec);
    if (spec.pinned_at !== void 0) fields.pinned = spec.pinned_at !== null && spec.pinned_at !== "";
    return { fields, dependsOn: [] };
  },
  declaredOnly: ["pinned"],
  identify(raw) {
    return readIdentityTag("actions", raw.tags);
  },
  toObserved(raw) {
    return { ...canonical(raw), pinned: typeof raw.pinned_at === "string" && raw.pinned_at !== "" };
  },
  toPayload(key, fields, _lookup, _action, before) {
    const { pinned, ...rest } = fields;
    const pin = pinned === void 0 || before?.pinned === pinned ? {} : { pinned_at: pinned === true ? (/* @__PURE__ */ new Date(0)).toISOString() : null };
    return { ...rest, ...pin, tags: buildTagPayload("actions", key, fields.tags) };
  },
  proposeKey(raw) {
    return slugKey(raw.name, `action-${String(raw.id)}`);
  },
  toSpec(fields, key) {
    return compactSpec({
      key,
      name: fields.name,
      description: unlessDefault(fields.description, ""),
      steps: fields.steps.map(specStep),
      post_to_slack: unlessDefault(fields.post_to_slack, false),
      slack_message_format: unlessDefault(fields.slack_message_format, ""),
      tags: unlessDefault(fields.tags, [])
    });
  }
});

// src/core/kinds/alerts.ts
var CONDITIONS = ["absolute_value", "relative_increase", "relative_decrease"];
var INTERVALS = ["hourly", "daily", "weekly", "monthly"];
function canonicalThreshold(value) {
  if (!isJsonObject(value)) return null;
  const bounds = {};
  if (isJsonObject(value.bounds)) {
    for (const side of ["lower", "upper"]) if (typeof value.bounds[side] === "number") bounds[side] = value.bounds[side];
  }
  return { type: valueOr(value.type, "absolute"), bounds };
}
function emailsOf(users) {
  const emails = (Array.isArray(users) ? users : []).map((user) => isJsonObject(user) ? user.email : user).filter((email) => typeof email === "string");
  return [...new Set(emails.map((email) => email.trim().toLowerCase()))].sort();
}
function describeBounds(threshold) {
  if (!isJsonObject(threshold) || !isJsonObject(threshold.bounds)) return "no threshold";
  const unit = threshold.type === "percentage" ? "%" : "";
  const parts = [];
  if (typeof threshold.bounds.lower === "number") parts.push(`below ${threshold.bounds.lower}${unit}`);
  if (typeof threshold.bounds.upper === "number") parts.push(`above ${threshold.bounds.upper}${unit}`);
  return parts.join(" or ");
}
function summarizeAlert(changes, before, after) {
  if (before === void 0 || after === void 0) return [];
  const lines = [];
  const touched = (name) => changes.some((change) => change.path === name || change.path.startsWith(`${name}.`));
  if (touched("threshold")) lines.push(`alert when ${describeBounds(after.threshold)} (was ${describeBounds(before.threshold)})`);
  if (touched("condition")) lines.push(`condition ${String(before.condition).replace("_", " ")} → ${String(after.condition).replace("_", " ")}`);
  if (touched("calculation_interval")) lines.push(`checked ${String(after.calculation_interval)} (was ${String(before.calculation_interval)})`);
  if (touched("enabled")) lines.push(after.enabled === true ? "alert enabled" : "alert disabled");
  if (touched("subscribed_users")) {
    const was = new Set(before.subscribed_users);
    const now = new Set(after.subscribed_users);
    const added = [...now].filter((email) => !was.has(email)).map((email) => `+${email}`);
    const removed = [...was].filter((email) => !now.has(email)).map((email) => `-${email}`);
    lines.push(`subscribers ${[...added, ...removed].join(", ")}`);
  }
  return lines;
}
async function readMemberIds(api) {
  const project = await api.get(`/api/environments/${api.projectId}/`);
  const organization = typeof project?.organization === "string" ? project.organization : "@current";
  const ids = /* @__PURE__ */ new Map();
  for (let offset = 0; ; offset += 100) {
    const page = await api.get(`/api/organizations/${organization}/members/?limit=100&offset=${offset}`);
    const results = Array.isArray(page?.results) ? page.results : [];
    for (const member of results) {
      if (isJsonObject(member) && isJsonObject(member.user) && typeof member.user.email === "string") ids.set(member.user.email.toLowerCase(), member.user.id ?? null);
    }
    if (typeof page?.next !== "string" || results.length === 0) return ids;
  }
}
async function convergeSubscribers({ api, id, fields }) {
  const wanted = fields.subscribed_users;
  const live = await api.get(`alerts/${String(id)}/`);
  if (isDeepEqual(emailsOf(live?.subscribed_users), wanted)) return;
  const members = await readMemberIds(api);
  const unknown = wanted.filter((email) => !members.has(email));
  if (unknown.length > 0) throw new ToolError("api", `no member of the project's organization has the email ${unknown.join(", ")}; alerts can only notify members`);
  await api.patch(`alerts/${String(id)}/`, { subscribed_users: wanted.map((email) => members.get(email)) });
}
var alerts = defineKind({
  name: "alerts",
  label: "alert",
  constructorName: "alert",
  folder: "alerts",
  references: ["insights"],
  sdk: { spec: "Alert", doc: "Fields of `alert()`.", constructorDoc: "Defines an alert on a trends insight: PostHog checks one series against a threshold and emails the subscribers when it fires." },
  readme: { resource: "Insight alerts", sdk: "`alert()` on an insight, with a threshold, condition, check interval and subscribers by email", identity: "description marker" },
  // An alert is shown on its insight's page, so the link goes there.
  ui: { path: "insights", idField: "insight.short_id" },
  api: { collection: "alerts", remove: "hard" },
  schema: object({
    key: required(string({ pattern: /^[a-zA-Z0-9_.-]+$/, patternHint: "use letters, digits, '-', '_' and '.'", max: 200 })),
    name: field(string({ nonEmpty: true, max: 255 }), { required: true, doc: "Shown in the alert list and in the subject of its emails." }),
    insight: field(ref("insights", "insight"), { required: true, doc: "The trends insight the alert checks." }),
    threshold: field(
      object({
        type: field(oneOf("absolute", "percentage"), { doc: "`absolute` (default) compares values, `percentage` compares relative changes." }),
        bounds: required(object({ lower: number(), upper: number() }))
      }),
      { required: true, doc: "Fires when the value is below `lower` or above `upper` (at least one of them)." }
    ),
    condition: field(oneOf(...CONDITIONS), { doc: "What is compared with the threshold: the value (`absolute_value`, default) or its change since the previous interval." }),
    seriesIndex: field(number({ integer: true, min: 0 }), { doc: "Which series of the insight is checked (0, the first, by default)." }),
    checkOngoingInterval: field(boolean, { doc: "Also check the current, incomplete interval (needs an upper bound)." }),
    calculationInterval: field(oneOf(...INTERVALS), { doc: "How often PostHog checks (`daily` by default)." }),
    subscribedUsers: field(arrayOf(string({ nonEmpty: true, max: 254 })), { doc: "Emails of the organization's members to notify." }),
    enabled: field(boolean, { doc: "Whether PostHog checks the alert (true by default)." }),
    skipWeekend: field(boolean, { doc: "Skip checks on Saturdays and Sundays, in the project's time zone." })
  }),
  validate(spec, report) {
    const threshold = isJsonObject(spec.threshold) ? spec.threshold : {};
    const bounds = isJsonObject(threshold.bounds) ? threshold.bounds : {};
    const condition = valueOr(spec.condition, "absolute_value");
    if (typeof bounds.lower !== "number" && typeof bounds.upper !== "number") report("threshold.bounds", "At least one threshold bound (lower or upper) must be provided.");
    if (typeof bounds.lower === "number" && typeof bounds.upper === "number" && bounds.lower > bounds.upper) report("threshold.bounds", "Lower threshold must be less than upper threshold");
    if (condition === "absolute_value" && threshold.type === "percentage") report("threshold.type", "Absolute value alerts require an absolute threshold, but a percentage threshold was configured");
    if (spec.checkOngoingInterval === true && condition !== "relative_decrease" && typeof bounds.upper !== "number") {
      report("checkOngoingInterval", `check_ongoing_interval is only supported for alert condition ${String(condition)} when upper threshold is specified`);
    }
    const emails = Array.isArray(spec.subscribedUsers) ? spec.subscribedUsers.filter((email) => typeof email === "string") : [];
    emails.forEach((email, index) => {
      if (!/^[^\s@]+@[^\s@]+$/.test(email.trim())) report(`subscribedUsers.${index}`, `"${email}" is not an email address`);
    });
  },
  toDesired(spec) {
    const insight = readRef(spec.insight);
    return {
      fields: {
        name: textOrEmpty(spec.name),
        insight: insight?.key ?? null,
        threshold: canonicalThreshold(spec.threshold),
        condition: valueOr(spec.condition, "absolute_value"),
        series_index: valueOr(spec.seriesIndex, 0),
        check_ongoing_interval: flagOr(spec.checkOngoingInterval, false),
        calculation_interval: valueOr(spec.calculationInterval, "daily"),
        subscribed_users: emailsOf(spec.subscribedUsers),
        enabled: flagOr(spec.enabled, true),
        skip_weekend: flagOr(spec.skipWeekend, false)
      },
      dependsOn: insight ? [insight] : []
    };
  },
  identify(raw) {
    return readIdentityMarker("alerts", isJsonObject(raw.threshold) ? raw.threshold.name : void 0);
  },
  toObserved(raw, lookup) {
    const insightId = isJsonObject(raw.insight) ? raw.insight.id : raw.insight;
    const condition = isJsonObject(raw.condition) ? raw.condition.type : void 0;
    const config = isJsonObject(raw.config) ? raw.config : {};
    return {
      name: textOrEmpty(raw.name),
      insight: typeof insightId === "number" || typeof insightId === "string" ? lookup.keyOf("insights", insightId) ?? `#${String(insightId)}` : null,
      threshold: canonicalThreshold(isJsonObject(raw.threshold) ? raw.threshold.configuration : void 0),
      condition: valueOr(condition, "absolute_value"),
      series_index: valueOr(config.series_index, 0),
      check_ongoing_interval: flagOr(config.check_ongoing_interval, false),
      calculation_interval: valueOr(raw.calculation_interval, "daily"),
      subscribed_users: emailsOf(raw.subscribed_users),
      enabled: flagOr(raw.enabled, true),
      skip_weekend: flagOr(raw.skip_weekend, false)
    };
  },
  toPayload(key, fields, lookup, action) {
    const insight = typeof fields.insight === "string" ? lookup.idOf({ kind: "insights", key: fields.insight }) ?? null : null;
    return {
      name: fields.name,
      insight,
      threshold: { name: appendIdentityMarker("alerts", key, ""), configuration: fields.threshold },
      condition: { type: fields.condition },
      config: { type: "TrendsAlertConfig", series_index: fields.series_index, check_ongoing_interval: fields.check_ongoing_interval },
      calculation_interval: fields.calculation_interval,
      enabled: fields.enabled,
      skip_weekend: fields.skip_weekend,
      // Subscribers are ids, which converge looks up by email after the write; a create must send the list.
      ...action === "create" ? { subscribed_users: [] } : {}
    };
  },
  converge: convergeSubscribers,
  proposeKey(raw) {
    return slugKey(raw.name, `alert-${String(raw.id)}`);
  },
  toSpec(fields, key, warn) {
    const insight = fields.insight;
    if (insight?.startsWith("#")) warn(`checks insight ${insight}, which is not pulled; it is left out`);
    const threshold = fields.threshold;
    return compactSpec({
      key,
      name: fields.name,
      insight: insight === null || insight.startsWith("#") ? void 0 : specRef("insights", insight),
      threshold: threshold === null ? void 0 : compactSpec({ type: unlessDefault(threshold.type, "absolute"), bounds: threshold.bounds }),
      condition: unlessDefault(fields.condition, "absolute_value"),
      seriesIndex: unlessDefault(fields.series_index, 0),
      checkOngoingInterval: unlessDefault(fields.check_ongoing_interval, false),
      calculationInterval: unlessDefault(fields.calculation_interval, "daily"),
      subscribedUsers: unlessDefault(fields.subscribed_users, []),
      enabled: unlessDefault(fields.enabled, true),
      skipWeekend: unlessDefault(fields.skip_weekend, false)
    });
  },
  summarize: summarizeAlert
});

// src/core/datetime.ts
var ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2})(?::(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/;
function pad(value, width = 2) {
  return String(value).padStart(width, "0");
}
function canonicalDateTime(text) {
  const match = ISO.exec(text.trim());
  if (match === null) return void 0;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? "0"));
  const fraction = (match[7] ?? "").slice(0, 6).padEnd(6, "0");
  const zone = match[8] ?? "Z";
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return void 0;
  const local = Date.UTC(year, month - 1, day, hour, minute, second);
  if (new Date(local).getUTCDate() !== day) return void 0;
  let offsetMinutes = 0;
  if (zone !== "Z") {
    const digits = zone.slice(1).replace(":", "");
    const hours = Number(digits.slice(0, 2));
    const minutes = Number(digits.slice(2) || "0");
    if (hours > 23 || minutes > 59) return void 0;
    offsetMinutes = (zone.startsWith("-") ? -1 : 1) * (hours * 60 + minutes);
  }
  const utc = new Date(local - offsetMinutes * 6e4);
  const date = `${pad(utc.getUTCFullYear(), 4)}-${pad(utc.getUTCMonth() + 1)}-${pad(utc.getUTCDate())}`;
  const time = `${pad(utc.getUTCHours())}:${pad(utc.getUTCMinutes())}:${pad(utc.getUTCSeconds())}`;
  return `${date}T${time}${/^0+$/.test(fraction) ? "" : `.${fraction}`}Z`;
}

// src/core/kinds/annotations.ts
var CONTENT_MAX = 8192;
var EMOJI_MAX = 16;
function describeScope(fields) {
  if (fields === void 0) return "nowhere";
  if (fields.scope === "dashboard") return `on dashboard ${String(fields.dashboard)}`;
  if (fields.scope === "dashboard_item") return `on insight ${String(fields.insight)}`;
  if (fields.scope === "project") return "for the current project";
  return `with scope ${String(fields.scope)}`;
}
function summarizeAnnotation(changes, before, after) {
  const lines = [];
  if (before === void 0) return lines;
  const touched = (name) => changes.some((change) => change.path === name);
  if (["scope", "dashboard", "insight"].some(touched)) lines.push(`shown ${describeScope(after)} (was ${describeScope(before)})`);
  if (touched("date_marker")) lines.push(`marks ${String(after?.date_marker)} (was ${String(before.date_marker)})`);
  if (touched("hidden_in_user_interface")) lines.push(after?.hidden_in_user_interface === true ? "hidden from the PostHog UI" : "shown in the PostHog UI");
  return lines;
}
function scopedRef(spec, name, scope) {
  const wanted = name === "dashboard" ? "dashboard" : "dashboard_item";
  return scope === wanted ? readRef(spec[name]) : void 0;
}
function observedRef(lookup, kind, id) {
  if (typeof id !== "number" && typeof id !== "string") return null;
  return lookup.keyOf(kind, id) ?? `#${String(id)}`;
}
var annotations = defineKind({
  name: "annotations",
  label: "annotation",
  constructorName: "annotation",
  folder: "annotations",
  references: ["dashboards", "insights"],
  sdk: { spec: "Annotation", doc: "Fields of `annotation()`.", constructorDoc: "Defines an annotation: a note at a point in time on the project's charts, one dashboard or one insight." },
  readme: { resource: "Annotations", sdk: "`annotation()` for the project, a dashboard or an insight", identity: "description marker" },
  ui: { path: "data-management/annotations" },
  api: { collection: "annotations", remove: "soft" },
  schema: object({
    key: required(string({ pattern: /^[a-zA-Z][a-zA-Z0-9_-]*$/, patternHint: "start with a letter; then letters, digits, '-' and '_'", max: 200 })),
    content: field(string({ nonEmpty: true }), { required: true, doc: "The text shown on charts; it also carries the identity marker (a trailing HTML comment)." }),
    dateMarker: field(string({ nonEmpty: true }), { required: true, doc: 'When it happened, as an ISO 8601 date or date-time ("2024-05-01", "2024-05-01T09:30:00Z"); no offset means UTC.' }),
    scope: field(oneOf("project", "dashboard", "dashboard_item"), { doc: "`project` (default): every chart of the project; `dashboard`: one dashboard (declare `dashboard`); `dashboard_item`: one insight (declare `insight`)." }),
    dashboard: field(ref("dashboards", "dashboard"), { doc: 'The dashboard of a `scope: "dashboard"` annotation.' }),
    insight: field(ref("insights", "insight"), { doc: 'The insight of a `scope: "dashboard_item"` annotation.' }),
    emoji: field(string(), { doc: "Shown in place of the default badge." }),
    hidden: field(boolean, { doc: "Hides it from the PostHog UI (it stays readable over the API), e.g. for frequent deploy markers." }),
    creationType: field(oneOf("USR", "GIT"), { doc: "`USR` (default) for a person's note, `GIT` for a deployment or bot." })
  }),
  validate(spec, report) {
    const key = String(spec.key);
    const content = [...textOrEmpty(spec.content).trim()];
    if (content.length + markerLength("annotations", key) > CONTENT_MAX) {
      report("content", `must be at most ${CONTENT_MAX - markerLength("annotations", key)} characters, leaving room for the identity marker (got ${content.length})`);
    }
    if (typeof spec.dateMarker === "string" && canonicalDateTime(spec.dateMarker) === void 0) {
      report("dateMarker", `"${spec.dateMarker}" is not an ISO 8601 date or date-time (e.g. "2024-05-01" or "2024-05-01T09:30:00Z")`);
    }
    if (typeof spec.emoji === "string" && [...spec.emoji].length > EMOJI_MAX) report("emoji", `must be at most ${EMOJI_MAX} characters`);
    const scope = valueOr(spec.scope, "project");
    if (scope === "dashboard" && spec.dashboard === void 0) report("dashboard", 'is required when scope is "dashboard"');
    if (scope === "dashboard_item" && spec.insight === void 0) report("insight", 'is required when scope is "dashboard_item"');
    if (scope !== "dashboard" && spec.dashboard !== void 0) report("dashboard", `is only used when scope is "dashboard" (scope is "${String(scope)}")`);
    if (scope !== "dashboard_item" && spec.insight !== void 0) report("insight", `is only used when scope is "dashboard_item" (scope is "${String(scope)}")`);
  },
  toDesired(spec) {
    const scope = valueOr(spec.scope, "project");
    const dashboard = scopedRef(spec, "dashboard", scope);
    const insight = scopedRef(spec, "insight", scope);
    return {
      fields: {
        // DRF trims CharField input (`trim_whitespace`); the marker follows the trimmed text.
        content: textOrEmpty(spec.content).trim(),
        date_marker: canonicalDateTime(textOrEmpty(spec.dateMarker)) ?? textOrEmpty(spec.dateMarker),
        scope,
        dashboard: dashboard?.key ?? null,
        insight: insight?.key ?? null,
        // `validate_emoji` stores a blank emoji as null.
        emoji: typeof spec.emoji === "string" && spec.emoji !== "" ? spec.emoji : null,
        hidden_in_user_interface: flagOr(spec.hidden, false),
        creation_type: valueOr(spec.creationType, "USR")
      },
      dependsOn: [dashboard, insight].filter((address) => address !== void 0)
    };
  },
  identify(raw) {
    return raw.scope === "organization" ? void 0 : readIdentityMarker("annotations", raw.content);
  },
  toObserved(raw, lookup) {
    const scope = valueOr(raw.scope, "dashboard_item");
    return {
      content: stripIdentityMarker(raw.content),
      date_marker: typeof raw.date_marker === "string" ? canonicalDateTime(raw.date_marker) ?? raw.date_marker : null,
      scope,
      // PostHog records the dashboard and insight an annotation was made from whatever its scope; only its own scope's counts.
      dashboard: scope === "dashboard" ? observedRef(lookup, "dashboards", raw.dashboard_id) : null,
      insight: scope === "dashboard_item" ? observedRef(lookup, "insights", raw.dashboard_item) : null,
      emoji: typeof raw.emoji === "string" && raw.emoji !== "" ? raw.emoji : null,
      // Null (never set) shows the annotation, as false does.
      hidden_in_user_interface: flagOr(raw.hidden_in_user_interface, false),
      creation_type: valueOr(raw.creation_type, "USR")
    };
  },
  toPayload(key, fields, lookup) {
    const idOf = (kind, name) => typeof name === "string" ? lookup.idOf({ kind, key: name }) ?? null : null;
    return {
      content: appendIdentityMarker("annotations", key, fields.content),
      date_marker: fields.date_marker,
      scope: fields.scope,
      dashboard_id: idOf("dashboards", fields.dashboard),
      dashboard_item: idOf("insights", fields.insight),
      emoji: fields.emoji,
      hidden_in_user_interface: fields.hidden_in_user_interface,
      creation_type: fields.creation_type
    };
  },
  proposeKey(raw) {
    const slug = slugKey(stripIdentityMarker(raw.content), `annotation-${String(raw.id)}`);
    return /^[a-z]/.test(slug) ? slug : `annotation-${slug}`;
  },
  toSpec(fields, key, warn) {
    const reference = (kind, label, value) => {
      if (typeof value !== "string") return void 0;
      if (!value.startsWith("#")) return specRef(kind, value);
      warn(`is shown on ${label} ${value}, which is not pulled; it is left out`);
      return void 0;
    };
    return compactSpec({
      key,
      content: fields.content,
      dateMarker: fields.date_marker,
      scope: unlessDefault(fields.scope, "project"),
      dashboard: reference("dashboards", "dashboard", fields.dashboard),
      insight: reference("insights", "insight", fields.insight),
      emoji: fields.emoji === null ? void 0 : fields.emoji,
      hidden: unlessDefault(fields.hidden_in_user_interface, false),
      creationType: unlessDefault(fields.creation_type, "USR")
    });
  },
  summarize: summarizeAnnotation
});

// src/core/kinds/cohort-refs.ts
function mapCohortFilters(value, map) {
  if (Array.isArray(value)) return value.map((item) => mapCohortFilters(item, map));
  if (!isJsonObject(value)) return value;
  const out = {};
  for (const [key, member] of Object.entries(value)) out[key] = mapCohortFilters(member, map);
  const isCohortFilter = out.type === "cohort" ? out.cohort !== void 0 || out.value !== void 0 : readRef(out.cohort) !== void 0;
  return isCohortFilter ? map(out) : out;
}
function canonicalCohortRefs(value) {
  return mapCohortFilters(value, (filter) => {
    const address = readRef(filter.cohort);
    if (!address) return filter;
    const { value: _value, ...rest } = filter;
    return { ...rest, type: "cohort", key: "id", cohort: address.key };
  });
}
function observedCohortRefs(value, lookup) {
  return mapCohortFilters(value, (filter) => {
    const id = filter.value;
    const key = typeof id === "number" || typeof id === "string" ? lookup.keyOf("cohorts", id) : void 0;
    if (key === void 0) return filter;
    const { value: _value, ...rest } = filter;
    return { ...rest, key: "id", cohort: key };
  });
}
function resolveCohortRefs(value, lookup) {
  return mapCohortFilters(value, (filter) => {
    if (typeof filter.cohort !== "string") return filter;
    const { cohort, ...rest } = filter;
    return { ...rest, value: lookup.idOf({ kind: "cohorts", key: cohort }) ?? null };
  });
}
function specCohortRefs(value, warn) {
  return mapCohortFilters(value, (filter) => {
    if (typeof filter.cohort !== "string") {
      warn(`targets cohort #${String(filter.value)}, which is not pulled; its numeric id is kept and only works in this project`);
      return filter;
    }
    const { cohort, type: _type, key: _key, ...rest } = filter;
    return { cohort: specRef("cohorts", cohort), ...rest };
  });
}
function collectCohortRefs(value) {
  const found = [];
  mapCohortFilters(value, (filter) => {
    if (typeof filter.cohort === "string") found.push({ kind: "cohorts", key: filter.cohort });
    return filter;
  });
  return found;
}

// src/core/kinds/cohorts.ts
var SERVER_FIELDS = /* @__PURE__ */ new Set(["bytecode", "bytecode_error", "conditionHash"]);
function stripServerFields(value) {
  if (Array.isArray(value)) return value.map(stripServerFields);
  if (!isJsonObject(value)) return value;
  const out = {};
  for (const [key, member] of Object.entries(value)) if (!SERVER_FIELDS.has(key)) out[key] = stripServerFields(member);
  return out;
}
var COHORT_TYPES = ["static", "person_property", "behavioral", "realtime", "analytical"];
function canonicalQuery(query, isStatic) {
  return isStatic && isJsonObject(query) ? { query: dropNulls(query) } : {};
}
function canonicalFilters(filters, isStatic) {
  if (isStatic || !isJsonObject(filters)) return null;
  return dropNulls(stripServerFields(filters));
}
var cohorts = defineKind({
  name: "cohorts",
  label: "cohort",
  constructorName: "cohort",
  folder: "cohorts",
  references: ["cohorts"],
  sdk: {
    spec: "CohortSpec",
    doc: "Fields of `cohort()`: dynamic cohorts have `filters`; static ones are empty containers.",
    alias: { name: "Cohort", doc: "A defined cohort; target it from flags with `{ cohort }`." },
    constructorDoc: "Defines a cohort.",
    variants: [{ is_static: { type: "false", optional: true }, filters: "required", query: "omit" }, { is_static: { type: "true" }, filters: "omit" }]
  },
  readme: { resource: "Cohorts", sdk: "`cohort()` (dynamic or static)", identity: "description marker" },
  ui: { path: "cohorts" },
  api: { collection: "cohorts", remove: "soft" },
  schema: object({
    key: required(string({ pattern: /^[a-zA-Z][a-zA-Z0-9_-]*$/, patternHint: "start with a letter; then letters, digits, '-' and '_'", max: 200 })),
    name: required(string({ nonEmpty: true, max: 400 })),
    description: string(),
    is_static: boolean,
    filters: object({ properties: required(sdkType(object({ type: required(oneOf("AND", "OR")), values: required(json) }), { type: "CohortGroup" })) }),
    query: field(sdkType(json, { type: "{ kind: string; [field: string]: unknown }" }), {
      doc: "A static cohort's members, computed once from this query (a HogQL cohort); PostHog cannot change it afterwards.",
      immutable: { reason: "PostHog cannot change a static cohort's query, so apply replaces the cohort: the old one is deleted and a new one is computed from the new query" }
    }),
    cohort_type: field(oneOf(...COHORT_TYPES), { doc: "PostHog derives the type from the filters and checks a declared one against them; compared only when declared." })
  }),
  validate(spec, report) {
    if (spec.is_static === true && spec.filters !== void 0) report("filters", "a static cohort has no filters; its members are added outside definitions");
    if (spec.is_static !== true && spec.filters === void 0) report("filters", "a dynamic cohort needs filters (or set is_static: true)");
    if (spec.query !== void 0 && spec.is_static !== true) report("query", 'PostHog computes a cohort from a query only once, as a static cohort: set is_static: true ("Cannot create a dynamic cohort with a query")');
    if (spec.query !== void 0 && (!isJsonObject(spec.query) || typeof spec.query.kind !== "string")) report("query", 'expected a query node such as { kind: "HogQLQuery", query: "select ..." }');
  },
  toDesired(spec) {
    const isStatic = flagOr(spec.is_static, false);
    const filters = canonicalCohortRefs(canonicalFilters(spec.filters, isStatic));
    const fields = { name: textOrEmpty(spec.name), description: textOrEmpty(spec.description), is_static: isStatic, filters, ...canonicalQuery(spec.query, isStatic) };
    if (typeof spec.cohort_type === "string") fields.cohort_type = spec.cohort_type;
    return { fields, dependsOn: collectCohortRefs(filters) };
  },
  identify(raw) {
    return readIdentityMarker("cohorts", raw.description);
  },
  toObserved(raw, lookup) {
    const isStatic = flagOr(raw.is_static, false);
    return {
      name: textOrEmpty(raw.name),
      description: stripIdentityMarker(raw.description),
      is_static: isStatic,
      filters: observedCohortRefs(canonicalFilters(raw.filters, isStatic), lookup),
      ...canonicalQuery(raw.query, isStatic),
      ...typeof raw.cohort_type === "string" ? { cohort_type: raw.cohort_type } : {}
    };
  },
  declaredOnly: ["cohort_type"],
  toPayload(key, fields, lookup, action) {
    const payload = {
      name: fields.name,
      description: appendIdentityMarker("cohorts", key, fields.description),
      is_static: fields.is_static
    };
    if (fields.filters !== null) payload.filters = resolveCohortRefs(fields.filters, lookup);
    if (action === "create" && fields.query !== void 0) payload.query = fields.query;
    if (fields.cohort_type !== void 0) payload.cohort_type = fields.cohort_type;
    if (action === "create" && fields.is_static === true) payload._create_static_person_ids = [];
    return payload;
  },
  proposeKey(raw) {
    const slug = slugKey(raw.name, `cohort-${String(raw.id)}`);
    return /^[a-z]/.test(slug) ? slug : `cohort-${slug}`;
  },
  toSpec(fields, key, warn) {
    return compactSpec({
      key,
      name: fields.name,
      description: unlessDefault(fields.description, ""),
      is_static: fields.is_static === true ? true : void 0,
      filters: fields.filters === null ? void 0 : specCohortRefs(fields.filters, warn),
      query: fields.query
    });
  }
});

// src/core/kinds/aliases.ts
function readAliased(spec, name, alias) {
  return spec[name] !== void 0 ? spec[name] : spec[alias];
}
function checkAliases(spec, pairs, report) {
  for (const [name, alias] of pairs) {
    if (spec[name] !== void 0 && spec[alias] !== void 0 && !isDeepEqual(spec[name], spec[alias])) {
      report(alias, `is another spelling of ${name}, which is also given with a different value; give only one`);
    }
  }
}

// src/core/ports.ts
function isApiFailure(error) {
  return error instanceof Error && typeof error.uncertain === "boolean";
}

// src/core/kinds/dashboard-tiles.ts
function readLayout(value) {
  if (!isJsonObject(value)) return void 0;
  const { x, y, w, h } = value;
  if (typeof x !== "number" || typeof y !== "number" || typeof w !== "number" || typeof h !== "number") return void 0;
  return { x, y, w, h };
}
function contentOnly(tile) {
  const { layout: _layout, color: _color, ...content } = tile;
  return content;
}
function displayOf(tile) {
  const out = {};
  if (tile.layout !== void 0) out.layouts = layoutsOf(tile);
  if (tile.color !== void 0) out.color = tile.color;
  return out;
}
function sameDisplay(live, wanted) {
  const current = observedTile(live, () => void 0) ?? {};
  return (wanted.layout === void 0 || isDeepEqual(current.layout, wanted.layout)) && (wanted.color === void 0 || current.color === wanted.color);
}
function observedTile(tile, keyOfInsight) {
  if (tile.deleted === true) return void 0;
  const base = {};
  const l = readLayout(isJsonObject(tile.layouts) ? tile.layouts.sm : void 0);
  if (l) base.layout = l;
  if (typeof tile.color === "string" && tile.color !== "") base.color = tile.color;
  if (isJsonObject(tile.insight)) {
    const id = tile.insight.id;
    return { ...base, type: "insight", insight: keyOfInsight(id) ?? `#${id}` };
  }
  if (isJsonObject(tile.button_tile)) {
    const b = tile.button_tile;
    return {
      ...base,
      type: "button",
      text: textOrEmpty(b.text),
      url: textOrEmpty(b.url),
      placement: typeof b.placement === "string" ? b.placement : "left",
      style: typeof b.style === "string" ? b.style : "primary"
    };
  }
  if (isJsonObject(tile.text)) return { ...base, type: "text", body: textOrEmpty(tile.text.body) };
  return void 0;
}
function tileBody(tile) {
  if (tile.type === "text") return { text: { body: tile.body } };
  return { button_tile: { text: tile.text, url: tile.url, placement: tile.placement, style: tile.style } };
}
function layoutsOf(tile) {
  const l = readLayout(tile.layout);
  return l ? { sm: l } : {};
}
async function linkInsight(api, insightId, dashboardId) {
  const insight = await api.get(`insights/${insightId}/`);
  let current;
  if (Array.isArray(insight?.dashboard_tiles)) {
    current = insight.dashboard_tiles.filter(isJsonObject).filter((t) => t.deleted !== true && t.dashboard_id !== void 0).map((t) => t.dashboard_id);
  } else if (Array.isArray(insight?.dashboards)) {
    current = insight.dashboards;
  } else {
    throw new Error(`insight ${insightId} lists neither dashboard_tiles nor dashboards, so adding it to dashboard ${dashboardId} could remove it from others; nothing was sent`);
  }
  await api.patch(`insights/${insightId}/`, { dashboards: [.../* @__PURE__ */ new Set([...current, dashboardId])] });
}
async function createTextTile(api, dashboardId, tile) {
  const body = tile.body;
  if (body === "") return false;
  try {
    await api.post(`dashboards/${dashboardId}/create_text_tile/`, { body, layouts: layoutsOf(tile), ...tile.color !== void 0 ? { color: tile.color } : {} });
    return true;
  } catch (error) {
    if (isApiFailure(error) && error.status === 404 && !error.uncertain) return false;
    throw error;
  }
}
function planTileWrites(live, desired, wantedInsights) {
  const patches = [];
  const claimed = /* @__PURE__ */ new Set();
  for (const wanted of wantedInsights) {
    const tile = live.find((t) => isJsonObject(t.insight) && t.insight.id === wanted.id && !claimed.has(t.id));
    if (!tile) continue;
    claimed.add(tile.id);
    if (!sameDisplay(tile, wanted.tile)) patches.push({ id: tile.id, ...displayOf(wanted.tile) });
  }
  const liveContent = live.filter((t) => !isJsonObject(t.insight));
  const contentOf = (t) => observedTile(t, () => void 0);
  const wantedContent = desired.filter((t) => t.type !== "insight");
  const unmatched = [];
  for (const wanted of wantedContent) {
    const same = liveContent.find((t) => !claimed.has(t.id) && isDeepEqual(contentOnly(contentOf(t) ?? {}), contentOnly(wanted)));
    if (!same) {
      unmatched.push(wanted);
      continue;
    }
    claimed.add(same.id);
    if (!sameDisplay(same, wanted)) patches.push({ id: same.id, ...displayOf(wanted) });
  }
  const newTexts = [];
  for (const wanted of unmatched) {
    const reusable = liveContent.find((t) => !claimed.has(t.id) && contentOf(t)?.type === wanted.type);
    if (reusable) {
      claimed.add(reusable.id);
      const body = tileBody(wanted);
      if (wanted.type === "text" && isJsonObject(reusable.text)) body.text.id = reusable.text.id;
      patches.push({ id: reusable.id, ...body, ...displayOf(wanted) });
    } else if (wanted.type === "text") {
      newTexts.push(wanted);
    } else {
      patches.push({ ...tileBody(wanted), layouts: layoutsOf(wanted), ...displayOf(wanted) });
    }
  }
  for (const tile of live) {
    if (!claimed.has(tile.id)) patches.push({ id: tile.id, deleted: true });
  }
  return { patches, newTexts };
}
var TILE_ROUNDS = 3;
async function convergeTiles({ api, id, fields, idOf }) {
  const desired = fields.tiles ?? [];
  const readTiles = async () => {
    const dashboard = await api.get(`dashboards/${id}/`);
    const tiles = (Array.isArray(dashboard?.tiles) ? dashboard.tiles : []).filter(isJsonObject).filter((t) => t.deleted !== true);
    return tiles.sort((a, b) => Number(a.id) - Number(b.id));
  };
  const wantedInsights = desired.filter((t) => t.type === "insight").map((t) => ({ tile: t, id: idOf({ kind: "insights", key: t.insight }) }));
  for (let round = 1; ; round++) {
    let live = await readTiles();
    const liveInsightIds = new Set(live.filter((t) => isJsonObject(t.insight)).map((t) => t.insight.id));
    const missing = wantedInsights.filter((wanted) => wanted.id !== void 0 && !liveInsightIds.has(wanted.id));
    let { patches, newTexts } = planTileWrites(live, desired, wantedInsights);
    if (missing.length === 0 && patches.length === 0 && newTexts.length === 0) return;
    if (round === TILE_ROUNDS) throw new Error(`the tiles of dashboard ${String(id)} kept changing while this apply wrote them (is another run writing it?); plan again`);
    if (missing.length > 0) {
      for (const wanted of missing) await linkInsight(api, wanted.id, id);
      live = await readTiles();
      ({ patches, newTexts } = planTileWrites(live, desired, wantedInsights));
    }
    for (const wanted of newTexts) {
      if (!await createTextTile(api, id, wanted)) patches.push({ ...tileBody(wanted), layouts: layoutsOf(wanted), ...displayOf(wanted) });
    }
    if (patches.length > 0) await api.patch(`dashboards/${id}/`, { tiles: patches }, { idempotent: patches.every((p) => p.id !== void 0) });
  }
}

// src/core/kinds/dashboard-tile-specs.ts
var GRID_COLUMNS = 12;
var layout = sdkType(object(
  {
    x: required(number({ integer: true, min: 0, max: GRID_COLUMNS - 1 })),
    y: required(number({ integer: true, min: 0 })),
    w: required(number({ integer: true, min: 1, max: GRID_COLUMNS })),
    h: required(number({ integer: true, min: 1 }))
  },
  {
    extra(value, path, report) {
      if (typeof value.x === "number" && typeof value.w === "number" && value.x + value.w > GRID_COLUMNS) {
        report(`${path}.w`, `x + w must fit the ${GRID_COLUMNS}-column grid (x ${value.x} + w ${value.w} = ${value.x + value.w})`);
      }
    }
  }
), { name: "Layout", doc: "A position on the dashboard's 12-column grid; a tile without one is placed by PostHog, and its position is left alone." });
var color = field(nullable(string({ max: 400 })), { doc: "The tile's colour (PostHog's tile `color`); left alone when not given." });
var insightTile = sdkType(object({ type: oneOf("insight"), insight: required(ref("insights", "insight")), layout, color }), { name: "InsightTile", doc: "A tile that shows an insight." });
var textTile = sdkType(object({ type: required(oneOf("text")), body: required(string({ max: 4e3 })), layout, color }), { name: "TextTile", doc: "A markdown text tile." });
var buttonTile = sdkType(object({
  type: required(oneOf("button")),
  text: required(string({ max: 200, nonEmpty: true })),
  url: required(string({ max: 2e3, pattern: /^(https?:\/\/|\/)/, patternHint: "must be an http(s) URL or a path starting with /" })),
  placement: oneOf("left", "right"),
  style: oneOf("primary", "secondary"),
  layout,
  color
}), { name: "ButtonTile", doc: "A link button tile." });
var TILE = sdkType(anyOf(insightTile, textTile, buttonTile), { name: "Tile", doc: "Any dashboard tile." });
var INSIGHT_LAYOUTS = ["preserve", "two_column", "full_width"];
function describeTile(tile) {
  if (tile.type === "insight") return `insight:${tile.insight}`;
  if (tile.type === "text") return `text:${tile.body}`;
  return `button:${tile.text}:${tile.url}:${tile.placement}`;
}
function sortTiles(tiles) {
  const position = (t) => {
    const l = readLayout(t.layout);
    return l ? [l.y, l.x] : [Number.MAX_SAFE_INTEGER, 0];
  };
  return [...tiles].sort((a, b) => {
    const [ya, xa] = position(a);
    const [yb, xb] = position(b);
    if (ya !== yb) return ya - yb;
    if (xa !== xb) return xa - xb;
    const da = describeTile(a);
    const db = describeTile(b);
    return da < db ? -1 : da > db ? 1 : 0;
  });
}
function packTiles(tiles, mode) {
  if (mode !== "two_column" && mode !== "full_width") return tiles;
  return tiles.map((tile, i) => ({
    ...tile,
    layout: mode === "two_column" ? { x: i % 2 * 6, y: Math.floor(i / 2) * 5, w: 6, h: 5 } : { x: 0, y: i * 5, w: GRID_COLUMNS, h: 5 }
  }));
}
function desiredTile(tile) {
  const base = {};
  const l = readLayout(tile.layout);
  if (l) base.layout = l;
  if (typeof tile.color === "string" && tile.color !== "") base.color = tile.color;
  if (tile.type === "text") return { ...base, type: "text", body: tile.body.trim() };
  if (tile.type === "button") {
    return {
      ...base,
      type: "button",
      text: tile.text.trim(),
      url: tile.url.trim(),
      placement: tile.placement ?? "left",
      style: tile.style ?? "primary"
    };
  }
  return { ...base, type: "insight", insight: readRef(tile.insight)?.key ?? "" };
}
function comparedTiles(live, desired) {
  const open = /* @__PURE__ */ new Map();
  for (const tile of (Array.isArray(desired) ? desired : []).filter(isJsonObject)) open.set(describeTile(tile), [...open.get(describeTile(tile)) ?? [], tile]);
  const tiles = (Array.isArray(live) ? live : []).filter(isJsonObject).map((tile) => {
    const wanted = open.get(describeTile(tile))?.shift();
    if (!wanted) return tile;
    const out = { ...tile };
    if (wanted.layout === void 0) delete out.layout;
    if (wanted.color === void 0) delete out.color;
    return out;
  });
  return sortTiles(tiles);
}
function specTile(tile, warn) {
  if (tile.type === "insight" && tile.insight.startsWith("#")) {
    warn(`a tile shows insight ${tile.insight}, which is not pulled; the tile is left out`);
    return void 0;
  }
  const display = { layout: readLayout(tile.layout), color: tile.color };
  if (tile.type === "text") return specCall("text", compactSpec({ body: tile.body, ...display }));
  if (tile.type === "button") {
    return specCall("button", compactSpec({ text: tile.text, url: tile.url, placement: unlessDefault(tile.placement, "left"), style: unlessDefault(tile.style, "primary"), ...display }));
  }
  return compactSpec({ insight: specRef("insights", tile.insight), ...display });
}

// src/core/kinds/dashboards.ts
var RESTRICTION_LEVELS = { everyone: 21, collaborators: 37 };
var ALIASES = [["breakdown_colors", "breakdownColors"]];
var DECLARED_ONLY = ["filters", "variables", "restriction_level", "breakdown_colors", "data_color_theme_id"];
function restrictionLevel(spec) {
  if (spec.restriction_level !== void 0) return spec.restriction_level;
  return typeof spec.restriction === "string" ? RESTRICTION_LEVELS[spec.restriction] : void 0;
}
function canonicalSetting(value) {
  return value === void 0 ? void 0 : dropNulls(value);
}
function summarizeDashboard(changes, before, after) {
  if (!changes.some((c) => c.path.startsWith("tiles"))) return [];
  const label = (t) => t.type === "insight" ? `insight ${t.insight}` : t.type === "text" ? `text "${String(t.body).slice(0, 40)}"` : `button "${t.text}"`;
  const beforeTiles = before?.tiles ?? [];
  const afterTiles = after?.tiles ?? [];
  const lines = [];
  const keys = (tiles) => tiles.map((t) => describeTile(t));
  const beforeKeys = keys(beforeTiles);
  const afterKeys = keys(afterTiles);
  afterTiles.forEach((t, i) => {
    if (!beforeKeys.includes(afterKeys[i])) lines.push(`+ tile: ${label(t)}`);
  });
  beforeTiles.forEach((t, i) => {
    if (!afterKeys.includes(beforeKeys[i])) lines.push(`- tile: ${label(t)}`);
  });
  const moved = afterTiles.filter((t, i) => {
    const j = beforeKeys.indexOf(afterKeys[i]);
    return j >= 0 && !isDeepEqual(beforeTiles[j]?.layout, t.layout);
  });
  if (moved.length > 0) lines.push(`~ layout of ${moved.length} tile(s)`);
  return lines;
}
async function convergeDashboard(context) {
  const { api, id, fields } = context;
  if (fields.variables !== void 0) {
    const live = await api.get(`dashboards/${id}/`);
    if (!isDeepEqual(canonicalSetting(live?.variables) ?? {}, fields.variables)) await api.patch(`dashboards/${id}/`, { variables: fields.variables });
  }
  await convergeTiles(context);
}
var dashboards = defineKind({
  name: "dashboards",
  label: "dashboard",
  constructorName: "dashboard",
  folder: "dashboards",
  references: ["insights"],
  sdk: { spec: "DashboardSpec", doc: "Fields of `dashboard()`.", alias: { name: "Dashboard", doc: "A defined dashboard." }, constructorDoc: "Defines a dashboard and its tiles." },
  readme: { resource: "Dashboards", sdk: "`dashboard()` with `text()`, `button()` and insight tiles", identity: "tag" },
  ui: { path: "dashboard" },
  api: { collection: "dashboards", remove: "soft", readDetail: true },
  schema: object({
    key: required(string({ pattern: /^[a-zA-Z0-9_.-]+$/, patternHint: "use letters, digits, '-', '_' and '.'", max: 200 })),
    name: required(string({ max: 400, nonEmpty: true })),
    description: string(),
    pinned: boolean,
    tags: arrayOf(string({ max: 255 })),
    filters: field(sdkType(recordOf(json), { type: "{ [field: string]: unknown }" }), { doc: "Dashboard-wide filters (date range, properties); compared only when declared." }),
    variables: field(sdkType(recordOf(json), { type: "{ [field: string]: unknown }" }), { doc: "Values of the dashboard's insight variables; compared only when declared." }),
    restriction: field(oneOf("everyone", "collaborators"), { doc: "Who may edit: PostHog's tool's name for `restriction_level` 21 or 37." }),
    restriction_level: field(oneOf(21, 37), { doc: "21: everyone in the project can edit; 37: only collaborators. Compared only when declared." }),
    breakdown_colors: field(json, { doc: "Colours of breakdown values across the dashboard, as PostHog stores them; compared only when declared." }),
    breakdownColors: field(arrayOf(object({ value: required(string()), color: required(string()) })), { doc: "PostHog's tool's form of `breakdown_colors`, sent as written." }),
    data_color_theme_id: field(nullable(number({ integer: true })), { doc: "The id of the project's colour theme to use; compared only when declared." }),
    dataColorThemeKey: field(string(), { doc: "Accepted and not sent, as in PostHog's tool: PostHog names themes by id (`data_color_theme_id`)." }),
    insightLayout: field(oneOf(...INSIGHT_LAYOUTS), { doc: "Packs every tile in written order as PostHog's `reorder_tiles` does: two 6×5 columns or full-width 12×5 rows; `preserve` (the default) keeps written layouts." }),
    tiles: arrayOf(TILE)
  }),
  validate(spec, report) {
    checkAliases(spec, ALIASES, report);
    const level = typeof spec.restriction === "string" ? RESTRICTION_LEVELS[spec.restriction] : void 0;
    if (level !== void 0 && spec.restriction_level !== void 0 && spec.restriction_level !== level) {
      report("restriction", `means restriction_level ${level}, but restriction_level ${String(spec.restriction_level)} is also given; give only one`);
    }
    const seen = /* @__PURE__ */ new Map();
    (Array.isArray(spec.tiles) ? spec.tiles : []).forEach((tile, i) => {
      const address = isJsonObject(tile) ? readRef(tile.insight) : void 0;
      if (!address) return;
      const first = seen.get(address.key);
      if (first !== void 0) report(`tiles.${i}.insight`, `insight "${address.key}" is already on this dashboard (tile ${first + 1}); PostHog allows one tile per insight`);
      else seen.set(address.key, i);
    });
  },
  toDesired(spec) {
    const tiles = (Array.isArray(spec.tiles) ? spec.tiles : []).filter(isJsonObject).map(desiredTile);
    const dependsOn = tiles.filter((t) => t.type === "insight").map((t) => ({ kind: "insights", key: t.insight }));
    const fields = {
      name: textOrEmpty(spec.name),
      description: textOrEmpty(spec.description),
      pinned: flagOr(spec.pinned, false),
      tags: normalizeUserTags(spec.tags),
      tiles: sortTiles(packTiles(tiles, textOrEmpty(spec.insightLayout)))
    };
    const declared = {
      filters: canonicalSetting(spec.filters),
      variables: canonicalSetting(spec.variables),
      restriction_level: restrictionLevel(spec),
      breakdown_colors: canonicalSetting(readAliased(spec, "breakdown_colors", "breakdownColors")),
      data_color_theme_id: spec.data_color_theme_id
    };
    for (const [name, value] of Object.entries(declared)) if (value !== void 0) fields[name] = value;
    return { fields, dependsOn };
  },
  declaredOnly: DECLARED_ONLY,
  compare(live, desired) {
    return { ...live, tiles: comparedTiles(live.tiles, desired.tiles) };
  },
  identify(raw) {
    return readIdentityTag("dashboards", raw.tags);
  },
  toObserved(raw, lookup) {
    const tiles = (Array.isArray(raw.tiles) ? raw.tiles : []).filter(isJsonObject).map((t) => observedTile(t, (id) => lookup.keyOf("insights", id))).filter((t) => t !== void 0);
    return {
      name: textOrEmpty(raw.name),
      description: textOrEmpty(raw.description),
      pinned: flagOr(raw.pinned, false),
      tags: normalizeUserTags(raw.tags),
      tiles: sortTiles(tiles),
      filters: canonicalSetting(raw.filters) ?? {},
      variables: canonicalSetting(raw.variables) ?? {},
      restriction_level: valueOr(raw.restriction_level, 21),
      breakdown_colors: canonicalSetting(raw.breakdown_colors) ?? [],
      data_color_theme_id: valueOr(raw.data_color_theme_id, null)
    };
  },
  toPayload(key, fields) {
    const payload = {
      name: fields.name,
      description: fields.description,
      pinned: fields.pinned,
      tags: buildTagPayload("dashboards", key, fields.tags)
    };
    for (const name of DECLARED_ONLY) if (fields[name] !== void 0) payload[name] = fields[name];
    return payload;
  },
  proposeKey(raw) {
    return slugKey(raw.name, `dashboard-${String(raw.id)}`);
  },
  toSpec(fields, key, warn) {
    const tiles = fields.tiles.map((tile) => specTile(tile, warn)).filter((t) => t !== void 0);
    return compactSpec({
      key,
      name: fields.name,
      description: unlessDefault(fields.description, ""),
      pinned: unlessDefault(fields.pinned, false),
      tags: unlessDefault(fields.tags, []),
      filters: unlessDefault(fields.filters, {}),
      variables: unlessDefault(fields.variables, {}),
      restriction_level: unlessDefault(fields.restriction_level, 21),
      breakdown_colors: unlessDefault(fields.breakdown_colors, []),
      data_color_theme_id: unlessDefault(fields.data_color_theme_id, null),
      tiles: unlessDefault(tiles, [])
    });
  },
  converge: convergeDashboard,
  summarize: summarizeDashboard
});

// src/core/kinds/early-access-features.ts
var STAGES = ["draft", "concept", "alpha", "beta", "general-availability", "archived"];
var ACTIVE_STAGES = ["alpha", "beta", "general-availability"];
function drivesEnrollment(spec) {
  const flag = readRef(spec.featureFlag);
  if (flag === void 0 || !ACTIVE_STAGES.includes(String(spec.stage))) return [];
  return [{ target: flag, from: "stage", fields: { "filters.feature_enrollment": true }, reason: `early access feature "${String(spec.key)}" is in stage ${String(spec.stage)}, which opens its flag to the people who opted in` }];
}
function summarizeFeature(changes, before, after) {
  if (before === void 0 || after === void 0 || !changes.some((change) => change.path === "stage")) return [];
  const opens = !ACTIVE_STAGES.includes(String(before.stage)) && ACTIVE_STAGES.includes(String(after.stage));
  const closes = ACTIVE_STAGES.includes(String(before.stage)) && !ACTIVE_STAGES.includes(String(after.stage));
  const effect = opens ? "; the flag is enabled for people who opted in" : closes ? "; opted-in people no longer get the flag" : "";
  return [`stage ${String(before.stage)} → ${String(after.stage)}${effect}`];
}
var earlyAccessFeatures = defineKind({
  name: "early-access-features",
  label: "early access feature",
  constructorName: "earlyAccessFeature",
  folder: "early-access-features",
  references: ["feature-flags"],
  sdk: { spec: "EarlyAccessFeature", doc: "Fields of `earlyAccessFeature()`.", constructorDoc: "Defines an early access feature, gated by a feature flag." },
  readme: { resource: "Early access features", sdk: "`earlyAccessFeature()` with its stage and a linked flag", identity: "description marker" },
  ui: { path: "early_access_features" },
  api: { collection: "early_access_feature", remove: "hard" },
  schema: object({
    key: required(string({ pattern: /^[a-zA-Z][a-zA-Z0-9_-]*$/, patternHint: "start with a letter; then letters, digits, '-' and '_'", max: 200 })),
    name: required(string({ nonEmpty: true, max: 200 })),
    description: field(string(), { doc: "Shown to people in the opt-in UI; it also carries the identity marker (an HTML comment)." }),
    stage: field(oneOf(...STAGES), { required: true, doc: "`alpha`, `beta` and `general-availability` open the flag to the people who opted in." }),
    documentationUrl: field(string({ max: 800, pattern: /^https?:\/\/\S+$/, patternHint: "must be an http(s) URL" }), { doc: "Shown in the opt-in UI." }),
    payload: field(sdkType(recordOf(json), { type: "Record<string, unknown>" }), { doc: "JSON metadata PostHog serves with the feature." }),
    featureFlag: field(ref("feature-flags", "feature flag"), {
      required: true,
      doc: "The boolean flag that gates the feature; it cannot change after creation.",
      immutable: { path: "feature_flag", reason: "PostHog cannot change an early access feature's flag after creation; apply deletes the feature and creates it anew with the new flag" }
    })
  }),
  toDesired(spec) {
    const flag = readRef(spec.featureFlag);
    return {
      fields: {
        name: textOrEmpty(spec.name),
        // DRF trims CharField input.
        description: textOrEmpty(spec.description).trim(),
        stage: String(spec.stage),
        documentation_url: textOrEmpty(spec.documentationUrl),
        payload: isJsonObject(spec.payload) ? spec.payload : {},
        feature_flag: flag?.key ?? null
      },
      dependsOn: flag ? [flag] : []
    };
  },
  identify(raw) {
    return readIdentityMarker("early-access-features", raw.description);
  },
  toObserved(raw, lookup) {
    const flagId = isJsonObject(raw.feature_flag) ? raw.feature_flag.id : void 0;
    return {
      name: textOrEmpty(raw.name),
      description: stripIdentityMarker(raw.description),
      stage: textOrEmpty(raw.stage),
      documentation_url: textOrEmpty(raw.documentation_url),
      payload: isJsonObject(raw.payload) ? raw.payload : {},
      feature_flag: typeof flagId === "number" || typeof flagId === "string" ? lookup.keyOf("feature-flags", flagId) ?? `#${String(flagId)}` : null
    };
  },
  toPayload(key, fields, lookup, action) {
    const payload = {
      name: fields.name,
      description: appendIdentityMarker("early-access-features", key, fields.description),
      stage: fields.stage,
      documentation_url: fields.documentation_url,
      payload: fields.payload
    };
    if (action === "create" && typeof fields.feature_flag === "string") payload.feature_flag_id = lookup.idOf({ kind: "feature-flags", key: fields.feature_flag }) ?? null;
    return payload;
  },
  drives: drivesEnrollment,
  proposeKey(raw) {
    const slug = slugKey(raw.name, `feature-${String(raw.id)}`);
    return /^[a-z]/.test(slug) ? slug : `feature-${slug}`;
  },
  toSpec(fields, key, warn) {
    const flag = fields.feature_flag;
    if (flag === null || flag.startsWith("#")) warn(flag === null ? "has no feature flag, which a definition needs" : `is gated by feature flag ${flag}, which is not pulled; it is left out`);
    return compactSpec({
      key,
      name: fields.name,
      description: unlessDefault(fields.description, ""),
      stage: fields.stage,
      documentationUrl: unlessDefault(fields.documentation_url, ""),
      payload: unlessDefault(fields.payload, {}),
      featureFlag: flag === null || flag.startsWith("#") ? void 0 : specRef("feature-flags", flag)
    });
  },
  summarize: summarizeFeature
});

// src/core/kinds/action-refs.ts
function mapActionNodes(value, map) {
  if (Array.isArray(value)) return value.map((item) => mapActionNodes(item, map));
  if (!isJsonObject(value)) return value;
  const out = {};
  for (const [key, member] of Object.entries(value)) out[key] = mapActionNodes(member, map);
  return out.kind === "ActionsNode" || out.type === "actions" ? map(out) : out;
}
function canonicalActionRefs(value) {
  return mapActionNodes(value, (node) => {
    const address = readRef(node.action);
    return address?.kind === "actions" ? { ...node, action: address.key } : node;
  });
}
function observedActionRefs(value, lookup) {
  return mapActionNodes(value, (node) => {
    const id = node.id;
    const key = typeof id === "number" || typeof id === "string" ? lookup.keyOf("actions", id) : void 0;
    if (key === void 0) return node;
    const { id: _id, ...rest } = node;
    return { ...rest, action: key };
  });
}
function resolveActionRefs(value, lookup) {
  return mapActionNodes(value, (node) => {
    if (typeof node.action !== "string") return node;
    const { action, ...rest } = node;
    return { ...rest, id: lookup.idOf({ kind: "actions", key: action }) ?? null };
  });
}
function specActionRefs(value, warn) {
  return mapActionNodes(value, (node) => {
    if (typeof node.action !== "string") {
      warn(`counts action #${String(node.id)}, which is not pulled; its numeric id is kept and only works in this project`);
      return node;
    }
    return { ...node, action: specRef("actions", node.action) };
  });
}
function collectActionRefs(value) {
  const found = [];
  mapActionNodes(value, (node) => {
    if (typeof node.action === "string") found.push({ kind: "actions", key: node.action });
    return node;
  });
  return found;
}

// src/core/kinds/query-forms.ts
var INSIGHT_QUERY_KINDS = /* @__PURE__ */ new Set(["TrendsQuery", "FunnelsQuery", "RetentionQuery", "PathsQuery", "StickinessQuery", "LifecycleQuery"]);
var SQL_DISPLAYS = /* @__PURE__ */ new Set(["DataTableNode", "DataVisualizationNode"]);
function inferNodeKind(entry) {
  return !("event" in entry) && ("action" in entry || "id" in entry) ? "ActionsNode" : "EventsNode";
}
function withCompareFilter(source) {
  const filter = source.trendsFilter;
  if (!isJsonObject(filter) || filter.compare === void 0 && filter.compare_to === void 0) return source;
  const { compare, compare_to: compareTo, ...rest } = filter;
  const moved = {};
  if (compare !== void 0) moved.compare = compare;
  if (compareTo !== void 0) moved.compare_to = compareTo;
  const { trendsFilter: _filter, ...others } = source;
  return { ...others, ...Object.keys(rest).length > 0 ? { trendsFilter: rest } : {}, compareFilter: { ...moved, ...isJsonObject(source.compareFilter) ? source.compareFilter : {} } };
}
function storedInsightQuery(query) {
  if (!isJsonObject(query)) return query;
  if (typeof query.kind === "string" && INSIGHT_QUERY_KINDS.has(query.kind)) return { kind: "InsightVizNode", source: withCompareFilter(query) };
  if (query.kind === "HogQLQuery") return { kind: "DataTableNode", source: query };
  if (query.kind === "InsightVizNode" && isJsonObject(query.source)) return { ...query, source: withCompareFilter(query.source) };
  return query;
}
function bareSqlDisplay(node) {
  return isJsonObject(node) && SQL_DISPLAYS.has(String(node.kind)) && isJsonObject(node.source) && node.source.kind === "HogQLQuery" && Object.keys(node).length === 2;
}
function comparedQuery(live, desired) {
  if (bareSqlDisplay(live) && bareSqlDisplay(desired) && live.kind !== desired.kind && isDeepEqual(live.source, desired.source)) return desired;
  return live;
}

// src/core/kinds/query-spec.ts
function stripNodeKinds(entries) {
  if (!Array.isArray(entries) || !entries.every(isJsonObject)) return void 0;
  const out = [];
  for (const entry of entries) {
    if (entry.kind !== void 0 && entry.kind !== inferNodeKind(entry)) return void 0;
    const { kind: _kind, ...rest } = entry;
    out.push(rest);
  }
  return out;
}
function constructorOptions(source) {
  const { kind: _kind, ...options } = source;
  if (options.series !== void 0) {
    const series = stripNodeKinds(options.series);
    if (!series) return void 0;
    options.series = series;
  }
  const filter = options.funnelsFilter;
  if (isJsonObject(filter) && filter.exclusions !== void 0) {
    const exclusions = stripNodeKinds(filter.exclusions);
    if (!exclusions) return void 0;
    options.funnelsFilter = { ...filter, exclusions };
  }
  return options;
}
function hogqlCall(source) {
  if (!isJsonObject(source) || source.kind !== "HogQLQuery" || typeof source.query !== "string") return void 0;
  if (Object.keys(source).some((name) => name !== "kind" && name !== "query" && name !== "values")) return void 0;
  if (source.values !== void 0 && !isJsonObject(source.values)) return void 0;
  return source.values === void 0 ? specCall("hogql", source.query) : specCall("hogql", source.query, source.values);
}
function describeQuery(query) {
  if (!isJsonObject(query)) return "not a query node";
  return isJsonObject(query.source) && typeof query.source.kind === "string" ? `${String(query.kind)}/${query.source.kind}` : String(query.kind);
}
function specInsightQuery(query, constructorName, warn) {
  const node = specActionRefs(query, warn);
  if (constructorName !== void 0 && isJsonObject(node) && isJsonObject(node.source) && Object.keys(node).every((name) => name === "kind" || name === "source")) {
    if (constructorName === "hogql") {
      const call = hogqlCall(node.source);
      if (call) return call;
    } else {
      const options = constructorOptions(node.source);
      if (options) return specCall(constructorName, options);
    }
  }
  warn(`its query (${describeQuery(query)}) has fields or a kind the SDK does not model; it is written with rawQuery()`);
  return specCall("rawQuery", node);
}
function specEndpointQuery(query, warn) {
  const call = hogqlCall(query);
  if (call) return call;
  warn(`its query (${describeQuery(query)}) has fields or a kind the SDK does not model; it is written as a raw query object`);
  return query;
}

// src/core/kinds/endpoints.ts
var FRESHNESS = [900, 1800, 3600, 21600, 43200, 86400, 604800];
var WRAPPERS = /* @__PURE__ */ new Set(["DataVisualizationNode", "DataTableNode", "InsightVizNode"]);
var DECLARED_ONLY2 = ["derived_from_insight", "bucket_overrides"];
var endpoints = defineKind({
  name: "endpoints",
  label: "endpoint",
  constructorName: "endpoint",
  folder: "endpoints",
  references: [],
  sdk: { spec: "Endpoint", doc: "Fields of `endpoint()`.", constructorDoc: "Defines an endpoint (a named query exposed as an API)." },
  readme: { resource: "Endpoints", sdk: "`endpoint()`", identity: "description marker" },
  api: { collection: "endpoints", remove: "hard", pathId: (raw) => String(raw.name) },
  unique: { field: "name", desired: (_key, fields) => fields.name, live: (raw) => raw.name },
  schema: object({
    key: required(string({ pattern: /^[a-zA-Z0-9_.-]+$/, patternHint: "use letters, digits, '-', '_' and '.'", max: 200 })),
    // The name is the endpoint's path; `EndpointCrudService.update` never writes it, so a rename is ignored.
    name: field(string({ pattern: /^[a-zA-Z][a-zA-Z0-9_-]{0,127}$/, patternHint: "must start with a letter, then up to 127 letters, digits, '_' or '-'" }), {
      required: true,
      doc: 'The URL path segment: a letter, then up to 127 letters, digits, "_" or "-".',
      immutable: { reason: "PostHog cannot rename an endpoint (its name is its URL path), so apply replaces it: the endpoint under the old name is deleted and one is created under the new name" }
    }),
    description: string(),
    query: required(sdkType(json, { type: "InsightQuery | InsightQueryNode | HogQLQuery | { kind: string; [field: string]: unknown }" })),
    is_active: boolean,
    is_materialized: field(boolean, { doc: "Materializes the results (HogQL queries); PostHog turns it off for an inactive endpoint." }),
    derived_from_insight: field(nullable(string()), {
      doc: "The short id of the insight this endpoint mirrors (one project's id); compared only when declared.",
      immutable: { reason: "PostHog sets an endpoint's source insight only when it creates the endpoint, so apply replaces it: the endpoint is deleted and created anew under the same name" }
    }),
    data_freshness_seconds: oneOf(...FRESHNESS),
    bucket_overrides: field(sdkType(nullable(recordOf(json)), { type: "{ [column: string]: unknown } | null" }), {
      doc: "Bucket keys by column for a materialized range variable; compared only when declared."
    })
  }),
  validate(spec, report) {
    if (!isJsonObject(spec.query) || typeof spec.query.kind !== "string") report("query", "expected a query node such as hogql(...)");
  },
  toDesired(spec) {
    const fields = {
      name: textOrEmpty(spec.name),
      description: textOrEmpty(spec.description),
      query: dropNulls(unwrap(spec.query)),
      is_active: flagOr(spec.is_active, true),
      is_materialized: flagOr(spec.is_materialized, false),
      data_freshness_seconds: valueOr(spec.data_freshness_seconds, 86400)
    };
    for (const name of DECLARED_ONLY2) if (spec[name] !== void 0) fields[name] = spec[name];
    return { fields, dependsOn: [] };
  },
  declaredOnly: DECLARED_ONLY2,
  identify(raw) {
    return readIdentityMarker("endpoints", raw.description);
  },
  toObserved(raw) {
    return {
      name: textOrEmpty(raw.name),
      description: stripIdentityMarker(raw.description),
      query: raw.query === void 0 ? null : dropNulls(raw.query),
      is_active: flagOr(raw.is_active, true),
      is_materialized: flagOr(raw.is_materialized, false),
      data_freshness_seconds: valueOr(raw.data_freshness_seconds, 86400),
      derived_from_insight: valueOr(raw.derived_from_insight, null),
      bucket_overrides: valueOr(raw.bucket_overrides, null)
    };
  },
  toPayload(key, fields, _lookup, action) {
    const { derived_from_insight: derived, ...rest } = fields;
    return { ...rest, ...action === "create" && derived !== void 0 ? { derived_from_insight: derived } : {}, description: appendIdentityMarker("endpoints", key, fields.description) };
  },
  proposeKey(raw) {
    return textOrEmpty(raw.name);
  },
  toSpec(fields, key, warn) {
    return compactSpec({
      key,
      name: fields.name,
      description: unlessDefault(fields.description, ""),
      query: specEndpointQuery(fields.query, warn),
      is_active: unlessDefault(fields.is_active, true),
      is_materialized: unlessDefault(fields.is_materialized, false),
      data_freshness_seconds: unlessDefault(fields.data_freshness_seconds, 86400)
    });
  }
});
function unwrap(query) {
  if (isJsonObject(query) && WRAPPERS.has(String(query.kind)) && isJsonObject(query.source)) return query.source;
  return query ?? null;
}

// src/core/kinds/event-definitions.ts
async function convergeSchemas({ api, id, fields, idOf }) {
  const links = (await api.list("event_schemas")).filter((link) => link.event_definition === id);
  const linkedGroup = (link) => isJsonObject(link.property_group) ? link.property_group.id : link.property_group_id;
  const wanted = fields.property_groups.map((key) => idOf({ kind: "property-groups", key }));
  for (const groupId of wanted) {
    if (groupId !== void 0 && !links.some((link) => linkedGroup(link) === groupId)) {
      await api.post("event_schemas/", { event_definition: id, property_group_id: groupId });
    }
  }
  for (const link of links) {
    if (!wanted.includes(linkedGroup(link))) await api.delete(`event_schemas/${link.id}/`);
  }
}
var CURATION_DEFAULTS = { description: "", verified: false, hidden: false };
var ALIASES2 = [["enforcement_mode", "enforcementMode"], ["primary_property", "primaryProperty"]];
function sameName(key, name) {
  return typeof key !== "string" || typeof name !== "string" || key.toLowerCase() === name.toLowerCase();
}
function canonical2(source, groups, key) {
  const fields = {
    description: textOrEmpty(source.description),
    tags: normalizeUserTags(source.tags),
    verified: flagOr(source.verified, false),
    hidden: flagOr(source.hidden, false),
    enforcement_mode: valueOr(source.enforcement_mode, "allow"),
    property_groups: [...groups].sort()
  };
  if (!sameName(key, source.name)) fields.name = textOrEmpty(source.name);
  if (typeof source.primary_property === "string" && source.primary_property !== "") fields.primary_property = source.primary_property;
  return fields;
}
var eventDefinitions = defineKind({
  name: "event-definitions",
  label: "event definition",
  constructorName: "eventDefinition",
  folder: "events",
  references: ["property-groups"],
  sdk: {
    spec: "EventDefinition",
    doc: "Fields of `eventDefinition()`; the event name is its key unless `key` is given, kept literal (like the groups) for typed capture.",
    constructorDoc: "Defines an event definition, linked to its property groups.",
    generics: [{ name: "G", constraint: "readonly PropertyGroup[]", default: "readonly PropertyGroup[]" }, { name: "N", constraint: "string", default: "string" }],
    key: { from: "name", overridable: true }
  },
  readme: { resource: "Event definitions", sdk: "`eventDefinition()` (keyed by event name)", identity: "tag" },
  api: { collection: "event_definitions", remove: "hard" },
  // Names are unique; a definition keyed apart from its name cannot adopt an ingested one, so plans warn.
  unique: { field: "name", desired: (key, fields) => typeof fields.name === "string" ? fields.name : key, live: (raw) => raw.name },
  schema: object({
    key: field(string({ nonEmpty: true, max: 400 }), {
      required: true,
      doc: "The identity of the definition (its `iac:event-definitions:<key>` tag); the event name unless given, as PostHog's tool allows."
    }),
    name: field(sdkType(string({ nonEmpty: true, max: 400 }), { type: "N" }), {
      required: true,
      doc: "The event name, as `capture()` sends it; PostHog cannot rename an event definition.",
      immutable: { reason: "PostHog cannot rename an event definition, so apply replaces it: the definition of the old name is deleted and one is created for the new name" }
    }),
    description: string(),
    tags: arrayOf(string({ max: 255 })),
    verified: boolean,
    hidden: boolean,
    enforcement_mode: oneOf("allow", "reject"),
    enforcementMode: field(oneOf("allow", "reject"), { doc: "PostHog's tool's spelling of `enforcement_mode`." }),
    primary_property: nullable(string({ max: 400 })),
    primaryProperty: field(nullable(string({ max: 400 })), { doc: "PostHog's tool's spelling of `primary_property`." }),
    propertyGroups: sdkType(arrayOf(ref("property-groups", "property group")), { type: "G" })
  }),
  validate(spec, report) {
    if (spec.verified === true && spec.hidden === true) report("hidden", "an event cannot be both hidden and verified");
    checkAliases(spec, ALIASES2, report);
    if (!sameName(spec.key, spec.name) && typeof spec.key === "string" && !/^[a-zA-Z0-9_$.:-]+$/.test(spec.key)) {
      report("key", "a key other than the event name may use letters, digits, '_', '$', '.', ':' and '-'");
    }
    if (readAliased(spec, "enforcement_mode", "enforcementMode") === "reject") {
      report(spec.enforcement_mode === void 0 ? "enforcementMode" : "enforcement_mode", 'PostHog refuses "reject" (400) unless it has enabled its internal schema-enforcement-reject flag for the organization; use "allow"');
    }
  },
  toDesired(spec) {
    const groups = (Array.isArray(spec.propertyGroups) ? spec.propertyGroups : []).map(readRef).filter((a) => a !== void 0);
    const source = { ...spec };
    for (const [name, alias] of ALIASES2) source[name] = readAliased(spec, name, alias) ?? null;
    return { fields: canonical2(source, groups.map((g) => g.key), spec.key), dependsOn: groups };
  },
  identify(raw) {
    return readIdentityTag("event-definitions", raw.tags);
  },
  adoptKey(raw) {
    return typeof raw.name === "string" ? raw.name : void 0;
  },
  toObserved(raw, lookup) {
    const groups = lookup.rows("property-groups").filter((group) => Array.isArray(group.events) && group.events.some((e) => isJsonObject(e) && e.id === raw.id)).map((group) => lookup.keyOf("property-groups", group.id) ?? `#${textOrEmpty(group.name)}`);
    return canonical2(raw, groups, readIdentityTag("event-definitions", raw.tags));
  },
  toPayload(key, fields, _lookup, action, before) {
    const payload = {
      tags: buildTagPayload("event-definitions", key, fields.tags),
      enforcement_mode: fields.enforcement_mode,
      primary_property: fields.primary_property ?? null
    };
    const current = before ?? CURATION_DEFAULTS;
    for (const field2 of Object.keys(CURATION_DEFAULTS)) if (!isDeepEqual(fields[field2], current[field2])) payload[field2] = fields[field2];
    if (action === "create") payload.name = fields.name ?? key;
    return payload;
  },
  proposeKey(raw) {
    return textOrEmpty(raw.name);
  },
  toSpec(fields, key, warn) {
    const groups = fields.property_groups.filter((group) => {
      if (!group.startsWith("#")) return true;
      warn(`is linked to property group "${group.slice(1)}", which is not pulled; the link is left out`);
      return false;
    });
    return compactSpec({
      key: fields.name === void 0 ? void 0 : key,
      name: fields.name ?? key,
      description: unlessDefault(fields.description, ""),
      tags: unlessDefault(fields.tags, []),
      verified: unlessDefault(fields.verified, false),
      hidden: unlessDefault(fields.hidden, false),
      enforcement_mode: unlessDefault(fields.enforcement_mode, "allow"),
      primary_property: fields.primary_property,
      propertyGroups: unlessDefault(groups.map((group) => specRef("property-groups", group)), [])
    });
  },
  converge: convergeSchemas
});

// src/core/kinds/experiment-holdouts.ts
function canonicalGroups(value) {
  return (Array.isArray(value) ? value : []).filter(isJsonObject).map((group) => ({
    properties: Array.isArray(group.properties) ? group.properties.map(dropNulls) : [],
    rollout_percentage: valueOr(group.rollout_percentage, 0)
  }));
}
var DESCRIPTION_MAX = 400;
function describeMarkerOverflow(kind, key, description, max) {
  const sent = appendIdentityMarker(kind, key, description);
  if (sent.length <= max) return void 0;
  const room = max - appendIdentityMarker(kind, key, "x").length + 1;
  return room <= 0 ? `the key is too long for PostHog's ${max}-character description, which must also hold the identity marker "${appendIdentityMarker(kind, key, "")}"; use a shorter key` : `is ${textOrEmpty(description).length} characters; with the identity marker this tool appends it would be ${sent.length}, over PostHog's limit of ${max}, so keep it to ${room} characters or use a shorter key`;
}
var experimentHoldouts = defineKind({
  name: "experiment-holdouts",
  label: "experiment holdout",
  constructorName: "experimentHoldout",
  folder: "experiment-holdouts",
  references: [],
  sdk: { spec: "ExperimentHoldout", doc: "Fields of `experimentHoldout()`.", constructorDoc: "Defines an experiment holdout group." },
  readme: { resource: "Experiment holdouts", sdk: "`experimentHoldout()`", identity: "description marker" },
  api: { collection: "experiment_holdouts", remove: "hard" },
  schema: object({
    key: required(string({ pattern: /^[a-zA-Z0-9_.-]+$/, patternHint: "use letters, digits, '-', '_' and '.'", max: 200 })),
    name: required(string({ nonEmpty: true, max: 400 })),
    description: string(),
    filters: required(arrayOf(object({
      properties: sdkType(arrayOf(json), { type: "PropertyFilter[]" }),
      rollout_percentage: required(nullable(number({ min: 0, max: 100 }))),
      variant: field(nullable(string()), { doc: "Ignored, as PostHog ignores it: every group's variant is `holdout-<id>`." })
    }), { min: 1 }))
  }),
  validate(spec, report) {
    (Array.isArray(spec.filters) ? spec.filters : []).forEach((group, i) => {
      if (isJsonObject(group) && group.rollout_percentage === null) {
        report(`filters.${i}.rollout_percentage`, 'PostHog refuses a holdout group without a rollout ("Rollout percentage must be present."); give the share of users held out, 0 to 100');
      }
    });
    const overflow = describeMarkerOverflow("experiment-holdouts", String(spec.key), spec.description, DESCRIPTION_MAX);
    if (overflow !== void 0) report("description", overflow);
  },
  toDesired(spec) {
    return { fields: { name: textOrEmpty(spec.name), description: textOrEmpty(spec.description), filters: canonicalGroups(spec.filters) }, dependsOn: [] };
  },
  identify(raw) {
    return readIdentityMarker("experiment-holdouts", raw.description);
  },
  toObserved(raw) {
    return { name: textOrEmpty(raw.name), description: stripIdentityMarker(raw.description), filters: canonicalGroups(raw.filters) };
  },
  toPayload(key, fields) {
    return { ...fields, description: appendIdentityMarker("experiment-holdouts", key, fields.description) };
  },
  proposeKey(raw) {
    return slugKey(raw.name, `holdout-${String(raw.id)}`);
  },
  toSpec(fields, key) {
    return compactSpec({
      key,
      name: fields.name,
      description: unlessDefault(fields.description, ""),
      filters: fields.filters.map((group) => compactSpec({ properties: unlessDefault(group.properties, []), rollout_percentage: group.rollout_percentage }))
    });
  }
});

// src/core/kinds/experiment-metrics.ts
function withoutServerFields(value) {
  if (Array.isArray(value)) return value.map(withoutServerFields);
  if (!isJsonObject(value)) return value;
  const out = {};
  for (const [key, member] of Object.entries(value)) out[key] = withoutServerFields(member);
  if (out.kind === "ActionsNode") delete out.name;
  return out;
}
function topLevel(metric) {
  if (!isJsonObject(metric)) return metric;
  const { uuid: _uuid, fingerprint: _fingerprint, ...rest } = metric;
  return withoutServerFields(dropNulls(rest));
}
function canonicalMetric(value) {
  return topLevel(canonicalActionRefs(dropNulls(value)));
}
function observedMetric(value, lookup) {
  return topLevel(observedActionRefs(dropNulls(value), lookup));
}
function canonicalMetrics(value) {
  return (Array.isArray(value) ? value : []).map(canonicalMetric);
}
function observedMetrics(value, lookup) {
  return (Array.isArray(value) ? value : []).map((metric) => observedMetric(metric, lookup));
}
function requestMetric(value, lookup) {
  return resolveActionRefs(value, lookup);
}
function specMetrics(value, warn) {
  return specActionRefs(value, warn);
}
function metricActionRefs(value) {
  return collectActionRefs(value);
}
function carryMetricUuids(wanted, live) {
  const liveMetrics = live.filter(isJsonObject);
  const used = /* @__PURE__ */ new Set();
  const exact = wanted.map((metric) => {
    const index = liveMetrics.findIndex((candidate, i) => !used.has(i) && isDeepEqual(topLevel(candidate), topLevel(metric)));
    if (index >= 0) used.add(index);
    return index;
  });
  const spare = liveMetrics.map((_, i) => i).filter((i) => !used.has(i));
  return wanted.map((metric, i) => {
    const index = exact[i] >= 0 ? exact[i] : spare.shift();
    const uuid = index === void 0 ? void 0 : liveMetrics[index].uuid;
    return isJsonObject(metric) && typeof uuid === "string" ? { ...metric, uuid } : metric;
  });
}
function sameMetrics(left, right) {
  return isDeepEqual(left.map(topLevel), right.map(topLevel));
}

// src/core/kinds/experiment-saved-metrics.ts
var DESCRIPTION_MAX2 = 400;
var experimentSavedMetrics = defineKind({
  name: "experiment-saved-metrics",
  label: "experiment saved metric",
  constructorName: "experimentSavedMetric",
  folder: "experiment-saved-metrics",
  references: ["actions"],
  sdk: { spec: "ExperimentSavedMetric", doc: "Fields of `experimentSavedMetric()`.", constructorDoc: "Defines a saved (shared) experiment metric." },
  readme: { resource: "Experiment saved metrics", sdk: "`experimentSavedMetric()`", identity: "tag" },
  api: { collection: "experiment_saved_metrics", remove: "hard" },
  unique: { field: "name", desired: (_key, fields) => fields.name, live: (raw) => raw.name, caseInsensitive: true },
  schema: object({
    key: required(string({ pattern: /^[a-zA-Z0-9_.-]+$/, patternHint: "use letters, digits, '-', '_' and '.'", max: 200 })),
    name: required(string({ nonEmpty: true, max: 400 })),
    description: string(),
    // PostHog's tool types the query as an opaque object; either form is checked as an ExperimentMetric here.
    query: required(sdkType(json, { type: "ExperimentMetric | { [field: string]: unknown }" })),
    tags: arrayOf(string({ max: 255 }))
  }),
  validate(spec, report) {
    const overflow = describeMarkerOverflow("experiment-saved-metrics", String(spec.key), spec.description, DESCRIPTION_MAX2);
    if (overflow !== void 0) report("description", overflow);
    if (!isJsonObject(spec.query) || spec.query.kind !== "ExperimentMetric") report("query", 'expected an ExperimentMetric ({ kind: "ExperimentMetric", metric_type: ... })');
  },
  toDesired(spec) {
    const query = canonicalMetric(spec.query ?? null);
    return {
      fields: { name: textOrEmpty(spec.name), description: textOrEmpty(spec.description), query, tags: normalizeUserTags(spec.tags) },
      dependsOn: metricActionRefs(query)
    };
  },
  identify(raw) {
    return readIdentityTag("experiment-saved-metrics", raw.tags) ?? readIdentityMarker("experiment-saved-metrics", raw.description);
  },
  toObserved(raw, lookup) {
    return { name: textOrEmpty(raw.name), description: stripIdentityMarker(raw.description), query: observedMetric(raw.query ?? null, lookup), tags: normalizeUserTags(raw.tags) };
  },
  toPayload(key, fields, lookup) {
    return {
      ...fields,
      description: appendIdentityMarker("experiment-saved-metrics", key, fields.description),
      query: requestMetric(fields.query, lookup),
      tags: buildTagPayload("experiment-saved-metrics", key, fields.tags)
    };
  },
  proposeKey(raw) {
    return slugKey(raw.name, `saved-metric-${String(raw.id)}`);
  },
  toSpec(fields, key, warn) {
    return compactSpec({ key, name: fields.name, description: unlessDefault(fields.description, ""), query: specMetrics(fields.query, warn), tags: unlessDefault(fields.tags, []) });
  }
});

// src/core/kinds/experiment-converge.ts
var LIFECYCLES = ["draft", "running", "paused", "stopped"];
function readLifecycle(raw) {
  if (raw.status === "exposure_frozen") return "running";
  if (typeof raw.status === "string" && LIFECYCLES.includes(raw.status)) return raw.status;
  if (raw.end_date) return "stopped";
  return raw.start_date ? "running" : "draft";
}
function metricChanges(live, { fields, idOf }) {
  const changes = {};
  for (const field2 of ["metrics", "metrics_secondary"]) {
    const wanted = fields[field2].map((metric) => requestMetric(metric, { idOf }));
    const current = Array.isArray(live[field2]) ? live[field2] : [];
    if (!sameMetrics(wanted, current)) changes[field2] = carryMetricUuids(wanted, current);
  }
  return changes;
}
function holdoutChange(live, holdoutId) {
  if (holdoutId === void 0 || readLifecycle(live) !== "draft") return {};
  const flag = isJsonObject(live.feature_flag) ? live.feature_flag : {};
  const holdout = isJsonObject(flag.filters) && isJsonObject(flag.filters.holdout) ? flag.filters.holdout.id : void 0;
  return String(holdout) === String(holdoutId) ? {} : { holdout_id: holdoutId };
}
async function convergeExperiment(context) {
  const { api, id, fields } = context;
  const path = `experiments/${id}/`;
  let live = await api.get(path);
  if (!live) return;
  const holdoutId = fields.holdout === null ? void 0 : context.idOf({ kind: "experiment-holdouts", key: fields.holdout });
  const changes = { ...metricChanges(live, context), ...holdoutChange(live, holdoutId) };
  if (Object.keys(changes).length > 0) live = await api.patch(path, { ...changes, allow_unknown_events: true });
  let status = readLifecycle(live);
  const wanted = fields.lifecycle;
  const flag = isJsonObject(live.feature_flag) ? live.feature_flag : void 0;
  const activeBefore = flag?.active;
  const act = async (action, body) => {
    live = await api.post(`${path}${action}/`, body);
  };
  if (status !== wanted) {
    if (status === "stopped") throw new Error(`experiment is stopped and cannot return to "${wanted}"; stopped is final in PostHog`);
    const launched = status === "draft";
    if (launched) {
      await act("launch");
      status = "running";
    }
    if (wanted === "paused" && status === "running") await act("pause");
    if (wanted === "running" && status === "paused") await act("resume");
    if (wanted === "stopped") {
      await act("end", { conclusion: fields.conclusion ?? null, conclusion_comment: fields.conclusion_comment ?? "" });
      if (launched && activeBefore === false && flag !== void 0) await api.patch(`feature_flags/${String(flag.id)}/`, { active: false });
    }
  }
  if (flagOr(live.archived, false) !== fields.archived) await act(fields.archived ? "archive" : "unarchive", fields.archived ? {} : void 0);
}

// src/core/kinds/experiment-flag-config.ts
var EXPERIMENT_VARIANT = sdkType(object({
  key: required(string({ nonEmpty: true, max: 400 })),
  name: string(),
  rollout_percentage: number({ min: 0, max: 100 }),
  split_percent: number({ min: 0, max: 100 })
}), { name: "ExperimentVariant", doc: "A variant of an experiment's flag, with its share as `split_percent` or `rollout_percentage`." });
function shareOf(variant2) {
  return variant2.split_percent ?? variant2.rollout_percentage;
}
function describeVariants(variants) {
  return variants.map((v) => `${String(v.key)} ${String(shareOf(v) ?? v.rollout_percentage)}%`).join(", ") || "none";
}
function drivesFlagConfig(flag, name, parameters) {
  const params = isJsonObject(parameters) ? parameters : {};
  const variants = Array.isArray(params.feature_flag_variants) ? params.feature_flag_variants.filter(isJsonObject) : void 0;
  const rollout = typeof params.rollout_percentage === "number" ? params.rollout_percentage : void 0;
  if (variants === void 0 && rollout === void 0) return [];
  return [
    {
      target: flag,
      from: "parameters",
      reason: `${name} declares its flag's ${variants ? `variants (${describeVariants(variants)})` : "rollout"} in parameters, which PostHog reads from the feature flag`,
      fields(current) {
        const filters = isJsonObject(current.filters) ? current.filters : {};
        const next = { ...filters };
        let differs = false;
        if (variants !== void 0) {
          const live = isJsonObject(filters.multivariate) && Array.isArray(filters.multivariate.variants) ? filters.multivariate.variants.filter(isJsonObject) : [];
          const same = live.length === variants.length && variants.every((v, i) => v.key === live[i].key && shareOf(v) === live[i].rollout_percentage && (v.name === void 0 || v.name === live[i].name));
          if (!same) {
            differs = true;
            next.multivariate = { variants: variants.map((v) => ({ key: v.key, name: v.name ?? "", rollout_percentage: shareOf(v) ?? null })) };
          }
        }
        const groups = Array.isArray(filters.groups) ? filters.groups.filter(isJsonObject) : [];
        if (rollout !== void 0 && groups[0]?.rollout_percentage !== rollout) {
          differs = true;
          next.groups = [{ ...groups[0] ?? { properties: [], variant: null }, rollout_percentage: rollout }, ...groups.slice(1)];
        }
        return differs ? { filters: next } : {};
      }
    }
  ];
}

// src/core/kinds/experiments.ts
var DESCRIPTION_MAX3 = 3e3;
function canonicalParameters(value) {
  const params = isJsonObject(value) ? dropNulls(value) : {};
  return typeof params.minimum_detectable_effect === "number" ? { minimum_detectable_effect: params.minimum_detectable_effect } : {};
}
function canonicalConfig(value, defaults) {
  const config = isJsonObject(value) ? { ...dropNulls(value) } : {};
  for (const [key, fallback] of Object.entries(defaults)) if (isDeepEqual(config[key], fallback)) delete config[key];
  return Object.keys(config).length === 0 ? null : config;
}
var STATS_DEFAULTS = { method: "bayesian" };
var EXPOSURE_DEFAULTS = { filterTestAccounts: true };
function refKeys(value) {
  return (Array.isArray(value) ? value : []).map(readRef).filter((a) => a !== void 0).map((a) => a.key).sort();
}
function specSavedMetrics(keys, role, warn) {
  const refs = keys.filter((key) => {
    if (!key.startsWith("#")) return true;
    warn(`uses saved metric ${key} as a ${role} metric, which is not pulled; it is left out`);
    return false;
  });
  return unlessDefault(refs.map((key) => specRef("experiment-saved-metrics", key)), []);
}
var RISKY = /^(metrics|metrics_secondary|saved_metrics)/;
function warnExperiment(changes, before) {
  const warnings = [];
  const live = before?.lifecycle;
  const launched = live === "running" || live === "paused" || live === "stopped";
  if (launched && changes.some((c) => c.path === "holdout")) warnings.push(`this experiment is ${String(live)}: PostHog refuses to change the holdout of a launched experiment`);
  if ((live === "running" || live === "paused") && changes.some((c) => RISKY.test(c.path))) {
    warnings.push(`this experiment is ${live}: changing its metrics invalidates the results collected so far`);
  }
  if (live === "stopped" && changes.some((c) => c.path === "lifecycle")) warnings.push("this experiment is stopped; PostHog cannot restart it");
  return warnings;
}
function drivesFlag(spec) {
  const flag = readRef(spec.featureFlag);
  if (!flag) return [];
  const name = `experiment "${String(spec.key)}"`;
  const driven = [...drivesFlagConfig(flag, name, spec.parameters)];
  if (spec.lifecycle === "running") driven.push({ target: flag, from: "lifecycle", fields: { active: true }, reason: `${name} is running, which needs its feature flag enabled` });
  if (spec.lifecycle === "paused") driven.push({ target: flag, from: "lifecycle", fields: { active: false }, reason: `${name} is paused, which PostHog does by disabling its feature flag` });
  if (spec.lifecycle === "stopped" && spec.archived === true) {
    driven.push({ target: flag, from: "archived", fields: (current) => current.active === false ? { archived: true } : {}, reason: `archiving ${name} archives its disabled feature flag` });
  }
  return driven;
}
function changedOnly(payload, fields, before, compared) {
  if (before === void 0) return payload;
  const out = {};
  for (const [key, value] of Object.entries(payload)) {
    const field2 = compared[key] ?? key;
    if (key === "description" || !isDeepEqual(before[field2], fields[field2])) out[key] = value;
  }
  return out;
}
var experiments = defineKind({
  name: "experiments",
  label: "experiment",
  constructorName: "experiment",
  folder: "experiments",
  references: ["feature-flags", "experiment-holdouts", "experiment-saved-metrics", "event-definitions", "actions"],
  sdk: { spec: "Experiment", doc: "Fields of `experiment()`.", constructorDoc: "Defines an experiment." },
  readme: { resource: "Experiments", sdk: "`experiment()` with a declarative `lifecycle`", identity: "description marker" },
  ui: { path: "experiments" },
  // The list leaves out metrics and saved metrics (`ExperimentBasicSerializer`) and hides archived experiments.
  api: { collection: "experiments", remove: "soft", readDetail: true, listQueries: [{}, { archived: "true" }] },
  schema: object({
    key: required(string({ pattern: /^[a-zA-Z0-9_.-]+$/, patternHint: "use letters, digits, '-', '_' and '.'", max: 200 })),
    name: required(string({ nonEmpty: true, max: 400 })),
    description: string(),
    // `ExperimentSerializer.update` refuses both (`_validate_update_payload`: "Can't update keys: … on Experiment").
    type: field(oneOf("product", "web"), { immutable: { reason: "PostHog cannot change an experiment's type after creation, so apply replaces the experiment: the old one is deleted with its results and a new draft is created" } }),
    featureFlag: field(ref("feature-flags", "feature flag"), {
      required: true,
      doc: "The flag the experiment runs on; it cannot change after creation.",
      immutable: { path: "feature_flag", reason: "PostHog cannot change an experiment's feature flag after creation, so apply replaces the experiment: the old one is deleted with its results and a new draft is created" }
    }),
    holdout: ref("experiment-holdouts", "experiment holdout"),
    parameters: field(
      sdkType(object({
        minimum_detectable_effect: number({ min: 0 }),
        feature_flag_variants: field(arrayOf(EXPERIMENT_VARIANT), { doc: "Must match the flag's `filters.multivariate.variants`: PostHog reads the variants from the flag." }),
        rollout_percentage: field(number({ min: 0, max: 100 }), { doc: "Must match the rollout of the flag's first release condition, which PostHog reads." })
      }), { name: "ExperimentParameters", doc: "Parameters of an experiment; its variants and rollout are the feature flag's, so they are checked against the flag's definition and never sent." }),
      { doc: "The minimum detectable effect; variants and rollout, as PostHog's tool writes them, must match the feature flag's." }
    ),
    metrics: sdkType(arrayOf(json), { type: "ExperimentMetric[]" }),
    metrics_secondary: sdkType(arrayOf(json), { type: "ExperimentMetric[]" }),
    primarySavedMetrics: arrayOf(ref("experiment-saved-metrics", "experiment saved metric")),
    secondarySavedMetrics: arrayOf(ref("experiment-saved-metrics", "experiment saved metric")),
    lifecycle: field(oneOf(...LIFECYCLES), { doc: "Declarative lifecycle, driven through PostHog's launch, pause, resume and end." }),
    archived: boolean,
    conclusion: oneOf("won", "lost", "inconclusive", "stopped_early", "invalid"),
    conclusion_comment: string(),
    conclusionComment: field(string(), { doc: "PostHog's tool's spelling of `conclusion_comment`." }),
    exposure_criteria: sdkType(json, { type: "{ [field: string]: JsonValue }" }),
    stats_config: sdkType(json, { type: '{ method?: "bayesian" | "frequentist"; [field: string]: JsonValue | undefined }' })
  }),
  validate(spec, report) {
    if (spec.lifecycle === "stopped" && spec.conclusion === void 0) report("conclusion", 'a stopped experiment needs a conclusion ("won", "lost", "inconclusive", "stopped_early" or "invalid")');
    if (spec.archived === true && spec.lifecycle !== "stopped") report("archived", 'only a stopped experiment can be archived (set lifecycle: "stopped")');
    checkAliases(spec, [["conclusion_comment", "conclusionComment"]], report);
    const parameters = isJsonObject(spec.parameters) ? spec.parameters : {};
    (Array.isArray(parameters.feature_flag_variants) ? parameters.feature_flag_variants : []).forEach((variant2, i) => {
      if (isJsonObject(variant2) && variant2.split_percent === void 0 && variant2.rollout_percentage === void 0) {
        report(`parameters.feature_flag_variants.${i}`, "needs split_percent or rollout_percentage, as PostHog requires of every variant");
      }
    });
    const overflow = describeMarkerOverflow("experiments", String(spec.key), spec.description, DESCRIPTION_MAX3);
    if (overflow !== void 0) report("description", overflow);
    (Array.isArray(spec.metrics) ? spec.metrics : []).forEach((m, i) => {
      if (!isJsonObject(m) || m.kind !== "ExperimentMetric") report(`metrics.${i}`, 'expected an ExperimentMetric ({ kind: "ExperimentMetric", metric_type: ... })');
    });
  },
  toDesired(spec) {
    const flag = readRef(spec.featureFlag);
    const holdout = readRef(spec.holdout);
    const primary = refKeys(spec.primarySavedMetrics);
    const secondary = refKeys(spec.secondarySavedMetrics);
    const metrics = canonicalMetrics(spec.metrics);
    const metricsSecondary = canonicalMetrics(spec.metrics_secondary);
    const dependsOn = [
      ...flag ? [flag] : [],
      ...holdout ? [holdout] : [],
      ...[...primary, ...secondary].map((key) => ({ kind: "experiment-saved-metrics", key })),
      ...metricActionRefs([...metrics, ...metricsSecondary])
    ];
    return {
      fields: {
        name: textOrEmpty(spec.name),
        description: textOrEmpty(spec.description),
        type: valueOr(spec.type, "product"),
        feature_flag: flag?.key ?? "",
        holdout: holdout?.key ?? null,
        parameters: canonicalParameters(spec.parameters),
        metrics,
        metrics_secondary: metricsSecondary,
        saved_metrics: { primary, secondary },
        lifecycle: valueOr(spec.lifecycle, "draft"),
        archived: flagOr(spec.archived, false),
        conclusion: valueOr(spec.conclusion, null),
        conclusion_comment: textOrEmpty(readAliased(spec, "conclusion_comment", "conclusionComment")),
        exposure_criteria: canonicalConfig(spec.exposure_criteria, EXPOSURE_DEFAULTS),
        stats_config: canonicalConfig(spec.stats_config, STATS_DEFAULTS)
      },
      dependsOn
    };
  },
  identify(raw) {
    return readIdentityMarker("experiments", raw.description);
  },
  toObserved(raw, lookup) {
    const saved = (Array.isArray(raw.saved_metrics) ? raw.saved_metrics : []).filter(isJsonObject);
    const savedKeys = (type) => saved.filter((s) => (isJsonObject(s.metadata) && s.metadata.type === "secondary" ? "secondary" : "primary") === type).map((s) => lookup.keyOf("experiment-saved-metrics", s.saved_metric) ?? `#${String(s.saved_metric)}`).sort();
    const holdoutId = isJsonObject(raw.holdout) ? raw.holdout.id : raw.holdout_id;
    const flagKey = raw.feature_flag_key ?? (isJsonObject(raw.feature_flag) ? raw.feature_flag.key : void 0);
    return {
      name: textOrEmpty(raw.name),
      description: stripIdentityMarker(raw.description),
      type: valueOr(raw.type, "product"),
      feature_flag: textOrEmpty(flagKey),
      holdout: holdoutId === void 0 || holdoutId === null ? null : lookup.keyOf("experiment-holdouts", holdoutId) ?? `#${String(holdoutId)}`,
      parameters: canonicalParameters(raw.parameters),
      metrics: observedMetrics(raw.metrics, lookup),
      metrics_secondary: observedMetrics(raw.metrics_secondary, lookup),
      saved_metrics: { primary: savedKeys("primary"), secondary: savedKeys("secondary") },
      lifecycle: readLifecycle(raw),
      archived: flagOr(raw.archived, false),
      conclusion: valueOr(raw.conclusion, null),
      conclusion_comment: textOrEmpty(raw.conclusion_comment),
      exposure_criteria: canonicalConfig(raw.exposure_criteria, EXPOSURE_DEFAULTS),
      stats_config: canonicalConfig(raw.stats_config, STATS_DEFAULTS)
    };
  },
  toPayload(key, fields, lookup, action, before) {
    const saved = fields.saved_metrics;
    const savedIds = [
      ...saved.primary.map((k) => ({ id: lookup.idOf({ kind: "experiment-saved-metrics", key: k }) ?? null, metadata: { type: "primary" } })),
      ...saved.secondary.map((k) => ({ id: lookup.idOf({ kind: "experiment-saved-metrics", key: k }) ?? null, metadata: { type: "secondary" } }))
    ];
    const payload = {
      name: fields.name,
      description: appendIdentityMarker("experiments", key, fields.description),
      parameters: fields.parameters,
      holdout_id: fields.holdout === null ? null : lookup.idOf({ kind: "experiment-holdouts", key: fields.holdout }) ?? null,
      saved_metrics_ids: savedIds
    };
    for (const [field2, defaults] of [["exposure_criteria", EXPOSURE_DEFAULTS], ["stats_config", STATS_DEFAULTS]]) {
      if (fields[field2] !== null || action === "update") payload[field2] = { ...defaults, ...fields[field2] ?? {} };
    }
    if (fields.conclusion !== null) {
      payload.conclusion = fields.conclusion;
      payload.conclusion_comment = fields.conclusion_comment;
    }
    if (action === "update") {
      return changedOnly(payload, fields, before, { holdout_id: "holdout", saved_metrics_ids: "saved_metrics" });
    }
    return {
      ...payload,
      feature_flag_key: fields.feature_flag,
      type: fields.type,
      metrics: fields.metrics.map((metric) => requestMetric(metric, lookup)),
      metrics_secondary: fields.metrics_secondary.map((metric) => requestMetric(metric, lookup)),
      // Definitions may reach a project before its events do; PostHog checks the events again when computing results.
      allow_unknown_events: true
    };
  },
  proposeKey(raw) {
    return slugKey(raw.name, `experiment-${String(raw.id)}`);
  },
  toSpec(fields, key, warn) {
    const saved = fields.saved_metrics;
    const holdout = fields.holdout;
    if (holdout?.startsWith("#")) warn(`uses holdout ${holdout}, which is not pulled; it is left out`);
    return compactSpec({
      key,
      name: fields.name,
      description: unlessDefault(fields.description, ""),
      type: unlessDefault(fields.type, "product"),
      featureFlag: specRef("feature-flags", fields.feature_flag),
      holdout: holdout === null || holdout.startsWith("#") ? void 0 : specRef("experiment-holdouts", holdout),
      parameters: unlessDefault(fields.parameters, {}),
      metrics: unlessDefault(specMetrics(fields.metrics, warn), []),
      metrics_secondary: unlessDefault(specMetrics(fields.metrics_secondary, warn), []),
      primarySavedMetrics: specSavedMetrics(saved.primary, "primary", warn),
      secondarySavedMetrics: specSavedMetrics(saved.secondary, "secondary", warn),
      lifecycle: unlessDefault(fields.lifecycle, "draft"),
      archived: unlessDefault(fields.archived, false),
      conclusion: unlessDefault(fields.conclusion, null),
      conclusion_comment: unlessDefault(fields.conclusion_comment, ""),
      exposure_criteria: unlessDefault(fields.exposure_criteria, null),
      stats_config: unlessDefault(fields.stats_config, null)
    });
  },
  converge: convergeExperiment,
  drives: drivesFlag,
  warn: warnExperiment
});

// src/core/kinds/feature-flags.ts
var propertyFilter = object({
  key: string(),
  cohort: ref("cohorts", "cohort"),
  type: oneOf("person", "cohort", "group", "flag", "event", "element"),
  operator: propertyOperator,
  value: json,
  group_type_index: nullable(number({ integer: true, min: 0, max: 4 })),
  negation: boolean
});
var releaseGroup = sdkType(object({
  properties: sdkType(arrayOf(propertyFilter), { type: "(PropertyFilter | CohortFilter)[]" }),
  rollout_percentage: nullable(number({ min: 0, max: 100 })),
  variant: nullable(string()),
  description: nullable(string()),
  aggregation_group_type_index: nullable(number({ integer: true, min: 0, max: 4 }))
}), { name: "ReleaseConditionGroup", doc: "A release condition of a feature flag." });
var variant = sdkType(object({
  key: required(string({ pattern: /^[a-zA-Z0-9_./-]+$/, patternHint: "only letters, digits, '_', '.', '/' and '-'", max: 400 })),
  name: string(),
  rollout_percentage: required(number({ min: 0, max: 100 }))
}), { name: "Variant", doc: "A variant of a multivariate flag; rollouts of all variants sum to 100." });
function normalizePayload(value) {
  if (typeof value !== "string") return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}
function normalizeFilters(filters) {
  const source = isJsonObject(filters) ? filters : {};
  const groups = Array.isArray(source.groups) ? source.groups : [];
  const multivariate = isJsonObject(source.multivariate) && Array.isArray(source.multivariate.variants) && source.multivariate.variants.length > 0 ? {
    variants: source.multivariate.variants.map((v) => {
      const item = isJsonObject(v) ? v : {};
      return { key: valueOr(item.key, ""), name: textOrEmpty(item.name), rollout_percentage: valueOr(item.rollout_percentage, 0) };
    })
  } : null;
  const payloads = {};
  if (isJsonObject(source.payloads)) {
    for (const key of Object.keys(source.payloads).sort()) {
      const value = source.payloads[key];
      if (value !== void 0 && value !== null) payloads[key] = normalizePayload(value);
    }
  }
  const out = {
    groups: groups.map((g) => {
      const group = isJsonObject(g) ? g : {};
      const normalized = {
        properties: Array.isArray(group.properties) ? group.properties.map(dropNulls) : [],
        // PostHog evaluates a null rollout as "everyone", so null and 100 are the same condition.
        rollout_percentage: valueOr(group.rollout_percentage, 100),
        variant: valueOr(group.variant, null)
      };
      if (typeof group.description === "string" && group.description !== "") normalized.description = group.description;
      if (typeof group.aggregation_group_type_index === "number") normalized.aggregation_group_type_index = group.aggregation_group_type_index;
      return normalized;
    }),
    multivariate,
    payloads
  };
  if (typeof source.aggregation_group_type_index === "number") out.aggregation_group_type_index = source.aggregation_group_type_index;
  return out;
}
function compareFlag(live, desired) {
  const wanted = isJsonObject(desired.filters) ? desired.filters.feature_enrollment : void 0;
  if (wanted === void 0 || !isJsonObject(live.filters)) return live;
  return { ...live, filters: { ...live.filters, feature_enrollment: wanted } };
}
function withCohortOperators(filters) {
  if (!isJsonObject(filters) || !Array.isArray(filters.groups)) return filters;
  const groups = filters.groups.map((group) => {
    if (!isJsonObject(group) || !Array.isArray(group.properties)) return group;
    const properties = group.properties.map((p) => isJsonObject(p) && p.type === "cohort" && (p.operator === void 0 || p.operator === null) ? { ...p, operator: "in" } : p);
    return { ...group, properties };
  });
  return { ...filters, groups };
}
function canonicalFlag(source) {
  return {
    name: textOrEmpty(source.name),
    active: flagOr(source.active, true),
    // Only an archived flag carries the field, so plans for every other flag do not show it.
    ...source.archived === true ? { archived: true } : {},
    filters: normalizeFilters(source.filters),
    ensure_experience_continuity: flagOr(source.ensure_experience_continuity, false),
    // Only a remote config flag carries the field, so plans for every other flag do not show it.
    ...source.is_remote_configuration === true ? { is_remote_configuration: true } : {},
    evaluation_runtime: valueOr(source.evaluation_runtime, "all"),
    bucketing_identifier: valueOr(source.bucketing_identifier, "distinct_id"),
    tags: normalizeUserTags(source.tags)
  };
}
function specFilters(filters, warn) {
  const multivariate = filters.multivariate;
  return compactSpec({
    groups: filters.groups.map(
      (group) => compactSpec({
        properties: unlessDefault(specProperties(group.properties, warn), []),
        rollout_percentage: group.rollout_percentage,
        variant: unlessDefault(group.variant, null),
        description: group.description,
        aggregation_group_type_index: group.aggregation_group_type_index
      })
    ),
    multivariate: multivariate === null ? void 0 : { variants: multivariate.variants.map((v) => compactSpec({ key: v.key, name: unlessDefault(v.name, ""), rollout_percentage: v.rollout_percentage })) },
    payloads: unlessDefault(filters.payloads, {}),
    aggregation_group_type_index: filters.aggregation_group_type_index
  });
}
function specProperties(properties, warn) {
  const written = specCohortRefs(properties, warn);
  if (!Array.isArray(written)) return written;
  return written.map((p) => {
    if (!isJsonObject(p) || p.cohort === void 0 || p.operator !== "in") return p;
    const { operator: _operator, ...rest } = p;
    return rest;
  });
}
function percent(value) {
  return typeof value === "number" ? `${value}%` : "—";
}
function summarizeFlag(changes) {
  const lines = [];
  for (const change of changes) {
    const rollout = /^filters\.groups\.(\d+)\.rollout_percentage$/.exec(change.path);
    if (rollout) {
      lines.push(`release condition ${Number(rollout[1]) + 1}: rollout ${percent(change.before)} → ${percent(change.after)}`);
    } else if (change.path === "active") {
      lines.push(change.after ? "flag enabled" : "flag disabled");
    } else if (change.path === "archived") {
      lines.push(change.after === true ? "flag archived" : "flag unarchived");
    } else if (/^filters\.multivariate/.test(change.path)) {
      const variantRollout = /^filters\.multivariate\.variants\.(\d+)\.rollout_percentage$/.exec(change.path);
      lines.push(variantRollout ? `variant ${Number(variantRollout[1]) + 1}: split ${percent(change.before)} → ${percent(change.after)}` : "variants changed");
    } else if (/^filters\.groups\.\d+$/.test(change.path)) {
      lines.push(change.kind === "add" ? "release condition added" : change.kind === "remove" ? "release condition removed" : "release condition changed");
    }
  }
  return [...new Set(lines)];
}
var featureFlags = defineKind({
  name: "feature-flags",
  label: "feature flag",
  constructorName: "featureFlag",
  folder: "feature-flags",
  references: ["cohorts"],
  sdk: { spec: "FeatureFlagSpec", doc: "Fields of `featureFlag()`.", alias: { name: "FeatureFlag", doc: "A defined feature flag." }, constructorDoc: "Defines a feature flag." },
  readme: { resource: "Feature flags", sdk: "`featureFlag()`; target cohorts with `{ cohort }`", identity: "tag" },
  ui: { path: "feature_flags" },
  activityScope: "FeatureFlag",
  // PostHog's list hides archived flags unless `archived` is sent (`exclude_archived_unless_requested`).
  api: { collection: "feature_flags", remove: "soft", listQueries: [{}, { archived: "true" }] },
  unique: { field: "key", desired: (key) => key, live: (raw) => raw.key },
  schema: object({
    key: required(string({ pattern: /^[a-zA-Z0-9_-]+$/, patternHint: "only letters, numbers, hyphens (-) and underscores (_) are allowed", max: 400 })),
    name: string(),
    active: boolean,
    filters: required(sdkType(object({
      groups: required(arrayOf(releaseGroup, { min: 1 })),
      multivariate: nullable(object({ variants: required(arrayOf(variant, { min: 1 })) })),
      payloads: recordOf(json),
      aggregation_group_type_index: nullable(number({ integer: true, min: 0, max: 4 })),
      super_groups: field(arrayOf(releaseGroup), { doc: "Accepted as PostHog's tool writes it, and ignored as PostHog ignores it: its filters serializer drops `super_groups` (early access features manage enrollment)." }),
      holdout: field(sdkType(nullable(object({ id: required(number({ integer: true })), exclusion_percentage: required(number({ min: 0, max: 100 })) })), { type: "{ id: number; exclusion_percentage: number } | null" }), {
        doc: "Accepted as PostHog's tool writes it and left to PostHog, which sets it from the holdout of the flag's experiment."
      })
    }), { name: "FeatureFlagFilters", doc: "Targeting of a feature flag." })),
    ensure_experience_continuity: boolean,
    is_remote_configuration: field(boolean, { doc: "A remote config flag: always on, serving its payload." }),
    has_encrypted_payloads: field(boolean, { doc: "Only false: PostHog masks encrypted payloads when it reads them back, so they cannot be compared." }),
    evaluation_runtime: oneOf("server", "client", "all"),
    bucketing_identifier: oneOf("distinct_id", "device_id"),
    tags: arrayOf(string({ max: 255 })),
    archived: field(boolean, { doc: "Archived flags are done for good: PostHog hides them from its list and requires `active: false`." })
  }),
  validate(spec, report) {
    if (spec.has_encrypted_payloads === true) {
      report("has_encrypted_payloads", "encrypted payloads are not supported: PostHog masks them when it reads them back, so a plan could never compare them (PostHog's tool refuses them too); keep secrets out of flag payloads");
    }
    if (spec.archived === true && spec.active !== false) report("archived", "an archived flag must be disabled: set active: false (PostHog refuses to archive an enabled flag)");
    const filters = isJsonObject(spec.filters) ? spec.filters : {};
    const variants = isJsonObject(filters.multivariate) && Array.isArray(filters.multivariate.variants) ? filters.multivariate.variants.filter(isJsonObject) : [];
    const keys = variants.map((v) => v.key).filter((k) => typeof k === "string");
    if (variants.length > 0) {
      const sum = variants.reduce((total, v) => total + (typeof v.rollout_percentage === "number" ? v.rollout_percentage : 0), 0);
      if (Math.abs(sum - 100) > 1e-9) report("filters.multivariate.variants", `variant rollout percentages must sum to 100, got ${sum}`);
      const seen = /* @__PURE__ */ new Set();
      keys.forEach((k, i) => {
        if (seen.has(k)) report(`filters.multivariate.variants.${i}.key`, `variant key "${k}" is used twice`);
        seen.add(k);
      });
    }
    const groups = Array.isArray(filters.groups) ? filters.groups : [];
    groups.forEach((g, i) => {
      const properties = isJsonObject(g) && Array.isArray(g.properties) ? g.properties : [];
      properties.forEach((p, j) => {
        if (isJsonObject(p) && p.cohort === void 0 && typeof p.key !== "string") report(`filters.groups.${i}.properties.${j}.key`, "is required (or target a cohort with cohort: <cohort>)");
        if (isJsonObject(p) && p.cohort !== void 0 && p.type !== void 0 && p.type !== "cohort") report(`filters.groups.${i}.properties.${j}.type`, 'must be "cohort" (or omitted) when targeting a cohort');
        const targetsCohort = isJsonObject(p) && (p.cohort !== void 0 || p.type === "cohort");
        if (targetsCohort && p.operator !== void 0 && p.operator !== "in" && p.operator !== "not_in") report(`filters.groups.${i}.properties.${j}.operator`, `a cohort condition's operator is "in" (the default) or "not_in"`);
      });
      if (isJsonObject(g) && typeof g.variant === "string" && !keys.includes(g.variant)) {
        report(`filters.groups.${i}.variant`, `"${g.variant}" is not one of the flag's variants (${keys.join(", ") || "none"})`);
      }
    });
    if (isJsonObject(filters.payloads)) {
      for (const key of Object.keys(filters.payloads)) {
        const allowed = variants.length > 0 ? keys.includes(key) : key === "true";
        if (!allowed) {
          report(`filters.payloads.${key}`, variants.length > 0 ? `payload key must be a variant key (${keys.join(", ")})` : `payload key must be "true" for a boolean flag`);
        }
      }
    }
  },
  toDesired(spec) {
    const fields = canonicalFlag(spec);
    fields.filters = withCohortOperators(canonicalCohortRefs(fields.filters));
    return { fields, dependsOn: collectCohortRefs(fields.filters) };
  },
  identify(raw) {
    return readIdentityTag("feature-flags", raw.tags);
  },
  toObserved(raw, lookup) {
    const fields = canonicalFlag(raw);
    fields.filters = withCohortOperators(observedCohortRefs(fields.filters, lookup));
    return fields;
  },
  toPayload(key, fields, lookup, _action, before) {
    const filters = fields.filters;
    const payloads = {};
    for (const [name, value] of Object.entries(filters.payloads)) {
      payloads[name] = typeof value === "string" ? value : JSON.stringify(value);
    }
    return {
      key,
      name: fields.name,
      active: fields.active,
      filters: { ...resolveCohortRefs(filters, lookup), payloads },
      ensure_experience_continuity: fields.ensure_experience_continuity,
      // Sent only for a remote config flag, or to turn one back into a plain flag.
      ...fields.is_remote_configuration === true || before?.is_remote_configuration === true ? { is_remote_configuration: fields.is_remote_configuration === true } : {},
      evaluation_runtime: fields.evaluation_runtime,
      bucketing_identifier: fields.bucketing_identifier,
      tags: buildTagPayload("feature-flags", key, fields.tags),
      // Sent only to change it: enabling an archived flag is refused unless the same request unarchives
      // it, and an experiment archived with its disabled flag drives `archived: true`.
      ...(before === void 0 ? fields.archived === true : before.archived === true !== (fields.archived === true)) ? { archived: fields.archived === true } : {}
    };
  },
  proposeKey(raw) {
    return textOrEmpty(raw.key);
  },
  toSpec(fields, key, warn) {
    return compactSpec({
      key,
      name: unlessDefault(fields.name, ""),
      active: unlessDefault(fields.active, true),
      filters: specFilters(fields.filters, warn),
      ensure_experience_continuity: unlessDefault(fields.ensure_experience_continuity, false),
      is_remote_configuration: unlessDefault(fields.is_remote_configuration, false),
      evaluation_runtime: unlessDefault(fields.evaluation_runtime, "all"),
      bucketing_identifier: unlessDefault(fields.bucketing_identifier, "distinct_id"),
      tags: unlessDefault(fields.tags, []),
      archived: unlessDefault(fields.archived, false)
    });
  },
  compare: compareFlag,
  summarize(changes) {
    return summarizeFlag(changes);
  },
  warn(changes) {
    return changes.some((change) => change.path === "archived" && change.after !== true) ? ["this flag was archived in PostHog; applying unarchives it (declare archived: true, with active: false, to keep it archived)"] : [];
  }
});

// src/core/kinds/query-upgrade.ts
var CUSTOMIZATION_FILTER = { TrendsQuery: "trendsFilter", StickinessQuery: "stickinessFilter" };
function truthy(value) {
  if (value === void 0 || value === null || value === false || value === 0 || value === "") return false;
  if (Array.isArray(value)) return value.length > 0;
  return !isJsonObject(value) || Object.keys(value).length > 0;
}
function retentionShowMean(query) {
  const filter = query.retentionFilter;
  if (!isJsonObject(filter) || !("showMean" in filter)) return query;
  const { showMean, ...rest } = filter;
  query.retentionFilter = "meanRetentionCalculation" in rest ? rest : { ...rest, meanRetentionCalculation: truthy(showMean) ? "simple" : "none" };
  return query;
}
function hiddenLegendIndexes(query) {
  const filter = query.trendsFilter;
  if (query.kind !== "TrendsQuery" || !isJsonObject(filter) || !Array.isArray(filter.hiddenLegendIndexes) || filter.hiddenLegendIndexes.length === 0) return query;
  const { hiddenLegendIndexes: hidden, ...rest } = filter;
  const customizations = isJsonObject(filter.resultCustomizations) ? filter.resultCustomizations : {};
  const byValue = Object.values(customizations).some((value) => isJsonObject(value) && value.assignmentBy === "value");
  if ((filter.resultCustomizationBy === "value" || !truthy(filter.resultCustomizationBy)) && byValue) {
    query.trendsFilter = rest;
    return query;
  }
  const merged = { ...customizations };
  for (const index of hidden) {
    const entry = merged[String(index)];
    merged[String(index)] = { ...isJsonObject(entry) ? entry : { assignmentBy: "position" }, hidden: true };
  }
  query.trendsFilter = { ...rest, resultCustomizationBy: "position", resultCustomizations: merged };
  return query;
}
function hasCompare(query) {
  return isJsonObject(query.compareFilter) && query.compareFilter.compare === true;
}
function hasBreakdown(query) {
  const breakdown = query.breakdownFilter;
  if (!isJsonObject(breakdown)) return false;
  return truthy(breakdown.breakdown_type) && truthy(breakdown.breakdown) || Array.isArray(breakdown.breakdowns) && breakdown.breakdowns.length > 0;
}
function baseSeriesCount(query, filter) {
  for (const list of [filter.formulaNodes, filter.formulas]) if (Array.isArray(list) && list.length > 0) return list.length;
  if (truthy(filter.formula)) return 1;
  return Array.isArray(query.series) ? query.series.length : 0;
}
function mergeByValue(customizations, compareOn) {
  const merged = {};
  for (const [key, value] of Object.entries(customizations)) {
    let parsed;
    try {
      parsed = JSON.parse(key);
    } catch {
      parsed = void 0;
    }
    if (!isJsonObject(parsed) || !("compare_label" in parsed)) {
      if (!(key in merged && compareOn)) merged[key] = value;
      continue;
    }
    const { compare_label: label, ...base } = parsed;
    const baseKey = JSON.stringify(base);
    if (label === "current" && !(baseKey in merged && !compareOn)) merged[baseKey] = value;
  }
  return merged;
}
function mergeByPosition(query, filter, customizations) {
  const base = baseSeriesCount(query, filter);
  if (!hasCompare(query) || hasBreakdown(query) || base === 0) return customizations;
  const remapped = {};
  const offset = [];
  for (const [key, value] of Object.entries(customizations)) {
    const position = /^\s*[+-]?\d+\s*$/.test(key) ? Number.parseInt(key, 10) : void 0;
    if (position === void 0 || position < base) remapped[key] = value;
    else offset.push([position, value]);
  }
  for (const [position, value] of offset) if (!(String(position - base) in remapped)) remapped[String(position - base)] = value;
  return remapped;
}
function withCustomizations(query, rewrite) {
  const filterKey = CUSTOMIZATION_FILTER[String(query.kind)];
  const filter = filterKey === void 0 ? void 0 : query[filterKey];
  if (filterKey === void 0 || !isJsonObject(filter) || !isJsonObject(filter.resultCustomizations) || Object.keys(filter.resultCustomizations).length === 0) return query;
  const next = rewrite(filter, filter.resultCustomizations);
  if (!isDeepEqual(next, filter.resultCustomizations)) query[filterKey] = { ...filter, resultCustomizations: next };
  return query;
}
function compareCustomizations(query) {
  return withCustomizations(
    query,
    (filter, customizations) => filter.resultCustomizationBy === "position" ? mergeByPosition(query, filter, customizations) : mergeByValue(customizations, hasCompare(query))
  );
}
function homogeneousCustomizations(query) {
  return withCustomizations(query, (filter, customizations) => {
    const mode = truthy(filter.resultCustomizationBy) ? filter.resultCustomizationBy : "value";
    const assignment = (value) => isJsonObject(value) && truthy(value.assignmentBy) ? value.assignmentBy : "value";
    return Object.fromEntries(Object.entries(customizations).filter(([, value]) => assignment(value) === mode));
  });
}
var WAREHOUSE_SERIES_KIND = {
  TrendsQuery: "DataWarehouseNode",
  StickinessQuery: "DataWarehouseNode",
  LifecycleQuery: "DataWarehouseNode",
  CalendarHeatmapQuery: "DataWarehouseNode",
  FunnelsQuery: "FunnelsDataWarehouseNode"
};
function stampKind(item, warehouseKind) {
  if (!isJsonObject(item) || "kind" in item) return item;
  if (warehouseKind !== void 0 && "table_name" in item) return { ...item, kind: warehouseKind };
  return { ...item, kind: "id" in item && !("event" in item) ? "ActionsNode" : "EventsNode" };
}
function entityNodeKind(query) {
  const warehouseKind = WAREHOUSE_SERIES_KIND[String(query.kind)];
  if (Array.isArray(query.series)) query.series = query.series.map((item) => stampKind(item, warehouseKind));
  const funnels = query.funnelsFilter;
  if (query.kind === "FunnelsQuery" && isJsonObject(funnels) && Array.isArray(funnels.exclusions)) {
    query.funnelsFilter = { ...funnels, exclusions: funnels.exclusions.map((item) => stampKind(item, void 0)) };
  }
  return query;
}
function pieShowTotal(query) {
  const settings = query.chartSettings;
  if (!isJsonObject(settings) || !("showPieTotal" in settings)) return query;
  const { showPieTotal, ...rest } = settings;
  const pie = isJsonObject(rest.pie) ? rest.pie : {};
  query.chartSettings = { ...rest, pie: "showTotal" in pie ? pie : { ...pie, showTotal: showPieTotal ?? null } };
  return query;
}
var MIGRATIONS = [
  [{ RetentionQuery: 1 }, retentionShowMean],
  [{ TrendsQuery: 1, StickinessQuery: 1 }, hiddenLegendIndexes],
  [{ DataVisualizationNode: 1 }, pieShowTotal],
  [{ TrendsQuery: 2, StickinessQuery: 2 }, compareCustomizations],
  [{ TrendsQuery: 3, StickinessQuery: 3, LifecycleQuery: 1, CalendarHeatmapQuery: 1, FunnelsQuery: 1 }, entityNodeKind],
  [{ TrendsQuery: 4, StickinessQuery: 4 }, homogeneousCustomizations]
];
function findTransform(kind, version) {
  return MIGRATIONS.find(([targets]) => targets[kind] === version)?.[1];
}
function canonicalStoredQuery(node) {
  if (Array.isArray(node)) return node.map(canonicalStoredQuery);
  if (!isJsonObject(node)) return node;
  let current = { ...node };
  const kind = current.kind;
  if (typeof kind === "string") {
    for (; ; ) {
      const version = typeof current.version === "number" && current.version > 0 ? current.version : 1;
      const transform = findTransform(kind, version);
      if (transform === void 0) break;
      current = { ...transform(structuredClone(current)), version: version + 1 };
    }
    delete current.version;
  }
  return Object.fromEntries(Object.entries(current).map(([key, value]) => [key, canonicalStoredQuery(value)]));
}

// src/core/kinds/insights.ts
var KEY_HINT = "use letters, digits, '-', '_' and '.'";
function normalizeQuery(query) {
  return query === void 0 ? null : canonicalStoredQuery(dropNulls(query));
}
var CONSTRUCTORS = /* @__PURE__ */ new Map([
  ["InsightVizNode/TrendsQuery", "trends"],
  ["InsightVizNode/FunnelsQuery", "funnels"],
  ["InsightVizNode/RetentionQuery", "retention"],
  ["InsightVizNode/PathsQuery", "paths"],
  ["InsightVizNode/StickinessQuery", "stickiness"],
  ["InsightVizNode/LifecycleQuery", "lifecycle"],
  ["DataVisualizationNode/HogQLQuery", "hogql"]
]);
function findQueryConstructor(query) {
  if (!isJsonObject(query) || !isJsonObject(query.source)) return void 0;
  return CONSTRUCTORS.get(`${String(query.kind)}/${String(query.source.kind)}`);
}
var QUERY_LABELS = /* @__PURE__ */ new Map([
  ["TrendsQuery", "trends"],
  ["FunnelsQuery", "funnel"],
  ["RetentionQuery", "retention"],
  ["PathsQuery", "paths"],
  ["StickinessQuery", "stickiness"],
  ["LifecycleQuery", "lifecycle"],
  ["HogQLQuery", "SQL"]
]);
var FIELD_NAMES = /* @__PURE__ */ new Map([
  ["dateRange.date_from", "date from"],
  ["dateRange.date_to", "date to"],
  ["dateRange.explicitDate", "exact dates"],
  ["filterTestAccounts", "filter test accounts"],
  ["breakdownFilter.breakdown", "breakdown"],
  ["breakdownFilter.breakdown_type", "breakdown type"],
  ["breakdownFilter.breakdown_limit", "breakdown limit"],
  ["compareFilter.compare", "compare to previous period"],
  ["compareFilter.compare_to", "compare to"],
  ["trendsFilter.display", "display"],
  ["trendsFilter.formula", "formula"],
  ["funnelsFilter.funnelVizType", "graph type"],
  ["funnelsFilter.funnelOrderType", "step order"],
  ["funnelsFilter.funnelStepReference", "conversion rate from"],
  ["funnelsFilter.breakdownAttributionType", "breakdown attribution"],
  ["retentionFilter.period", "period"],
  ["retentionFilter.totalIntervals", "intervals"],
  ["retentionFilter.retentionType", "retention type"],
  ["retentionFilter.retentionReference", "relative to"],
  ["pathsFilter.includeEventTypes", "event types"],
  ["pathsFilter.startPoint", "start point"],
  ["pathsFilter.endPoint", "end point"],
  ["pathsFilter.stepLimit", "step limit"],
  ["pathsFilter.excludeEvents", "excluded events"],
  ["stickinessFilter.display", "display"],
  ["stickinessFilter.computedAs", "computed as"],
  ["lifecycleFilter.toggledLifecycles", "lifecycles shown"]
]);
function queryKind(query) {
  if (!isJsonObject(query)) return "none";
  return isJsonObject(query.source) && typeof query.source.kind === "string" ? query.source.kind : String(query.kind);
}
function valueAt(root, path) {
  let value = root;
  for (const segment of path.split(".")) value = Array.isArray(value) ? value[Number(segment)] : isJsonObject(value) ? value[segment] : void 0;
  return value;
}
function formatValue(value) {
  if (value === void 0 || value === null) return "—";
  if (Array.isArray(value) && value.every((item) => item === null || typeof item !== "object")) return value.length === 0 ? "none" : value.map(formatValue).join(", ");
  const text = typeof value === "string" ? value : typeof value === "object" ? JSON.stringify(value) : String(value);
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}
function describeEntity(node) {
  if (!isJsonObject(node)) return "—";
  if (node.kind === "ActionsNode" || node.type === "actions") return typeof node.action === "string" ? `action ${node.action}` : `action #${String(node.id)}`;
  const event = "event" in node ? node.event : node.id;
  return event === null || event === void 0 ? "all events" : `event "${String(event)}"`;
}
function describeEntityChange(before, after) {
  const was = describeEntity(before);
  const now = describeEntity(after);
  return was.startsWith('event "') && now.startsWith('event "') ? `${was} → ${now.slice("event ".length)}` : `${was} → ${now}`;
}
function countChangedLines(before, after) {
  const a = before.split("\n");
  const b = after.split("\n");
  let previous = new Array(b.length + 1).fill(0);
  for (const line of a) {
    const row = [0];
    b.forEach((other, j) => row.push(line === other ? previous[j] + 1 : Math.max(previous[j + 1], row[j])));
    previous = row;
  }
  return Math.max(a.length, b.length) - previous[b.length];
}
function conversionWindow(filter) {
  const interval = valueAt(filter, "funnelWindowInterval") ?? 14;
  const unit = valueAt(filter, "funnelWindowIntervalUnit") ?? "day";
  return `${String(interval)} ${String(unit)}${interval === 1 ? "" : "s"}`;
}
function findEntry(path, label, entry) {
  const series = /^(series|funnelsFilter\.exclusions)\.(\d+)(?:\.(.+))?$/.exec(path);
  if (series) {
    const title = series[1] === "series" ? `${label} ${entry} ${Number(series[2]) + 1}` : `${label} exclusion ${Number(series[2]) + 1}`;
    return { title, base: `${series[1]}.${series[2]}`, rest: series[3] };
  }
  const retained = /^retentionFilter\.(targetEntity|returningEntity)(?:\.(.+))?$/.exec(path);
  if (retained) return { title: retained[1] === "targetEntity" ? "retention target" : "retention return", base: `retentionFilter.${retained[1]}`, rest: retained[2] };
  return void 0;
}
function expandChange(change) {
  const asRecord = (value) => Array.isArray(value) ? Object.fromEntries(value.map((item, i) => [String(i), item])) : isJsonObject(value) ? value : value === void 0 ? {} : void 0;
  const structured = (value) => isJsonObject(value) || Array.isArray(value) && value.some((item) => typeof item === "object" && item !== null);
  if (!structured(change.before) && !structured(change.after)) return void 0;
  const before = asRecord(change.before);
  const after = asRecord(change.after);
  if (!before || !after) return void 0;
  return diffFields(before, after).map((member) => ({ ...member, path: `${change.path}.${member.path}` }));
}
function describeSourceChange(change, context, lines) {
  const { label, entry } = context;
  const found = findEntry(change.path, label, entry);
  if (found) {
    const was = valueAt(context.before, found.base);
    const now = valueAt(context.after, found.base);
    if (was === void 0) lines.add(`${found.title} added: ${describeEntity(now)}`);
    else if (now === void 0) lines.add(`${found.title} removed: ${describeEntity(was)}`);
    else if (describeEntity(was) !== describeEntity(now)) lines.add(`${found.title}: ${describeEntityChange(was, now)}`);
    else if (found.rest?.startsWith("properties")) lines.add(`${found.title}: filters changed`);
    else if (found.rest) lines.add(`${found.title}: ${found.rest} ${formatValue(change.before)} → ${formatValue(change.after)}`);
    return;
  }
  if (change.path === "properties" || change.path.startsWith("properties.")) {
    lines.add(`${label}: property filters changed`);
  } else if (change.path === "query" && label === "SQL") {
    const count = countChangedLines(textOrEmpty(change.before), textOrEmpty(change.after));
    lines.add(`SQL query changed (${count} line${count === 1 ? "" : "s"})`);
  } else if (/^funnelsFilter\.funnelWindowInterval(Unit)?$/.test(change.path)) {
    lines.add(`${label}: conversion window ${conversionWindow(valueAt(context.before, "funnelsFilter"))} → ${conversionWindow(valueAt(context.after, "funnelsFilter"))}`);
  } else {
    describeOtherChange(change, label, FIELD_NAMES.get(change.path) ?? change.path, (member) => describeSourceChange(member, context, lines), lines);
  }
}
function describeOtherChange(change, label, name, describeMember, lines) {
  const members = expandChange(change);
  if (members) members.forEach(describeMember);
  else lines.add(`${label}: ${name} ${formatValue(change.before)} → ${formatValue(change.after)}`);
}
function summarizeInsight(changes, before, after) {
  const changed = changes.filter((c) => c.path === "query" || c.path.startsWith("query."));
  if (changed.length === 0) return [];
  const kindBefore = queryKind(before?.query);
  const kindAfter = queryKind(after?.query);
  if (kindBefore !== kindAfter) return [`query kind ${kindBefore} → ${kindAfter}`];
  const nodeBefore = valueAt(before?.query, "kind");
  const nodeAfter = valueAt(after?.query, "kind");
  if (nodeBefore !== nodeAfter) return [`query kind ${formatValue(nodeBefore)} → ${formatValue(nodeAfter)}`];
  const label = QUERY_LABELS.get(kindAfter) ?? kindAfter;
  const context = { label, entry: kindAfter === "FunnelsQuery" ? "step" : "series", before: valueAt(before?.query, "source"), after: valueAt(after?.query, "source") };
  const lines = /* @__PURE__ */ new Set();
  for (const change of changed) {
    if (change.path.startsWith("query.source.")) {
      describeSourceChange({ ...change, path: change.path.slice("query.source.".length) }, context, lines);
    } else {
      const nodeChange = { ...change, path: change.path.slice("query.".length) };
      const describeNode = (member) => describeOtherChange(member, label, member.path, describeNode, lines);
      describeNode(nodeChange);
    }
  }
  return [...lines];
}
function warnUnmodelledQuery(changes, before, after) {
  const query = after?.query;
  if (before !== void 0 && !changes.some((c) => c.path === "query" || c.path.startsWith("query."))) return [];
  if (!isJsonObject(query) || findQueryConstructor(query) !== void 0) return [];
  const source = isJsonObject(query.source) && typeof query.source.kind === "string" ? ` (source ${query.source.kind})` : "";
  return [`the SDK does not model query kind ${String(query.kind)}${source}: it is sent as written and nothing checks its fields`];
}
var insights = defineKind({
  name: "insights",
  label: "insight",
  constructorName: "insight",
  folder: "insights",
  references: ["actions"],
  sdk: { spec: "InsightSpec", doc: "Fields of `insight()`.", alias: { name: "Insight", doc: "A defined insight; pass it to dashboard tiles to place it." }, constructorDoc: "Defines an insight. It becomes one resource however many dashboards show it." },
  readme: { resource: "Insights", sdk: "`insight()` with `trends()`, `funnels()`, `retention()`, `paths()`, `stickiness()`, `lifecycle()`, `hogql()`, or `rawQuery()` for any other query kind (plans warn that it is unchecked); target actions with `{ action }`", identity: "tag" },
  ui: { path: "insights", idField: "short_id" },
  activityScope: "Insight",
  api: { collection: "insights", remove: "soft" },
  schema: object({
    key: required(string({ pattern: /^[a-zA-Z0-9_.-]+$/, patternHint: KEY_HINT, max: 200 })),
    name: required(string({ max: 400, nonEmpty: true })),
    description: string(),
    query: field(sdkType(json, { type: "InsightQuery | InsightQueryNode | HogQLQuery" }), {
      required: true,
      doc: "A query constructor's node, or the bare query PostHog's tool writes (wrapped as that tool wraps it)."
    }),
    tags: arrayOf(string({ max: 255 }))
  }),
  validate(spec, report) {
    const query = spec.query;
    if (!isJsonObject(query) || typeof query.kind !== "string") {
      report("query", "expected a query node such as trends(...) or hogql(...)");
      return;
    }
    if ((query.kind === "InsightVizNode" || query.kind === "DataVisualizationNode") && !isJsonObject(query.source)) {
      report("query.source", `a ${query.kind} needs a source query`);
    }
  },
  toDesired(spec) {
    const query = canonicalActionRefs(normalizeQuery(storedInsightQuery(spec.query)));
    return {
      fields: {
        name: textOrEmpty(spec.name),
        description: textOrEmpty(spec.description),
        query,
        tags: normalizeUserTags(spec.tags)
      },
      dependsOn: collectActionRefs(query)
    };
  },
  identify(raw) {
    return readIdentityTag("insights", raw.tags);
  },
  toObserved(raw, lookup) {
    return {
      name: textOrEmpty(raw.name),
      description: textOrEmpty(raw.description),
      query: observedActionRefs(normalizeQuery(raw.query), lookup),
      tags: normalizeUserTags(raw.tags)
    };
  },
  compare(live, desired) {
    return { ...live, query: comparedQuery(live.query, desired.query) ?? null };
  },
  toPayload(key, fields, lookup, action) {
    return {
      name: fields.name,
      description: fields.description,
      query: resolveActionRefs(fields.query, lookup),
      tags: buildTagPayload("insights", key, fields.tags),
      // Insights are created unsaved unless asked, which keeps them out of "Saved insights" and search;
      // every later update saves them anyway (`validated_data.setdefault("saved", True)`).
      ...action === "create" ? { saved: true } : {}
    };
  },
  proposeKey(raw) {
    return slugKey(raw.name ?? raw.derived_name, `insight-${String(raw.id)}`);
  },
  toSpec(fields, key, warn) {
    if (fields.query === null) warn("has no query (it was saved with legacy filters), so it cannot be written as a definition");
    return compactSpec({
      key,
      name: fields.name,
      description: unlessDefault(fields.description, ""),
      query: fields.query === null ? void 0 : specInsightQuery(fields.query, findQueryConstructor(fields.query), warn),
      tags: unlessDefault(fields.tags, [])
    });
  },
  summarize: summarizeInsight,
  warn: warnUnmodelledQuery
});

// src/core/kinds/project-settings.ts
var SETTINGS = [
  "name",
  "is_demo",
  "primary_dashboard",
  "logs_settings",
  "session_recording_trigger_groups",
  "has_completed_onboarding_for",
  "onboarding_tasks",
  "web_analytics_pre_aggregated_tables_enabled",
  "receive_org_level_activity_logs",
  "conversations_enabled",
  "conversations_settings",
  "proactive_tasks_enabled",
  "workflows_config",
  "app_urls",
  "anonymize_ips",
  "completed_snippet_onboarding",
  "test_account_filters",
  "test_account_filters_default_checked",
  "path_cleaning_filters",
  "timezone",
  "data_attributes",
  "person_display_name_properties",
  "correlation_config",
  "autocapture_opt_out",
  "autocapture_exceptions_opt_in",
  "autocapture_web_vitals_opt_in",
  "autocapture_web_vitals_allowed_metrics",
  "autocapture_exceptions_errors_to_ignore",
  "capture_console_log_opt_in",
  "capture_performance_opt_in",
  "capture_dead_clicks",
  "session_recording_opt_in",
  "session_recording_sample_rate",
  "session_recording_minimum_duration_milliseconds",
  "session_recording_linked_flag",
  "session_recording_network_payload_capture_config",
  "session_recording_masking_config",
  "session_recording_url_trigger_config",
  "session_recording_url_blocklist_config",
  "session_recording_event_trigger_config",
  "session_recording_trigger_match_type_config",
  "session_recording_retention_period",
  "session_replay_config",
  "recording_domains",
  "survey_config",
  "surveys_opt_in",
  "heatmaps_opt_in",
  "cookieless_server_hash_mode",
  "week_start_day",
  "live_events_columns",
  "human_friendly_comparison_periods",
  "inject_web_apps",
  "extra_settings",
  "modifiers",
  "default_data_theme",
  "base_currency",
  "business_model",
  "flags_persistence_default",
  "feature_flag_confirmation_enabled",
  "feature_flag_confirmation_message",
  "default_evaluation_contexts_enabled",
  "require_evaluation_contexts",
  "feature_flag_policy_config",
  "revenue_analytics_config",
  "marketing_analytics_config",
  "customer_analytics_config"
];
var DEFAULTS = {
  app_urls: [],
  anonymize_ips: false,
  completed_snippet_onboarding: false,
  test_account_filters: [],
  test_account_filters_default_checked: false,
  path_cleaning_filters: [],
  timezone: "UTC",
  data_attributes: ["data-attr"],
  person_display_name_properties: null,
  correlation_config: {},
  autocapture_opt_out: false,
  autocapture_exceptions_opt_in: false,
  autocapture_web_vitals_opt_in: false,
  autocapture_web_vitals_allowed_metrics: null,
  autocapture_exceptions_errors_to_ignore: [],
  capture_console_log_opt_in: true,
  capture_performance_opt_in: true,
  capture_dead_clicks: false,
  session_recording_opt_in: false,
  session_recording_sample_rate: null,
  session_recording_minimum_duration_milliseconds: null,
  session_recording_linked_flag: null,
  session_recording_network_payload_capture_config: null,
  session_recording_masking_config: null,
  session_recording_url_trigger_config: [],
  session_recording_url_blocklist_config: [],
  session_recording_event_trigger_config: [],
  session_recording_trigger_match_type_config: null,
  session_recording_retention_period: "30d",
  session_replay_config: null,
  recording_domains: [],
  survey_config: null,
  surveys_opt_in: null,
  heatmaps_opt_in: null,
  cookieless_server_hash_mode: 0,
  week_start_day: null,
  live_events_columns: null,
  human_friendly_comparison_periods: false,
  inject_web_apps: false,
  extra_settings: null,
  modifiers: null,
  default_data_theme: null,
  base_currency: "USD",
  business_model: null,
  flags_persistence_default: false,
  feature_flag_confirmation_enabled: false,
  feature_flag_confirmation_message: "",
  default_evaluation_contexts_enabled: false,
  require_evaluation_contexts: false,
  feature_flag_policy_config: { require_tags: false },
  revenue_analytics_config: { base_currency: "USD", events: [], filter_test_accounts: false },
  marketing_analytics_config: { sources_map: {}, conversion_goals: [] },
  customer_analytics_config: {},
  is_demo: false,
  logs_settings: null,
  session_recording_trigger_groups: null,
  has_completed_onboarding_for: null,
  onboarding_tasks: null,
  web_analytics_pre_aggregated_tables_enabled: false,
  receive_org_level_activity_logs: false,
  conversations_enabled: false,
  conversations_settings: null,
  proactive_tasks_enabled: false,
  workflows_config: { capture_workflows_engagement_events: false }
};
var NOT_PULLED = /* @__PURE__ */ new Set(["name", "primary_dashboard"]);
var SDK_TYPES = {
  app_urls: "string[]",
  anonymize_ips: "boolean",
  timezone: "string",
  week_start_day: "0 | 1 | null",
  test_account_filters: "PropertyFilter[]",
  test_account_filters_default_checked: "boolean",
  autocapture_opt_out: "boolean",
  autocapture_exceptions_opt_in: "boolean",
  autocapture_web_vitals_opt_in: "boolean",
  capture_console_log_opt_in: "boolean",
  capture_performance_opt_in: "boolean",
  capture_dead_clicks: "boolean",
  session_recording_opt_in: "boolean",
  session_recording_sample_rate: "string | null",
  session_recording_minimum_duration_milliseconds: "number | null",
  session_recording_retention_period: '"30d" | "90d" | "1y" | "5y"',
  recording_domains: "string[]",
  surveys_opt_in: "boolean",
  heatmaps_opt_in: "boolean",
  cookieless_server_hash_mode: "0 | 1 | 2",
  base_currency: "string",
  name: "string",
  is_demo: "boolean",
  primary_dashboard: "number | null",
  web_analytics_pre_aggregated_tables_enabled: "boolean | null",
  receive_org_level_activity_logs: "boolean | null",
  conversations_enabled: "boolean | null",
  proactive_tasks_enabled: "boolean | null"
};
var shape = Object.fromEntries(SETTINGS.map((name) => [name, sdkType(json, { type: SDK_TYPES[name] ?? "unknown" })]));
var MERGED = {
  survey_config: 1,
  session_replay_config: 2,
  modifiers: 1,
  revenue_analytics_config: 1,
  marketing_analytics_config: 1,
  "marketing_analytics_config.sources_map": 1,
  customer_analytics_config: 1,
  feature_flag_policy_config: 1,
  workflows_config: 1
};
var NULL_IGNORED = /* @__PURE__ */ new Set(["revenue_analytics_config", "marketing_analytics_config", "customer_analytics_config", "feature_flag_policy_config", "workflows_config"]);
function mergedLevels(path, parentLevels) {
  return Math.max(parentLevels - 1, MERGED[path] ?? 0);
}
function observedEntries(path, value, levels, out) {
  out[path] = value;
  if (levels === 0 || !isJsonObject(value)) return;
  for (const [key, member] of Object.entries(value)) observedEntries(`${path}.${key}`, member, mergedLevels(`${path}.${key}`, levels), out);
}
function desiredEntries(path, value, levels, out) {
  if (levels === 0 || !isJsonObject(value) || Object.keys(value).length === 0) {
    out[path] = path === "session_recording_sample_rate" ? canonicalSampleRate(value) : value;
    return;
  }
  for (const [key, member] of Object.entries(value)) desiredEntries(`${path}.${key}`, member, mergedLevels(`${path}.${key}`, levels), out);
}
function nestEntries(fields) {
  const body = {};
  for (const [path, value] of Object.entries(fields)) {
    const parts = path.split(".");
    let target = body;
    for (const part of parts.slice(0, -1)) {
      if (!isJsonObject(target[part])) target[part] = {};
      target = target[part];
    }
    target[parts.at(-1)] = value;
  }
  return body;
}
function canonicalSampleRate(value) {
  if (typeof value !== "number" && typeof value !== "string" || String(value).trim() === "" || !Number.isFinite(Number(value))) return value;
  return Number(value).toFixed(2);
}
function checkSampleRate(value, report) {
  if (value === null) return;
  const text = typeof value === "number" || typeof value === "string" ? String(value).trim() : "";
  const number2 = Number(text);
  if (!/^\d*(\.\d{0,2})?$/.test(text) || text === "" || text === "." || !Number.isFinite(number2) || number2 < 0 || number2 > 1) {
    report("session_recording_sample_rate", 'must be a decimal between 0 and 1 with at most two places, such as 0.1 or "0.25"');
  }
}
var projectSettings = defineKind({
  name: "project-settings",
  label: "project settings",
  constructorName: "projectSettings",
  folder: "project-settings",
  references: [],
  sdk: {
    spec: "ProjectSettings",
    doc: "Project settings a definition may manage; only declared fields are compared and sent.",
    constructorDoc: "Declares project settings (a singleton: at most one per repository).",
    key: { value: "project" }
  },
  readme: { resource: "Project settings", sdk: "`projectSettings()` (only declared fields are managed)", identity: "singleton" },
  api: { collection: "/api/environments", remove: "soft", singleton: true },
  schema: object({ key: required(string()), ...shape }),
  validate(spec, report) {
    if (spec.session_recording_sample_rate !== void 0) checkSampleRate(spec.session_recording_sample_rate, report);
    for (const [name, levels] of Object.entries(MERGED)) {
      const value = spec[name];
      if (levels === 0 || value === void 0) continue;
      if (isJsonObject(value) && Object.keys(value).length === 0) report(name, "PostHog merges this setting into the stored one, so {} changes nothing: declare the keys to set, or a key as null to clear it");
      if (value === null && NULL_IGNORED.has(name)) report(name, "PostHog ignores null for this setting: declare the keys to set, or a key as null to clear it");
    }
  },
  toDesired(spec) {
    const { key: _key, ...declared } = spec;
    const fields = {};
    for (const [name, value] of Object.entries(declared)) desiredEntries(name, value, MERGED[name] ?? 0, fields);
    return { fields, dependsOn: [] };
  },
  identify() {
    return "project";
  },
  toObserved(raw) {
    const fields = {};
    for (const name of SETTINGS) {
      if (raw[name] === void 0) continue;
      const value = name === "session_recording_sample_rate" ? canonicalSampleRate(raw[name]) : raw[name];
      observedEntries(name, value, MERGED[name] ?? 0, fields);
    }
    return fields;
  },
  toPayload(_key, fields) {
    return nestEntries(fields);
  },
  proposeKey() {
    return "project";
  },
  toSpec(fields) {
    const spec = {};
    for (const name of SETTINGS) {
      const value = fields[name];
      if (NOT_PULLED.has(name)) continue;
      if (value !== void 0 && !isDeepEqual(value, DEFAULTS[name] ?? null)) spec[name] = value;
    }
    return spec;
  }
});

// src/core/kinds/property-groups.ts
var property = sdkType(object({
  type: required(sdkType(oneOf("String", "Numeric", "Boolean", "DateTime", "Object"), { name: "PropertyType", doc: "The type of one property in a property group." })),
  required: boolean,
  description: string(),
  is_optional_in_types: boolean
}), { name: "PropertyDefinition", doc: "One property of a property group." });
function byName(a, b) {
  return String(a.name) < String(b.name) ? -1 : String(a.name) > String(b.name) ? 1 : 0;
}
function desiredProperties(value) {
  if (!isJsonObject(value)) return [];
  return Object.entries(value).filter((entry) => isJsonObject(entry[1])).map(([name, p]) => ({
    name,
    property_type: p.type,
    is_required: flagOr(p.required, false),
    is_optional_in_types: flagOr(p.is_optional_in_types, false),
    description: textOrEmpty(p.description)
  })).sort(byName);
}
function observedProperties(value) {
  return (Array.isArray(value) ? value : []).filter(isJsonObject).map((p) => ({
    name: textOrEmpty(p.name),
    property_type: textOrEmpty(p.property_type),
    is_required: flagOr(p.is_required, false),
    is_optional_in_types: flagOr(p.is_optional_in_types, false),
    description: textOrEmpty(p.description)
  })).sort(byName);
}
var propertyGroups = defineKind({
  name: "property-groups",
  label: "property group",
  constructorName: "propertyGroup",
  folder: "property-groups",
  references: [],
  sdk: { spec: "PropertyGroup", doc: "Fields of `propertyGroup()`; `const` keeps property names literal for typed capture.", constructorDoc: "Defines a schema property group.", generics: [{ name: "P", constraint: "Record<string, PropertyDefinition>", default: "Record<string, PropertyDefinition>" }] },
  readme: { resource: "Property groups", sdk: "`propertyGroup()`", identity: "description marker" },
  api: { collection: "schema_property_groups", remove: "hard" },
  unique: { field: "name", desired: (_key, fields) => fields.name, live: (raw) => raw.name },
  schema: object({
    key: required(string({ pattern: /^[a-zA-Z0-9_.-]+$/, patternHint: "use letters, digits, '-', '_' and '.'", max: 200 })),
    name: field(string({ nonEmpty: true, max: 400 }), { doc: "The group's name in PostHog; the key when left out, as PostHog's tool names its groups." }),
    description: string(),
    properties: required(sdkType(recordOf(property), { type: "P" }))
  }),
  validate(spec, report) {
    for (const name of Object.keys(isJsonObject(spec.properties) ? spec.properties : {})) {
      if (name.trim() === "" || name.length > 200) report(`properties.${name}`, "property names must be 1 to 200 characters");
    }
  },
  toDesired(spec) {
    return {
      fields: { name: typeof spec.name === "string" ? spec.name : textOrEmpty(spec.key), description: textOrEmpty(spec.description), properties: desiredProperties(spec.properties) },
      dependsOn: []
    };
  },
  identify(raw) {
    return readIdentityMarker("property-groups", raw.description);
  },
  toObserved(raw) {
    return { name: textOrEmpty(raw.name), description: stripIdentityMarker(raw.description), properties: observedProperties(raw.properties) };
  },
  // A property's id is read-only, so every PATCH carrying `properties` deletes and recreates them all
  // (`SchemaPropertyGroupSerializer.update`): they are sent on create, and on update only when they differ.
  toPayload(key, fields, _lookup, action, before) {
    const payload = { name: fields.name, description: appendIdentityMarker("property-groups", key, fields.description) };
    if (action === "create" || !isDeepEqual(before?.properties, fields.properties)) payload.properties = fields.properties;
    return payload;
  },
  proposeKey(raw) {
    return slugKey(raw.name, `property-group-${String(raw.id)}`);
  },
  toSpec(fields, key) {
    const properties = {};
    for (const p of fields.properties) {
      properties[p.name] = compactSpec({
        type: p.property_type,
        required: unlessDefault(p.is_required, false),
        description: unlessDefault(p.description, ""),
        is_optional_in_types: unlessDefault(p.is_optional_in_types, false)
      });
    }
    return compactSpec({ key, name: fields.name, description: unlessDefault(fields.description, ""), properties });
  }
});

// src/core/kinds/index.ts
var REGISTRY = [
  propertyGroups,
  eventDefinitions,
  cohorts,
  actions,
  insights,
  featureFlags,
  experimentHoldouts,
  experimentSavedMetrics,
  experiments,
  dashboards,
  annotations,
  alerts,
  earlyAccessFeatures,
  endpoints,
  projectSettings
];
function orderKinds(kinds) {
  const byName2 = new Map(kinds.map((kind) => [kind.name, kind]));
  const state = /* @__PURE__ */ new Map();
  const order = [];
  const visit = (kind, path) => {
    if (state.get(kind.name) === "done") return;
    if (state.get(kind.name) === "visiting") throw new Error(`kinds reference each other in a cycle: ${[...path.slice(path.indexOf(kind.name)), kind.name].join(" → ")}`);
    state.set(kind.name, "visiting");
    for (const name of kind.references) {
      if (name === kind.name) continue;
      const target = byName2.get(name);
      if (!target) throw new Error(`kind ${kind.name} references ${name}, which is not a registered kind`);
      visit(target, [...path, kind.name]);
    }
    state.set(kind.name, "done");
    order.push(kind);
  };
  for (const kind of kinds) visit(kind, []);
  return order;
}
var KINDS = orderKinds(REGISTRY);
var BY_NAME = new Map(KINDS.map((k) => [k.name, k]));
function findKind(name) {
  return BY_NAME.get(name);
}
function getKind(name) {
  const kind = BY_NAME.get(name);
  if (!kind) throw new Error(`unknown kind ${name}`);
  return kind;
}
function rankKind(name) {
  return KINDS.findIndex((k) => k.name === name);
}

export {
  isJsonObject,
  stringifyStable,
  sortKeysDeep,
  isDeepEqual,
  hashJson,
  isOwnedBy,
  stampOwner,
  textOrEmpty,
  formatAddress,
  readRef,
  string,
  number,
  recordOf,
  required,
  object,
  anyOf,
  readSpecCall,
  diffFields,
  touchesPath,
  ToolError,
  categoryOf,
  isApiFailure,
  KINDS,
  findKind,
  getKind,
  rankKind
};

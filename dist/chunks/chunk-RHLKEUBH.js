import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  SECRET_SET,
  anyOf,
  arrayOf,
  boolean,
  field,
  formatAddress,
  isDeepEqual,
  isJsonObject,
  isSecretSet,
  json,
  nullable,
  number,
  object,
  oneOf,
  readRef,
  readSecretName,
  recordOf,
  ref,
  required,
  sdkType,
  secretOr,
  secretSchema,
  string
} from "./chunk-2AROFJEV.js";
import {
  ToolError
} from "./chunk-SLY4HKVV.js";

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
var MARKER = /<!-- iac:([a-z-]+):(\S+?)(?: [^>]*)? -->$/;
function splitMarker(text) {
  const match = MARKER.exec(stripTrailingSpace(text));
  return match ? { kind: match[1], key: match[2], body: stripTrailingSpace(text.slice(0, match.index)) } : void 0;
}
function readIdentityMarker(kind, text) {
  if (typeof text !== "string") return void 0;
  const marker = splitMarker(text);
  return marker?.kind === kind ? marker.key : void 0;
}
function stripIdentityMarker(text) {
  return typeof text === "string" ? splitMarker(text)?.body ?? text : "";
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
var OWNER_TAG_PREFIX = `${TAG_PREFIX}owner:`;
var OWNER_IN_MARKER = /<!-- iac:[a-z-]+:\S+?(?: iac:hash:\S+)? owner:([a-z0-9._-]+) -->$/;
function readOwner(raw) {
  if (Array.isArray(raw.tags)) {
    const tag = raw.tags.find((t) => typeof t === "string" && t.toLowerCase().startsWith(OWNER_TAG_PREFIX));
    if (tag !== void 0) return tag.slice(OWNER_TAG_PREFIX.length).toLowerCase();
  }
  return findMarkerOwner(raw);
}
function findMarkerOwner(value) {
  for (const member of Object.values(value)) {
    const found = typeof member === "string" ? OWNER_IN_MARKER.exec(stripTrailingSpace(member))?.[1] : isJsonObject(member) ? findMarkerOwner(member) : void 0;
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

// src/core/char-field.ts
var PYTHON_SPACE = "\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
var EDGE_SPACE = new RegExp(`^[${PYTHON_SPACE}]+|[${PYTHON_SPACE}]+$`, "gu");
var TRAILING_SPACE = new RegExp(`[${PYTHON_SPACE}]+$`, "u");
function stripCharField(text) {
  return text.replace(EDGE_SPACE, "");
}
function stripTrailingSpace(text) {
  return text.replace(TRAILING_SPACE, "");
}
function charFieldLength(text) {
  return [...stripCharField(text)].length;
}
function checkEdgeWhitespace(spec, fields, report) {
  for (const [field2, posthogField] of Object.entries(fields)) {
    const value = spec[field2];
    if (typeof value === "string" && stripCharField(value) !== value) report(field2, `PostHog strips leading/trailing whitespace from ${posthogField}; remove it`);
  }
}
function sentText(kind, key, text, owner) {
  return String(stampOwner(kind, key, { text: appendIdentityMarker(kind, key, text) }, owner).text);
}
function describeMarkerOverflow(kind, key, text, max, owner, field2 = "description") {
  const sent = charFieldLength(sentText(kind, key, text, owner));
  if (sent <= max) return void 0;
  const room = max - charFieldLength(sentText(kind, key, "x", owner)) + 1;
  const marker = owner === void 0 ? "the identity marker" : `the identity marker with the owner "${owner}"`;
  const shorter = owner === void 0 ? "a shorter key" : "a shorter key or owner";
  return room <= 0 ? `the key is too long for PostHog's ${max}-character ${field2}, which must also hold ${marker} "${sentText(kind, key, "", owner)}"; use ${shorter}` : `is ${charFieldLength(textOrEmpty(text))} characters; with ${marker} this tool appends it would be ${sent}, over PostHog's limit of ${max}, so keep it to ${room} characters or use ${shorter}`;
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
var STEP_TEXT_FIELDS = ["event", "selector", "tag_name", "text", "href", "url"];
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
  activityScope: "Action",
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
  validate(spec, report) {
    checkEdgeWhitespace(spec, { name: "name", description: "description", slack_message_format: "slack_message_format" }, report);
    (Array.isArray(spec.steps) ? spec.steps : []).forEach((step2, i) => {
      if (!isJsonObject(step2)) return;
      checkEdgeWhitespace(step2, { selector: "a step's selector", url: "a step's url" }, (path, message) => report(`steps.${i}.${path}`, message));
      for (const field2 of STEP_TEXT_FIELDS) if (step2[field2] === "") report(`steps.${i}.${field2}`, `PostHog refuses a blank ${field2} in a step ("This field may not be blank."); leave it out or set it to null`);
    });
  },
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
  activityScope: "AlertConfiguration",
  // The bounds are the threshold row's `configuration` (its `threshold_change` entries); the series and
  // the ongoing-interval check live in the alert's `config`.
  activityFields: { threshold: "configuration", series_index: "config", check_ongoing_interval: "config" },
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
  activityScope: "Annotation",
  activityFields: { insight: "dashboard_item" },
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
  validate(spec, report, context) {
    checkEdgeWhitespace(spec, { content: "content" }, report);
    const overflow = describeMarkerOverflow("annotations", String(spec.key), spec.content, CONTENT_MAX, context?.owner, "content");
    if (overflow !== void 0) report("content", overflow);
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
        content: stripCharField(textOrEmpty(spec.content)),
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

// src/core/timezones.ts
var NAMES = `
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
var POSTHOG_TIMEZONES = NAMES.split(/\s+/).filter((name) => name !== "");
var KNOWN = new Set(POSTHOG_TIMEZONES);
function isPostHogTimezone(name) {
  return KNOWN.has(name);
}

// src/core/kinds/batch-exports.ts
var DESTINATIONS = ["S3", "Snowflake", "Postgres", "Redshift", "BigQuery", "HTTP"];
var ALIASES = { AwsS3: "S3", S3Compatible: "S3" };
var SECRET_FIELDS = {
  S3: ["aws_access_key_id", "aws_secret_access_key"],
  Snowflake: ["user", "password", "private_key", "private_key_passphrase"],
  Postgres: ["user", "password"],
  Redshift: ["user", "password"],
  BigQuery: ["private_key", "private_key_id", "client_email", "token_uri"],
  HTTP: ["token"]
};
var INTERVALS2 = ["hour", "day", "week", "every 5 minutes"];
var MODELS = ["events", "persons", "sessions"];
function defaultOffsets(interval) {
  return { offsetDay: interval === "week" ? 0 : null, offsetHour: interval === "week" || interval === "day" ? 0 : null };
}
function destinationType(value) {
  const type = textOrEmpty(value);
  return ALIASES[type] ?? type;
}
function payloadConfig(config, before) {
  const live = isJsonObject(before?.destination) && isJsonObject(before.destination.config) ? before.destination.config : void 0;
  const out = {};
  for (const [key, value] of Object.entries(config)) {
    if (readSecretName(value) !== void 0 && live !== void 0 && isDeepEqual(live[key], value)) continue;
    out[key] = value;
  }
  return out;
}
function compareExport(live, desired) {
  live = compareOffsets(live, desired);
  if (!isJsonObject(live.destination) || !isJsonObject(desired.destination) || !isJsonObject(desired.destination.config)) return live;
  const secretFields = SECRET_FIELDS[String(live.destination.type)] ?? [];
  const config = { ...isJsonObject(live.destination.config) ? live.destination.config : {} };
  for (const [key, value] of Object.entries(desired.destination.config)) if (readSecretName(value) !== void 0 && secretFields.includes(key) && config[key] === void 0) config[key] = { ...SECRET_SET };
  return { ...live, destination: { ...live.destination, config } };
}
function compareOffsets(live, desired) {
  const defaults = defaultOffsets(live.interval);
  const out = { ...live };
  for (const key of ["offsetDay", "offsetHour"]) if (desired[key] === null && live[key] === defaults[key]) out[key] = null;
  return out;
}
async function convergePaused({ api, id, fields }) {
  const live = await api.get(`batch_exports/${String(id)}/`);
  if (live === void 0 || live.paused === fields.paused) return;
  if (fields.paused === true) await api.post(`batch_exports/${String(id)}/pause/`, {}, { idempotent: true });
  else await api.post(`batch_exports/${String(id)}/unpause/`, { backfill: false }, { idempotent: true });
}
function summarizeExport(changes, before, after) {
  if (before === void 0 || after === void 0) return [];
  const lines = [];
  if (changes.some((change) => change.path === "paused")) lines.push(after.paused === true ? "export paused" : "export unpaused (no backfill)");
  if (changes.some((change) => change.path === "interval")) lines.push(`runs every ${String(after.interval)} (was ${String(before.interval)})`);
  const config = isJsonObject(after.destination) && isJsonObject(after.destination.config) ? after.destination.config : {};
  const sent = [...new Set(changes.filter((change) => change.path.startsWith("destination.config.")).map((change) => change.path.split(".")[2]))].sort();
  for (const key of sent) {
    const name = readSecretName(config[key]);
    lines.push(name === void 0 ? `destination ${key} changed` : `destination secret ${key} sent from ${name}`);
  }
  return lines;
}
var batchExports = defineKind({
  name: "batch-exports",
  label: "batch export",
  constructorName: "batchExport",
  folder: "batch-exports",
  references: [],
  sdk: { spec: "BatchExport", doc: "Fields of `batchExport()`.", constructorDoc: "Defines a batch export to a destination; credentials are named with `secret()`. Apply never starts a backfill." },
  readme: { resource: "Batch exports", sdk: "`batchExport()` with a destination (credentials by `secret()`), interval and paused state", identity: "description marker" },
  ui: { path: "pipeline/batch-exports" },
  api: { collection: "batch_exports", remove: "hard" },
  activityScope: "BatchExport",
  // `field_name_overrides["BatchExport"]`; the destination is a row of its own, whose changes are not logged.
  activityFields: { paused: "enabled" },
  compare: compareExport,
  schema: object({
    key: required(string({ pattern: /^[a-zA-Z][a-zA-Z0-9_-]*$/, patternHint: "start with a letter; then letters, digits, '-' and '_'", max: 200 })),
    name: field(string({ nonEmpty: true, max: 400 }), { required: true, doc: "Shown in the batch exports list; it also carries the identity marker (an HTML comment)." }),
    interval: field(oneOf(...INTERVALS2), { required: true, doc: "How often PostHog exports (`every 5 minutes` needs PostHog to enable it for the project)." }),
    destination: field(
      object({
        type: required(oneOf(...DESTINATIONS, ...Object.keys(ALIASES))),
        config: required(sdkType(recordOf(secretOr(json)), { type: "Record<string, JsonValue | Secret>" }))
      }),
      { required: true, doc: 'Where the data goes: the type and its config; credentials (`aws_secret_access_key`, `password`, …) as `secret("VARIABLE")`.' }
    ),
    model: field(oneOf(...MODELS), { doc: "What is exported (`events` by default)." }),
    paused: field(boolean, { doc: "Whether the export is paused; unpausing never backfills the time it was paused." }),
    filters: field(nullable(json), { doc: "Property filters on the exported events, in PostHog's form." }),
    timezone: field(string(), { doc: "The timezone of daily and weekly runs' boundaries, one of PostHog's names (`pytz.all_timezones`, `UTC` by default)." }),
    offsetDay: field(number({ integer: true, min: 0, max: 6 }), { doc: "Weekly exports only: the day the week starts on, 0 (Sunday, the default) to 6 (Saturday)." }),
    offsetHour: field(number({ integer: true, min: 0, max: 23 }), { doc: "Daily and weekly exports only: the hour (0 to 23, in `timezone`) the interval starts at; 0 by default." })
  }),
  validate(spec, report) {
    if (typeof spec.timezone === "string" && !isPostHogTimezone(spec.timezone)) report("timezone", `PostHog knows no timezone "${spec.timezone}": use one of pytz's names, such as "Europe/Berlin" or "UTC"`);
    if (spec.offsetDay !== void 0 && spec.interval !== "week") report("offsetDay", `PostHog takes offsetDay for weekly exports only (this one runs every ${String(spec.interval)})`);
    if (spec.offsetHour !== void 0 && spec.interval !== "day" && spec.interval !== "week") report("offsetHour", `PostHog takes offsetHour for daily and weekly exports only (this one runs every ${String(spec.interval)})`);
    const destination = isJsonObject(spec.destination) ? spec.destination : {};
    const type = destinationType(destination.type);
    const secrets = SECRET_FIELDS[type] ?? [];
    for (const [key, value] of Object.entries(isJsonObject(destination.config) ? destination.config : {})) {
      const secret = readSecretName(value) !== void 0;
      if (secret && !secrets.includes(key)) report(`destination.config.${key}`, `PostHog returns ${key} of a ${type} destination as it is, so it cannot be a secret (its secret fields: ${secrets.join(", ") || "none"})`);
      if (!secret && secrets.includes(key)) report(`destination.config.${key}`, `${key} is a credential PostHog never returns: name it with secret("VARIABLE"), so it is never written into a file or a plan`);
    }
  },
  toDesired(spec) {
    const destination = isJsonObject(spec.destination) ? spec.destination : {};
    const config = {};
    if (isJsonObject(destination.config)) for (const key of Object.keys(destination.config).sort()) config[key] = destination.config[key];
    return {
      fields: {
        // BatchExport.name is a model TextField, which the ModelSerializer's CharField strips (`trim_whitespace`).
        name: stripCharField(textOrEmpty(spec.name)),
        interval: String(spec.interval),
        destination: { type: destinationType(destination.type), config },
        model: valueOr(spec.model, "events"),
        paused: flagOr(spec.paused, false),
        filters: spec.filters ?? null,
        timezone: valueOr(spec.timezone, "UTC"),
        offsetDay: spec.offsetDay ?? null,
        offsetHour: spec.offsetHour ?? null
      },
      dependsOn: []
    };
  },
  identify(raw) {
    return readIdentityMarker("batch-exports", raw.name);
  },
  toObserved(raw) {
    const destination = isJsonObject(raw.destination) ? raw.destination : {};
    return {
      name: stripIdentityMarker(raw.name),
      interval: textOrEmpty(raw.interval),
      destination: { type: textOrEmpty(destination.type), config: isJsonObject(destination.config) ? destination.config : {} },
      model: valueOr(raw.model, "events"),
      paused: flagOr(raw.paused, false),
      filters: raw.filters ?? null,
      timezone: valueOr(raw.timezone, "UTC"),
      offsetDay: raw.offset_day ?? null,
      offsetHour: raw.offset_hour ?? null
    };
  },
  toPayload(key, fields, _lookup, action, before) {
    const destination = fields.destination;
    const payload = {
      name: appendIdentityMarker("batch-exports", key, fields.name),
      interval: fields.interval,
      destination: { type: destination.type, config: payloadConfig(destination.config, action === "update" ? before : void 0) },
      model: fields.model,
      filters: fields.filters,
      timezone: fields.timezone
    };
    const defaults = defaultOffsets(fields.interval);
    if (defaults.offsetDay !== null) payload.offset_day = fields.offsetDay ?? defaults.offsetDay;
    if (defaults.offsetHour !== null) payload.offset_hour = fields.offsetHour ?? defaults.offsetHour;
    if (action === "create") payload.paused = fields.paused;
    return payload;
  },
  converge: convergePaused,
  proposeKey(raw) {
    const slug = slugKey(stripIdentityMarker(raw.name), `export-${String(raw.id)}`);
    return /^[a-z]/.test(slug) ? slug : `export-${slug}`;
  },
  toSpec(fields, key, warn) {
    const destination = fields.destination;
    const type = String(destination.type);
    const interval = String(fields.interval);
    const config = {};
    for (const [field2, value] of Object.entries(destination.config)) {
      const name = readSecretName(value);
      config[field2] = name === void 0 ? value : specCall("secret", name);
    }
    for (const secret of SECRET_FIELDS[type] ?? []) {
      if (config[secret] !== void 0) continue;
      const variable = `${key}_${secret}`.toUpperCase().replace(/[^A-Z0-9]+/g, "_").replace(/^[^A-Z]+/, "S_");
      warn(`destination ${secret} is a credential PostHog does not return; it is written as secret("${variable}"): set ${variable} and list it in posthog.config.ts secrets before applying, or remove it if the destination does not use it`);
      config[secret] = specCall("secret", variable);
    }
    return compactSpec({
      key,
      name: fields.name,
      interval: fields.interval,
      destination: { type, config },
      model: unlessDefault(fields.model, "events"),
      paused: unlessDefault(fields.paused, false),
      filters: unlessDefault(fields.filters, null),
      timezone: unlessDefault(fields.timezone, "UTC"),
      offsetDay: fields.offsetDay === null ? void 0 : unlessDefault(fields.offsetDay, defaultOffsets(interval).offsetDay),
      offsetHour: fields.offsetHour === null ? void 0 : unlessDefault(fields.offsetHour, defaultOffsets(interval).offsetHour)
    });
  },
  summarize: summarizeExport
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
var DESCRIPTION_MAX = 1e3;
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
  activityScope: "Cohort",
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
  validate(spec, report, context) {
    checkEdgeWhitespace(spec, { name: "name", description: "description" }, report);
    const overflow = describeMarkerOverflow("cohorts", String(spec.key), spec.description, DESCRIPTION_MAX, context?.owner);
    if (overflow !== void 0) report("description", overflow);
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

// src/core/kinds/dashboard-templates.ts
var TEXT_MAX = 400;
function jsonList(value) {
  return Array.isArray(value) ? value : [];
}
function stringList(value) {
  return jsonList(value).filter((entry) => typeof entry === "string");
}
var dashboardTemplates = defineKind({
  name: "dashboard-templates",
  label: "dashboard template",
  constructorName: "dashboardTemplate",
  folder: "dashboard-templates",
  references: [],
  sdk: { spec: "DashboardTemplateSpec", doc: "Fields of `dashboardTemplate()`.", constructorDoc: "Declares a dashboard template of this project, which new dashboards can start from." },
  readme: { resource: "Dashboard templates", sdk: "`dashboardTemplate()` with its tiles, filters and variables (writes need a staff user)", identity: "description marker" },
  api: { collection: "dashboard_templates", remove: "soft" },
  staffWrites: true,
  schema: object({
    key: required(string({ pattern: /^[a-zA-Z][a-zA-Z0-9_-]*$/, patternHint: "start with a letter; then letters, digits, '-' and '_'", max: 200 })),
    name: field(string({ nonEmpty: true }), { required: true, doc: "The template's name, unique among the project's templates." }),
    description: field(string(), { doc: "Shown in the template picker; it also carries the identity marker, and PostHog keeps 400 characters of both." }),
    tiles: field(arrayOf(recordOf(json)), { required: true, doc: 'The tiles a dashboard made from the template gets (`type: "INSIGHT"` with a `query`, or `type: "TEXT"` with a `body`), with their `layouts`; at least one.' }),
    filters: field(recordOf(json), { doc: "The dashboard's filters (`date_from`, `properties`, …)." }),
    variables: field(arrayOf(recordOf(json)), { doc: "Variables the user fills in when creating a dashboard from it (`id`, `name`, `type`, `default`, `description`, `required`)." }),
    tags: arrayOf(string({ max: 255 })),
    featured: field(boolean, { doc: "Highlights the template in the picker." }),
    scope: field(oneOf("team"), { doc: "Only `team`: global templates are PostHog's." })
  }),
  validate(spec, report, context) {
    checkEdgeWhitespace(spec, { name: "template_name", description: "dashboard_description" }, report);
    const name = charFieldLength(textOrEmpty(spec.name));
    if (name > TEXT_MAX) report("name", `must be at most ${TEXT_MAX} characters, as PostHog counts them (got ${name})`);
    const overflow = describeMarkerOverflow("dashboard-templates", String(spec.key), spec.description, TEXT_MAX, context?.owner, "dashboard_description");
    if (overflow !== void 0) report("description", overflow);
    if (Array.isArray(spec.tiles) && spec.tiles.length === 0) report("tiles", 'needs at least one tile (PostHog: "You need to provide tiles for the template.")');
  },
  toDesired(spec) {
    return {
      fields: {
        template_name: stripCharField(textOrEmpty(spec.name)),
        dashboard_description: stripCharField(textOrEmpty(spec.description)),
        tiles: jsonList(spec.tiles),
        dashboard_filters: isJsonObject(spec.filters) ? spec.filters : {},
        variables: jsonList(spec.variables),
        tags: stringList(spec.tags),
        is_featured: flagOr(spec.featured, false),
        scope: "team"
      },
      dependsOn: []
    };
  },
  identify(raw) {
    return readIdentityMarker("dashboard-templates", raw.dashboard_description);
  },
  serverOwned(raw) {
    return raw.team_id === null || raw.team_id === void 0;
  },
  unique: { field: "template_name", desired: (_key, fields) => fields.template_name, live: (raw) => raw.template_name },
  toObserved(raw) {
    return {
      template_name: textOrEmpty(raw.template_name),
      dashboard_description: stripIdentityMarker(raw.dashboard_description),
      tiles: jsonList(raw.tiles),
      dashboard_filters: isJsonObject(raw.dashboard_filters) ? raw.dashboard_filters : {},
      variables: jsonList(raw.variables),
      tags: stringList(raw.tags),
      is_featured: flagOr(raw.is_featured, false),
      scope: textOrEmpty(raw.scope) || "team"
    };
  },
  toPayload(key, fields) {
    return {
      template_name: fields.template_name,
      dashboard_description: appendIdentityMarker("dashboard-templates", key, fields.dashboard_description),
      tiles: fields.tiles,
      dashboard_filters: fields.dashboard_filters,
      variables: fields.variables,
      tags: fields.tags,
      is_featured: fields.is_featured,
      scope: fields.scope
    };
  },
  proposeKey(raw) {
    const slug = slugKey(raw.template_name, `template-${String(raw.id)}`).slice(0, 40).replace(/-+$/, "");
    return /^[a-z]/.test(slug) ? slug : `template-${slug}`;
  },
  toSpec(fields, key) {
    return compactSpec({
      key,
      name: fields.template_name,
      description: unlessDefault(fields.dashboard_description, ""),
      tiles: fields.tiles,
      filters: unlessDefault(fields.dashboard_filters, {}),
      variables: unlessDefault(fields.variables, []),
      tags: unlessDefault(fields.tags, []),
      featured: unlessDefault(fields.is_featured, false)
    });
  },
  summarize(changes, before, after) {
    if (before === void 0 || after === void 0 || !changes.some((change) => change.path === "tiles" || change.path.startsWith("tiles."))) return [];
    return [`tiles: ${jsonList(before.tiles).length} → ${jsonList(after.tiles).length}`];
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

// src/core/kinds/dashboard-template-use.ts
var TEMPLATE = field(ref("dashboard-templates", "dashboard template"), {
  doc: "The dashboard template the dashboard is created from; its tiles then belong to the dashboard and are compared only when `tiles` is declared too.",
  immutable: { reason: "PostHog applies a dashboard template only when it creates the dashboard, so apply replaces it: the old dashboard is deleted and a new one is created from the new template" }
});
function declaredTemplate(spec) {
  return readRef(spec.template)?.key.toLowerCase();
}
function observedTemplate(raw) {
  const key = readIdentityTag("dashboard-templates", raw.tags);
  return key === void 0 ? {} : { template: key };
}
function templateTags(fields) {
  return typeof fields.template === "string" ? [formatIdentityTag("dashboard-templates", fields.template)] : [];
}
function templatePayload(fields, lookup) {
  if (typeof fields.template !== "string") return {};
  const template = lookup.fieldsOf?.({ kind: "dashboard-templates", key: fields.template });
  const name = template?.template_name;
  if (typeof name !== "string" || name === "") throw new Error(`dashboard template "${fields.template}" is not in this plan, so its name for use_template is unknown`);
  return { use_template: name };
}
function specTemplate(fields) {
  return typeof fields.template === "string" ? { template: specRef("dashboard-templates", fields.template) } : {};
}
async function convergeTemplateFields(context) {
  const { api, id, fields } = context;
  const live = context.live ?? await api.get(`dashboards/${id}/`);
  if (!live) return live;
  const patch = {};
  if (textOrEmpty(live.description) !== fields.description) patch.description = fields.description;
  const filters = isJsonObject(live.filters) ? dropNulls(live.filters) : {};
  if (fields.filters !== void 0 && !isDeepEqual(filters, fields.filters)) patch.filters = fields.filters;
  return Object.keys(patch).length === 0 ? live : await api.patch(`dashboards/${id}/`, patch);
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
  const base2 = {};
  const l = readLayout(isJsonObject(tile.layouts) ? tile.layouts.sm : void 0);
  if (l) base2.layout = l;
  if (typeof tile.color === "string" && tile.color !== "") base2.color = tile.color;
  if (isJsonObject(tile.insight)) {
    const id = tile.insight.id;
    return { ...base2, type: "insight", insight: keyOfInsight(id) ?? `#${id}` };
  }
  if (isJsonObject(tile.button_tile)) {
    const b = tile.button_tile;
    return {
      ...base2,
      type: "button",
      text: textOrEmpty(b.text),
      url: textOrEmpty(b.url),
      placement: typeof b.placement === "string" ? b.placement : "left",
      style: typeof b.style === "string" ? b.style : "primary"
    };
  }
  if (isJsonObject(tile.text)) return { ...base2, type: "text", body: textOrEmpty(tile.text.body) };
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
async function linkInsight({ api, exclusive }, insightId, dashboardId) {
  const link = async () => {
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
  };
  await (exclusive ? exclusive(`insights/${String(insightId)}`, link) : link());
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
  for (const wanted of unmatched) {
    const reusable = liveContent.find((t) => !claimed.has(t.id) && contentOf(t)?.type === wanted.type);
    if (reusable) {
      claimed.add(reusable.id);
      const body = tileBody(wanted);
      if (wanted.type === "text" && isJsonObject(reusable.text)) body.text.id = reusable.text.id;
      patches.push({ id: reusable.id, ...body, ...displayOf(wanted) });
    } else {
      patches.push({ ...tileBody(wanted), layouts: layoutsOf(wanted), ...displayOf(wanted) });
    }
  }
  for (const tile of live) {
    if (!claimed.has(tile.id)) patches.push({ id: tile.id, deleted: true });
  }
  return patches;
}
function liveTilesOf(dashboard) {
  const tiles = (Array.isArray(dashboard?.tiles) ? dashboard.tiles : []).filter(isJsonObject).filter((t) => t.deleted !== true);
  return tiles.sort((a, b) => Number(a.id) - Number(b.id));
}
function joinedTiles(joined, dashboardId) {
  return joined.flatMap(
    (insight) => (Array.isArray(insight.dashboard_tiles) ? insight.dashboard_tiles : []).filter(isJsonObject).filter((t) => t.deleted !== true && String(t.dashboard_id) === String(dashboardId)).map((t) => ({ id: t.id, insight: { id: insight.id }, layouts: {}, color: null }))
  );
}
var TILE_ROUNDS = 3;
async function convergeTiles(context) {
  const { api, id, fields, idOf } = context;
  const desired = fields.tiles ?? [];
  const readTiles = async () => liveTilesOf(await api.get(`dashboards/${id}/`));
  const wantedInsights = desired.filter((t) => t.type === "insight").map((t) => ({ tile: t, id: idOf({ kind: "insights", key: t.insight }) }));
  const known = context.live && [...liveTilesOf(context.live), ...joinedTiles(context.joined ?? [], id)];
  let live = known ? [...new Map(known.map((t) => [String(t.id), t])).values()].sort((a, b) => Number(a.id) - Number(b.id)) : await readTiles();
  const rounds = TILE_ROUNDS + (known ? 1 : 0);
  for (let round = 1; ; round++) {
    const liveInsightIds = new Set(live.filter((t) => isJsonObject(t.insight)).map((t) => t.insight.id));
    const missing = wantedInsights.filter((wanted) => wanted.id !== void 0 && !liveInsightIds.has(wanted.id));
    let patches = planTileWrites(live, desired, wantedInsights);
    if (missing.length === 0 && patches.length === 0) return;
    if (round === rounds) throw new Error(`the tiles of dashboard ${String(id)} kept changing while this apply wrote them (is another run writing it?); plan again`);
    if (missing.length > 0) {
      for (const wanted of missing) await linkInsight(context, wanted.id, id);
      live = await readTiles();
      patches = planTileWrites(live, desired, wantedInsights);
    }
    if (patches.length === 0) continue;
    const answer = await api.patch(`dashboards/${id}/`, { tiles: patches }, { idempotent: patches.every((p) => p.id !== void 0) });
    live = Array.isArray(answer.tiles) ? liveTilesOf(answer) : await readTiles();
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
function contentTile(tag, fields, sdk) {
  return sdkType(anyOf(object({ type: required(oneOf(tag)), kind: otherTag("type"), ...fields }), object({ kind: required(oneOf(tag)), type: otherTag("kind"), ...fields })), sdk);
}
function otherTag(given) {
  return sdkType({ describe: "nothing", form: { kind: "json" }, check: (_value, path, report) => report(path, `is another spelling of ${given}, which is also given; give only one`) }, { type: "never" });
}
var textTile = contentTile("text", { body: required(string({ max: 4e3 })), layout, color }, { name: "TextTile", doc: "A markdown text tile (`kind: \"text\"` is PostHog's tool's spelling of `type`)." });
var buttonTile = contentTile("button", {
  text: required(string({ max: 200, nonEmpty: true })),
  url: required(string({ max: 2e3, pattern: /^(https?:\/\/|\/)/, patternHint: "must be an http(s) URL or a path starting with /" })),
  placement: oneOf("left", "right"),
  style: oneOf("primary", "secondary"),
  layout,
  color
}, { name: "ButtonTile", doc: "A link button tile (`kind: \"button\"` is PostHog's tool's spelling of `type`)." });
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
  const base2 = {};
  const l = readLayout(tile.layout);
  if (l) base2.layout = l;
  if (typeof tile.color === "string" && tile.color !== "") base2.color = tile.color;
  const type = tile.type ?? tile.kind;
  if (type === "text") return { ...base2, type: "text", body: tile.body.trim() };
  if (type === "button") {
    return {
      ...base2,
      type: "button",
      text: tile.text.trim(),
      url: tile.url.trim(),
      placement: tile.placement ?? "left",
      style: tile.style ?? "primary"
    };
  }
  return { ...base2, type: "insight", insight: readRef(tile.insight)?.key ?? "" };
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
var ALIASES2 = [["breakdown_colors", "breakdownColors"]];
var DECLARED_ONLY = ["filters", "variables", "restriction_level", "breakdown_colors", "data_color_theme_id"];
function restrictionLevel(spec) {
  if (spec.restriction_level !== void 0) return spec.restriction_level;
  return typeof spec.restriction === "string" ? RESTRICTION_LEVELS[spec.restriction] : void 0;
}
function canonicalSetting(value) {
  return value === void 0 ? void 0 : dropNulls(value);
}
function labelTile(t) {
  return t.type === "insight" ? `insight ${t.insight}` : t.type === "text" ? `text "${String(t.body).slice(0, 40)}"` : `button "${t.text}"`;
}
function gridOf(fields) {
  const seen = /* @__PURE__ */ new Map();
  const tiles = (fields.tiles ?? []).map((tile) => {
    const content = describeTile(tile);
    const occurrence = seen.get(content) ?? 0;
    seen.set(content, occurrence + 1);
    const box = readLayout(tile.layout);
    return { id: `${content}\0${occurrence}`, label: labelTile(tile), ...box ? { box } : {} };
  });
  return { columns: 12, tiles };
}
function summarizeDashboard(changes, before, after) {
  if (!changes.some((c) => c.path.startsWith("tiles"))) return [];
  const beforeTiles = before?.tiles ?? [];
  const afterTiles = after?.tiles ?? [];
  const lines = [];
  const keys = (tiles) => tiles.map((t) => describeTile(t));
  const beforeKeys = keys(beforeTiles);
  const afterKeys = keys(afterTiles);
  afterTiles.forEach((t, i) => {
    if (!beforeKeys.includes(afterKeys[i])) lines.push(`+ tile: ${labelTile(t)}`);
  });
  beforeTiles.forEach((t, i) => {
    if (!afterKeys.includes(beforeKeys[i])) lines.push(`- tile: ${labelTile(t)}`);
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
  let live = fields.template === void 0 ? context.live : await convergeTemplateFields(context);
  if (fields.variables !== void 0) {
    live ??= await api.get(`dashboards/${id}/`);
    if (!isDeepEqual(canonicalSetting(live?.variables) ?? {}, fields.variables)) live = await api.patch(`dashboards/${id}/`, { variables: fields.variables });
  }
  if (fields.tiles !== void 0) await convergeTiles({ ...context, live });
}
var dashboards = defineKind({
  name: "dashboards",
  label: "dashboard",
  constructorName: "dashboard",
  folder: "dashboards",
  // Not "dashboard-templates": a dashboard that names a template declares it, so that kind is read
  // anyway, and listing it would make every plan with a dashboard need `dashboard_template:read`.
  references: ["insights"],
  sdk: { spec: "DashboardSpec", doc: "Fields of `dashboard()`.", alias: { name: "Dashboard", doc: "A defined dashboard." }, constructorDoc: "Defines a dashboard and its tiles." },
  readme: { resource: "Dashboards", sdk: "`dashboard()` with `text()`, `button()` and insight tiles", identity: "tag" },
  ui: { path: "dashboard" },
  activityScope: "Dashboard",
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
    tiles: arrayOf(TILE),
    template: TEMPLATE
  }),
  validate(spec, report) {
    checkEdgeWhitespace(spec, { name: "name", description: "description" }, report);
    checkAliases(spec, ALIASES2, report);
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
    const template = declaredTemplate(spec);
    if (template !== void 0) dependsOn.push({ kind: "dashboard-templates", key: readRef(spec.template).key });
    const fields = {
      name: textOrEmpty(spec.name),
      description: textOrEmpty(spec.description),
      pinned: flagOr(spec.pinned, false),
      tags: normalizeUserTags(spec.tags),
      tiles: sortTiles(packTiles(tiles, textOrEmpty(spec.insightLayout)))
    };
    if (template !== void 0) {
      fields.template = template;
      if (spec.tiles === void 0) delete fields.tiles;
    }
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
  declaredOnly: [...DECLARED_ONLY, "tiles"],
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
      data_color_theme_id: valueOr(raw.data_color_theme_id, null),
      ...observedTemplate(raw)
    };
  },
  // An update sends the fields that differ (tiles are converged apart) and always the tags, which
  // carry the identity (adoption and owner stamps write it).
  toPayload(key, fields, lookup, action, before) {
    const payload = {
      name: fields.name,
      description: fields.description,
      pinned: fields.pinned,
      tags: [...buildTagPayload("dashboards", key, fields.tags), ...templateTags(fields)]
    };
    for (const name of DECLARED_ONLY) if (fields[name] !== void 0) payload[name] = fields[name];
    if (action === "create" || before === void 0) return { ...payload, ...templatePayload(fields, lookup) };
    return Object.fromEntries(Object.entries(payload).filter(([name]) => name === "tags" || !isDeepEqual(before[name], fields[name])));
  },
  joinedBy: { kind: "insights", field: "dashboards" },
  proposeKey(raw) {
    return slugKey(raw.name, `dashboard-${String(raw.id)}`);
  },
  toSpec(fields, key, warn) {
    const tiles = fields.template === void 0 ? fields.tiles.map((tile) => specTile(tile, warn)).filter((t) => t !== void 0) : [];
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
      tiles: unlessDefault(tiles, []),
      ...specTemplate(fields)
    });
  },
  converge: convergeDashboard,
  grid: gridOf,
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
        description: stripCharField(textOrEmpty(spec.description)),
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
  if (Object.keys(source).some((name) => name !== "kind" && name !== "query" && name !== "values" && name !== "variables")) return void 0;
  if (source.values !== void 0 && !isJsonObject(source.values)) return void 0;
  if (source.variables !== void 0 && !Array.isArray(source.variables)) return void 0;
  if (source.variables !== void 0) return specCall("hogql", source.query, source.values ?? null, { variables: source.variables });
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
  // `EndpointCrudService` logs under the endpoint's id (the API addresses it by name): its own fields as
  // `updated`, a query change as `version_created`, the current version's fields under `EndpointVersion`.
  activityScope: "Endpoint",
  activityItem: (raw) => String(raw.id),
  activityExtra: { scopes: ["EndpointVersion"], activities: ["version_created", "version_updated"] },
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
    if (typeof spec.description === "string" && stripTrailingSpace(spec.description) !== spec.description) {
      report("description", "trailing whitespace is lost before the identity marker this tool appends to the description; remove it");
    }
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

// src/core/kinds/error-tracking-settings.ts
var SETTINGS = ["project_rate_limit_value", "project_rate_limit_bucket_size_minutes", "per_issue_rate_limit_value", "per_issue_rate_limit_bucket_size_minutes"];
var limit = nullable(number({ integer: true, min: 1 }));
function describeLimit(fields, scope) {
  const value = fields?.[`${scope}_rate_limit_value`];
  const bucket = fields?.[`${scope}_rate_limit_bucket_size_minutes`];
  if (value === void 0 || value === null) return "no limit";
  const window = typeof bucket === "number" ? `${bucket} minute${bucket === 1 ? "" : "s"}` : "the default window";
  return `${String(value)} exceptions per ${window}`;
}
function summarizeLimits(changes, before, after) {
  const lines = [];
  for (const [scope, label] of [["project", "project-wide limit"], ["per_issue", "per-issue limit"]]) {
    if (!changes.some((change) => change.path.startsWith(`${scope}_rate_limit_`))) continue;
    lines.push(`${label}: ${describeLimit(before, scope)} → ${describeLimit(after, scope)}`);
  }
  return lines;
}
var errorTrackingSettings = defineKind({
  name: "error-tracking-settings",
  label: "error tracking settings",
  constructorName: "errorTrackingSettings",
  folder: "error-tracking-settings",
  references: [],
  sdk: {
    spec: "ErrorTrackingSettings",
    doc: "Error tracking's ingestion rate limits; only declared fields are compared and sent, and null removes a limit.",
    constructorDoc: "Declares error tracking settings (a singleton: at most one per repository).",
    key: { value: "project" }
  },
  readme: { resource: "Error tracking settings", sdk: "`errorTrackingSettings()` with its rate limits (only declared fields are managed)", identity: "singleton" },
  api: { collection: "error_tracking/settings", remove: "soft", singleton: true, singletonActions: { read: "retrieve_settings", update: "update_settings" } },
  ui: { path: "error_tracking/configuration", page: () => "error_tracking/configuration" },
  schema: object({ key: required(string()), ...Object.fromEntries(SETTINGS.map((name) => [name, limit])) }),
  toDesired(spec) {
    const { key: _key, ...declared } = spec;
    return { fields: declared, dependsOn: [] };
  },
  identify() {
    return "project";
  },
  toObserved(raw) {
    const fields = {};
    for (const name of SETTINGS) if (raw[name] !== void 0) fields[name] = raw[name];
    return fields;
  },
  toPayload(_key, fields) {
    return { ...fields };
  },
  proposeKey() {
    return "project";
  },
  toSpec(fields) {
    const spec = {};
    for (const name of SETTINGS) {
      const value = fields[name];
      if (value !== void 0 && value !== null) spec[name] = value;
    }
    return spec;
  },
  summarize: summarizeLimits
});

// src/core/kinds/event-definitions.ts
async function convergeSchemas({ api, id, fields, idOf, fresh }) {
  const links = fresh ? [] : (await api.list("event_schemas", { event_definition: String(id) })).filter((link) => link.event_definition === id);
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
var ALIASES3 = [["enforcement_mode", "enforcementMode"], ["primary_property", "primaryProperty"]];
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
    // The name first, then the groups: PostHog's tool's order, so `EventDefinition<"signed up", [typeof user]>` means the same in both.
    generics: [{ name: "N", constraint: "string", default: "string" }, { name: "G", constraint: "readonly PropertyGroup[]", default: "readonly PropertyGroup[]" }],
    key: { from: "name", overridable: true }
  },
  readme: { resource: "Event definitions", sdk: "`eventDefinition()` (keyed by event name)", identity: "tag" },
  activityScope: "EventDefinition",
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
    checkEdgeWhitespace(spec, spec.name === void 0 ? { key: "name", description: "description" } : { name: "name", description: "description" }, report);
    if (spec.verified === true && spec.hidden === true) report("hidden", "an event cannot be both hidden and verified");
    checkAliases(spec, ALIASES3, report);
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
    for (const [name, alias] of ALIASES3) source[name] = readAliased(spec, name, alias) ?? null;
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
var NAME_MAX = 400;
var DESCRIPTION_MAX2 = 400;
var experimentHoldouts = defineKind({
  name: "experiment-holdouts",
  label: "experiment holdout",
  constructorName: "experimentHoldout",
  folder: "experiment-holdouts",
  references: [],
  sdk: { spec: "ExperimentHoldout", doc: "Fields of `experimentHoldout()`.", constructorDoc: "Defines an experiment holdout group." },
  readme: { resource: "Experiment holdouts", sdk: "`experimentHoldout()`", identity: "description marker" },
  // handle_experiment_holdout_change writes under the Experiment scope, typed holdout.
  activityScope: "Experiment",
  activityType: "holdout",
  api: { collection: "experiment_holdouts", remove: "hard" },
  schema: object({
    key: required(string({ pattern: /^[a-zA-Z0-9_.-]+$/, patternHint: "use letters, digits, '-', '_' and '.'", max: 200 })),
    name: required(string({ nonEmpty: true })),
    description: string(),
    filters: required(arrayOf(object({
      properties: sdkType(arrayOf(json), { type: "PropertyFilter[]" }),
      rollout_percentage: required(nullable(number({ min: 0, max: 100 }))),
      variant: field(nullable(string()), { doc: "Ignored, as PostHog ignores it: every group's variant is `holdout-<id>`." })
    }), { min: 1 }))
  }),
  validate(spec, report, context) {
    checkEdgeWhitespace(spec, { name: "name", description: "description" }, report);
    const name = charFieldLength(textOrEmpty(spec.name));
    if (name > NAME_MAX) report("name", `must be at most ${NAME_MAX} characters, as PostHog counts them (got ${name})`);
    (Array.isArray(spec.filters) ? spec.filters : []).forEach((group, i) => {
      if (isJsonObject(group) && group.rollout_percentage === null) {
        report(`filters.${i}.rollout_percentage`, 'PostHog refuses a holdout group without a rollout ("Rollout percentage must be present."); give the share of users held out, 0 to 100');
      }
    });
    const overflow = describeMarkerOverflow("experiment-holdouts", String(spec.key), spec.description, DESCRIPTION_MAX2, context?.owner);
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
var DESCRIPTION_MAX3 = 400;
var experimentSavedMetrics = defineKind({
  name: "experiment-saved-metrics",
  label: "experiment saved metric",
  constructorName: "experimentSavedMetric",
  folder: "experiment-saved-metrics",
  references: ["actions"],
  sdk: { spec: "ExperimentSavedMetric", doc: "Fields of `experimentSavedMetric()`.", constructorDoc: "Defines a saved (shared) experiment metric." },
  readme: { resource: "Experiment saved metrics", sdk: "`experimentSavedMetric()`", identity: "tag" },
  // handle_experiment_saved_metric_change writes under the Experiment scope, typed shared_metric.
  activityScope: "Experiment",
  activityType: "shared_metric",
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
  validate(spec, report, context) {
    checkEdgeWhitespace(spec, { name: "name", description: "description" }, report);
    const overflow = describeMarkerOverflow("experiment-saved-metrics", String(spec.key), spec.description, DESCRIPTION_MAX3, context?.owner);
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
function flagRestore(live, context) {
  const flag = isJsonObject(live.feature_flag) ? live.feature_flag : void 0;
  const declared = context.fieldsOf?.({ kind: "feature-flags", key: String(context.fields.feature_flag) })?.active;
  if (flag === void 0 || typeof declared !== "boolean" || flag.active === declared) return void 0;
  return { id: String(flag.id), active: declared };
}
async function convergeExperiment(context) {
  const { api, id, fields } = context;
  const path = `experiments/${id}/`;
  let live = context.live ?? await api.get(path);
  if (!live) return;
  const holdoutId = fields.holdout === null ? void 0 : context.idOf({ kind: "experiment-holdouts", key: fields.holdout });
  const changes = { ...metricChanges(live, context), ...holdoutChange(live, holdoutId) };
  if (Object.keys(changes).length > 0) live = await api.patch(path, { ...changes, allow_unknown_events: true });
  let status = readLifecycle(live);
  const wanted = fields.lifecycle;
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
    if (wanted === "stopped") await act("end", { conclusion: fields.conclusion ?? null, conclusion_comment: fields.conclusion_comment ?? "" });
  }
  const restore = wanted === "stopped" ? flagRestore(live, context) : void 0;
  if (restore) await api.patch(`feature_flags/${restore.id}/`, { active: restore.active });
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
var DESCRIPTION_MAX4 = 3e3;
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
  activityScope: "Experiment",
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
  validate(spec, report, context) {
    checkEdgeWhitespace(spec, { name: "name", description: "description" }, report);
    if (spec.lifecycle === "stopped" && spec.conclusion === void 0) report("conclusion", 'a stopped experiment needs a conclusion ("won", "lost", "inconclusive", "stopped_early" or "invalid")');
    if (spec.archived === true && spec.lifecycle !== "stopped") report("archived", 'only a stopped experiment can be archived (set lifecycle: "stopped")');
    checkAliases(spec, [["conclusion_comment", "conclusionComment"]], report);
    const parameters = isJsonObject(spec.parameters) ? spec.parameters : {};
    (Array.isArray(parameters.feature_flag_variants) ? parameters.feature_flag_variants : []).forEach((variant2, i) => {
      if (isJsonObject(variant2) && variant2.split_percent === void 0 && variant2.rollout_percentage === void 0) {
        report(`parameters.feature_flag_variants.${i}`, "needs split_percent or rollout_percentage, as PostHog requires of every variant");
      }
    });
    const overflow = describeMarkerOverflow("experiments", String(spec.key), spec.description, DESCRIPTION_MAX4, context?.owner);
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
    checkEdgeWhitespace(spec, { name: "name" }, report);
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
  // PostHog's own flags for a survey's or product tour's targeting (`SURVEY_TARGETING_FLAG_PREFIX`,
  // `PRODUCT_TOUR_TARGETING_FLAG_PREFIX`): their create, update and delete write them, so they are never
  // pulled or adopted; those kinds manage targeting through the survey or tour.
  serverOwned: (raw) => typeof raw.key === "string" && (raw.key.startsWith("survey-targeting-") || raw.key.startsWith("product-tour-targeting-")),
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

// src/core/kinds/hog-flow-actions.ts
var ACTION_MEMBERS = ["id", "name", "description", "type", "config", "filters", "on_error", "output_variable"];
var FUNCTION_TRIGGERS = ["webhook", "manual", "tracking_pixel"];
var TRIGGER_TYPES = ["event", "batch", "schedule", ...FUNCTION_TRIGGERS];
var DELAY_DURATION = /^\d*\.?\d+[dhms]$/;
function isFunctionAction(action) {
  const type = typeof action.type === "string" ? action.type : "";
  const config = isJsonObject(action.config) ? action.config : {};
  return type.includes("function") || type === "trigger" && FUNCTION_TRIGGERS.includes(String(config.type));
}
function authoredFilters(filters) {
  if (!isJsonObject(filters)) return filters ?? null;
  const { bytecode: _bytecode, bytecode_error: _error, ...rest } = filters;
  return rest;
}
function authoredInputs(inputs) {
  if (!isJsonObject(inputs)) return inputs;
  const out = {};
  for (const key of Object.keys(inputs).sort()) {
    const item = inputs[key];
    if (isJsonObject(item) && item.secret === true) out[key] = { value: { ...SECRET_SET } };
    else if (isJsonObject(item)) {
      const { order: _order, bytecode: _bytecode, ...rest } = item;
      out[key] = rest;
    } else out[key] = item;
  }
  return out;
}
function authoredConfig(action) {
  if (!isJsonObject(action.config)) return action.config ?? null;
  const config = { ...action.config };
  if (action.type === "trigger" && config.type === "event" && config.filter_test_accounts !== void 0 && config.filter_test_accounts !== null) {
    config.filters = { ...isJsonObject(config.filters) ? config.filters : {}, filter_test_accounts: config.filter_test_accounts };
    delete config.filter_test_accounts;
  }
  if (config.filters !== void 0) config.filters = authoredFilters(config.filters);
  if (isJsonObject(config.condition)) config.condition = { ...config.condition, filters: authoredFilters(config.condition.filters) };
  if (Array.isArray(config.conditions)) config.conditions = config.conditions.map((item) => isJsonObject(item) && item.filters !== void 0 ? { ...item, filters: authoredFilters(item.filters) } : item);
  if (config.inputs !== void 0) config.inputs = authoredInputs(config.inputs);
  return config;
}
function canonicalAction(value) {
  if (!isJsonObject(value)) return value;
  const out = {};
  for (const member of ACTION_MEMBERS) {
    const item = value[member];
    if (item === void 0 || item === null && (member === "on_error" || member === "output_variable")) continue;
    out[member] = item;
  }
  out.description ??= "";
  out.filters = authoredFilters(value.filters);
  out.config = authoredConfig(value);
  return out;
}
function withoutBytecode(value) {
  if (!isJsonObject(value)) return null;
  const { bytecode: _bytecode, ...rest } = value;
  return rest;
}
function keepDeclaredActionSecrets(live, desired) {
  if (!Array.isArray(live) || !Array.isArray(desired)) return live;
  const wanted = new Map(desired.filter(isJsonObject).map((action) => [action.id, action]));
  return live.map((action) => {
    if (!isJsonObject(action) || !isJsonObject(action.config) || !isJsonObject(action.config.inputs)) return action;
    const declared = wanted.get(action.id);
    const declaredInputs = isJsonObject(declared?.config) && isJsonObject(declared.config.inputs) ? declared.config.inputs : {};
    const inputs = {};
    for (const [key, item] of Object.entries(action.config.inputs)) {
      const mine = declaredInputs[key];
      const held = isJsonObject(item) && isSecretSet(item.value);
      inputs[key] = held && isJsonObject(mine) && readSecretName(mine.value) !== void 0 ? mine : item;
    }
    return { ...action, config: { ...action.config, inputs } };
  });
}

// src/core/kinds/hog-flows.ts
var STATUSES = ["draft", "active", "archived"];
var EXIT_CONDITIONS = ["exit_on_conversion", "exit_on_trigger_not_matched", "exit_on_trigger_not_matched_or_conversion", "exit_only_at_end"];
function listOf(value) {
  return Array.isArray(value) ? value : [];
}
function canonicalMasking(value) {
  const masking = withoutBytecode(value);
  return isJsonObject(masking) ? { ...masking, ttl: masking.ttl ?? null, threshold: masking.threshold ?? null } : null;
}
function validateFlow(spec, report) {
  const actions2 = listOf(spec.actions).filter(isJsonObject);
  const triggers = actions2.filter((action) => action.type === "trigger");
  if (triggers.length !== 1) report("actions", `needs exactly one action of type "trigger" (has ${triggers.length}), as PostHog requires`);
  const ids = /* @__PURE__ */ new Set();
  actions2.forEach((action, index) => {
    if (typeof action.id !== "string" || action.id === "") report(`actions[${index}].id`, "is required: edges refer to actions by id");
    else if (ids.has(action.id)) report(`actions[${index}].id`, `"${action.id}" is used by another action`);
    else ids.add(action.id);
    if (typeof action.name !== "string" || action.name === "") report(`actions[${index}].name`, "is required");
    if (typeof action.type !== "string" || action.type === "") report(`actions[${index}].type`, "is required");
    if (!isJsonObject(action.config)) report(`actions[${index}].config`, "is required (an object)");
  });
  listOf(spec.edges).forEach((edge, index) => {
    if (!isJsonObject(edge)) return report(`edges[${index}]`, "must be an object {from, to, type}");
    for (const end of ["from", "to"]) if (typeof edge[end] !== "string" || !ids.has(edge[end])) report(`edges[${index}].${end}`, `must be the id of one of this flow's actions (got ${JSON.stringify(edge[end])})`);
  });
  if (spec.status !== "active") return;
  actions2.forEach((action, index) => {
    const config = isJsonObject(action.config) ? action.config : {};
    if (action.type === "trigger" && !TRIGGER_TYPES.includes(String(config.type))) report(`actions[${index}].config.type`, `must be one of ${TRIGGER_TYPES.join(", ")} for an active flow`);
    if (action.type === "delay" && (typeof config.delay_duration !== "string" || !DELAY_DURATION.test(config.delay_duration))) report(`actions[${index}].config.delay_duration`, "must be a duration like '30s', '30m', '2h' or '1.5d' for an active flow");
    if (isFunctionAction(action) && (typeof config.template_id !== "string" || config.template_id === "")) report(`actions[${index}].config.template_id`, "is required for an active flow: the id of one of PostHog's hog function templates");
    if (config.condition !== void 0 && Array.isArray(config.conditions) && config.conditions.length > 0) report(`actions[${index}].config`, "cannot have both 'conditions' and 'condition'");
  });
}
function specAction(action) {
  const { description, filters, ...rest } = action;
  return compactSpec({ ...rest, description: unlessDefault(description, ""), filters: unlessDefault(filters, null) });
}
function specActions(actions2, key, warn) {
  return actions2.map((value) => {
    if (!isJsonObject(value)) return value;
    const action = specAction(value);
    if (!isJsonObject(action.config) || !isJsonObject(action.config.inputs)) return action;
    const inputs = {};
    for (const [input, item] of Object.entries(action.config.inputs)) {
      if (isJsonObject(item) && isJsonObject(item.value) && item.value.$secret === true) {
        const variable = `${key}_${String(action.id)}_${input}`.toUpperCase().replace(/[^A-Z0-9]+/g, "_").replace(/^[^A-Z]+/, "S_");
        warn(`action ${String(action.id)} input ${input} is a secret PostHog does not return; it is written as secret("${variable}"): set ${variable} and list it in posthog.config.ts secrets before applying`);
        inputs[input] = { ...item, value: specCall("secret", variable) };
      } else inputs[input] = item;
    }
    return { ...action, config: { ...action.config, inputs } };
  });
}
function warnPlainSecrets(_changes, before, after) {
  if (before === void 0 || after === void 0) return [];
  const live = new Map(listOf(before.actions).filter(isJsonObject).map((action) => [action.id, action]));
  const warnings = [];
  for (const action of listOf(after.actions).filter(isJsonObject)) {
    const held = live.get(action.id);
    const heldInputs = isJsonObject(held?.config) && isJsonObject(held.config.inputs) ? held.config.inputs : {};
    const inputs = isJsonObject(action.config) && isJsonObject(action.config.inputs) ? action.config.inputs : {};
    for (const [input, item] of Object.entries(inputs)) {
      const kept = heldInputs[input];
      if (isJsonObject(kept) && isSecretSet(kept.value) && !(isJsonObject(item) && readSecretName(item.value) !== void 0)) {
        warnings.push(`action ${String(action.id)} input ${input} is a secret in PostHog, which never returns it: write it as secret("VARIABLE") so it is not sent, and shown, on every plan`);
      }
    }
  }
  return warnings;
}
function summarizeFlow(changes, before, after) {
  if (before === void 0 || after === void 0) return [];
  const lines = [];
  if (before.status !== after.status) lines.push(`status ${String(before.status)} → ${String(after.status)}`);
  if (changes.some((change) => change.path === "actions" || change.path.startsWith("actions"))) lines.push(`actions: ${listOf(before.actions).length} → ${listOf(after.actions).length}, sent as a whole`);
  return lines;
}
var hogFlows = defineKind({
  name: "hog-flows",
  label: "hog flow",
  constructorName: "hogFlow",
  folder: "hog-flows",
  references: [],
  sdk: { spec: "HogFlow", doc: "Fields of `hogFlow()`.", constructorDoc: "Defines a workflow (hog flow): a trigger and the actions it leads to, joined by edges; secret function inputs are named with `secret()`." },
  readme: { resource: "Hog flows (workflows)", sdk: "`hogFlow()` with its actions, edges, status and exit condition", identity: "description marker" },
  ui: { path: "workflows" },
  api: { collection: "hog_flows", remove: "hard" },
  activityScope: "HogFlow",
  schema: object({
    key: required(string({ pattern: /^[a-zA-Z][a-zA-Z0-9_-]*$/, patternHint: "start with a letter; then letters, digits, '-' and '_'", max: 200 })),
    name: required(string({ nonEmpty: true, max: 400 })),
    description: field(string(), { doc: "What the flow does; it also carries the identity marker (an HTML comment)." }),
    status: field(oneOf(...STATUSES), { doc: "`draft` (the default: never runs), `active` (live) or `archived`. PostHog checks actions fully only when active." }),
    exitCondition: field(oneOf(...EXIT_CONDITIONS), { doc: "When a person leaves the flow; compared only when declared." }),
    actions: field(sdkType(arrayOf(recordOf(json), { min: 1 }), { type: "Record<string, unknown>[]" }), {
      required: true,
      doc: "The action nodes as PostHog's API spells them (`{id, name, type, config, filters?, on_error?}`); exactly one has type `trigger`."
    }),
    edges: field(sdkType(arrayOf(recordOf(json)), { type: "Record<string, unknown>[]" }), { doc: "Edges `{from, to, type, index?}` between action ids." }),
    triggerMasking: field(object({ hash: required(string({ nonEmpty: true })), ttl: field(nullable(number({ integer: true, min: 60, max: 94608e3 })), { doc: "Seconds a hash is remembered." }), threshold: field(nullable(number({ integer: true })), { doc: "Fire once per this many matches." }) }), {
      doc: "Deduplicates triggers by a HogQL template hash."
    }),
    conversion: field(sdkType(recordOf(json), { type: "Record<string, unknown>" }), { doc: "The conversion goal (`{window_minutes, filters}`)." }),
    variables: field(sdkType(arrayOf(recordOf(string())), { type: "Record<string, string>[]" }), { doc: "Flow variables (`{key, label, type, default}`), keys unique." })
  }),
  validate: validateFlow,
  declaredOnly: ["exit_condition"],
  toDesired(spec) {
    return {
      fields: {
        name: textOrEmpty(spec.name),
        description: stripCharField(textOrEmpty(spec.description)),
        status: typeof spec.status === "string" ? spec.status : "draft",
        ...typeof spec.exitCondition === "string" ? { exit_condition: spec.exitCondition } : {},
        actions: listOf(spec.actions).map(canonicalAction),
        edges: listOf(spec.edges),
        trigger_masking: canonicalMasking(spec.triggerMasking),
        conversion: withoutBytecode(spec.conversion),
        variables: listOf(spec.variables)
      },
      dependsOn: []
    };
  },
  identify(raw) {
    return readIdentityMarker("hog-flows", raw.description);
  },
  compare(live, desired) {
    return { ...live, actions: keepDeclaredActionSecrets(live.actions, desired.actions) ?? [] };
  },
  toObserved(raw) {
    return {
      name: textOrEmpty(raw.name),
      description: stripIdentityMarker(raw.description),
      status: textOrEmpty(raw.status),
      exit_condition: textOrEmpty(raw.exit_condition),
      actions: listOf(raw.actions).map(canonicalAction),
      edges: listOf(raw.edges),
      trigger_masking: canonicalMasking(raw.trigger_masking),
      conversion: withoutBytecode(raw.conversion),
      variables: listOf(raw.variables)
    };
  },
  toPayload(key, fields) {
    const payload = {
      name: fields.name,
      description: appendIdentityMarker("hog-flows", key, fields.description),
      status: fields.status,
      actions: fields.actions,
      edges: fields.edges,
      trigger_masking: fields.trigger_masking,
      conversion: fields.conversion,
      variables: fields.variables
    };
    if (fields.exit_condition !== void 0) payload.exit_condition = fields.exit_condition;
    return payload;
  },
  proposeKey(raw) {
    const slug = slugKey(raw.name, `flow-${String(raw.id)}`);
    return /^[a-z]/.test(slug) ? slug : `flow-${slug}`;
  },
  toSpec(fields, key, warn) {
    const masking = isJsonObject(fields.trigger_masking) ? fields.trigger_masking : void 0;
    return compactSpec({
      key,
      name: fields.name,
      description: unlessDefault(fields.description, ""),
      status: unlessDefault(fields.status, "draft"),
      exitCondition: unlessDefault(fields.exit_condition, "exit_on_conversion"),
      actions: specActions(listOf(fields.actions), key, warn),
      edges: unlessDefault(fields.edges, []),
      triggerMasking: masking === void 0 ? void 0 : compactSpec({ hash: masking.hash, ttl: unlessDefault(masking.ttl, null), threshold: unlessDefault(masking.threshold, null) }),
      conversion: unlessDefault(fields.conversion, null),
      variables: unlessDefault(fields.variables, [])
    });
  },
  summarize: summarizeFlow,
  warn: warnPlainSecrets
});

// src/core/kinds/hog-functions.ts
var TYPES = ["destination", "transformation"];
var FILTER_KEYS = ["events", "actions", "properties", "filter_test_accounts"];
function canonicalFilters2(value) {
  const out = {};
  if (!isJsonObject(value)) return out;
  for (const key of FILTER_KEYS) if (value[key] !== void 0 && value[key] !== null) out[key] = value[key];
  return out;
}
function canonicalMasking2(value) {
  if (!isJsonObject(value)) return null;
  return { ttl: value.ttl ?? null, hash: value.hash ?? null, threshold: value.threshold ?? null };
}
function observedInputs(value) {
  const out = {};
  if (!isJsonObject(value)) return out;
  for (const key of Object.keys(value).sort()) {
    const item = value[key];
    if (isJsonObject(item) && item.secret === true) out[key] = { ...SECRET_SET };
    else if (isJsonObject(item) && item.value !== void 0) out[key] = item.value;
  }
  return out;
}
function payloadInputs(inputs, before) {
  const live = isJsonObject(before?.inputs) ? before.inputs : {};
  const out = {};
  for (const [key, value] of Object.entries(inputs)) {
    const kept = readSecretName(value) !== void 0 && before !== void 0 && isDeepEqual(live[key], value);
    out[key] = kept ? { secret: true } : { value };
  }
  return out;
}
function secretVariable(key, input) {
  return `${key}_${input}`.toUpperCase().replace(/[^A-Z0-9]+/g, "_").replace(/^[^A-Z]+/, "S_");
}
function summarizeFunction(changes, before, after) {
  if (before === void 0 || after === void 0) return [];
  const lines = [];
  if (changes.some((change) => change.path === "enabled")) lines.push(after.enabled === true ? "function enabled" : "function paused");
  const inputs = isJsonObject(after.inputs) ? after.inputs : {};
  const sent = [...new Set(changes.filter((change) => change.path.startsWith("inputs.")).map((change) => change.path.split(".")[1]))].sort();
  for (const input of sent) {
    const name = readSecretName(inputs[input]);
    lines.push(name === void 0 ? `input ${input} changed` : `secret input ${input} sent from ${name}`);
  }
  if (changes.some((change) => change.path === "filters" || change.path.startsWith("filters."))) lines.push("filters changed: a different set of events triggers it");
  return lines;
}
function warnPlainSecrets2(changes, before) {
  const live = isJsonObject(before?.inputs) ? before.inputs : {};
  return changes.filter((change) => /^inputs\.[^.]+$/.test(change.path) && isJsonObject(live[change.path.slice(7)]) && live[change.path.slice(7)].$secret === true && change.kind !== "remove" && readSecretName(change.after) === void 0).map((change) => `input ${change.path.slice(7)} is a secret in PostHog, which never returns it: write it as secret("VARIABLE") so it is not sent, and shown, on every plan`);
}
var hogFunctions = defineKind({
  name: "hog-functions",
  label: "hog function",
  constructorName: "hogFunction",
  folder: "hog-functions",
  references: [],
  sdk: { spec: "HogFunction", doc: "Fields of `hogFunction()`.", constructorDoc: "Defines a destination or transformation from one of PostHog's templates; secret inputs are named with `secret()`." },
  readme: { resource: "Hog functions", sdk: "`hogFunction()` from a template, with inputs (secrets by `secret()`), filters, masking and execution order", identity: "description marker" },
  ui: { path: "functions" },
  activityScope: "HogFunction",
  // The list uses HogFunctionMinimalSerializer, without inputs or masking.
  api: { collection: "hog_functions", remove: "soft", readDetail: true },
  declaredOnly: ["execution_order"],
  schema: object({
    key: required(string({ pattern: /^[a-zA-Z][a-zA-Z0-9_-]*$/, patternHint: "start with a letter; then letters, digits, '-' and '_'", max: 200 })),
    type: field(oneOf(...TYPES), {
      required: true,
      doc: "A destination sends events elsewhere; a transformation changes them during ingestion.",
      immutable: { path: "type", reason: `PostHog cannot change a hog function's type ("Cannot modify the type of an existing function"); apply deletes it and creates it anew` }
    }),
    name: required(string({ nonEmpty: true, max: 400 })),
    description: field(string(), { doc: "It also carries the identity marker (an HTML comment)." }),
    templateId: field(string({ nonEmpty: true, max: 400 }), {
      required: true,
      doc: "The template the function is built from (`template-webhook`); PostHog copies its code and input schema on create.",
      immutable: { path: "template_id", reason: "PostHog keeps a hog function's template from its creation; apply deletes it and creates it anew from the new template" }
    }),
    enabled: field(boolean, { doc: "Whether it runs (true by default)." }),
    inputs: field(sdkType(recordOf(secretOr(json)), { type: "Record<string, JsonValue | Secret>" }), { doc: 'Values of the template\'s inputs by key; secret ones as `secret("VARIABLE")`.' }),
    filters: field(
      object({ events: arrayOf(json), actions: arrayOf(json), properties: arrayOf(json), filter_test_accounts: boolean }),
      { doc: "Which events trigger it, in PostHog's filter form (`events`, `actions`, `properties`, `filter_test_accounts`)." }
    ),
    masking: field(object({ ttl: required(number({ integer: true, min: 60, max: 86400 })), hash: required(string({ nonEmpty: true })), threshold: nullable(number({ integer: true })) }), {
      doc: "Runs at most once per `hash` (a template such as `{person.id}`) every `ttl` seconds."
    }),
    executionOrder: field(number({ integer: true, min: 0 }), { doc: "A transformation's place among the project's transformations; PostHog puts a new one last when it is not given." })
  }),
  toDesired(spec) {
    const inputs = {};
    if (isJsonObject(spec.inputs)) for (const key of Object.keys(spec.inputs).sort()) inputs[key] = spec.inputs[key];
    return {
      fields: {
        type: String(spec.type),
        name: textOrEmpty(spec.name),
        description: stripCharField(textOrEmpty(spec.description)),
        template_id: textOrEmpty(spec.templateId),
        enabled: flagOr(spec.enabled, true),
        inputs,
        filters: canonicalFilters2(spec.filters),
        masking: canonicalMasking2(spec.masking),
        ...typeof spec.executionOrder === "number" ? { execution_order: spec.executionOrder } : {}
      },
      dependsOn: []
    };
  },
  identify(raw) {
    return readIdentityMarker("hog-functions", raw.description);
  },
  // PostHog's own notification functions (a logs alert's destinations, made by the alert's routes
  // and refused by this API in newer versions): never read, pulled, adopted or pruned as functions.
  serverOwned: (raw) => raw.type === "internal_destination",
  toObserved(raw) {
    const template = isJsonObject(raw.template) ? raw.template.id : void 0;
    return {
      type: textOrEmpty(raw.type),
      name: textOrEmpty(raw.name),
      description: stripIdentityMarker(raw.description),
      template_id: typeof template === "string" ? template : "",
      enabled: flagOr(raw.enabled, false),
      inputs: observedInputs(raw.inputs),
      filters: canonicalFilters2(raw.filters),
      masking: canonicalMasking2(raw.masking),
      execution_order: typeof raw.execution_order === "number" ? raw.execution_order : null
    };
  },
  toPayload(key, fields, _lookup, action, before) {
    const payload = {
      type: fields.type,
      name: fields.name,
      description: appendIdentityMarker("hog-functions", key, fields.description),
      enabled: fields.enabled,
      inputs: payloadInputs(fields.inputs, action === "update" ? before : void 0),
      filters: fields.filters,
      masking: fields.masking
    };
    if (fields.execution_order !== void 0) payload.execution_order = fields.execution_order;
    if (action === "create") payload.template_id = fields.template_id;
    return payload;
  },
  proposeKey(raw) {
    const slug = slugKey(raw.name, `function-${String(raw.id)}`);
    return /^[a-z]/.test(slug) ? slug : `function-${slug}`;
  },
  toSpec(fields, key, warn) {
    const inputs = {};
    for (const [input, value] of Object.entries(isJsonObject(fields.inputs) ? fields.inputs : {})) {
      if (isJsonObject(value) && value.$secret === true) {
        const variable = secretVariable(key, input);
        warn(`input ${input} is a secret PostHog does not return; it is written as secret("${variable}"): set ${variable} and list it in posthog.config.ts secrets before applying`);
        inputs[input] = specCall("secret", variable);
      } else {
        const name = readSecretName(value);
        inputs[input] = name === void 0 ? value : specCall("secret", name);
      }
    }
    const masking = fields.masking;
    return compactSpec({
      key,
      type: fields.type,
      name: fields.name,
      description: unlessDefault(fields.description, ""),
      templateId: fields.template_id,
      enabled: unlessDefault(fields.enabled, true),
      inputs: unlessDefault(inputs, {}),
      filters: unlessDefault(fields.filters, {}),
      masking: masking === null ? void 0 : compactSpec({ ttl: masking.ttl, hash: masking.hash, threshold: unlessDefault(masking.threshold, null) }),
      executionOrder: fields.type === "transformation" ? fields.execution_order ?? void 0 : void 0
    });
  },
  summarize: summarizeFunction,
  warn: (changes, before) => warnPlainSecrets2(changes, before)
});

// src/core/kinds/hogql-refs.ts
var VARIABLES = "insight-variables";
var VIEWS = "warehouse-saved-queries";
var PLACEHOLDER = /\{\s*variables\.([\p{L}\p{N}_]+)\s*\}/gu;
function mapHogQLNodes(value, map, path = "") {
  const join = (name) => path ? `${path}.${name}` : name;
  if (Array.isArray(value)) return value.map((item, i) => mapHogQLNodes(item, map, join(String(i))));
  if (!isJsonObject(value)) return value;
  const out = {};
  for (const [name, member] of Object.entries(value)) out[name] = mapHogQLNodes(member, map, join(name));
  return out.kind === "HogQLQuery" ? map(out, path) : out;
}
function readUse(use) {
  const direct = readRef(use);
  if (direct?.kind === VARIABLES) return { ref: direct };
  if (!isJsonObject(use)) return void 0;
  const ref2 = readRef(use.variable);
  return ref2?.kind === VARIABLES ? { ref: ref2, ...use.value !== void 0 ? { value: use.value } : {} } : void 0;
}
function canonicalHogQLRefs(value) {
  const refs = [];
  const mapped = mapHogQLNodes(value, (node) => {
    const { views, ...rest } = node;
    for (const view of Array.isArray(views) ? views : []) if (readRef(view)?.kind === VIEWS) refs.push(readRef(view));
    if (!Array.isArray(node.variables)) return rest;
    const record = {};
    for (const use of node.variables) {
      const found = readUse(use);
      if (!found) continue;
      refs.push(found.ref);
      record[found.ref.key] = { code_name: found.ref.key, variableId: found.ref.key, ...found.value !== void 0 ? { value: found.value } : {} };
    }
    return { ...rest, variables: record };
  });
  return { value: mapped, refs };
}
function mapVariables(value, entry) {
  return mapHogQLNodes(value, (node) => {
    if (!isJsonObject(node.variables)) return node;
    const record = {};
    for (const [id, variable] of Object.entries(node.variables)) {
      if (!isJsonObject(variable)) continue;
      const [name, mapped] = entry(id, variable);
      record[name] = mapped;
    }
    return { ...node, variables: record };
  });
}
function observedHogQLRefs(value, lookup) {
  return mapVariables(value, (id, variable) => {
    const key = lookup.keyOf(VARIABLES, typeof variable.variableId === "string" ? variable.variableId : id);
    return key === void 0 ? [id, variable] : [key, { ...variable, variableId: key }];
  });
}
function resolveHogQLRefs(value, lookup) {
  return mapVariables(value, (name, variable) => {
    const id = lookup.idOf({ kind: VARIABLES, key: typeof variable.variableId === "string" ? variable.variableId : name });
    return id === void 0 ? [name, variable] : [String(id), { ...variable, variableId: String(id) }];
  });
}
function specHogQLRefs(value) {
  return mapHogQLNodes(value, (node) => {
    if (!isJsonObject(node.variables)) return node;
    const entries = Object.values(node.variables).filter(isJsonObject);
    if (entries.some((v) => typeof v.variableId !== "string" || v.variableId.includes("-") || Object.keys(v).some((k) => !["code_name", "variableId", "value"].includes(k)))) return node;
    const uses = entries.map((v) => v.value === void 0 ? specRef(VARIABLES, v.variableId) : { variable: specRef(VARIABLES, v.variableId), value: v.value });
    return { ...node, variables: uses };
  });
}
function checkHogQLRefs(spec, report) {
  mapHogQLNodes(spec, (node, path) => {
    const defined = /* @__PURE__ */ new Set();
    if (Array.isArray(node.variables)) {
      node.variables.forEach((use, i) => {
        const found = readUse(use);
        if (found) defined.add(found.ref.key);
        else report(`${path}.variables.${i}`, "expected an insightVariable() or { variable: insightVariable(), value }");
      });
    } else if (isJsonObject(node.variables)) {
      for (const variable of Object.values(node.variables)) if (isJsonObject(variable) && typeof variable.code_name === "string") defined.add(variable.code_name);
    }
    if (node.views !== void 0 && !(Array.isArray(node.views) && node.views.every((view) => readRef(view)?.kind === VIEWS))) report(`${path}.views`, "expected a list of warehouseSavedQuery() views");
    const text = typeof node.query === "string" ? node.query : "";
    for (const match of new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]))) {
      if (!defined.has(match)) report(`${path}.query`, `uses {variables.${match}}, but the query lists no insight variable with that code name: pass the insightVariable() to hogql (hogql\`… \${variable}\`)`);
    }
    return node;
  });
}
function withHogQLRefs(kind) {
  return {
    ...kind,
    validate(spec, report, context) {
      kind.validate?.(spec, report, context);
      checkHogQLRefs(spec, report);
    },
    toDesired(spec) {
      const { value, refs } = canonicalHogQLRefs(spec);
      const desired = kind.toDesired(value);
      return { fields: desired.fields, dependsOn: [...desired.dependsOn, ...refs] };
    },
    toObserved(raw, lookup) {
      const observed = kind.toObserved(raw, lookup);
      return observed.query === void 0 ? observed : { ...observed, query: observedHogQLRefs(observed.query, lookup) };
    },
    toPayload(key, fields, lookup, action, before) {
      const payload = kind.toPayload(key, fields, lookup, action, before);
      return payload.query === void 0 ? payload : { ...payload, query: resolveHogQLRefs(payload.query, lookup) };
    },
    toSpec(fields, key, warn) {
      return kind.toSpec(fields.query === void 0 ? fields : { ...fields, query: specHogQLRefs(fields.query) }, key, warn);
    }
  };
}

// src/core/kinds/insight-variables.ts
var TYPES2 = ["String", "Number", "Boolean", "List", "Date"];
function deriveCodeName(name) {
  return Array.from(stripCharField(name)).filter((c) => /[\p{L}\p{N} _]/u.test(c)).join("").replace(/ /g, "_").toLowerCase();
}
function defaultFor(type, multi) {
  if (type !== "List") return null;
  return multi ? [] : "";
}
function checkDefault(spec, report) {
  const value = spec.defaultValue;
  if (value === void 0 || value === null) return;
  const type = String(spec.type);
  const expected = {
    String: (v) => typeof v === "string",
    Date: (v) => typeof v === "string",
    Number: (v) => typeof v === "number",
    Boolean: (v) => typeof v === "boolean",
    List: (v) => spec.isMulti === true ? Array.isArray(v) && v.every((item) => typeof item === "string") : typeof v === "string"
  };
  const hint = { String: "a string", Date: "a date string", Number: "a number", Boolean: "true or false", List: spec.isMulti === true ? "an array of strings" : "a string" };
  if (expected[type] && !expected[type](value)) report("defaultValue", `a ${type} variable's default must be ${hint[type]} (PostHog stores List values as strings)`);
}
function summarizeVariable(changes, before, after) {
  if (before === void 0 || after === void 0) return [];
  const lines = [];
  if (changes.some((c) => c.path === "name")) lines.push(`renamed "${String(before.name)}" → "${String(after.name)}" (queries keep using its code name)`);
  if (changes.some((c) => c.path === "type")) lines.push(`type ${String(before.type)} → ${String(after.type)}`);
  if (changes.some((c) => c.path === "default_value")) lines.push(`default ${JSON.stringify(before.default_value)} → ${JSON.stringify(after.default_value)}`);
  return lines;
}
async function convergeName(context) {
  const path = `insight_variables/${String(context.id)}/`;
  const live = await context.api.get(path);
  if (live !== void 0 && live.name !== context.fields.name) await context.api.patch(path, { name: context.fields.name });
}
var insightVariables = defineKind({
  name: "insight-variables",
  label: "insight variable",
  constructorName: "insightVariable",
  folder: "insight-variables",
  references: [],
  sdk: { spec: "InsightVariable", doc: "Fields of `insightVariable()`.", constructorDoc: "Defines an insight variable (a SQL variable); `hogql()` queries use it by object." },
  readme: { resource: "Insight variables", sdk: "`insightVariable()` (String, Number, Boolean, List or Date); `hogql()` queries use it by object", identity: "code name" },
  api: { collection: "insight_variables", remove: "never" },
  schema: object({
    key: field(string({ pattern: /^[\p{Ll}\p{Lo}\p{N}_]{1,400}$/u, patternHint: "the code name: lower-case letters, digits and '_'" }), {
      required: true,
      doc: "The code name queries write as `{variables.<key>}`; PostHog derives it from the name when it creates the variable and keeps it on a rename."
    }),
    name: field(string({ max: 400, nonEmpty: true }), { required: true, doc: "Shown above the variable's input on dashboards and in the SQL editor." }),
    type: field(oneOf(...TYPES2), { required: true, doc: "How the value is rendered and substituted in HogQL." }),
    defaultValue: field(sdkType(json, { type: "string | number | boolean | string[] | null" }), { doc: "Used when a query gives no value. List values are strings." }),
    values: field(arrayOf(string()), { doc: "The allowed values of a List variable." }),
    isMulti: field(boolean, { doc: "A List variable that accepts several values (its default is then an array)." })
  }),
  validate(spec, report) {
    checkEdgeWhitespace(spec, { name: "name" }, report);
    const list = spec.type === "List";
    if (!list && spec.values !== void 0) report("values", "only List variables have allowed values");
    if (!list && spec.isMulti !== void 0) report("isMulti", "only List variables accept several values");
    checkDefault(spec, report);
  },
  toDesired(spec) {
    const type = String(spec.type);
    const multi = type === "List" && spec.isMulti === true;
    return {
      fields: {
        name: stripCharField(textOrEmpty(spec.name)),
        type,
        default_value: spec.defaultValue ?? defaultFor(type, multi),
        values: type === "List" ? spec.values ?? [] : null,
        is_multi: multi
      },
      dependsOn: []
    };
  },
  identify(raw) {
    return typeof raw.code_name === "string" && raw.code_name !== "" ? raw.code_name : void 0;
  },
  toObserved(raw) {
    const type = textOrEmpty(raw.type);
    return {
      name: textOrEmpty(raw.name),
      type,
      default_value: raw.default_value ?? defaultFor(type, raw.is_multi === true),
      // PostHog keeps what was sent for other types; only a List variable uses them, and updates send null.
      values: type === "List" ? raw.values ?? [] : null,
      is_multi: raw.is_multi === true
    };
  },
  toPayload(key, fields, _lookup, action) {
    const name = action === "create" && deriveCodeName(fields.name) !== key ? key : fields.name;
    return { name, type: fields.type, default_value: fields.default_value ?? null, values: fields.values ?? null, is_multi: fields.is_multi };
  },
  converge: convergeName,
  proposeKey(raw) {
    return typeof raw.code_name === "string" ? raw.code_name : deriveCodeName(textOrEmpty(raw.name));
  },
  toSpec(fields, key) {
    const type = String(fields.type);
    const multi = fields.is_multi === true;
    return compactSpec({
      key,
      name: fields.name,
      type,
      defaultValue: isDeepEqual(fields.default_value, defaultFor(type, multi)) ? void 0 : fields.default_value,
      values: type === "List" ? unlessDefault(fields.values, []) : void 0,
      isMulti: multi ? true : void 0
    });
  },
  summarize: summarizeVariable
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
    const { compare_label: label, ...base2 } = parsed;
    const baseKey = JSON.stringify(base2);
    if (label === "current" && !(baseKey in merged && !compareOn)) merged[baseKey] = value;
  }
  return merged;
}
function mergeByPosition(query, filter, customizations) {
  const base2 = baseSeriesCount(query, filter);
  if (!hasCompare(query) || hasBreakdown(query) || base2 === 0) return customizations;
  const remapped = {};
  const offset = [];
  for (const [key, value] of Object.entries(customizations)) {
    const position = /^\s*[+-]?\d+\s*$/.test(key) ? Number.parseInt(key, 10) : void 0;
    if (position === void 0 || position < base2) remapped[key] = value;
    else offset.push([position, value]);
  }
  for (const [position, value] of offset) if (!(String(position - base2) in remapped)) remapped[String(position - base2)] = value;
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
    // `Insight.description` is a `CharField(max_length=400)` (posthog/models/insight.py).
    description: string({ max: 400 }),
    query: field(sdkType(json, { type: "InsightQuery | InsightQueryNode | HogQLQuery" }), {
      required: true,
      doc: "A query constructor's node, or the bare query PostHog's tool writes (wrapped as that tool wraps it)."
    }),
    tags: arrayOf(string({ max: 255 }))
  }),
  validate(spec, report) {
    checkEdgeWhitespace(spec, { name: "name", description: "description" }, report);
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

// src/core/kinds/warehouse-saved-queries.ts
var POSTHOG_TABLES = /* @__PURE__ */ new Set(["events", "groups", "persons", "person_distinct_ids", "sessions", "session_replay_events", "cohort_people", "static_cohort_people", "log_entries", "heatmaps"]);
var PLACEHOLDER2 = /\{\s*[A-Za-z_][\w.]*\s*\}/;
async function convergeQuery(context) {
  const path = `warehouse_saved_queries/${String(context.id)}/`;
  const live = await context.api.get(path);
  if (live === void 0) return;
  const text = isJsonObject(live.query) ? live.query.query : void 0;
  if (text === context.fields.query) return;
  await context.api.patch(path, { query: { kind: "HogQLQuery", query: context.fields.query }, edited_history_id: live.latest_history_id ?? null });
}
function summarizeView(changes, before, after) {
  if (before === void 0 || after === void 0) return [];
  const lines = [];
  if (changes.some((c) => c.path === "name")) lines.push(`renamed ${String(before.name)} → ${String(after.name)}`);
  if (changes.some((c) => c.path === "query")) lines.push("query changed; PostHog marks the view Modified");
  return lines;
}
function warnRename(changes, before) {
  if (before === void 0 || !changes.some((c) => c.path === "name")) return [];
  return [`queries that read this view as ${String(before.name)} stop working: PostHog does not rename the view where insights, endpoints or other views use it`];
}
var warehouseSavedQueries = defineKind({
  name: "warehouse-saved-queries",
  label: "warehouse saved query",
  constructorName: "warehouseSavedQuery",
  folder: "warehouse-saved-queries",
  references: [],
  sdk: { spec: "WarehouseSavedQuery", doc: "Fields of `warehouseSavedQuery()`.", constructorDoc: "Defines a warehouse saved query: a HogQL view that queries read as a table by its name." },
  readme: { resource: "Warehouse saved queries", sdk: "`warehouseSavedQuery()` (a HogQL view; SQL insights and endpoints read it by object)", identity: "description marker" },
  api: { collection: "warehouse_saved_queries", remove: "hard", readDetail: true },
  hogqlSelects: ["query"],
  hogqlTable: true,
  unique: { field: "name", desired: (_key, fields) => fields.name, live: (raw) => raw.name },
  schema: object({
    key: required(string({ pattern: /^[a-zA-Z][a-zA-Z0-9_-]*$/, patternHint: "start with a letter; then letters, digits, '-' and '_'", max: 200 })),
    name: field(string({ pattern: /^[A-Za-z_$][A-Za-z0-9_.$]*$/, patternHint: "a HogQL table name: letters, digits, '_', '.' or '$', not starting with a digit or '.'", max: 128 }), {
      required: true,
      doc: "The table name queries read the view by (`SELECT * FROM <name>`), unique in the project."
    }),
    query: field(string({ nonEmpty: true }), { required: true, doc: "The HogQL SELECT that defines the view; PostHog refuses `{variables.x}` and `{filters}` placeholders in views." }),
    description: field(string(), { doc: "What the view holds; it also carries the identity marker (an HTML comment)." })
  }),
  validate(spec, report) {
    if (typeof spec.name === "string" && POSTHOG_TABLES.has(spec.name)) report("name", `${spec.name} is one of PostHog's own tables; a view cannot take its name`);
    if (typeof spec.query === "string" && PLACEHOLDER2.test(spec.query)) report("query", "PostHog refuses placeholders such as {variables.x} and {filters} in views");
  },
  toDesired(spec) {
    return { fields: { name: textOrEmpty(spec.name), query: textOrEmpty(spec.query), description: stripCharField(textOrEmpty(spec.description)) }, dependsOn: [] };
  },
  identify(raw) {
    return readIdentityMarker("warehouse-saved-queries", raw.description);
  },
  toObserved(raw) {
    return { name: textOrEmpty(raw.name), query: isJsonObject(raw.query) ? textOrEmpty(raw.query.query) : "", description: stripIdentityMarker(raw.description) };
  },
  toPayload(key, fields, _lookup, action) {
    const payload = { name: fields.name, description: appendIdentityMarker("warehouse-saved-queries", key, fields.description) };
    if (action === "create") payload.query = { kind: "HogQLQuery", query: fields.query };
    return payload;
  },
  converge: convergeQuery,
  proposeKey(raw) {
    const slug = slugKey(raw.name, `view-${String(raw.id)}`);
    return /^[a-z]/.test(slug) ? slug : `view-${slug}`;
  },
  toSpec(fields, key) {
    return compactSpec({ key, name: fields.name, query: fields.query, description: unlessDefault(fields.description, "") });
  },
  summarize: summarizeView,
  warn: warnRename
});

// src/core/kinds/messaging-templates.ts
var NAME_MAX2 = 400;
var UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
var EMAIL_TEXT = ["subject", "text", "html"];
function normalizeEmail(email) {
  if (!isJsonObject(email)) return {};
  const out = {};
  for (const part of EMAIL_TEXT) if (typeof email[part] === "string") out[part] = email[part].trim();
  if (email.design !== void 0 && email.design !== null) out.design = email.design;
  return out;
}
function summarizeTemplate(changes, before, after) {
  if (before === void 0 || after === void 0) return [];
  const email = (fields) => isJsonObject(fields.email) ? fields.email : {};
  const lines = [];
  if (changes.some((change) => change.path === "email" || change.path.startsWith("email."))) {
    const was = email(before);
    const now = email(after);
    if (was.subject !== now.subject) lines.push(`subject "${String(now.subject ?? "")}" (was "${String(was.subject ?? "")}")`);
    lines.push("the email content is replaced as a whole");
  }
  return lines;
}
var messagingTemplates = defineKind({
  name: "messaging-templates",
  label: "messaging template",
  constructorName: "messageTemplate",
  folder: "messaging-templates",
  references: [],
  sdk: { spec: "MessageTemplate", doc: "Fields of `messageTemplate()`.", constructorDoc: "Defines a messaging template: email content that hog flows and messaging destinations reuse." },
  readme: { resource: "Messaging templates", sdk: "`messageTemplate()` with its email content", identity: "description marker" },
  ui: { path: "workflows/library" },
  api: { collection: "messaging_templates", remove: "soft" },
  schema: object({
    key: required(string({ pattern: /^[a-zA-Z][a-zA-Z0-9_-]*$/, patternHint: "start with a letter; then letters, digits, '-' and '_'", max: 200 })),
    name: required(string({ nonEmpty: true, max: NAME_MAX2 })),
    description: field(string(), { doc: "What the template is for; it also carries the identity marker (an HTML comment)." }),
    type: field(oneOf("email"), { doc: "The channel; `email` (the default) is the only one." }),
    email: field(
      object({
        subject: field(string({ nonEmpty: true }), { required: true, doc: "The subject line (Liquid); PostHog requires it for email templates." }),
        text: field(string(), { doc: "Plain-text body for clients that cannot render html." }),
        html: field(string(), { doc: "The email body (Liquid). Required with `design`." }),
        design: field(sdkType(recordOf(json), { type: "Record<string, unknown>" }), { doc: "The visual editor's design document, kept as given." })
      }),
      { required: true, doc: "The email content; replaced as a whole on update." }
    ),
    templating: field(oneOf("liquid"), { doc: "The templating language; always `liquid`." }),
    messageCategory: field(string({ pattern: UUID, patternHint: "must be a message category's id (a UUID)" }), { doc: "The id of a message category of the same project to file the template under (categories are not managed here)." })
  }),
  validate(spec, report) {
    checkEdgeWhitespace(spec, { name: "name" }, report);
    const email = isJsonObject(spec.email) ? spec.email : {};
    if (email.design !== void 0 && (typeof email.html !== "string" || email.html.trim() === "")) {
      report("email.html", "is required with a design: PostHog would render the design to html through Unlayer, which an instance may not have, and the rendered html would never match this definition");
    }
  },
  toDesired(spec) {
    return {
      fields: {
        name: stripCharField(textOrEmpty(spec.name)),
        description: stripCharField(textOrEmpty(spec.description)),
        type: "email",
        templating: "liquid",
        email: normalizeEmail(spec.email),
        message_category: typeof spec.messageCategory === "string" ? spec.messageCategory.toLowerCase() : null
      },
      dependsOn: []
    };
  },
  identify(raw) {
    return raw.deleted === true ? void 0 : readIdentityMarker("messaging-templates", raw.description);
  },
  toObserved(raw) {
    const content = isJsonObject(raw.content) ? raw.content : {};
    const category = raw.message_category;
    return {
      name: textOrEmpty(raw.name),
      description: stripIdentityMarker(raw.description),
      type: textOrEmpty(raw.type),
      templating: textOrEmpty(content.templating),
      email: normalizeEmail(content.email),
      message_category: typeof category === "string" ? category.toLowerCase() : null
    };
  },
  toPayload(key, fields) {
    return {
      name: fields.name,
      description: appendIdentityMarker("messaging-templates", key, fields.description),
      type: fields.type,
      // The content serializer replaces the whole object: send every part.
      content: { templating: fields.templating, email: fields.email },
      message_category: fields.message_category
    };
  },
  proposeKey(raw) {
    const slug = slugKey(raw.name, `template-${String(raw.id)}`);
    return /^[a-z]/.test(slug) ? slug : `template-${slug}`;
  },
  toSpec(fields, key, warn) {
    const email = isJsonObject(fields.email) ? fields.email : {};
    if (typeof email.subject !== "string") warn("has no email subject, which a definition needs");
    if (email.design !== void 0 && typeof email.html !== "string") warn("has a design without html, which a definition needs");
    return compactSpec({
      key,
      name: fields.name,
      description: unlessDefault(fields.description, ""),
      email,
      messageCategory: fields.message_category === null ? void 0 : fields.message_category
    });
  },
  summarize: summarizeTemplate
});

// src/core/kinds/logs-alert-destinations.ts
var DEFAULT_CHANNEL_NAME = "channel";
var TEMPLATE_TYPES = { "template-slack": "slack", "template-webhook": "webhook" };
var slackDestination = sdkType(
  object({
    type: required(oneOf("slack")),
    slackWorkspaceId: field(number({ integer: true, min: 1 }), { required: true, doc: "The id of the project's Slack integration (the workspace PostHog is installed in)." }),
    slackChannelId: field(string({ nonEmpty: true }), { required: true, doc: "The channel's Slack id (`C0123…`), not its name." }),
    slackChannelName: field(string({ nonEmpty: true }), { doc: `The channel's name, which PostHog shows in the destination's name ("#channel" when not given).` })
  }),
  { name: "LogsAlertSlackDestination", doc: "Notifies a Slack channel through the project's Slack integration." }
);
var webhookDestination = sdkType(
  object({
    type: required(oneOf("webhook")),
    webhookUrl: field(secretSchema, { required: true, doc: 'The URL PostHog POSTs each notification to, as `secret("NAME")`: webhook URLs often carry a token.' })
  }),
  { name: "LogsAlertWebhookDestination", doc: "POSTs each notification to a URL." }
);
var DESTINATIONS2 = field(arrayOf(sdkType(anyOf(slackDestination, webhookDestination), { name: "LogsAlertDestination", doc: "Where a logs alert sends its notifications." })), {
  doc: "Where the alert notifies (each destination gets PostHog's firing, resolved, auto-disabled and errored notifications). Managed only when given; [] removes them all."
});
function canonicalEntry(value) {
  const entry = isJsonObject(value) ? value : {};
  if (entry.type === "webhook") return { type: "webhook", webhook_url: entry.webhookUrl ?? null };
  return { type: "slack", slack_workspace_id: entry.slackWorkspaceId ?? null, slack_channel_id: entry.slackChannelId ?? null, slack_channel_name: entry.slackChannelName ?? DEFAULT_CHANNEL_NAME };
}
function sortEntries(entries) {
  return entries.map((entry) => [JSON.stringify(entry), entry]).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([, entry]) => entry);
}
function desiredDestinations(spec) {
  return Array.isArray(spec.destinations) ? sortEntries(spec.destinations.map(canonicalEntry)) : void 0;
}
function inputValue(fn, key) {
  const inputs = isJsonObject(fn.inputs) ? fn.inputs : {};
  const input = inputs[key];
  return isJsonObject(input) ? input.value : void 0;
}
function groupFunction(fn) {
  const template = isJsonObject(fn.template) ? fn.template.id : void 0;
  const type = typeof template === "string" ? TEMPLATE_TYPES[template] : void 0;
  if (type === void 0) return void 0;
  if (type === "webhook") {
    const url = inputValue(fn, "url");
    return { id: String(fn.id), type, identity: `webhook ${JSON.stringify(url ?? null)}`, entry: { type, webhook_url: { ...SECRET_SET } } };
  }
  const name = typeof fn.name === "string" ? /→ Slack #(.*)$/s.exec(fn.name)?.[1] : void 0;
  const entry = { type, slack_workspace_id: inputValue(fn, "slack_workspace") ?? null, slack_channel_id: inputValue(fn, "channel") ?? null, slack_channel_name: name ?? DEFAULT_CHANNEL_NAME };
  return { id: String(fn.id), type, identity: JSON.stringify(entry), entry };
}
async function readGroups(api, alertId) {
  const query = { type: "internal_destination", filters: JSON.stringify({ properties: [{ key: "alert_id", value: alertId }] }) };
  const listed = await api.list("hog_functions", query);
  const full = await Promise.all(listed.map(async (row) => await api.get(`hog_functions/${String(row.id)}/`) ?? row));
  const groups = [];
  const byAge = [...full].sort((a, b) => `${String(a.created_at)} ${String(a.id)}`.localeCompare(`${String(b.created_at)} ${String(b.id)}`));
  for (const fn of byAge) {
    const grouped = groupFunction(fn);
    if (grouped === void 0) continue;
    const event = JSON.stringify(isJsonObject(fn.filters) && Array.isArray(fn.filters.events) ? fn.filters.events : []);
    let group = groups.find((candidate) => candidate.identity === grouped.identity && !candidate.events.has(event));
    if (group === void 0) groups.push(group = { identity: grouped.identity, entry: grouped.entry, ids: [], events: /* @__PURE__ */ new Set(), createdAt: String(fn.created_at) });
    group.ids.push(grouped.id);
    group.events.add(event);
  }
  return groups;
}
async function attachDestinations(api, raw) {
  const groups = await readGroups(api, String(raw.id));
  return { ...raw, destinations: sortEntries(groups.map((group) => group.entry)) };
}
function observedDestinations(raw) {
  return Array.isArray(raw.destinations) ? raw.destinations.filter(isJsonObject) : [];
}
function compareDestinations(live, desired, rotate) {
  if (!Array.isArray(live) || !Array.isArray(desired)) return live;
  const entries = live.filter(isJsonObject);
  const wantedHooks = desired.filter((entry) => isJsonObject(entry) && entry.type === "webhook");
  const liveHooks = entries.filter((entry) => entry.type === "webhook");
  if (rotate || wantedHooks.length !== liveHooks.length) return live;
  return sortEntries([...entries.filter((entry) => entry.type !== "webhook"), ...wantedHooks]);
}
function requestBody(entry) {
  if (entry.type === "webhook") return { type: "webhook", webhook_url: entry.webhook_url ?? null };
  const body = { type: "slack", slack_workspace_id: entry.slack_workspace_id ?? null, slack_channel_id: entry.slack_channel_id ?? null };
  if (entry.slack_channel_name !== DEFAULT_CHANNEL_NAME) body.slack_channel_name = entry.slack_channel_name ?? null;
  return body;
}
function requestIdentity(body) {
  if (body.type === "webhook") return `webhook ${JSON.stringify(body.webhook_url ?? null)}`;
  return JSON.stringify({ type: "slack", slack_workspace_id: body.slack_workspace_id ?? null, slack_channel_id: body.slack_channel_id ?? null, slack_channel_name: body.slack_channel_name ?? DEFAULT_CHANNEL_NAME });
}
var ROUNDS = 3;
async function convergeDestinations(context) {
  const declared = context.fields.destinations;
  if (!Array.isArray(declared)) return;
  const fill = context.fillSecrets ?? ((body) => body);
  const bodies = declared.filter(isJsonObject).map((entry) => fill(requestBody(entry)));
  const path = `logs/alerts/${String(context.id)}/destinations/`;
  for (let round = 1; ; round++) {
    const remaining = await readGroups(context.api, String(context.id));
    const missing = [];
    for (const body of bodies) {
      const index = remaining.findIndex((group) => group.identity === requestIdentity(body));
      if (index >= 0) remaining.splice(index, 1);
      else missing.push(body);
    }
    if (missing.length === 0 && remaining.length === 0) return;
    if (round > ROUNDS) throw new Error(`the destinations of logs alert ${String(context.id)} kept changing while this apply wrote them (is another run writing it?); plan again`);
    for (const body of missing) await context.api.post(path, body);
    for (const group of remaining) await context.api.post(`${path}delete/`, { hog_function_ids: group.ids }, { idempotent: true });
  }
}
function specDestinations(entries, key, warn) {
  if (!Array.isArray(entries) || entries.length === 0) return void 0;
  let hooks = 0;
  return entries.filter(isJsonObject).map((entry) => {
    if (entry.type === "webhook") {
      const declared = readSecretName(entry.webhook_url);
      hooks += 1;
      const variable = declared ?? `${key.toUpperCase().replace(/[^A-Z0-9]+/g, "_").replace(/^[^A-Z]+/, "S_")}_WEBHOOK_URL${hooks > 1 ? `_${hooks}` : ""}`;
      if (declared === void 0) warn(`a webhook destination's URL is written as secret("${variable}"): set ${variable} to the URL and list it in posthog.config.ts secrets before applying`);
      return { type: "webhook", webhookUrl: specCall("secret", variable) };
    }
    return compactSpec({ type: "slack", slackWorkspaceId: entry.slack_workspace_id, slackChannelId: entry.slack_channel_id, slackChannelName: unlessDefault(entry.slack_channel_name, DEFAULT_CHANNEL_NAME) });
  });
}
function summarizeDestinations(before, after) {
  if (!Array.isArray(after)) return [];
  const label = (entry) => {
    if (!isJsonObject(entry)) return "destination";
    if (entry.type === "webhook") {
      const name = readSecretName(entry.webhook_url);
      return name === void 0 ? "webhook (secret URL)" : `webhook from secret ${name}`;
    }
    return `Slack #${String(entry.slack_channel_name)} (${String(entry.slack_channel_id)})`;
  };
  const was = (Array.isArray(before) ? before : []).map((entry) => JSON.stringify(entry));
  const now = after.map((entry) => JSON.stringify(entry));
  const added = after.filter((_, i) => !was.includes(now[i])).map((entry) => `destination added: ${label(entry)}`);
  const removed = (Array.isArray(before) ? before : []).filter((entry) => !now.includes(JSON.stringify(entry))).map((entry) => `destination removed: ${label(entry)}`);
  return [...added, ...removed];
}

// src/core/kinds/logs-alerts.ts
var NAME_MAX3 = 255;
var WINDOWS = [5, 10, 15, 30, 60];
var MAX_PERIODS = 10;
var FILTER_KEYS2 = ["severityLevels", "serviceNames", "filterGroup"];
function integerOr(value, fallback) {
  return typeof value === "number" && Number.isInteger(value) ? value : fallback;
}
function hasAnyFilter(filters) {
  if (!isJsonObject(filters)) return false;
  return FILTER_KEYS2.some((key) => {
    const value = filters[key];
    return Array.isArray(value) ? value.length > 0 : isJsonObject(value) ? Object.keys(value).length > 0 : Boolean(value);
  });
}
var logsAlerts = defineKind({
  name: "logs-alerts",
  label: "logs alert",
  constructorName: "logsAlert",
  folder: "logs-alerts",
  references: [],
  sdk: { spec: "LogsAlertSpec", doc: "An alert on the volume of matching logs in a time window.", constructorDoc: "Declares a logs alert." },
  readme: { resource: "Logs alerts", sdk: "`logsAlert()` with its filters, threshold, window, N-of-M evaluation, cooldown, enabled state and notification destinations (Slack, or webhooks by `secret()`)", identity: "description marker" },
  activityScope: "LogsAlertConfiguration",
  api: { collection: "logs/alerts", remove: "hard" },
  ui: { path: "logs/alerts" },
  betaFlag: "logs-alerting",
  declaredOnly: ["destinations"],
  schema: object({
    key: required(string()),
    name: field(string({ nonEmpty: true }), { required: true, doc: "Shown in the alerts list and notifications; it also carries the identity marker, and PostHog keeps 255 characters of both." }),
    filters: field(recordOf(json), { doc: "Which logs count: severityLevels, serviceNames and/or filterGroup (at least one, unless the alert is a disabled draft)." }),
    thresholdCount: field(number({ integer: true, min: 1 }), { doc: "The count that breaches; PostHog's default is 100." }),
    thresholdOperator: field(oneOf("above", "below"), { doc: "Fire when the count is above (default) or below the threshold." }),
    windowMinutes: field(oneOf(...WINDOWS), { doc: "The window over which logs are counted: 5 (default), 10, 15, 30 or 60 minutes." }),
    evaluationPeriods: field(number({ integer: true, min: 1, max: MAX_PERIODS }), { doc: "M in N-of-M: how many recent checks are considered (default 1)." }),
    datapointsToAlarm: field(number({ integer: true, min: 1, max: MAX_PERIODS }), { doc: "N in N-of-M: how many of them must breach to fire (default 1, at most evaluationPeriods)." }),
    cooldownMinutes: field(number({ integer: true, min: 0 }), { doc: "Minimum minutes between repeated notifications (default 0)." }),
    enabled: field(boolean, { doc: "On by default; a disabled alert is not evaluated." }),
    destinations: DESTINATIONS2
  }),
  validate(spec, report, context) {
    checkEdgeWhitespace(spec, { name: "name" }, report);
    const overflow = describeMarkerOverflow("logs-alerts", String(spec.key), spec.name, NAME_MAX3, context?.owner, "name");
    if (overflow !== void 0) report("name", overflow);
    const enabled = flagOr(spec.enabled, true);
    const filters = isJsonObject(spec.filters) ? spec.filters : {};
    if ((enabled || Object.keys(filters).length > 0) && !hasAnyFilter(filters)) report("filters", "at least one filter is required (severityLevels, serviceNames, or filterGroup), unless the alert is a disabled draft without filters");
    const periods = integerOr(spec.evaluationPeriods, 1);
    const datapoints = integerOr(spec.datapointsToAlarm, 1);
    if (datapoints > periods) report("datapointsToAlarm", `cannot exceed evaluationPeriods (${datapoints} > ${periods})`);
  },
  toDesired(spec) {
    const fields = {
      name: stripCharField(textOrEmpty(spec.name)),
      enabled: flagOr(spec.enabled, true),
      filters: isJsonObject(spec.filters) ? spec.filters : {},
      threshold_count: integerOr(spec.thresholdCount, 100),
      threshold_operator: typeof spec.thresholdOperator === "string" ? spec.thresholdOperator : "above",
      window_minutes: integerOr(spec.windowMinutes, 5),
      evaluation_periods: integerOr(spec.evaluationPeriods, 1),
      datapoints_to_alarm: integerOr(spec.datapointsToAlarm, 1),
      cooldown_minutes: integerOr(spec.cooldownMinutes, 0)
    };
    const destinations = desiredDestinations(spec);
    if (destinations !== void 0) fields.destinations = destinations;
    return { fields, dependsOn: [] };
  },
  identify(raw) {
    return readIdentityMarker("logs-alerts", raw.name);
  },
  toObserved(raw) {
    return {
      name: stripIdentityMarker(raw.name),
      enabled: flagOr(raw.enabled, true),
      filters: isJsonObject(raw.filters) ? raw.filters : {},
      threshold_count: integerOr(raw.threshold_count, 100),
      threshold_operator: textOrEmpty(raw.threshold_operator) || "above",
      window_minutes: integerOr(raw.window_minutes, 5),
      evaluation_periods: integerOr(raw.evaluation_periods, 1),
      datapoints_to_alarm: integerOr(raw.datapoints_to_alarm, 1),
      cooldown_minutes: integerOr(raw.cooldown_minutes, 0),
      destinations: observedDestinations(raw)
    };
  },
  readAttached: attachDestinations,
  compare(live, desired, options) {
    return { ...live, destinations: compareDestinations(live.destinations, desired.destinations, options?.rotateSecrets ?? false) ?? [] };
  },
  toPayload(key, fields) {
    const { destinations: _converged, ...own } = fields;
    return { ...own, name: appendIdentityMarker("logs-alerts", key, fields.name) };
  },
  converge: convergeDestinations,
  proposeKey(raw) {
    const slug = slugKey(stripIdentityMarker(raw.name), `logs-alert-${String(raw.id).slice(0, 8)}`).slice(0, 40).replace(/-+$/, "");
    return /^[a-z]/.test(slug) ? slug : `logs-alert-${slug}`;
  },
  toSpec(fields, key, warn) {
    return compactSpec({
      key,
      name: fields.name,
      filters: unlessDefault(fields.filters, {}),
      thresholdCount: unlessDefault(fields.threshold_count, 100),
      thresholdOperator: unlessDefault(fields.threshold_operator, "above"),
      windowMinutes: unlessDefault(fields.window_minutes, 5),
      evaluationPeriods: unlessDefault(fields.evaluation_periods, 1),
      datapointsToAlarm: unlessDefault(fields.datapoints_to_alarm, 1),
      cooldownMinutes: unlessDefault(fields.cooldown_minutes, 0),
      enabled: unlessDefault(fields.enabled, true),
      destinations: specDestinations(fields.destinations, key, warn)
    });
  },
  summarize(changes, before, after) {
    if (after === void 0) return [];
    const lines = [];
    if (changes.some((change) => change.path === "enabled")) lines.push(after.enabled === true ? "alert enabled: PostHog evaluates it" : "alert disabled: PostHog stops evaluating it and resets its state");
    const rule = (side) => `${String(side.threshold_operator)} ${String(side.threshold_count)} logs in ${String(side.window_minutes)} min`;
    if (before !== void 0 && changes.some((change) => ["threshold_count", "threshold_operator", "window_minutes"].includes(change.path))) lines.push(`fires when ${rule(before)} → ${rule(after)}`);
    if (changes.some((change) => change.path === "destinations" || change.path.startsWith("destinations."))) lines.push(...summarizeDestinations(before?.destinations, after.destinations));
    return lines;
  }
});

// src/core/kinds/logs-sampling-rules.ts
var NAME_MAX4 = 255;
var RULE_TYPES = ["severity_sampling", "path_drop", "rate_limit"];
function textOrNull(value) {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : null;
}
function checkConfig(ruleType, config, report) {
  if (ruleType !== "path_drop" && ruleType !== "rate_limit") return;
  if (!isJsonObject(config)) {
    report("config", `${ruleType} rules require config to be a JSON object`);
    return;
  }
  if (ruleType !== "rate_limit") return;
  const lines = config.logs_per_second !== void 0;
  const kb = config.kb_per_second !== void 0;
  if (lines === kb) report("config", lines ? "set either logs_per_second or kb_per_second, not both" : "rate_limit rules require either logs_per_second or kb_per_second");
  const [rate, burst] = kb ? ["kb_per_second", "burst_kb"] : ["logs_per_second", "burst_logs"];
  const value = config[rate];
  if (lines !== kb && (typeof value !== "number" || !Number.isInteger(value) || value < 1 || value > 1e6)) report(`config.${rate}`, "must be an integer from 1 to 1000000");
  const cap = config[burst];
  if (cap !== void 0 && cap !== null && (typeof cap !== "number" || !Number.isInteger(cap) || typeof value === "number" && cap < value || cap > 1e7)) report(`config.${burst}`, `must be an integer from ${rate} to 10000000`);
}
var logsSamplingRules = defineKind({
  name: "logs-sampling-rules",
  label: "logs sampling rule",
  constructorName: "logsSamplingRule",
  folder: "logs-sampling-rules",
  references: [],
  sdk: { spec: "LogsSamplingRuleSpec", doc: "A logs ingestion rule: severity sampling, path drop or rate limit.", constructorDoc: "Declares a logs sampling rule." },
  readme: { resource: "Logs sampling rules", sdk: "`logsSamplingRule()` (severity sampling, path drop or rate limit) with its priority and enabled state", identity: "description marker" },
  activityScope: "LogsExclusionRule",
  api: { collection: "logs/sampling_rules", remove: "hard" },
  ui: { path: "logs", page: () => "settings/environment-logs" },
  betaFlag: "logs-settings-drop-rules",
  declaredOnly: ["priority"],
  schema: object({
    key: required(string()),
    name: field(string({ nonEmpty: true }), { required: true, doc: "Shown in the sampling rules list; it also carries the identity marker, and PostHog keeps 255 characters of both." }),
    ruleType: required(oneOf(...RULE_TYPES)),
    config: field(recordOf(json), { required: true, doc: "rate_limit: logs_per_second or kb_per_second (with burst_logs or burst_kb, filter_group); path_drop: filter_group and/or patterns with match_attribute_key; severity_sampling: actions and always_keep." }),
    enabled: field(boolean, { doc: "Off by default: ingestion ignores a disabled rule." }),
    priority: field(nullable(number({ integer: true, min: 0 })), { doc: "Lower is evaluated first, and the first matching rule wins; left out, PostHog appends the rule." }),
    scopeService: nullable(string()),
    scopePathPattern: nullable(string()),
    scopeAttributeFilters: arrayOf(recordOf(json))
  }),
  validate(spec, report, context) {
    checkEdgeWhitespace(spec, { name: "name" }, report);
    const overflow = describeMarkerOverflow("logs-sampling-rules", String(spec.key), spec.name, NAME_MAX4, context?.owner, "name");
    if (overflow !== void 0) report("name", overflow);
    checkConfig(spec.ruleType, spec.config, report);
    (Array.isArray(spec.scopeAttributeFilters) ? spec.scopeAttributeFilters : []).forEach((filter, index) => {
      if (!isJsonObject(filter) || filter.key === void 0 || filter.op === void 0) report(`scopeAttributeFilters.${index}`, "each filter must include key and op");
    });
  },
  toDesired(spec) {
    const fields = {
      name: stripCharField(textOrEmpty(spec.name)),
      rule_type: String(spec.ruleType),
      config: isJsonObject(spec.config) ? spec.config : {},
      enabled: flagOr(spec.enabled, false),
      scope_service: textOrNull(spec.scopeService),
      scope_path_pattern: textOrNull(spec.scopePathPattern),
      scope_attribute_filters: Array.isArray(spec.scopeAttributeFilters) ? spec.scopeAttributeFilters : []
    };
    if (typeof spec.priority === "number") fields.priority = spec.priority;
    return { fields, dependsOn: [] };
  },
  identify(raw) {
    return readIdentityMarker("logs-sampling-rules", raw.name);
  },
  toObserved(raw) {
    return {
      name: stripIdentityMarker(raw.name),
      rule_type: textOrEmpty(raw.rule_type),
      config: isJsonObject(raw.config) ? raw.config : {},
      enabled: flagOr(raw.enabled, false),
      priority: typeof raw.priority === "number" ? raw.priority : null,
      scope_service: textOrNull(raw.scope_service),
      scope_path_pattern: textOrNull(raw.scope_path_pattern),
      scope_attribute_filters: Array.isArray(raw.scope_attribute_filters) ? raw.scope_attribute_filters : []
    };
  },
  toPayload(key, fields) {
    const payload = { ...fields, name: appendIdentityMarker("logs-sampling-rules", key, fields.name) };
    return payload;
  },
  proposeKey(raw) {
    const slug = slugKey(stripIdentityMarker(raw.name), `logs-rule-${String(raw.id).slice(0, 8)}`).slice(0, 40).replace(/-+$/, "");
    return /^[a-z]/.test(slug) ? slug : `logs-rule-${slug}`;
  },
  toSpec(fields, key) {
    return compactSpec({
      key,
      name: fields.name,
      ruleType: fields.rule_type,
      config: fields.config,
      enabled: unlessDefault(fields.enabled, false),
      priority: fields.priority ?? void 0,
      scopeService: fields.scope_service ?? void 0,
      scopePathPattern: fields.scope_path_pattern ?? void 0,
      scopeAttributeFilters: unlessDefault(fields.scope_attribute_filters, [])
    });
  },
  summarize(changes, before, after) {
    if (after === void 0) return [];
    const lines = [];
    if (changes.some((change) => change.path === "enabled")) lines.push(after.enabled === true ? "rule enabled: ingestion applies it" : "rule disabled: ingestion ignores it");
    if (before !== void 0 && changes.some((change) => change.path === "priority")) lines.push(`priority ${String(before.priority)} → ${String(after.priority)} (lower is evaluated first)`);
    return lines;
  },
  warn(changes, before, after) {
    if (after?.enabled !== true || before !== void 0 && before.enabled === true && !changes.some((change) => change.path === "config" || change.path.startsWith("config."))) return [];
    return ["an enabled logs sampling rule drops or caps logs at ingestion as soon as it is applied, and dropped logs cannot be recovered"];
  }
});

// src/core/kinds/logs-views.ts
var NAME_MAX5 = 400;
var COLUMN_TYPES = ["timestamp", "level", "source", "trace_id", "span_id", "message", "custom"];
var column = object({
  id: field(string({ nonEmpty: true }), { required: true, doc: "A stable handle of the column's own (PostHog never interprets it)." }),
  type: required(oneOf(...COLUMN_TYPES)),
  name: field(string({ nonEmpty: true }), { doc: "The header's label, instead of the type's." }),
  expression: field(string({ nonEmpty: true }), { doc: "For a `custom` column: `attributes.<key>`, `resource_attributes.<key>`, `body.<path>` or a HogQL expression." }),
  width: field(number({ integer: true, min: 1, max: 2e3 }), { doc: "In pixels." })
});
function canonicalColumn(value) {
  if (!isJsonObject(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([key, member]) => [key, typeof member === "string" ? member.trim() : member]));
}
function canonicalColumns(value) {
  return Array.isArray(value) ? value.map(canonicalColumn) : null;
}
var logsViews = defineKind({
  name: "logs-views",
  label: "logs view",
  constructorName: "logsView",
  folder: "logs-views",
  references: [],
  sdk: { spec: "LogsViewSpec", doc: "A saved view of the logs viewer: its filters and table columns.", constructorDoc: "Declares a saved logs view." },
  readme: { resource: "Logs views", sdk: "`logsView()` with the viewer's filters, its columns and the pinned state", identity: "description marker" },
  api: { collection: "logs/views", remove: "hard", pathId: (raw) => String(raw.short_id) },
  ui: { path: "logs", page: () => "logs" },
  betaFlag: "logs-saved-views",
  schema: object({
    key: required(string()),
    name: field(string({ nonEmpty: true }), { required: true, doc: "Shown in the saved-views picker; it also carries the identity marker, and PostHog keeps 400 characters of both." }),
    filters: field(recordOf(json), { doc: "The logs viewer's filters (severityLevels, serviceNames, searchTerm, filterGroup, dateRange, …), sent as they are." }),
    columns: field(nullable(arrayOf(column)), { doc: "The table's columns in order; left out (null), the viewer shows its default columns." }),
    pinned: boolean
  }),
  validate(spec, report, context) {
    checkEdgeWhitespace(spec, { name: "name" }, report);
    const overflow = describeMarkerOverflow("logs-views", String(spec.key), spec.name, NAME_MAX5, context?.owner, "name");
    if (overflow !== void 0) report("name", overflow);
    (Array.isArray(spec.columns) ? spec.columns : []).forEach((entry, index) => {
      if (isJsonObject(entry) && entry.type === "custom" && !textOrEmpty(entry.expression).trim()) report(`columns.${index}.expression`, 'a custom column needs an expression (PostHog: "Custom columns require an expression.")');
    });
  },
  toDesired(spec) {
    return {
      fields: {
        name: stripCharField(textOrEmpty(spec.name)),
        filters: isJsonObject(spec.filters) ? spec.filters : {},
        columns: canonicalColumns(spec.columns),
        pinned: flagOr(spec.pinned, false)
      },
      dependsOn: []
    };
  },
  identify(raw) {
    return readIdentityMarker("logs-views", raw.name);
  },
  toObserved(raw) {
    return {
      name: stripIdentityMarker(raw.name),
      filters: isJsonObject(raw.filters) ? raw.filters : {},
      columns: canonicalColumns(raw.columns),
      pinned: flagOr(raw.pinned, false)
    };
  },
  toPayload(key, fields) {
    return { name: appendIdentityMarker("logs-views", key, fields.name), filters: fields.filters, columns: fields.columns, pinned: fields.pinned };
  },
  proposeKey(raw) {
    const slug = slugKey(stripIdentityMarker(raw.name), `logs-view-${String(raw.short_id)}`).slice(0, 40).replace(/-+$/, "");
    return /^[a-z]/.test(slug) ? slug : `logs-view-${slug}`;
  },
  toSpec(fields, key) {
    return compactSpec({
      key,
      name: fields.name,
      filters: unlessDefault(fields.filters, {}),
      columns: fields.columns ?? void 0,
      pinned: unlessDefault(fields.pinned, false)
    });
  },
  summarize(changes, before, after) {
    if (before === void 0 || after === void 0) return [];
    const lines = [];
    if (changes.some((change) => change.path === "pinned")) lines.push(after.pinned === true ? "view pinned" : "view unpinned");
    if (changes.some((change) => change.path === "columns" || change.path.startsWith("columns."))) {
      const count = (value) => Array.isArray(value) ? `${value.length} column(s)` : "the default columns";
      lines.push(`columns: ${count(before.columns)} → ${count(after.columns)}`);
    }
    return lines;
  }
});

// src/core/kinds/project-settings.ts
var SETTINGS2 = [
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
var shape = Object.fromEntries(SETTINGS2.map((name) => [name, sdkType(json, { type: SDK_TYPES[name] ?? "unknown" })]));
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
    for (const name of SETTINGS2) {
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
    for (const name of SETTINGS2) {
      const value = fields[name];
      if (NOT_PULLED.has(name)) continue;
      if (value !== void 0 && !isDeepEqual(value, DEFAULTS[name] ?? null)) spec[name] = value;
    }
    return spec;
  }
});

// src/core/kinds/product-tour-steps.ts
var LINK_MEMBERS = ["linkedSurveyId", "linkedSurveyQuestionId"];
var SURVEY_NAME_MAX = 400;
function stepsOf(content) {
  return isJsonObject(content) && Array.isArray(content.steps) ? content.steps : [];
}
function isSurveyStep(step2) {
  return isJsonObject(step2) && step2.survey !== void 0 && step2.survey !== null && step2.survey !== false && step2.survey !== "";
}
function hasSurveySteps(content) {
  return stepsOf(content).some(isSurveyStep);
}
function normalizeStep2(step2) {
  const out = { ...step2 };
  if (!("elementTargeting" in out)) {
    const inference = out.inferenceData;
    const inferred = inference !== void 0 && inference !== null && inference !== false && inference !== 0 && inference !== "" && !(Array.isArray(inference) && inference.length === 0) && !(isJsonObject(inference) && Object.keys(inference).length === 0);
    if (out.useManualSelector === true) out.elementTargeting = "manual";
    else if (inferred) out.elementTargeting = "auto";
    else if (out.type === "element") Object.assign(out, { elementTargeting: "auto", type: "modal" });
  }
  if (out.elementTargeting === "manual") out.useManualSelector = true;
  else if (out.elementTargeting !== void 0 && out.elementTargeting !== null) delete out.useManualSelector;
  return out;
}
function normalizeSteps(content) {
  return Array.isArray(content.steps) ? { ...content, steps: content.steps.map((step2) => isJsonObject(step2) ? normalizeStep2(step2) : step2) } : content;
}
function checkLaunch(content, report) {
  const steps = isJsonObject(content) ? stepsOf(normalizeSteps(content)) : [];
  steps.forEach((step2, index) => {
    if (!isJsonObject(step2)) return;
    const missing = (value) => value === void 0 || value === null || value === "" || value === false || isJsonObject(value) && Object.keys(value).length === 0;
    if (step2.elementTargeting === "manual" && missing(step2.selector)) report(`content.steps.${index}.selector`, `Step ${index + 1} is missing an element selector (PostHog refuses to launch a tour with elementTargeting "manual" and no selector)`);
    if (step2.elementTargeting === "auto" && missing(step2.inferenceData)) report(`content.steps.${index}`, `Step ${index + 1} requires an element to be selected (elementTargeting "auto", which PostHog gives a step of type "element", needs inferenceData from the toolbar; use elementTargeting "manual" with a selector)`);
  });
}
function withoutLinks(content) {
  if (!Array.isArray(content.steps)) return content;
  const steps = content.steps.map((step2) => {
    if (!isJsonObject(step2) || !LINK_MEMBERS.some((name) => name in step2)) return step2;
    const out = { ...step2 };
    for (const name of LINK_MEMBERS) delete out[name];
    return out;
  });
  return { ...content, steps };
}
function matchStep(wanted, index, live) {
  const found = typeof wanted.id === "string" ? live.find((step2) => isJsonObject(step2) && step2.id === wanted.id) : live[index];
  return isJsonObject(found) ? found : void 0;
}
function withLiveLinks(content, live) {
  const liveSteps = stepsOf(live);
  if (!Array.isArray(content.steps)) return content;
  const steps = content.steps.map((step2, index) => {
    if (!isSurveyStep(step2)) return step2;
    const match = matchStep(step2, index, liveSteps);
    if (match === void 0 || typeof match.linkedSurveyId !== "string") return step2;
    const out = { ...step2 };
    for (const name of LINK_MEMBERS) if (match[name] !== void 0) out[name] = match[name];
    return out;
  });
  return { ...content, steps };
}
function checkSurveySteps(content, name, report) {
  stepsOf(content).forEach((step2, index) => {
    if (!isJsonObject(step2)) return;
    for (const member of LINK_MEMBERS) {
      if (step2[member] !== void 0) report(`content.steps.${index}.${member}`, "is written by PostHog (the survey it makes for the step); leave it out, and the tool keeps PostHog's link on every update");
    }
    if (!isSurveyStep(step2)) return;
    if (!isJsonObject(step2.survey)) report(`content.steps.${index}.survey`, "must be an object (`type`, `questionText`, and for a rating `scale`, `display`, `lowerBoundLabel`, `upperBoundLabel`): PostHog reads its members and fails on anything else");
    else if (typeof name === "string" && `${name.trim()} - Step ${index + 1} Survey (01234567)`.length > SURVEY_NAME_MAX) {
      report(`content.steps.${index}.survey`, `PostHog names the step's survey "<tour name> - Step ${index + 1} Survey (<8 hex>)", which must fit in ${SURVEY_NAME_MAX} characters; shorten the tour's name`);
    }
  });
}
function summarizeSurveySteps(before, after) {
  const old = stepsOf(before);
  const wanted = stepsOf(after);
  const label = (step2, index) => typeof step2.id === "string" ? `"${step2.id}"` : `${index + 1}`;
  const added = wanted.flatMap((step2, index) => isSurveyStep(step2) && !isSurveyStep(matchStep(step2, index, old) ?? {}) ? [label(step2, index)] : []);
  const kept = wanted.filter((step2, index) => isSurveyStep(step2) && isSurveyStep(matchStep(step2, index, old) ?? {})).length;
  const removed = old.flatMap((step2, index) => {
    if (!isSurveyStep(step2)) return [];
    const successor = typeof step2.id === "string" ? wanted.find((other) => isJsonObject(other) && other.id === step2.id) : wanted[index];
    return successor !== void 0 && isSurveyStep(successor) ? [] : [label(step2, index)];
  });
  const lines = [];
  if (added.length > 0) lines.push(`survey step ${added.join(", ")}: PostHog creates an API survey for it and links it in the step`);
  if (removed.length > 0) lines.push(`survey step ${removed.join(", ")} removed: PostHog ends its survey (sets its end date)`);
  if (kept > 0) lines.push(`PostHog rewrites the question of each linked step survey (${kept}) from its step, with a new question id`);
  return lines;
}
async function convergeSurveySteps({ api, id, fields, live }) {
  const wanted = fields.content;
  if (!isJsonObject(wanted) || !hasSurveySteps(wanted)) return;
  const path = `product_tours/${id}/`;
  const current = live ?? await api.get(path);
  if (current === void 0 || !isJsonObject(current.content)) return;
  if (isDeepEqual(withoutLinks(current.content), wanted)) return;
  await api.patch(path, { content: withLiveLinks(wanted, current.content), targeting_flag_filters: fields.targeting_flag_filters ?? null });
}

// src/core/kinds/product-tours.ts
var NAME_MAX6 = 400;
var DATES = [["startDate", "start_date"], ["endDate", "end_date"]];
function dateOrNull(value) {
  return typeof value === "string" ? canonicalDateTime(value) ?? value : null;
}
var LAST_SEEN = "$product_tour_last_seen_date/";
var STORED_GROUP = { variant: "", rollout_percentage: 100 };
var groupsOf = (value) => isJsonObject(value) && Array.isArray(value.groups) ? value.groups.filter(isJsonObject) : [];
var withProperties = (groups) => {
  const kept = groups.filter((group) => Array.isArray(group.properties) && group.properties.length > 0);
  return kept.length === 0 ? null : { groups: kept };
};
function desiredTargeting(value) {
  return withProperties(groupsOf(value).map((group) => ({ ...STORED_GROUP, properties: Array.isArray(group.properties) ? group.properties : [] })));
}
function observedTargeting(value) {
  const groups = [];
  for (const group of groupsOf(value)) {
    const properties = (Array.isArray(group.properties) ? group.properties : []).filter((property2) => !(isJsonObject(property2) && typeof property2.key === "string" && property2.key.startsWith(LAST_SEEN)));
    const stripped = { ...group, properties };
    if (!groups.some((other) => isDeepEqual(other, stripped))) groups.push(stripped);
  }
  return withProperties(groups);
}
function checkTargeting(value, report) {
  groupsOf(value).forEach((group, index) => {
    for (const [member, stored] of Object.entries(group)) {
      if (member === "properties" || member in STORED_GROUP && stored === STORED_GROUP[member]) continue;
      report(`targetingFlagFilters.groups.${index}.${member}`, `PostHog keeps only each group's properties (it writes variant "" and rollout_percentage 100), so this would never read back as declared; leave it out`);
    }
    const own = (Array.isArray(group.properties) ? group.properties : []).findIndex((property2) => isJsonObject(property2) && typeof property2.key === "string" && property2.key.startsWith(LAST_SEEN));
    if (own >= 0) report(`targetingFlagFilters.groups.${index}.properties.${own}`, "PostHog writes $product_tour_last_seen_date/ properties itself (from content.conditions.seenTourWaitPeriod) and leaves them out of the read; declare the wait period instead");
  });
}
function checkContent(spec, report) {
  const content = spec.content;
  if (!isJsonObject(content)) return;
  const steps = Array.isArray(content.steps) ? content.steps : [];
  if (content.type === "announcement" && steps.length !== 1) report("content.steps", "Announcements must have exactly 1 step.");
  checkSurveySteps(content, spec.name, report);
  if (typeof spec.startDate === "string") checkLaunch(content, report);
  const variant2 = isJsonObject(content.conditions) ? content.conditions.linkedFlagVariant : void 0;
  if (typeof variant2 === "string" && variant2 !== "" && spec.linkedFlag === void 0) report("content.conditions.linkedFlagVariant", "linkedFlagVariant can only be used when a linked_flag_id is specified");
}
function linkedKey(raw, lookup) {
  const id = isJsonObject(raw.linked_flag) ? raw.linked_flag.id : void 0;
  return typeof id === "number" || typeof id === "string" ? lookup.keyOf("feature-flags", id) ?? `#${String(id)}` : null;
}
function summarizeTour(changes, before, after) {
  if (before === void 0 || after === void 0) return [];
  const lines = [];
  if (before.auto_launch !== after.auto_launch) lines.push(after.auto_launch === true ? "auto launch on: PostHog creates the tour's internal targeting flag, or makes it active again while the tour is between its dates" : "auto launch off: PostHog turns the tour's internal targeting flag off");
  if (before.linked_flag !== after.linked_flag) lines.push(`linked flag ${String(before.linked_flag ?? "none")} → ${String(after.linked_flag ?? "none")}`);
  if (changes.some((change) => change.path === "content" || change.path.startsWith("content."))) {
    lines.push("the tour content (steps, conditions, appearance) is replaced as a whole");
    lines.push(...summarizeSurveySteps(before.content, after.content));
  }
  return lines;
}
var productTours = defineKind({
  name: "product-tours",
  label: "product tour",
  constructorName: "productTour",
  folder: "product-tours",
  references: ["feature-flags"],
  sdk: { spec: "ProductTour", doc: "Fields of `productTour()`.", constructorDoc: "Defines a product tour: steps shown in the app, with its launch window and targeting." },
  readme: { resource: "Product tours", sdk: "`productTour()` with its steps (survey steps included), dates, targeting and a linked flag", identity: "description marker" },
  ui: { path: "product_tours" },
  api: { collection: "product_tours", remove: "hard" },
  schema: object({
    key: required(string({ pattern: /^[a-zA-Z][a-zA-Z0-9_-]*$/, patternHint: "start with a letter; then letters, digits, '-' and '_'", max: 200 })),
    name: field(string({ nonEmpty: true, max: NAME_MAX6 }), { required: true, doc: "Unique among the project's live tours." }),
    description: field(string(), { doc: "What the tour is for; it also carries the identity marker (an HTML comment)." }),
    content: field(recordOf(json), { required: true, doc: "The step tree as PostHog's tour builder writes it: `steps`, `conditions`, `appearance`, `displayFrequency`, `type`; kept as given. A step's `survey` (`type`, `questionText`, …) becomes a survey PostHog makes and links in the step." }),
    autoLaunch: field(boolean, { doc: "Show the tour by itself to matching people (PostHog then creates its internal targeting flag); off by default." }),
    startDate: field(nullable(string()), { doc: "When the tour starts showing, as an ISO 8601 date-time; null (the default) is a draft." }),
    endDate: field(nullable(string()), { doc: "When the tour stops showing, as an ISO 8601 date-time; null (the default) never ends." }),
    archived: field(boolean, { doc: "Only `false`: the tool leaves archived tours alone. Delete the definition to delete the tour." }),
    targetingFlagFilters: field(nullable(recordOf(json)), { doc: "User targeting added to the internal flag (`groups`, each with only `properties`: PostHog rolls each group out to 100%); needs `autoLaunch`." }),
    linkedFlag: field(ref("feature-flags", "feature flag"), { doc: "Shows the tour only to people this flag is enabled for (a variant of it with `content.conditions.linkedFlagVariant`)." })
  }),
  validate(spec, report) {
    checkEdgeWhitespace(spec, { name: "name" }, report);
    checkContent(spec, report);
    for (const [name] of DATES) {
      const value = spec[name];
      if (typeof value === "string" && canonicalDateTime(value) === void 0) report(name, `"${value}" is not an ISO 8601 date-time (e.g. "2026-07-01T09:00:00Z")`);
    }
    if (spec.archived === true) report("archived", "the tool leaves archived tours alone (one archived in PostHog is no longer managed), so this definition would be created again on every apply; delete the definition instead, which deletes the tour");
    if (spec.targetingFlagFilters !== void 0 && spec.targetingFlagFilters !== null) {
      if (spec.autoLaunch !== true) report("targetingFlagFilters", "needs autoLaunch: true; PostHog keeps the targeting on the internal flag, which only an auto-launched tour has");
      else if (desiredTargeting(spec.targetingFlagFilters) === null) report("targetingFlagFilters", "needs at least one group with properties; PostHog reads the targeting back without the groups that have none");
      else checkTargeting(spec.targetingFlagFilters, report);
    }
  },
  toDesired(spec) {
    const flag = readRef(spec.linkedFlag);
    return {
      fields: {
        name: stripCharField(textOrEmpty(spec.name)),
        description: stripCharField(textOrEmpty(spec.description)),
        content: isJsonObject(spec.content) ? normalizeSteps(spec.content) : {},
        auto_launch: flagOr(spec.autoLaunch, false),
        start_date: dateOrNull(spec.startDate),
        end_date: dateOrNull(spec.endDate),
        targeting_flag_filters: desiredTargeting(spec.targetingFlagFilters),
        linked_flag: flag?.key ?? null
      },
      dependsOn: flag ? [flag] : []
    };
  },
  identify(raw) {
    return raw.archived === true ? void 0 : readIdentityMarker("product-tours", raw.description);
  },
  // `unique_product_tour_name_per_team` holds among live tours only, and archived ones stay listed.
  unique: { field: "name", desired: (_key, fields) => fields.name, live: (raw) => raw.archived === true ? void 0 : raw.name },
  toObserved(raw, lookup) {
    return {
      name: textOrEmpty(raw.name),
      description: stripIdentityMarker(raw.description),
      content: isJsonObject(raw.content) ? normalizeSteps(withoutLinks(raw.content)) : {},
      auto_launch: flagOr(raw.auto_launch, false),
      start_date: dateOrNull(raw.start_date),
      end_date: dateOrNull(raw.end_date),
      targeting_flag_filters: observedTargeting(raw.targeting_flag_filters),
      linked_flag: linkedKey(raw, lookup)
    };
  },
  toPayload(key, fields, lookup, action) {
    const flag = fields.linked_flag;
    const payload = {
      name: fields.name,
      description: appendIdentityMarker("product-tours", key, fields.description),
      auto_launch: fields.auto_launch,
      start_date: fields.start_date,
      end_date: fields.end_date,
      linked_flag_id: flag === null ? null : lookup.idOf({ kind: "feature-flags", key: flag }) ?? null
    };
    if (action === "create" || !hasSurveySteps(fields.content)) payload.content = fields.content;
    if (action === "update" || fields.targeting_flag_filters !== null) payload.targeting_flag_filters = fields.targeting_flag_filters;
    return payload;
  },
  converge: convergeSurveySteps,
  proposeKey(raw) {
    const slug = slugKey(raw.name, `tour-${String(raw.id)}`);
    return /^[a-z]/.test(slug) ? slug : `tour-${slug}`;
  },
  toSpec(fields, key, warn) {
    const content = isJsonObject(fields.content) ? fields.content : {};
    const flag = fields.linked_flag;
    if (flag !== null && flag.startsWith("#")) warn(`is linked to feature flag ${flag}, which is not pulled; the link is left out`);
    return compactSpec({
      key,
      name: fields.name,
      description: unlessDefault(fields.description, ""),
      content,
      autoLaunch: unlessDefault(fields.auto_launch, false),
      startDate: fields.start_date === null ? void 0 : fields.start_date,
      endDate: fields.end_date === null ? void 0 : fields.end_date,
      targetingFlagFilters: fields.targeting_flag_filters === null ? void 0 : fields.targeting_flag_filters,
      linkedFlag: flag === null || flag.startsWith("#") ? void 0 : specRef("feature-flags", flag)
    });
  },
  summarize: summarizeTour
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
    checkEdgeWhitespace(spec, { name: "name", description: "description" }, report);
    for (const [name, property2] of Object.entries(isJsonObject(spec.properties) ? spec.properties : {})) {
      if (name.trim() === "" || [...name].length > 200) report(`properties.${name}`, "property names must be 1 to 200 characters");
      else if (stripCharField(name) !== name) report(`properties.${name}`, "PostHog strips leading/trailing whitespace from property names; remove it");
      if (isJsonObject(property2)) checkEdgeWhitespace(property2, { description: "description" }, (path, message) => report(`properties.${name}.${path}`, message));
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

// src/core/kinds/session-recording-playlists.ts
function summarizePlaylist(changes, before, after) {
  if (before === void 0 || after === void 0) return [];
  const lines = [];
  if (changes.some((change) => change.path === "pinned")) lines.push(after.pinned === true ? "pinned" : "unpinned");
  if (changes.some((change) => change.path === "filters" || change.path.startsWith("filters."))) lines.push("saved filters changed: the playlist matches other recordings");
  return lines;
}
var sessionRecordingPlaylists = defineKind({
  name: "session-recording-playlists",
  label: "session recording playlist",
  constructorName: "sessionRecordingPlaylist",
  folder: "session-recording-playlists",
  references: [],
  sdk: { spec: "SessionRecordingPlaylist", doc: "Fields of `sessionRecordingPlaylist()`.", constructorDoc: "Defines a session recording playlist: saved recording filters, or an empty collection to add recordings to by hand." },
  readme: { resource: "Session recording playlists", sdk: "`sessionRecordingPlaylist()` with saved filters or as a collection, and its pinned state", identity: "description marker" },
  ui: { path: "replay/playlists", idField: "short_id" },
  api: {
    collection: "session_recording_playlists",
    remove: "soft",
    pathId: (raw) => String(raw.short_id),
    listQueries: [{ collection_type: "custom" }],
    patchRequires: ["filters"]
  },
  activityScope: "SessionRecordingPlaylist",
  // `log_playlist_activity` files entries under the numeric id, not the short id the API addresses it by.
  activityItem: (raw) => Number(raw.id),
  schema: object({
    key: required(string({ pattern: /^[a-zA-Z][a-zA-Z0-9_-]*$/, patternHint: "start with a letter; then letters, digits, '-' and '_'", max: 200 })),
    name: required(string({ nonEmpty: true, max: 400 })),
    description: field(string(), { doc: "Shown under the name; it also carries the identity marker (an HTML comment)." }),
    type: field(oneOf("filters", "collection"), {
      doc: "`filters` (default): the recordings matching `filters`; `collection`: recordings added by hand in PostHog, which definitions leave alone.",
      immutable: { reason: "PostHog sets a playlist's type only when it is created; apply deletes the playlist and creates it anew (a collection's recordings are lost)" }
    }),
    filters: field(sdkType(recordOf(json), { type: "Record<string, unknown>" }), { doc: "Recording filters as PostHog's replay filters save them (date range, duration, filter group, test accounts); required for `filters`, empty for a collection." }),
    pinned: field(boolean, { doc: "Pinned to the top of the replay sidebar." })
  }),
  validate(spec, report) {
    checkEdgeWhitespace(spec, { name: "name" }, report);
    const count = isJsonObject(spec.filters) ? Object.keys(spec.filters).length : 0;
    const type = spec.type ?? "filters";
    if (type === "filters" && count === 0) report("filters", "You must provide a valid filters when creating a saved filter");
    if (type === "collection" && count > 0) report("filters", "You cannot create a collection with filters");
  },
  toDesired(spec) {
    return {
      fields: {
        name: stripCharField(textOrEmpty(spec.name)),
        // DRF trims CharField input.
        description: stripCharField(textOrEmpty(spec.description)),
        type: String(spec.type ?? "filters"),
        filters: isJsonObject(spec.filters) ? spec.filters : {},
        pinned: flagOr(spec.pinned, false)
      },
      dependsOn: []
    };
  },
  identify(raw) {
    return raw.is_synthetic === true ? void 0 : readIdentityMarker("session-recording-playlists", raw.description);
  },
  toObserved(raw) {
    const filters = isJsonObject(raw.filters) ? raw.filters : void 0;
    return {
      name: textOrEmpty(raw.name),
      description: stripIdentityMarker(raw.description),
      // Playlists made before types existed have none; PostHog then checks neither rule, so their filters say which they are.
      type: typeof raw.type === "string" ? raw.type : filters !== void 0 && Object.keys(filters).length > 0 ? "filters" : "collection",
      filters: filters ?? {},
      pinned: flagOr(raw.pinned, false)
    };
  },
  toPayload(key, fields, _lookup, action) {
    return {
      name: fields.name,
      description: appendIdentityMarker("session-recording-playlists", key, fields.description),
      filters: fields.filters,
      pinned: fields.pinned,
      // `type` is read-only: the create reads it from the request's initial data, an update ignores it.
      ...action === "create" ? { type: fields.type } : {}
    };
  },
  proposeKey(raw) {
    const slug = slugKey(raw.name ?? raw.derived_name, `playlist-${String(raw.short_id)}`);
    return /^[a-z]/.test(slug) ? slug : `playlist-${slug}`;
  },
  toSpec(fields, key) {
    return compactSpec({
      key,
      name: fields.name,
      description: unlessDefault(fields.description, ""),
      type: unlessDefault(fields.type, "filters"),
      filters: unlessDefault(fields.filters, {}),
      pinned: unlessDefault(fields.pinned, false)
    });
  },
  summarize: summarizePlaylist
});

// src/core/kinds/subscriptions-schedule.ts
var FREQUENCIES = ["daily", "weekly", "monthly", "yearly"];
var WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
var TARGET_TYPES = ["email", "slack", "webhook"];
var UNITS = { daily: "day", weekly: "week", monthly: "month", yearly: "year" };
var POSITIONS = { "1": "first", "2": "second", "3": "third", "4": "fourth", "-1": "last" };
var WORKING_DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday"];
function describeSchedule(fields) {
  const unit = UNITS[String(fields.frequency)];
  const interval = typeof fields.interval === "number" ? fields.interval : 1;
  if (unit === void 0) return "sent on a schedule";
  let summary = `sent every ${interval > 1 ? `${interval} ${unit}s` : unit}`;
  const days = Array.isArray(fields.byweekday) ? fields.byweekday.map(String) : [];
  if (days.length > 0 && typeof fields.bysetpos === "number" && fields.bysetpos !== 0) {
    const position = POSITIONS[String(fields.bysetpos)];
    if (position === void 0) return "sent on a schedule";
    const day = days.length === 1 ? days[0].charAt(0).toUpperCase() + days[0].slice(1) : isDeepEqual([...new Set(days)].sort(), [...WORKING_DAYS].sort()) ? "weekday" : "day";
    summary += ` on the ${position} ${day}`;
  } else if (days.length > 0) {
    summary += ` on ${days.map((day) => day.charAt(0).toUpperCase() + day.slice(1, 3)).join(", ")}`;
  }
  return summary;
}
var SCHEDULE_FIELDS = ["frequency", "interval", "byweekday", "bysetpos"];
function describeTarget(fields) {
  const value = String(fields.target_value);
  if (fields.target_type === "email") return `emailed to ${value}`;
  if (fields.target_type === "slack") return `posted to Slack channel ${value}`;
  return `sent to webhook ${value}`;
}
function describeDate(value) {
  return typeof value === "string" ? value : "no end";
}
function summarizeSubscription(changes, before, after) {
  if (before === void 0 || after === void 0) return [];
  const touched = (name) => changes.some((change) => change.path === name || change.path.startsWith(`${name}.`));
  const lines = [];
  if (SCHEDULE_FIELDS.some(touched)) lines.push(`${describeSchedule(after)} (was ${describeSchedule(before)})`);
  if (touched("target_type") || touched("target_value")) lines.push(`${describeTarget(after)} (was ${describeTarget(before)})`);
  if (touched("start_date")) lines.push(`starts ${String(after.start_date)} (was ${String(before.start_date)})`);
  if (touched("until_date")) lines.push(`ends ${describeDate(after.until_date)} (was ${describeDate(before.until_date)})`);
  if (touched("count")) lines.push(after.count === null ? "no limit on deliveries" : `stops after ${String(after.count)} deliveries`);
  if (touched("enabled")) lines.push(after.enabled === true ? "delivery resumed" : "delivery paused");
  return lines;
}
function warnSubscription(changes, before, after) {
  if (after === void 0 || after.enabled !== true) return [];
  if (before === void 0) return [`PostHog delivers a new enabled subscription right away (${describeTarget(after)}), and invites new email recipients`];
  const retargeted = changes.some((change) => change.path === "target_value" || change.path === "target_type");
  return retargeted ? [`PostHog delivers the subscription right away to its new target (${describeTarget(after)})`] : [];
}

// src/core/kinds/subscriptions.ts
var TITLE_MAX = 100;
var MAX_DASHBOARD_INSIGHTS = 6;
function observedRef2(lookup, kind, id) {
  if (typeof id !== "number" && typeof id !== "string") return null;
  return lookup.keyOf(kind, id) ?? `#${String(id)}`;
}
function dateOrNull2(value) {
  return typeof value === "string" && value !== "" ? canonicalDateTime(value) ?? value : null;
}
function weekdaysOrNull(value) {
  return Array.isArray(value) && value.length > 0 ? value.map(String) : null;
}
function numberOrNull(value) {
  return typeof value === "number" ? value : null;
}
function idsOf(lookup, kind, key) {
  return typeof key === "string" ? lookup.idOf({ kind, key }) ?? null : null;
}
var subscriptions = defineKind({
  name: "subscriptions",
  label: "subscription",
  constructorName: "subscription",
  folder: "subscriptions",
  references: ["insights", "dashboards"],
  sdk: { spec: "Subscription", doc: "Fields of `subscription()`.", constructorDoc: "Defines a subscription: an insight or a dashboard delivered by email, Slack or webhook on a schedule." },
  readme: { resource: "Subscriptions", sdk: "`subscription()` to an insight or a dashboard, with its target, frequency and schedule", identity: "description marker" },
  activityScope: "Subscription",
  activityFields: { integration_id: "integration" },
  // A subscription is shown on its insight's or dashboard's page, as PostHog's `Subscription.url`.
  ui: { path: "", page: (raw) => typeof raw.insight_short_id === "string" ? `insights/${raw.insight_short_id}/subscriptions/${String(raw.id)}` : typeof raw.dashboard === "number" ? `dashboard/${raw.dashboard}/subscriptions/${String(raw.id)}` : void 0 },
  api: { collection: "subscriptions", remove: "soft" },
  schema: object({
    key: required(string({ pattern: /^[a-zA-Z][a-zA-Z0-9_-]*$/, patternHint: "start with a letter; then letters, digits, '-' and '_'", max: 40 })),
    title: field(string({ nonEmpty: true }), { required: true, doc: "Shown in PostHog's subscription list; it also carries the identity marker (a trailing HTML comment), and PostHog keeps 100 characters of both." }),
    insight: field(ref("insights", "insight"), { doc: "The insight delivered. Declare exactly one of `insight` and `dashboard`." }),
    dashboard: field(ref("dashboards", "dashboard"), {
      doc: "The dashboard delivered, with `dashboardExportInsights`. Declare exactly one of `insight` and `dashboard`.",
      immutable: { path: "content_type", reason: "PostHog cannot switch a subscription between an insight and a dashboard (content_type cannot be changed after the subscription is created); apply deletes it and creates it anew" }
    }),
    dashboardExportInsights: field(arrayOf(ref("insights", "insight")), { doc: "The dashboard's insights the delivery holds (1 to 6, each a tile of the dashboard)." }),
    targetType: field(oneOf(...TARGET_TYPES), { required: true, doc: "Delivery channel." }),
    target: field(string({ nonEmpty: true }), { required: true, doc: "Comma-separated email addresses (`email`; applying invites them), a Slack channel (`slack`) or an http(s) URL (`webhook`)." }),
    frequency: field(oneOf(...FREQUENCIES), { required: true, doc: "How often: every `interval` days, weeks, months or years." }),
    interval: field(number({ integer: true, min: 1 }), { doc: "Every `interval` periods (2 with `weekly`: every 2 weeks); 1 by default." }),
    startDate: field(string({ nonEmpty: true }), { required: true, doc: 'When the schedule starts, as an ISO 8601 date-time ("2025-01-06T09:00:00Z"); deliveries keep its time of day.' }),
    byweekday: field(arrayOf(oneOf(...WEEKDAYS)), { doc: "Weekdays to deliver on." }),
    bysetpos: field(number({ integer: true, min: -366, max: 366 }), { doc: "Which of the `byweekday` days in each period (1 the first, -1 the last)." }),
    count: field(number({ integer: true, min: 1 }), { doc: "Deliveries before the subscription stops; unlimited by default." }),
    untilDate: field(string({ nonEmpty: true }), { doc: "When the schedule ends (ISO 8601); never by default." }),
    enabled: field(boolean, { doc: "Whether PostHog delivers (true by default); false pauses it." }),
    integrationId: field(number({ integer: true, min: 1 }), { doc: "The project's Slack integration, required for `slack`; ids differ per project, so use `perEnvironment()`." }),
    inviteMessage: field(string(), { doc: "Added to the invitation PostHog emails to new recipients. PostHog never returns it, so it is sent but not compared." })
  }),
  validate(spec, report, context) {
    checkEdgeWhitespace(spec, { title: "title" }, report);
    const overflow = describeMarkerOverflow("subscriptions", String(spec.key), spec.title, TITLE_MAX, context?.owner, "title");
    if (overflow !== void 0) report("title", overflow);
    if (spec.insight === void 0 === (spec.dashboard === void 0)) report(spec.insight === void 0 ? "insight" : "dashboard", "declare exactly one of `insight` and `dashboard`");
    const exports = Array.isArray(spec.dashboardExportInsights) ? spec.dashboardExportInsights : void 0;
    if (spec.dashboard !== void 0 && (exports === void 0 || exports.length === 0)) report("dashboardExportInsights", "Select at least one insight for this subscription.");
    if (spec.dashboard === void 0 && exports !== void 0 && exports.length > 0) report("dashboardExportInsights", "Cannot set insights selection without a dashboard.");
    if (exports !== void 0 && new Set(exports.map((entry) => readRef(entry)?.key)).size > MAX_DASHBOARD_INSIGHTS) report("dashboardExportInsights", `Cannot select more than ${MAX_DASHBOARD_INSIGHTS} insights.`);
    for (const name of ["startDate", "untilDate"]) {
      const value = spec[name];
      if (typeof value === "string" && canonicalDateTime(value) === void 0) report(name, `"${value}" is not an ISO 8601 date-time (e.g. "2025-01-06T09:00:00Z")`);
    }
    if (spec.bysetpos === 0) report("bysetpos", "must not be 0 (1 is the first, -1 the last)");
    if (spec.targetType === "slack" && spec.integrationId === void 0) report("integrationId", "A Slack integration is required for Slack subscriptions.");
    const target = textOrEmpty(spec.target).trim();
    if (spec.targetType === "email") {
      target.split(",").forEach((email) => {
        if (!/^[^\s@,]+@[^\s@,]+$/.test(email.trim())) report("target", `"${email.trim()}" is not an email address (separate addresses with commas)`);
      });
    }
    if (spec.targetType === "webhook" && !/^https?:\/\/\S+$/.test(target)) report("target", "must be an http(s) URL for a webhook");
  },
  toDesired(spec) {
    const insight = readRef(spec.insight);
    const dashboard = readRef(spec.dashboard);
    const exports = dashboard === void 0 ? [] : (Array.isArray(spec.dashboardExportInsights) ? spec.dashboardExportInsights : []).map((entry) => readRef(entry)).filter((address) => address !== void 0);
    return {
      fields: {
        // DRF trims CharField input; the marker follows the trimmed title.
        title: stripCharField(textOrEmpty(spec.title)),
        content_type: dashboard !== void 0 ? "dashboard" : "insight",
        insight: dashboard === void 0 ? insight?.key ?? null : null,
        dashboard: dashboard?.key ?? null,
        dashboard_export_insights: [...new Set(exports.map((address) => address.key))].sort(),
        target_type: String(spec.targetType),
        target_value: textOrEmpty(spec.target).trim(),
        frequency: String(spec.frequency),
        interval: valueOr(spec.interval, 1),
        byweekday: weekdaysOrNull(spec.byweekday),
        bysetpos: numberOrNull(spec.bysetpos),
        count: numberOrNull(spec.count),
        start_date: dateOrNull2(spec.startDate),
        until_date: dateOrNull2(spec.untilDate),
        enabled: flagOr(spec.enabled, true),
        integration_id: numberOrNull(spec.integrationId),
        invite_message: textOrEmpty(spec.inviteMessage).trim()
      },
      dependsOn: [insight, dashboard, ...exports].filter((address) => address !== void 0)
    };
  },
  identify(raw) {
    return readIdentityMarker("subscriptions", raw.title);
  },
  toObserved(raw, lookup) {
    const exports = Array.isArray(raw.dashboard_export_insights) ? raw.dashboard_export_insights : [];
    return {
      title: stripIdentityMarker(raw.title),
      // Older PostHog versions have no `content_type`; the subscription's foreign key says it.
      content_type: typeof raw.content_type === "string" ? raw.content_type : raw.dashboard !== null && raw.dashboard !== void 0 ? "dashboard" : "insight",
      insight: observedRef2(lookup, "insights", raw.insight),
      dashboard: observedRef2(lookup, "dashboards", raw.dashboard),
      dashboard_export_insights: [...new Set(exports.map((id) => observedRef2(lookup, "insights", id)).filter((key) => key !== null))].sort(),
      target_type: textOrEmpty(raw.target_type),
      target_value: textOrEmpty(raw.target_value),
      frequency: textOrEmpty(raw.frequency),
      interval: valueOr(raw.interval, 1),
      byweekday: weekdaysOrNull(raw.byweekday),
      bysetpos: numberOrNull(raw.bysetpos),
      count: numberOrNull(raw.count),
      start_date: dateOrNull2(raw.start_date),
      until_date: dateOrNull2(raw.until_date),
      enabled: flagOr(raw.enabled, true),
      integration_id: numberOrNull(raw.integration_id)
    };
  },
  // `invite_message` is write-only: PostHog answers null for it, so the definition's value stands.
  compare(live, desired) {
    return { ...live, invite_message: desired.invite_message ?? "" };
  },
  toPayload(key, fields, lookup, action) {
    const payload = {
      title: appendIdentityMarker("subscriptions", key, fields.title),
      target_type: fields.target_type,
      target_value: fields.target_value,
      frequency: fields.frequency,
      interval: fields.interval,
      byweekday: fields.byweekday,
      bysetpos: fields.bysetpos,
      count: fields.count,
      start_date: fields.start_date,
      until_date: fields.until_date,
      enabled: fields.enabled,
      integration_id: fields.integration_id
    };
    if (action === "create") payload.content_type = fields.content_type;
    if (fields.content_type === "dashboard") {
      payload.dashboard = idsOf(lookup, "dashboards", fields.dashboard);
      payload.dashboard_export_insights = fields.dashboard_export_insights.map((name) => idsOf(lookup, "insights", name));
    } else payload.insight = idsOf(lookup, "insights", fields.insight);
    if (fields.invite_message !== "") payload.invite_message = fields.invite_message;
    return payload;
  },
  proposeKey(raw) {
    const slug = slugKey(stripIdentityMarker(raw.title), `subscription-${String(raw.id)}`).slice(0, 40).replace(/-+$/, "");
    return /^[a-z]/.test(slug) ? slug : `subscription-${slug}`;
  },
  toSpec(fields, key, warn) {
    const reference = (kind, value) => {
      if (typeof value !== "string") return void 0;
      if (!value.startsWith("#")) return specRef(kind, value);
      warn(`delivers ${kind === "insights" ? "insight" : "dashboard"} ${value}, which is not pulled; it is left out`);
      return void 0;
    };
    const exports = fields.dashboard_export_insights.map((name) => reference("insights", name)).filter(isJsonObject);
    return compactSpec({
      key,
      title: fields.title,
      insight: fields.content_type === "insight" ? reference("insights", fields.insight) : void 0,
      dashboard: fields.content_type === "dashboard" ? reference("dashboards", fields.dashboard) : void 0,
      dashboardExportInsights: exports.length > 0 ? exports : void 0,
      targetType: fields.target_type,
      target: fields.target_value,
      frequency: fields.frequency,
      interval: unlessDefault(fields.interval, 1),
      startDate: fields.start_date ?? void 0,
      byweekday: fields.byweekday ?? void 0,
      bysetpos: fields.bysetpos ?? void 0,
      count: fields.count ?? void 0,
      untilDate: fields.until_date ?? void 0,
      enabled: unlessDefault(fields.enabled, true),
      integrationId: fields.integration_id ?? void 0
    });
  },
  summarize: summarizeSubscription,
  warn: warnSubscription
});

// src/core/kinds/surveys-actions.ts
function desiredSurveyActions(conditions2) {
  const listed = isJsonObject(conditions2) && Array.isArray(conditions2.actions) ? conditions2.actions : [];
  const dependsOn = listed.map((item) => readRef(item)).filter((address) => address?.kind === "actions");
  return { keys: [...new Set(dependsOn.map((address) => address.key))].sort(), dependsOn };
}
function observedSurveyActions(conditions2, lookup) {
  const actions2 = isJsonObject(conditions2) && isJsonObject(conditions2.actions) ? conditions2.actions.values : void 0;
  if (!Array.isArray(actions2)) return [];
  const keys = actions2.flatMap((action) => {
    const id = isJsonObject(action) ? action.id : void 0;
    if (typeof id !== "number" && typeof id !== "string") return [];
    return [lookup.keyOf("actions", id) ?? `#${String(id)}`];
  });
  return [...new Set(keys)].sort();
}
function surveyActionsPayload(keys, lookup) {
  return { values: keys.map((key) => ({ id: lookup.idOf({ kind: "actions", key }) ?? null })) };
}
function surveyActionsSpec(keys, warn) {
  const unmanaged = keys.filter((key) => key.startsWith("#"));
  if (unmanaged.length > 0) warn(`shows after actions ${unmanaged.join(", ")}, which are not pulled; they are left out of its conditions`);
  return keys.filter((key) => !key.startsWith("#")).map((key) => specRef("actions", key));
}

// src/core/kinds/surveys-questions.ts
var branchTarget = sdkType(anyOf(number({ integer: true, min: 0 }), oneOf("end")), { type: 'number | "end"' });
var branching = sdkType(
  anyOf(
    object({ type: required(oneOf("next_question")) }),
    object({ type: required(oneOf("end")) }),
    object({ type: required(oneOf("specific_question")), index: required(number({ integer: true, min: 0 })) }),
    object({ type: required(oneOf("response_based")), responseValues: required(recordOf(branchTarget)) })
  ),
  {
    name: "SurveyBranching",
    doc: 'Where a respondent goes after a question: the next one (the default), the end, the question at `index`, or per answer (`responseValues` maps a choice index or rating bucket to a question index or `"end"`).'
  }
);
var base = {
  question: required(string({ nonEmpty: true })),
  description: string(),
  descriptionContentType: oneOf("text", "html"),
  optional: boolean,
  buttonText: string(),
  branching
};
var choices = arrayOf(string({ nonEmpty: true }), { min: 1, max: 20 });
var SURVEY_QUESTION = sdkType(
  anyOf(
    sdkType(object({ type: required(oneOf("open")), ...base }), { name: "OpenQuestion", doc: "A free-text question." }),
    sdkType(object({ type: required(oneOf("link")), ...base, link: required(string({ pattern: /^(https:\/\/[^\s/]+\S*|mailto:[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\.[a-zA-Z]{2,})$/, patternHint: "must be an https or mailto link" })) }), {
      name: "LinkQuestion",
      doc: "A question with a link (https or mailto) to follow."
    }),
    sdkType(object({ type: required(oneOf("rating")), ...base, display: required(oneOf("number", "emoji")), scale: required(number({ integer: true, min: 1, max: 10 })), lowerBoundLabel: string(), upperBoundLabel: string(), isNpsQuestion: boolean }), {
      name: "RatingQuestion",
      doc: "A rating on a scale (PostHog offers 3, 5 and 7, and 10 for NPS), shown as numbers or emoji."
    }),
    sdkType(object({ type: required(oneOf("single_choice")), ...base, choices: required(choices), shuffleOptions: boolean, hasOpenChoice: boolean }), { name: "SingleChoiceQuestion", doc: "One answer out of `choices`; `hasOpenChoice` makes the last one free text." }),
    sdkType(object({ type: required(oneOf("multiple_choice")), ...base, choices: required(choices), shuffleOptions: boolean, hasOpenChoice: boolean }), { name: "MultipleChoiceQuestion", doc: "Any answers out of `choices`; `hasOpenChoice` makes the last one free text." })
  ),
  { name: "SurveyQuestion", doc: "Any survey question." }
);
var MANAGED = ["type", "question", "description", "descriptionContentType", "optional", "buttonText", "link", "display", "scale", "lowerBoundLabel", "upperBoundLabel", "isNpsQuestion", "choices", "shuffleOptions", "hasOpenChoice", "branching"];
function isDefault(name, value) {
  if (value === void 0 || value === null) return true;
  if (value === false && ["optional", "shuffleOptions", "hasOpenChoice", "isNpsQuestion"].includes(name)) return true;
  if (value === "" && ["description", "buttonText", "lowerBoundLabel", "upperBoundLabel"].includes(name)) return true;
  if (name === "descriptionContentType" && value === "text") return true;
  return name === "branching" && isJsonObject(value) && value.type === "next_question";
}
function canonicalQuestion(value) {
  const source = isJsonObject(value) ? value : {};
  const out = {};
  for (const name of MANAGED) if (!isDefault(name, source[name])) out[name] = source[name];
  return out;
}
function canonicalQuestions(value) {
  return Array.isArray(value) ? value.map(canonicalQuestion) : [];
}
function carryQuestionIds(wanted, live) {
  const current = (Array.isArray(live) ? live : []).filter(isJsonObject);
  const taken = /* @__PURE__ */ new Set();
  const claim = (index) => index >= 0 && !taken.has(index) && typeof current[index]?.id === "string" ? (taken.add(index), current[index]) : void 0;
  const matches = wanted.map((question) => claim(current.findIndex((c, i) => !taken.has(i) && c.type === question.type && c.question === question.question)));
  return wanted.map((question, position) => {
    const match = matches[position] ?? claim(current.findIndex((c, i) => !taken.has(i) && c.type === question.type));
    if (match === void 0) return question;
    const kept = Object.fromEntries(Object.entries(match).filter(([name]) => !MANAGED.includes(name)));
    return { ...kept, ...question, id: match.id };
  });
}
function validateBranching(questions, shuffled, report) {
  questions.forEach((value, index) => {
    const question = isJsonObject(value) ? value : {};
    const rule = question.branching;
    if (!isJsonObject(rule)) return;
    const path = `questions.${index}.branching`;
    if (shuffled) report(path, "Question shuffling and question branching cannot be used together. Please disable one of these features.");
    const checkTarget = (target, at) => {
      if (typeof target !== "number") return;
      if (target >= questions.length) report(at, `points at question ${target}, but the survey has ${questions.length} question(s) (indices start at 0)`);
      else if (target === index) report(at, "points at its own question");
    };
    if (rule.type === "specific_question") checkTarget(rule.index, `${path}.index`);
    if (rule.type === "response_based") {
      if (question.type !== "rating" && question.type !== "single_choice") report(path, `response-based branching needs a rating or single_choice question, not ${String(question.type)}`);
      if (isJsonObject(rule.responseValues)) for (const [answer, target] of Object.entries(rule.responseValues)) checkTarget(target, `${path}.responseValues.${answer}`);
    }
  });
}

// src/core/kinds/surveys-lifecycle.ts
var SURVEY_STATUSES = ["draft", "running", "stopped"];
function readSurveyStatus(raw) {
  if (raw.start_date === null || raw.start_date === void 0) return "draft";
  return raw.end_date === null || raw.end_date === void 0 ? "running" : "stopped";
}
function lifecycleWrite(from, to, now) {
  if (from === to) return {};
  if (to === "draft") return { start_date: null, end_date: null };
  if (to === "running") return from === "draft" ? { start_date: now() } : { end_date: null };
  return from === "draft" ? { start_date: now(), end_date: now() } : { end_date: now() };
}
function describeLifecycle(from, to) {
  if (to === "running") return from === "draft" ? "launch survey: it starts collecting responses (start date set at apply)" : "resume survey: its end date is cleared and it collects responses again";
  if (to === "stopped") return from === "draft" ? "launch and stop survey: it never shows (start and end dates set at apply)" : "stop survey: no new responses (end date set at apply); collected responses stay";
  return "survey back to draft: its start and end dates are cleared; collected responses stay";
}
async function convergeSurvey({ api, id, fields, clock }) {
  const path = `surveys/${id}/`;
  const live = await api.get(path);
  if (!live) return;
  const body = {};
  const wanted = fields.questions;
  if (JSON.stringify(canonicalQuestions(live.questions)) !== JSON.stringify(wanted)) body.questions = carryQuestionIds(wanted, live.questions);
  const status = fields.status;
  if (status !== void 0 && status !== readSurveyStatus(live)) {
    if (clock === void 0) throw new ToolError("internal", `survey ${id} must become ${status}, which sets its dates, but this apply was given no clock`);
    Object.assign(body, lifecycleWrite(readSurveyStatus(live), status, () => clock.now().toISOString()));
  }
  if (Object.keys(body).length > 0) await api.patch(path, body);
}

// src/core/kinds/surveys.ts
var TOUR_STEP_SURVEY = / - Step \d+ Survey \([0-9a-f]{8}\)$/;
var MATCH_TYPES = ["regex", "not_regex", "exact", "is_not", "icontains", "not_icontains"];
var NOT_FOR_EXTERNAL = ["url", "urlMatchType", "selector", "seenSurveyWaitPeriodInDays", "linkedFlagVariant", "deviceTypes", "deviceTypesMatchType"];
var conditions = sdkType(
  object({
    url: string(),
    urlMatchType: oneOf(...MATCH_TYPES),
    selector: string(),
    deviceTypes: arrayOf(oneOf("Desktop", "Mobile", "Tablet")),
    deviceTypesMatchType: oneOf(...MATCH_TYPES),
    seenSurveyWaitPeriodInDays: number({ integer: true, min: 0 }),
    linkedFlagVariant: string(),
    events: object({ repeatedActivation: boolean, values: arrayOf(object({ name: required(string({ nonEmpty: true })) })) }),
    actions: arrayOf(ref("actions", "action"))
  }),
  { name: "SurveyConditions", doc: "Where and when the survey shows: URL, CSS selector, device types, events, actions (by object: PostHog links them), the wait after another survey, the linked flag's variant." }
);
var targetingGroup = sdkType(object({ properties: sdkType(arrayOf(json), { type: "PropertyFilter[]" }), rollout_percentage: nullable(number({ min: 0, max: 100 })) }), {
  name: "SurveyTargetingGroup",
  doc: "A condition on who sees the survey; PostHog keeps it on a targeting flag it creates for the survey."
});
function withActions(conditions2, actions2) {
  return actions2.length > 0 ? { ...conditions2, actions: [...actions2] } : conditions2;
}
function canonicalConditions(value) {
  if (!isJsonObject(value)) return {};
  const out = {};
  for (const [name, member] of Object.entries(value)) {
    if (member === null || member === "" || name === "actions") continue;
    if (name === "events" && (!isJsonObject(member) || !Array.isArray(member.values) || member.values.length === 0)) continue;
    out[name] = member;
  }
  return out;
}
function canonicalTargeting(value) {
  if (!Array.isArray(value)) return null;
  return value.map((group) => {
    const source = isJsonObject(group) ? group : {};
    return { properties: Array.isArray(source.properties) ? source.properties.map(dropNulls) : [], rollout_percentage: valueOr(source.rollout_percentage, 100) };
  });
}
function validateSurvey(spec, report) {
  checkEdgeWhitespace(spec, { name: "name" }, report);
  if (spec.targetingFlag !== void 0) {
    report("targetingFlag", "is not supported: PostHog turns a survey's targeting flag on and off with the survey and deletes it with the survey (and can detach it only by deleting it), so a managed flag is never handed to a survey; declare who sees the survey as `targeting`, which PostHog keeps on a flag of its own");
  }
  const questions = Array.isArray(spec.questions) ? spec.questions : [];
  validateBranching(questions, isJsonObject(spec.appearance) && spec.appearance.shuffleQuestions === true, report);
  const groups = Array.isArray(spec.targeting) ? spec.targeting : [];
  if (groups.some((group) => isJsonObject(group) && (group.rollout_percentage === void 0 || group.rollout_percentage === null || group.rollout_percentage === 100) && !(Array.isArray(group.properties) && group.properties.length > 0))) {
    report("targeting", "Invalid operation: User targeting rolls out to everyone. If you want to roll out to everyone, delete this targeting");
  }
  const when = isJsonObject(spec.conditions) ? spec.conditions : {};
  if (typeof when.linkedFlagVariant === "string" && when.linkedFlagVariant !== "" && spec.linkedFlag === void 0) report("conditions.linkedFlagVariant", "linkedFlagVariant can only be used when a linked_flag_id is specified");
  if (spec.type !== "external_survey") return;
  if (spec.linkedFlag !== void 0) report("linkedFlag", "linked_flag_id is not allowed for external surveys");
  if (spec.targeting !== void 0) report("targeting", "targeting_flag_filters is not allowed for external surveys");
  const withValues = [...Array.isArray(when.actions) && when.actions.length > 0 ? ["actions"] : [], ...isJsonObject(when.events) && Array.isArray(when.events.values) && when.events.values.length > 0 ? ["events"] : []];
  const refused = [...NOT_FOR_EXTERNAL.filter((name) => when[name] !== void 0), ...withValues];
  if (refused.length > 0) report("conditions", `The following condition fields are not allowed for external surveys: ${refused.join(", ")}`);
  if (isJsonObject(spec.appearance) && spec.appearance.surveyPopupDelaySeconds !== void 0) report("appearance.surveyPopupDelaySeconds", "surveyPopupDelaySeconds is not allowed for external surveys");
}
function specConditions(conditions2, warn) {
  const { actions: actions2, ...rest } = conditions2;
  if (!Array.isArray(actions2)) return rest;
  const refs = surveyActionsSpec(actions2, warn);
  return refs.length > 0 ? { ...rest, actions: refs } : rest;
}
function summarizeSurvey(changes, before, after) {
  if (before === void 0 || after === void 0) return [];
  const touched = (name) => changes.some((change) => change.path === name || change.path.startsWith(`${name}.`));
  const lines = [];
  if (touched("status")) lines.push(describeLifecycle(before.status, after.status));
  if (touched("archived")) lines.push(after.archived === true ? "archive survey: it stops showing" : "unarchive survey");
  const counts = [before, after].map((side) => Array.isArray(side.questions) ? side.questions.length : 0);
  if (touched("questions")) lines.push(counts[0] === counts[1] ? "questions edited; each keeps the id its responses are stored under" : `questions ${counts[0]} → ${counts[1]}`);
  if (touched("linked_flag")) lines.push(`linked flag ${String(before.linked_flag ?? "none")} → ${String(after.linked_flag ?? "none")}`);
  if (touched("targeting")) lines.push(after.targeting === null ? "remove targeting: PostHog deletes the survey's targeting flag" : before.targeting === null ? "add targeting: PostHog creates a targeting flag for the survey" : "targeting changed on the survey's targeting flag");
  return lines;
}
function warnSurvey(changes, before) {
  if (before?.status !== "running" || !changes.some((change) => change.path === "questions" || change.path.startsWith("questions."))) return [];
  return ["the survey is running: people answering it now may see the new questions; a question whose type changes gets a new id, so its earlier answers are reported apart"];
}
var surveys = defineKind({
  name: "surveys",
  label: "survey",
  constructorName: "survey",
  folder: "surveys",
  references: ["feature-flags", "actions"],
  sdk: { spec: "Survey", doc: "Fields of `survey()`.", constructorDoc: "Defines a survey: its questions, where it shows, who sees it, and whether it is running." },
  readme: { resource: "Surveys", sdk: "`survey()` with questions of every type, branching, appearance, conditions, a linked flag, targeting and a draft/running/stopped lifecycle", identity: "description marker" },
  ui: { path: "surveys" },
  activityScope: "Survey",
  api: { collection: "surveys", remove: "hard" },
  declaredOnly: ["status"],
  schema: object({
    key: required(string({ pattern: /^[a-zA-Z][a-zA-Z0-9_-]*$/, patternHint: "start with a letter; then letters, digits, '-' and '_'", max: 200 })),
    name: field(string({ nonEmpty: true, max: 400 }), { required: true, doc: "Unique among the project's surveys." }),
    description: field(string(), { doc: "Internal notes; it also carries the identity marker (an HTML comment)." }),
    type: field(oneOf("popover", "widget", "external_survey", "api"), { required: true, doc: "How it shows: a popover, a feedback widget, a hosted page (`external_survey`), or your own UI (`api`)." }),
    questions: field(arrayOf(SURVEY_QUESTION, { min: 1 }), { required: true, doc: "In order; PostHog keeps each question's id across edits, so its responses stay with it." }),
    appearance: field(sdkType(recordOf(json), { type: "{ [setting: string]: unknown }" }), { doc: "Colours, texts and placement (`backgroundColor`, `submitButtonText`, `displayThankYouMessage`, `position`, `shuffleQuestions`, …), as PostHog stores them." }),
    conditions: field(conditions, { doc: "Where and when the survey shows." }),
    linkedFlag: field(ref("feature-flags", "feature flag"), { doc: "Shows the survey only to people this flag is enabled for (a variant of it with `conditions.linkedFlagVariant`)." }),
    targetingFlag: field(json, { internal: true }),
    targeting: field(arrayOf(targetingGroup, { min: 1 }), { doc: "Who sees the survey, as release conditions; PostHog keeps them on a targeting flag it creates, which this tool never manages as a flag." }),
    status: field(oneOf(...SURVEY_STATUSES), { doc: "`draft` (not started), `running` (launched) or `stopped` (completed); apply sets PostHog's start and end dates. Without it, the lifecycle is left to PostHog's app." }),
    archived: field(boolean, { doc: "Archived surveys stop showing and leave the list." }),
    responsesLimit: field(nullable(number({ integer: true, min: 1 })), { doc: "PostHog stops the survey after this many responses." }),
    enablePartialResponses: field(boolean, { doc: "Keep answers of people who did not finish." }),
    schedule: field(oneOf("once", "recurring", "always"), { doc: "`once` per person (the default), `recurring`, or `always` when its conditions match." })
  }),
  validate: validateSurvey,
  toDesired(spec) {
    const flag = readRef(spec.linkedFlag);
    const actions2 = desiredSurveyActions(spec.conditions);
    const fields = {
      // DRF trims CharField input.
      name: stripCharField(textOrEmpty(spec.name)),
      description: stripCharField(textOrEmpty(spec.description)),
      type: String(spec.type),
      questions: canonicalQuestions(spec.questions),
      appearance: isJsonObject(spec.appearance) ? spec.appearance : {},
      conditions: withActions(canonicalConditions(spec.conditions), actions2.keys),
      linked_flag: flag?.key ?? null,
      targeting: canonicalTargeting(spec.targeting),
      archived: flagOr(spec.archived, false),
      responses_limit: valueOr(spec.responsesLimit, null),
      enable_partial_responses: flagOr(spec.enablePartialResponses, false),
      schedule: valueOr(spec.schedule, "once")
    };
    if (typeof spec.status === "string") fields.status = spec.status;
    return { fields, dependsOn: [...flag ? [flag] : [], ...actions2.dependsOn] };
  },
  identify(raw) {
    return readIdentityMarker("surveys", raw.description);
  },
  // The surveys PostHog makes for a product tour's survey steps (`_sync_survey_steps`: type `api`, named
  // `<tour> - Step <n> Survey (<8 hex>)`, no description): the product-tours kind manages them through the tour.
  serverOwned: (raw) => raw.type === "api" && typeof raw.name === "string" && TOUR_STEP_SURVEY.test(raw.name) && readIdentityMarker("surveys", raw.description) === void 0,
  unique: { field: "name", desired: (_key, fields) => fields.name, live: (raw) => raw.name },
  toObserved(raw, lookup) {
    const flagId = isJsonObject(raw.linked_flag) ? raw.linked_flag.id : raw.linked_flag_id;
    const targeting = isJsonObject(raw.targeting_flag) && isJsonObject(raw.targeting_flag.filters) ? raw.targeting_flag.filters.groups : void 0;
    return {
      name: textOrEmpty(raw.name),
      description: stripIdentityMarker(raw.description),
      type: textOrEmpty(raw.type),
      questions: canonicalQuestions(raw.questions),
      appearance: isJsonObject(raw.appearance) ? raw.appearance : {},
      conditions: withActions(canonicalConditions(raw.conditions), observedSurveyActions(raw.conditions, lookup)),
      linked_flag: typeof flagId === "number" || typeof flagId === "string" ? lookup.keyOf("feature-flags", flagId) ?? `#${String(flagId)}` : null,
      targeting: canonicalTargeting(targeting),
      archived: flagOr(raw.archived, false),
      responses_limit: valueOr(raw.responses_limit, null),
      enable_partial_responses: flagOr(raw.enable_partial_responses, false),
      schedule: valueOr(raw.schedule, "once"),
      status: readSurveyStatus(raw)
    };
  },
  toPayload(key, fields, lookup, action, before) {
    const appearance = fields.appearance;
    const { actions: actions2, ...rest } = fields.conditions;
    const when = Array.isArray(actions2) ? { ...rest, actions: surveyActionsPayload(actions2, lookup) } : rest;
    const flag = fields.linked_flag;
    const payload = {
      name: fields.name,
      description: appendIdentityMarker("surveys", key, fields.description),
      type: fields.type,
      // Empty settings are sent as null, what PostHog stores when there are none.
      appearance: Object.keys(appearance).length > 0 ? appearance : null,
      conditions: Object.keys(when).length > 0 ? when : null,
      linked_flag_id: flag === null ? null : lookup.idOf({ kind: "feature-flags", key: flag }) ?? null,
      archived: fields.archived,
      responses_limit: fields.responses_limit,
      enable_partial_responses: fields.enable_partial_responses,
      schedule: fields.schedule
    };
    if (action === "create") payload.questions = fields.questions;
    const targeting = fields.targeting;
    const current = before?.targeting ?? null;
    if (targeting !== null && (action === "create" || JSON.stringify(targeting) !== JSON.stringify(current))) payload.targeting_flag_filters = { groups: targeting };
    if (targeting === null && action === "update" && current !== null) payload.remove_targeting_flag = true;
    return payload;
  },
  converge: convergeSurvey,
  proposeKey(raw) {
    const slug = slugKey(raw.name, `survey-${String(raw.id)}`);
    return /^[a-z]/.test(slug) ? slug : `survey-${slug}`;
  },
  toSpec(fields, key, warn) {
    const flag = fields.linked_flag;
    if (flag !== null && flag.startsWith("#")) warn(`is linked to feature flag ${flag}, which is not pulled; the link is left out`);
    return compactSpec({
      key,
      name: fields.name,
      description: unlessDefault(fields.description, ""),
      type: fields.type,
      questions: fields.questions,
      appearance: unlessDefault(fields.appearance, {}),
      conditions: unlessDefault(specConditions(fields.conditions, warn), {}),
      linkedFlag: flag === null || flag.startsWith("#") ? void 0 : specRef("feature-flags", flag),
      targeting: fields.targeting ?? void 0,
      status: fields.status,
      archived: unlessDefault(fields.archived, false),
      responsesLimit: unlessDefault(fields.responses_limit, null),
      enablePartialResponses: unlessDefault(fields.enable_partial_responses, false),
      schedule: unlessDefault(fields.schedule, "once")
    });
  },
  summarize: summarizeSurvey,
  warn: (changes, before) => warnSurvey(changes, before)
});

// src/core/kinds/index.ts
var REGISTRY = [
  propertyGroups,
  eventDefinitions,
  cohorts,
  actions,
  insightVariables,
  warehouseSavedQueries,
  withHogQLRefs(insights),
  featureFlags,
  experimentHoldouts,
  experimentSavedMetrics,
  experiments,
  dashboards,
  dashboardTemplates,
  annotations,
  alerts,
  earlyAccessFeatures,
  messagingTemplates,
  surveys,
  productTours,
  hogFunctions,
  hogFlows,
  batchExports,
  logsViews,
  logsSamplingRules,
  logsAlerts,
  subscriptions,
  sessionRecordingPlaylists,
  withHogQLRefs(endpoints),
  projectSettings,
  errorTrackingSettings
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
  isOwnedBy,
  stampOwner,
  textOrEmpty,
  readSpecCall,
  diffFields,
  touchesPath,
  orderKinds,
  KINDS,
  findKind,
  getKind,
  rankKind
};

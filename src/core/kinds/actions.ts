import { checkEdgeWhitespace } from "../char-field.js";
import { buildTagPayload, normalizeUserTags, readIdentityTag } from "../identity.js";
import { isJsonObject, type JsonObject, type JsonValue } from "../json.js";
import { dropNulls, flagOr, textOrEmpty } from "../normalize.js";
import { arrayOf, boolean, field, json, nullable, object, oneOf, required, sdkType, string } from "../schema.js";
import { compactSpec, slugKey, unlessDefault } from "../spec.js";
import { defineKind } from "./define.js";
import { propertyOperator } from "./property-operators.js";
import type { KindModule } from "./kind.js";

const matching = nullable(oneOf("exact", "contains", "regex"));

/** A step's text fields: `ActionStepJSONSerializer` takes each as a `CharField` that allows null but never blank. */
const STEP_TEXT_FIELDS = ["event", "selector", "tag_name", "text", "href", "url"] as const;

const step = sdkType(object({
  event: nullable(string()),
  properties: arrayOf(object({ key: required(string()), value: json, operator: propertyOperator, type: string() })),
  selector: nullable(string()),
  tag_name: nullable(string()),
  text: nullable(string()),
  text_matching: matching,
  href: nullable(string()),
  href_matching: matching,
  url: nullable(string()),
  url_matching: matching,
}), { name: "ActionStep", doc: "One step of an action; steps are OR-ed." });

/** PostHog's matching defaults: url "contains", text and href "exact"; the server adds `selector_regex`. */
function normalizeStep(value: JsonValue): JsonObject {
  const raw = isJsonObject(value) ? (dropNulls(value) as JsonObject) : {};
  const { selector_regex: _regex, ...stepFields } = raw;
  const out: JsonObject = { ...stepFields };
  if (typeof out.url === "string") out.url_matching ??= "contains";
  else delete out.url_matching;
  if (typeof out.text === "string") out.text_matching ??= "exact";
  else delete out.text_matching;
  if (typeof out.href === "string") out.href_matching ??= "exact";
  else delete out.href_matching;
  if (Array.isArray(out.properties) && out.properties.length === 0) delete out.properties;
  return out;
}

/** A canonical step as users write it: the matching defaults `normalizeStep` adds are left out. */
function specStep(value: JsonValue): JsonValue {
  const { url_matching, text_matching, href_matching, ...rest } = isJsonObject(value) ? value : {};
  return compactSpec({
    ...rest,
    url_matching: unlessDefault(url_matching, "contains"),
    text_matching: unlessDefault(text_matching, "exact"),
    href_matching: unlessDefault(href_matching, "exact"),
  });
}

function canonical(source: JsonObject): JsonObject {
  return {
    name: textOrEmpty(source.name),
    description: textOrEmpty(source.description),
    steps: (Array.isArray(source.steps) ? source.steps : []).map(normalizeStep),
    post_to_slack: flagOr(source.post_to_slack, false),
    slack_message_format: textOrEmpty(source.slack_message_format),
    tags: normalizeUserTags(source.tags),
  };
}

/** Actions: OR-ed steps matching events, elements and URLs; tagged `iac:actions:<key>`. */
export const actions: KindModule<"actions"> = defineKind({
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
  unique: { field: "name", desired: (_key, fields) => fields.name as string, live: (raw) => raw.name },
  schema: object({
    key: required(string({ pattern: /^[a-zA-Z0-9_.-]+$/, patternHint: "use letters, digits, '-', '_' and '.'", max: 200 })),
    name: required(string({ nonEmpty: true, max: 400 })),
    description: string(),
    steps: required(arrayOf(step, { min: 1 })),
    post_to_slack: boolean,
    slack_message_format: string(),
    pinned_at: field(nullable(string()), { doc: "Pins the action when set (PostHog stores the time it was pinned, whatever the value), unpins it when null; compared only when declared." }),
    tags: arrayOf(string({ max: 255 })),
  }),
  validate(spec, report) {
    checkEdgeWhitespace(spec, { name: "name", description: "description", slack_message_format: "slack_message_format" }, report);
    // A step's selector and url are stripped; its event, tag_name, text and href are kept as sent (`trim_whitespace=False`).
    // Blank text is PostHog's 400 "This field may not be blank." on the step field, so it is refused here first.
    (Array.isArray(spec.steps) ? spec.steps : []).forEach((step, i) => {
      if (!isJsonObject(step)) return;
      checkEdgeWhitespace(step, { selector: "a step's selector", url: "a step's url" }, (path, message) => report(`steps.${i}.${path}`, message));
      for (const field of STEP_TEXT_FIELDS) if (step[field] === "") report(`steps.${i}.${field}`, `PostHog refuses a blank ${field} in a step ("This field may not be blank."); leave it out or set it to null`);
    });
  },
  toDesired(spec) {
    const fields = canonical(spec);
    if (spec.pinned_at !== undefined) fields.pinned = spec.pinned_at !== null && spec.pinned_at !== "";
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
    // Any value pins (PostHog stores the time of the request), so it is sent only to change it.
    const pin: JsonObject = pinned === undefined || before?.pinned === pinned ? {} : { pinned_at: pinned === true ? new Date(0).toISOString() : null };
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
      steps: (fields.steps as JsonValue[]).map(specStep),
      post_to_slack: unlessDefault(fields.post_to_slack, false),
      slack_message_format: unlessDefault(fields.slack_message_format, ""),
      tags: unlessDefault(fields.tags, []),
    });
  },
});

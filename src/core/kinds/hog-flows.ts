import { stripCharField } from "../char-field.js";
import { appendIdentityMarker, readIdentityMarker, stripIdentityMarker } from "../identity.js";
import { isJsonObject, type JsonObject, type JsonValue } from "../json.js";
import { textOrEmpty } from "../normalize.js";
import { isSecretSet, readSecretName } from "../secrets.js";
import type { FieldChange } from "../plan/types.js";
import { arrayOf, field, json, number, nullable, object, oneOf, recordOf, required, sdkType, string } from "../schema.js";
import { compactSpec, slugKey, specCall, unlessDefault } from "../spec.js";
import { defineKind } from "./define.js";
import { canonicalAction, DELAY_DURATION, isFunctionAction, keepDeclaredActionSecrets, TRIGGER_TYPES, withoutBytecode } from "./hog-flow-actions.js";
import type { KindModule } from "./kind.js";

/** `HogFlow.State`. */
const STATUSES = ["draft", "active", "archived"] as const;
/** The exit conditions PostHog's workflow editor offers; the model's default is `exit_on_conversion`. */
const EXIT_CONDITIONS = ["exit_on_conversion", "exit_on_trigger_not_matched", "exit_on_trigger_not_matched_or_conversion", "exit_only_at_end"] as const;

function listOf(value: JsonValue | undefined): JsonValue[] {
  return Array.isArray(value) ? value : [];
}

function canonicalMasking(value: JsonValue | undefined): JsonValue {
  const masking = withoutBytecode(value);
  return isJsonObject(masking) ? { ...masking, ttl: masking.ttl ?? null, threshold: masking.threshold ?? null } : null;
}

/** Checks PostHog makes of every flow, and those it makes only of an active one (a draft may be incomplete). */
function validateFlow(spec: JsonObject, report: (path: string, message: string) => void): void {
  const actions = listOf(spec.actions).filter(isJsonObject);
  const triggers = actions.filter((action) => action.type === "trigger");
  if (triggers.length !== 1) report("actions", `needs exactly one action of type "trigger" (has ${triggers.length}), as PostHog requires`);
  const ids = new Set<string>();
  actions.forEach((action, index) => {
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
  actions.forEach((action, index) => {
    const config = isJsonObject(action.config) ? action.config : {};
    if (action.type === "trigger" && !TRIGGER_TYPES.includes(String(config.type))) report(`actions[${index}].config.type`, `must be one of ${TRIGGER_TYPES.join(", ")} for an active flow`);
    if (action.type === "delay" && (typeof config.delay_duration !== "string" || !DELAY_DURATION.test(config.delay_duration))) report(`actions[${index}].config.delay_duration`, "must be a duration like '30s', '30m', '2h' or '1.5d' for an active flow");
    if (isFunctionAction(action) && (typeof config.template_id !== "string" || config.template_id === "")) report(`actions[${index}].config.template_id`, "is required for an active flow: the id of one of PostHog's hog function templates");
    if (config.condition !== undefined && Array.isArray(config.conditions) && config.conditions.length > 0) report(`actions[${index}].config`, "cannot have both 'conditions' and 'condition'");
  });
}

/** An action as a definition writes it: PostHog's defaults (empty description, no filters) left out. */
function specAction(action: JsonObject): JsonObject {
  const { description, filters, ...rest } = action;
  return compactSpec({ ...rest, description: unlessDefault(description, ""), filters: unlessDefault(filters, null) });
}

/** The pulled actions with every secret input PostHog holds written as `secret()`, naming the variable to set. */
function specActions(actions: JsonValue[], key: string, warn: (message: string) => void): JsonValue[] {
  return actions.map((value) => {
    if (!isJsonObject(value)) return value;
    const action = specAction(value);
    if (!isJsonObject(action.config) || !isJsonObject(action.config.inputs)) return action;
    const inputs: JsonObject = {};
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

/**
 * Inputs PostHog holds as secrets that the definition gives as plain values: PostHog never returns
 * them, so such a flow would plan an update, and send the value, on every run.
 */
function warnPlainSecrets(_changes: readonly FieldChange[], before: JsonObject | undefined, after: JsonObject | undefined): string[] {
  if (before === undefined || after === undefined) return [];
  const live = new Map(listOf(before.actions).filter(isJsonObject).map((action) => [action.id, action]));
  const warnings: string[] = [];
  for (const action of listOf(after.actions).filter(isJsonObject)) {
    const held = live.get(action.id);
    const heldInputs = isJsonObject(held?.config) && isJsonObject(held.config.inputs) ? held.config.inputs : {};
    const inputs = isJsonObject(action.config) && isJsonObject(action.config.inputs) ? action.config.inputs : {};
    for (const [input, item] of Object.entries(inputs)) {
      const kept = heldInputs[input];
      if (isJsonObject(kept) && isSecretSet(kept.value) && !(isJsonObject(item) && readSecretName(item.value) !== undefined)) {
        warnings.push(`action ${String(action.id)} input ${input} is a secret in PostHog, which never returns it: write it as secret("VARIABLE") so it is not sent, and shown, on every plan`);
      }
    }
  }
  return warnings;
}

function summarizeFlow(changes: readonly FieldChange[], before: JsonObject | undefined, after: JsonObject | undefined): string[] {
  if (before === undefined || after === undefined) return [];
  const lines: string[] = [];
  if (before.status !== after.status) lines.push(`status ${String(before.status)} → ${String(after.status)}`);
  if (changes.some((change) => change.path === "actions" || change.path.startsWith("actions"))) lines.push(`actions: ${listOf(before.actions).length} → ${listOf(after.actions).length}, sent as a whole`);
  return lines;
}

/**
 * Hog flows (workflows): a graph of actions (exactly one trigger, then delays, branches, function
 * and email steps) joined by edges, as `HogFlowSerializer` takes it. Actions and edges are kept
 * as PostHog's API spells them, as PostHog's own tool does; the members PostHog compiles (filter
 * and masking bytecode, input order) are left out of the comparison, and `trigger` and
 * `billable_action_types` are PostHog's to derive. No tags: identity is a description marker.
 * The exit condition is compared only when declared (PostHog's tool and the model disagree on
 * its default). Function steps name a hog function template by `template_id`; a secret input is
 * `secret()`. Hard delete.
 */
export const hogFlows: KindModule<"hog-flows"> = defineKind({
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
      doc: "The action nodes as PostHog's API spells them (`{id, name, type, config, filters?, on_error?}`); exactly one has type `trigger`.",
    }),
    edges: field(sdkType(arrayOf(recordOf(json)), { type: "Record<string, unknown>[]" }), { doc: "Edges `{from, to, type, index?}` between action ids." }),
    triggerMasking: field(object({ hash: required(string({ nonEmpty: true })), ttl: field(nullable(number({ integer: true, min: 60, max: 94_608_000 })), { doc: "Seconds a hash is remembered." }), threshold: field(nullable(number({ integer: true })), { doc: "Fire once per this many matches." }) }), {
      doc: "Deduplicates triggers by a HogQL template hash.",
    }),
    conversion: field(sdkType(recordOf(json), { type: "Record<string, unknown>" }), { doc: "The conversion goal (`{window_minutes, filters}`)." }),
    variables: field(sdkType(arrayOf(recordOf(string())), { type: "Record<string, string>[]" }), { doc: "Flow variables (`{key, label, type, default}`), keys unique." }),
  }),
  validate: validateFlow,
  declaredOnly: ["exit_condition"],
  toDesired(spec) {
    return {
      fields: {
        name: textOrEmpty(spec.name),
        description: stripCharField(textOrEmpty(spec.description)),
        status: typeof spec.status === "string" ? spec.status : "draft",
        ...(typeof spec.exitCondition === "string" ? { exit_condition: spec.exitCondition } : {}),
        actions: listOf(spec.actions).map(canonicalAction),
        edges: listOf(spec.edges),
        trigger_masking: canonicalMasking(spec.triggerMasking),
        conversion: withoutBytecode(spec.conversion),
        variables: listOf(spec.variables),
      },
      dependsOn: [],
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
      variables: listOf(raw.variables),
    };
  },
  toPayload(key, fields) {
    const payload: JsonObject = {
      name: fields.name as string,
      description: appendIdentityMarker("hog-flows", key, fields.description),
      status: fields.status as string,
      actions: fields.actions as JsonValue[],
      edges: fields.edges as JsonValue[],
      trigger_masking: fields.trigger_masking as JsonValue,
      conversion: fields.conversion as JsonValue,
      variables: fields.variables as JsonValue[],
    };
    if (fields.exit_condition !== undefined) payload.exit_condition = fields.exit_condition;
    return payload;
  },
  proposeKey(raw) {
    const slug = slugKey(raw.name, `flow-${String(raw.id)}`);
    return /^[a-z]/.test(slug) ? slug : `flow-${slug}`;
  },
  toSpec(fields, key, warn) {
    const masking = isJsonObject(fields.trigger_masking) ? fields.trigger_masking : undefined;
    return compactSpec({
      key,
      name: fields.name,
      description: unlessDefault(fields.description, ""),
      status: unlessDefault(fields.status, "draft"),
      exitCondition: unlessDefault(fields.exit_condition, "exit_on_conversion"),
      actions: specActions(listOf(fields.actions), key, warn),
      edges: unlessDefault(fields.edges, []),
      triggerMasking: masking === undefined ? undefined : compactSpec({ hash: masking.hash, ttl: unlessDefault(masking.ttl, null), threshold: unlessDefault(masking.threshold, null) }),
      conversion: unlessDefault(fields.conversion, null),
      variables: unlessDefault(fields.variables, []),
    });
  },
  summarize: summarizeFlow,
  warn: warnPlainSecrets,
});


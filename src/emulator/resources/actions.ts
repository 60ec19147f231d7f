import { isoNow } from "../clock.js";
import { validationError } from "../errors.js";
import { coerceString, hasField, isTruthy, readBoolean, readList, readRequestBody, readString } from "../fields.js";
import { describePythonType, isRecord, type JsonRecord } from "../json.js";
import { allocateId, type ActionRecord, type ProjectState } from "../state.js";
import { readTags } from "../tags.js";
import { currentUser } from "../users.js";
import { created, ok, type ResourceContext, type ResourceModule, type ResourceResponse } from "./resource.js";
import { findByIntegerId, routeViewset } from "./viewset.js";

/** `ActionStepJSONSerializer`'s text fields: each `CharField(required=False, allow_null=True)`, none allows blank. */
const STEP_TEXT_FIELDS = ["event", "selector", "tag_name", "text", "href", "url"] as const;
/** `ActionStepJSONSerializer` (posthog/api/action.py) turns `trim_whitespace` off for every text field but these. */
const STRIPPED_STEP_FIELDS = new Set<string>(["selector", "url"]);
const MATCHING_FIELDS = { text_matching: "exact", href_matching: "exact", url_matching: "contains" } as const;
const MATCHING_CHOICES = ["exact", "contains", "regex"];

/**
 * Actions (`/api/projects/{id}/actions/`): steps, team-unique names among live actions, soft delete.
 * The list is not paginated; it is `{"count": n, "results": [...]}` with every live action.
 */
export const actionsResource: ResourceModule = {
  segment: "actions",
  scopeObject: "action",
  environmentsAlias: false,
  throttle: "default",
  handle: routeViewset<ActionRecord>({
    list: ({ project }) => listActions(project),
    create: createAction,
    detail: {
      find: ({ project }, id) => findByIntegerId(project.actions, id),
      retrieve: ({ project }, action) => ok(serializeAction(project, action)),
      update: updateAction,
      destroy: "forbidden",
    },
  }),
};

/** `ActionSerializer`: the action routes' answers, and a survey's linked actions in its conditions. */
export function serializeAction(project: ProjectState, action: ActionRecord): JsonRecord {
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
    user_access_level: "editor",
  };
}

function readSteps(body: JsonRecord): JsonRecord[] | undefined {
  const steps = readList(body, "steps", { allowNull: true });
  if (steps === undefined) return undefined;
  return (steps ?? []).map((step, index) => {
    if (!isRecord(step)) throw validationError(["steps", index], `Invalid data. Expected a dictionary, but got ${describePythonType(step)}.`);
    const normalized: JsonRecord = {};
    for (const field of STEP_TEXT_FIELDS) {
      normalized[field] = hasField(step, field) ? coerceString(step[field], ["steps", index, field], { allowNull: true, trim: STRIPPED_STEP_FIELDS.has(field) }) : null;
    }
    normalized.selector_regex = null;
    const properties = step.properties ?? null;
    if (properties !== null && !Array.isArray(properties)) {
      throw validationError(["steps", index, "properties"], `Expected a list of items but got type "${describePythonType(properties)}".`, "not_a_list");
    }
    normalized.properties = properties;
    for (const [field, fallback] of Object.entries(MATCHING_FIELDS)) {
      const value = step[field];
      if (value !== undefined && value !== null && !MATCHING_CHOICES.includes(String(value))) {
        throw validationError(["steps", index, field], `"${String(value)}" is not a valid choice.`, "invalid_choice");
      }
      const subject = normalized[field.replace("_matching", "")];
      normalized[field] = value ?? (subject === null ? null : fallback);
    }
    return normalized;
  });
}

function readActionFields(project: ProjectState, body: JsonRecord, existing: ActionRecord | undefined): Partial<ActionRecord> {
  const fields: Partial<ActionRecord> = {};
  const name = readString(body, "name", { required: existing === undefined, allowNull: true, maxLength: 400 });
  if (name !== undefined) {
    const clash = project.actions.find((action) => action !== existing && !action.deleted && action.name === name);
    if (clash !== undefined) throw validationError("name", `This project already has an action with this name, ID ${clash.id}`, "unique");
    fields.name = name;
  }
  const description = readString(body, "description", { allowBlank: true });
  if (description !== undefined && description !== null) fields.description = description;
  const tags = readTags(body);
  if (tags !== undefined) fields.tags = tags;
  const postToSlack = readBoolean(body, "post_to_slack");
  if (postToSlack !== undefined && postToSlack !== null) fields.post_to_slack = postToSlack;
  const format = readString(body, "slack_message_format", { allowBlank: true, maxLength: 1200 });
  if (format !== undefined && format !== null) fields.slack_message_format = format;
  const steps = readSteps(body);
  if (steps !== undefined) fields.steps = steps;
  if (hasField(body, "pinned_at")) fields.pinned_at = isTruthy(body.pinned_at) ? isoNow() : null;
  const deleted = readBoolean(body, "deleted");
  if (deleted !== undefined && deleted !== null) fields.deleted = deleted;
  readString(body, "_create_in_folder", { allowBlank: true });
  return fields;
}

function createAction(context: ResourceContext): ResourceResponse {
  const { project, state } = context;
  const fields = readActionFields(project, readRequestBody(context.body), undefined);
  const now = isoNow();
  const action: ActionRecord = {
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
    ...fields,
  };
  project.actions.push(action);
  return created(serializeAction(project, action));
}

function updateAction(context: ResourceContext, action: ActionRecord): ResourceResponse {
  Object.assign(action, readActionFields(context.project, readRequestBody(context.body), action));
  return ok(serializeAction(context.project, action));
}

function listActions(project: ProjectState): ResourceResponse {
  const actions = project.actions
    .filter((action) => !action.deleted)
    .sort((left, right) => right.last_calculated_at.localeCompare(left.last_calculated_at) || (left.name ?? "").localeCompare(right.name ?? ""));
  // ActionViewSet.list: not paginated; without `limit`, `count` is the number of results returned.
  return ok({ count: actions.length, results: actions.map((action) => serializeAction(project, action)) });
}

import { validationError } from "../errors.js";
import { isUuid, readChoice, readInteger, readList, readRequestBody, readString } from "../fields.js";
import { isRecord, type JsonRecord } from "../json.js";
import type { ProjectState } from "../state.js";
import { insertHogFunction, type HogFunctionRecord } from "./hog-functions.js";
import { created, noContent, type ResourceContext, type ResourceResponse } from "./resource.js";

/** The row a destination is made for: the alert's id and name are all the functions take from it. */
interface AlertRef {
  id: string;
  name: string;
}

/** `EVENT_KIND_CONFIG` (products/logs/backend/alert_destinations.py): the event each function is filtered on, and how its name shows the kind. */
const EVENT_KINDS = [
  { kind: "firing", event: "$logs_alert_firing", display: "firing", header: "🔴 Log alert '{event.properties.alert_name}' is firing", type: "logs_alert.firing" },
  { kind: "resolved", event: "$logs_alert_resolved", display: "resolved", header: "🟢 Log alert '{event.properties.alert_name}' has resolved", type: "logs_alert.resolved" },
  { kind: "broken", event: "$logs_alert_auto_disabled", display: "auto-disabled", header: "⚠️ Log alert '{event.properties.alert_name}' was auto-disabled", type: "logs_alert.auto_disabled" },
  { kind: "errored", event: "$logs_alert_errored", display: "errored", header: "🟡 Log alert '{event.properties.alert_name}' couldn't evaluate", type: "logs_alert.errored" },
] as const;

/** `_HOG_FUNCTION_NAME_MAX_LEN` and `clip_hog_function_name`. */
const NAME_MAX = 400;
const WEBHOOK_HEADERS = { "Content-Type": "application/json", "X-PostHog-Webhook-Version": "1" };
/** Django's `URLValidator`, which DRF's `URLField` runs: a scheme it allows and a host with a dot (or localhost). */
const URL_PATTERN = /^(https?|ftps?):\/\/([^\s/?#@]+@)?([^\s/?#:@]+\.[^\s/?#:@]+|localhost)(:\d{1,5})?([/?#]\S*)?$/i;

/** `filters__properties__contains=[{"key": "alert_id", "value": <id>}]`: the lookup that ties a function to its alert. */
export function isAlertFunction(fn: HogFunctionRecord, alertId: string): boolean {
  const properties = Array.isArray(fn.filters.properties) ? fn.filters.properties : [];
  return properties.some((item) => isRecord(item) && item.key === "alert_id" && item.value === alertId);
}

function clipName(name: string): string {
  return name.length <= NAME_MAX ? name : `${name.slice(0, NAME_MAX - 1)}…`;
}

interface DestinationData {
  type: string;
  slack_workspace_id?: number;
  slack_channel_id?: string;
  slack_channel_name?: string;
  webhook_url?: string;
}

/** `LogsAlertCreateDestinationSerializer`: its fields, then `validate`'s per-type requirements (non-field errors). */
function readDestination(body: JsonRecord): DestinationData {
  const type = String(readChoice(body, "type", ["slack", "webhook"], { required: true }));
  const data: DestinationData = { type };
  const workspace = readInteger(body, "slack_workspace_id");
  if (workspace !== undefined && workspace !== null) data.slack_workspace_id = workspace;
  const channel = readString(body, "slack_channel_id");
  if (channel !== undefined && channel !== null) data.slack_channel_id = channel;
  const channelName = readString(body, "slack_channel_name", { allowBlank: true });
  if (channelName !== undefined && channelName !== null) data.slack_channel_name = channelName;
  const url = readString(body, "webhook_url");
  if (url !== undefined && url !== null) {
    if (!URL_PATTERN.test(url)) throw validationError("webhook_url", "Enter a valid URL.", "invalid");
    data.webhook_url = url;
  }
  if (type === "slack" && (!data.slack_workspace_id || !data.slack_channel_id)) throw validationError(null, "slack_workspace_id and slack_channel_id are required for slack destinations.", "invalid");
  if (type === "webhook" && !data.webhook_url) throw validationError(null, "webhook_url is required for webhook destinations.", "invalid");
  return data;
}

/** `build_slack_config` / `build_webhook_config`: one internal destination per event kind, filtered on the alert's id. */
function functionBody(alert: AlertRef, spec: (typeof EVENT_KINDS)[number], data: DestinationData): JsonRecord {
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
        slack_workspace: { value: data.slack_workspace_id! },
        channel: { value: data.slack_channel_id! },
      },
    };
  }
  return {
    ...base,
    name: clipName(`Logs alert — ${alert.name} (${spec.display}) → Webhook ${data.webhook_url!}`),
    template_id: "template-webhook",
    inputs: {
      body: { value: { id: "{event.uuid}", type: spec.type, timestamp: "{event.properties.triggered_at}", data: { alert_id: "{event.properties.alert_id}", alert_name: "{event.properties.alert_name}" } } },
      url: { value: data.webhook_url! },
      headers: { value: WEBHOOK_HEADERS },
    },
  };
}

/**
 * `create_destination` (`POST logs/alerts/{id}/destinations/`): validates the body, then creates
 * one function per event kind through `HogFunctionSerializer`, in one transaction, and answers
 * 201 `{hog_function_ids}`.
 */
export function createDestination(context: ResourceContext, alert: AlertRef): ResourceResponse {
  const data = readDestination(readRequestBody(context.body));
  const ids = EVENT_KINDS.map((spec) => insertHogFunction(context.project, functionBody(alert, spec, data)).id);
  return created({ hog_function_ids: ids });
}

/** `LogsAlertDeleteDestinationSerializer`: a non-empty list of UUIDs. */
function readFunctionIds(body: JsonRecord): string[] {
  const list = readList(body, "hog_function_ids", { required: true })!;
  if (list.length < 1) throw validationError("hog_function_ids", "Ensure this field has at least 1 elements.", "min_length");
  return list.map((item, index) => {
    if (typeof item !== "string" || !isUuid(item)) throw validationError(["hog_function_ids", String(index)], "Must be a valid UUID.", "invalid");
    return item.toLowerCase();
  });
}

/**
 * `delete_destination` (`POST logs/alerts/{id}/destinations/delete/`): soft-deletes the team's
 * functions among the ids whose filters name this alert (deleted ones included, as the UPDATE does
 * not filter on `deleted`), and rolls back with a non-field error when that touched fewer rows than
 * ids were sent (a duplicate id counts twice). 204 without a body.
 */
export function deleteDestination(context: ResourceContext, alert: AlertRef): ResourceResponse {
  const ids = readFunctionIds(readRequestBody(context.body));
  const owned = functionsOf(context.project).filter((fn) => ids.includes(fn.id) && isAlertFunction(fn, alert.id));
  if (owned.length !== ids.length) throw validationError(null, "One or more HogFunctions do not belong to this alert.", "invalid");
  for (const fn of owned) fn.deleted = true;
  return noContent();
}

function functionsOf(project: ProjectState): HogFunctionRecord[] {
  return project.hogFunctions ?? [];
}

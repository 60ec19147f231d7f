import { isJsonObject, type JsonObject, type JsonValue } from "../json.js";
import type { ProjectApi } from "../ports.js";
import { anyOf, arrayOf, field, number, object, oneOf, required, sdkType, string } from "../schema.js";
import { readSecretName, SECRET_SET, secretSchema } from "../secrets.js";
import { compactSpec, specCall, unlessDefault } from "../spec.js";
import type { ConvergeContext } from "./kind.js";

/**
 * A logs alert's notification destinations. PostHog keeps none on the alert: `POST
 * logs/alerts/{id}/destinations/` creates one `internal_destination` hog function per event kind
 * (firing, resolved, …), each filtered on the property `alert_id`, and `destinations/delete`
 * soft-deletes such a group by id (products/logs/backend/alerts_api.py, alert_destinations.py).
 * A destination here is one group: a Slack channel, or a webhook whose URL (which often carries
 * a token) is named by `secret()`. PostHog returns the URL in plain text, in the functions'
 * inputs and names; plans read it as a secret that is set, so no value is ever shown, and apply
 * matches groups by the real value.
 */

/** The label `build_slack_config` gives the channel in the functions' names when no name is sent (`channel_display`). */
const DEFAULT_CHANNEL_NAME = "channel";
/** The templates `create_destination` uses, and the destination type each one is. */
const TEMPLATE_TYPES: Readonly<Record<string, string>> = { "template-slack": "slack", "template-webhook": "webhook" };

const slackDestination = sdkType(
  object({
    type: required(oneOf("slack")),
    slackWorkspaceId: field(number({ integer: true, min: 1 }), { required: true, doc: "The id of the project's Slack integration (the workspace PostHog is installed in)." }),
    slackChannelId: field(string({ nonEmpty: true }), { required: true, doc: "The channel's Slack id (`C0123…`), not its name." }),
    slackChannelName: field(string({ nonEmpty: true }), { doc: "The channel's name, which PostHog shows in the destination's name (\"#channel\" when not given)." }),
  }),
  { name: "LogsAlertSlackDestination", doc: "Notifies a Slack channel through the project's Slack integration." },
);
const webhookDestination = sdkType(
  object({
    type: required(oneOf("webhook")),
    webhookUrl: field(secretSchema, { required: true, doc: "The URL PostHog POSTs each notification to, as `secret(\"NAME\")`: webhook URLs often carry a token." }),
  }),
  { name: "LogsAlertWebhookDestination", doc: "POSTs each notification to a URL." },
);

/** The `destinations` field of `logsAlert()`. */
export const DESTINATIONS = field(arrayOf(sdkType(anyOf(slackDestination, webhookDestination), { name: "LogsAlertDestination", doc: "Where a logs alert sends its notifications." })), {
  doc: "Where the alert notifies (each destination gets PostHog's firing, resolved, auto-disabled and errored notifications). Managed only when given; [] removes them all.",
});

/** A destination's canonical form: PostHog's request field names. */
function canonicalEntry(value: JsonValue): JsonObject {
  const entry = isJsonObject(value) ? value : {};
  if (entry.type === "webhook") return { type: "webhook", webhook_url: entry.webhookUrl ?? null };
  return { type: "slack", slack_workspace_id: entry.slackWorkspaceId ?? null, slack_channel_id: entry.slackChannelId ?? null, slack_channel_name: entry.slackChannelName ?? DEFAULT_CHANNEL_NAME };
}

/** One order for desired and observed lists alike, so equal sets compare equal. */
function sortEntries(entries: JsonObject[]): JsonObject[] {
  return entries.map((entry) => [JSON.stringify(entry), entry] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, entry]) => entry);
}

/** The canonical destinations of a spec, or undefined when it leaves them to PostHog. */
export function desiredDestinations(spec: JsonObject): JsonObject[] | undefined {
  return Array.isArray(spec.destinations) ? sortEntries(spec.destinations.map(canonicalEntry)) : undefined;
}

/** One function PostHog made for the alert, read in full (its inputs are not in the list). */
interface GroupedFunction {
  id: string;
  type: string;
  /** What makes two functions one destination: its type and the values of the request that made it. */
  identity: string;
  entry: JsonObject;
}

function inputValue(fn: JsonObject, key: string): JsonValue | undefined {
  const inputs = isJsonObject(fn.inputs) ? fn.inputs : {};
  const input = inputs[key];
  return isJsonObject(input) ? input.value : undefined;
}

/** A function as part of a destination; undefined for templates this kind does not manage (left alone). */
function groupFunction(fn: JsonObject): GroupedFunction | undefined {
  const template = isJsonObject(fn.template) ? fn.template.id : undefined;
  const type = typeof template === "string" ? TEMPLATE_TYPES[template] : undefined;
  if (type === undefined) return undefined;
  if (type === "webhook") {
    const url = inputValue(fn, "url");
    return { id: String(fn.id), type, identity: `webhook ${JSON.stringify(url ?? null)}`, entry: { type, webhook_url: { ...SECRET_SET } } };
  }
  // The channel's name is only in the function's name: `… → Slack #<slack_channel_name or "channel">`.
  const name = typeof fn.name === "string" ? /→ Slack #(.*)$/s.exec(fn.name)?.[1] : undefined;
  const entry = { type, slack_workspace_id: inputValue(fn, "slack_workspace") ?? null, slack_channel_id: inputValue(fn, "channel") ?? null, slack_channel_name: name ?? DEFAULT_CHANNEL_NAME };
  return { id: String(fn.id), type, identity: JSON.stringify(entry), entry };
}

/** One destination as PostHog holds it: the functions one request made, and when the first was. */
interface Group {
  identity: string;
  entry: JsonObject;
  ids: string[];
  events: Set<string>;
  createdAt: string;
}

/** The alert's live functions, read in full and grouped into destinations (ids kept for a delete), oldest first. */
async function readGroups(api: ProjectApi, alertId: string): Promise<Group[]> {
  const query = { type: "internal_destination", filters: JSON.stringify({ properties: [{ key: "alert_id", value: alertId }] }) };
  const listed = await api.list("hog_functions", query);
  const full = await Promise.all(listed.map(async (row) => (await api.get(`hog_functions/${String(row.id)}/`)) ?? row));
  // The same destination made twice (two applies at once) is two groups: each holds one function per event.
  const groups: Group[] = [];
  const byAge = [...full].sort((a, b) => `${String(a.created_at)} ${String(a.id)}`.localeCompare(`${String(b.created_at)} ${String(b.id)}`));
  for (const fn of byAge) {
    const grouped = groupFunction(fn);
    if (grouped === undefined) continue;
    const event = JSON.stringify(isJsonObject(fn.filters) && Array.isArray(fn.filters.events) ? fn.filters.events : []);
    let group = groups.find((candidate) => candidate.identity === grouped.identity && !candidate.events.has(event));
    if (group === undefined) groups.push((group = { identity: grouped.identity, entry: grouped.entry, ids: [], events: new Set(), createdAt: String(fn.created_at) }));
    group.ids.push(grouped.id);
    group.events.add(event);
  }
  return groups;
}

/** The alert with its destinations attached (`KindModule.readAttached`); webhook URLs are read as set secrets and never kept. */
export async function attachDestinations(api: ProjectApi, raw: JsonObject): Promise<JsonObject> {
  const groups = await readGroups(api, String(raw.id));
  return { ...raw, destinations: sortEntries(groups.map((group) => group.entry)) };
}

/** The observed destinations of an alert that `attachDestinations` read. */
export function observedDestinations(raw: JsonObject): JsonObject[] {
  return Array.isArray(raw.destinations) ? raw.destinations.filter(isJsonObject) : [];
}

/**
 * The live destinations as the declared ones are compared with them: PostHog's webhook URLs read as
 * set secrets, so when the alert has as many webhooks as the definition declares, they are taken
 * for the declared ones (no drift, as for any secret); otherwise, or when rotating, they stay
 * unnamed and the plan shows the webhooks changing, which apply then matches by value.
 */
export function compareDestinations(live: JsonValue | undefined, desired: JsonValue | undefined, rotate: boolean): JsonValue | undefined {
  if (!Array.isArray(live) || !Array.isArray(desired)) return live;
  const entries = live.filter(isJsonObject);
  const wantedHooks = desired.filter((entry) => isJsonObject(entry) && entry.type === "webhook") as JsonObject[];
  const liveHooks = entries.filter((entry) => entry.type === "webhook");
  if (rotate || wantedHooks.length !== liveHooks.length) return live;
  return sortEntries([...entries.filter((entry) => entry.type !== "webhook"), ...wantedHooks]);
}

/** The `create_destination` request for a canonical entry (secrets still as markers). */
function requestBody(entry: JsonObject): JsonObject {
  if (entry.type === "webhook") return { type: "webhook", webhook_url: entry.webhook_url ?? null };
  const body: JsonObject = { type: "slack", slack_workspace_id: entry.slack_workspace_id ?? null, slack_channel_id: entry.slack_channel_id ?? null };
  if (entry.slack_channel_name !== DEFAULT_CHANNEL_NAME) body.slack_channel_name = entry.slack_channel_name ?? null;
  return body;
}

/** The identity a filled-in request would give its functions, to match it with a live group. */
function requestIdentity(body: JsonObject): string {
  if (body.type === "webhook") return `webhook ${JSON.stringify(body.webhook_url ?? null)}`;
  return JSON.stringify({ type: "slack", slack_workspace_id: body.slack_workspace_id ?? null, slack_channel_id: body.slack_channel_id ?? null, slack_channel_name: body.slack_channel_name ?? DEFAULT_CHANNEL_NAME });
}

/** Read-and-write rounds of a destinations converge: the writes, then reads that catch a racing run's copies. */
const ROUNDS = 3;

/**
 * Makes the alert's destinations the declared ones: reads its live groups, creates each declared
 * destination no group matches (by the real webhook URL, filled in from the run's secrets), then
 * deletes the groups nothing declares, so the alert is never left without its new destination.
 * A create is not idempotent, so every round starts from a fresh read: after an uncertain failure
 * only what is missing is sent, and a copy another apply made meanwhile is found by the next
 * round's read and deleted, both runs keeping the oldest of equal groups.
 */
export async function convergeDestinations(context: ConvergeContext): Promise<void> {
  const declared = context.fields.destinations;
  if (!Array.isArray(declared)) return;
  const fill = context.fillSecrets ?? ((body: JsonObject) => body);
  // Secrets first, so a missing one fails the step before anything is written.
  const bodies = declared.filter(isJsonObject).map((entry) => fill(requestBody(entry)));
  const path = `logs/alerts/${String(context.id)}/destinations/`;
  for (let round = 1; ; round++) {
    const remaining = await readGroups(context.api, String(context.id));
    const missing: JsonObject[] = [];
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

/** `pull`: the destinations as a definition writes them, webhook URLs as `secret()` placeholders the user must set. */
export function specDestinations(entries: JsonValue | undefined, key: string, warn: (message: string) => void): JsonValue | undefined {
  if (!Array.isArray(entries) || entries.length === 0) return undefined;
  let hooks = 0;
  return entries.filter(isJsonObject).map((entry) => {
    if (entry.type === "webhook") {
      const declared = readSecretName(entry.webhook_url);
      hooks += 1;
      const variable = declared ?? `${key.toUpperCase().replace(/[^A-Z0-9]+/g, "_").replace(/^[^A-Z]+/, "S_")}_WEBHOOK_URL${hooks > 1 ? `_${hooks}` : ""}`;
      if (declared === undefined) warn(`a webhook destination's URL is written as secret("${variable}"): set ${variable} to the URL and list it in posthog.config.ts secrets before applying`);
      return { type: "webhook", webhookUrl: specCall("secret", variable) };
    }
    return compactSpec({ type: "slack", slackWorkspaceId: entry.slack_workspace_id, slackChannelId: entry.slack_channel_id, slackChannelName: unlessDefault(entry.slack_channel_name, DEFAULT_CHANNEL_NAME) });
  });
}

/** Plan summary lines: the destinations a change adds and removes, secrets by name only. */
export function summarizeDestinations(before: JsonValue | undefined, after: JsonValue | undefined): string[] {
  if (!Array.isArray(after)) return [];
  const label = (entry: JsonValue): string => {
    if (!isJsonObject(entry)) return "destination";
    if (entry.type === "webhook") {
      const name = readSecretName(entry.webhook_url);
      return name === undefined ? "webhook (secret URL)" : `webhook from secret ${name}`;
    }
    return `Slack #${String(entry.slack_channel_name)} (${String(entry.slack_channel_id)})`;
  };
  const was = (Array.isArray(before) ? before : []).map((entry) => JSON.stringify(entry));
  const now = after.map((entry) => JSON.stringify(entry));
  const added = after.filter((_, i) => !was.includes(now[i]!)).map((entry) => `destination added: ${label(entry)}`);
  const removed = (Array.isArray(before) ? before : []).filter((entry) => !now.includes(JSON.stringify(entry))).map((entry) => `destination removed: ${label(entry)}`);
  return [...added, ...removed];
}

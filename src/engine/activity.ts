import { PostHogApiError } from "../adapters/posthog/client.js";
import type { ProjectApi } from "../core/ports.js";
import { isJsonObject, type JsonObject } from "../core/json.js";
import { getKind, KINDS } from "../core/kinds/index.js";
import type { KindModule } from "../core/kinds/kind.js";
import { objectPath } from "../core/observe.js";
import type { ActivityByResource, FieldActivity } from "../core/plan/report.js";
import type { Plan } from "../core/plan/types.js";

/** Resources whose history is read per plan (one request each); beyond these, changes are reported without who made them. */
export const MAX_LOOKUPS = 30;

function actorOf(entry: JsonObject): string {
  const user = isJsonObject(entry.user) ? entry.user : undefined;
  if (!user || entry.is_system === true || user.is_system === true) return "System";
  const name = [user.first_name, user.last_name].filter((part) => typeof part === "string" && part !== "").join(" ");
  const email = typeof user.email === "string" ? user.email : "";
  return name && email ? `${name} (${email})` : name || email || "someone";
}

/** The activities PostHog logs an update under: `updated`, and `changed` for event definitions (`EventDefinitionViewSet.perform_update`). */
const UPDATE_ACTIVITIES: ReadonlySet<unknown> = new Set(["updated", "changed"]);

/** The newest logged update that changed `field` (PostHog logs top-level model fields). */
function lastChange(entries: readonly JsonObject[], field: string, kind: KindModule): JsonObject | undefined {
  const extra: readonly unknown[] = kind.activityExtra?.activities ?? [];
  return entries.find((entry) => {
    const detail = isJsonObject(entry.detail) ? entry.detail : undefined;
    return (UPDATE_ACTIVITIES.has(entry.activity) || extra.includes(entry.activity)) && Array.isArray(detail?.changes) && detail.changes.some((change) => isJsonObject(change) && change.field === field);
  });
}

/**
 * Whether an entry of the kind's scope is the kind's own: PostHog writes holdouts and saved metrics
 * under `Experiment` with their own `detail.type`, and their ids can equal an experiment's.
 */
function isKindsEntry(kind: KindModule, entry: JsonObject): boolean {
  const type = isJsonObject(entry.detail) ? entry.detail.type : undefined;
  if (kind.activityType !== undefined) return type === kind.activityType;
  return !KINDS.some((other) => other.activityScope === kind.activityScope && other.activityType !== undefined && other.activityType === type);
}

/** What is left unsaid when the activity log cannot be read, for the note. */
const DRIFT_PURPOSE = "drift does not say who changed what";

/**
 * Who last changed each drifted field in PostHog, and when, from the project's
 * activity log (`activity_log/?scope=…&item_id=…`, newest first), for the kinds
 * PostHog logs: one request per updated resource (two where the log files it under
 * another id than the API's), at most `MAX_LOOKUPS` resources. The
 * history only explains a plan, so a key without `activity_log:read` or any
 * other failure is a note, never a failed run.
 */
export async function readFieldActivity(api: ProjectApi, plan: Plan, note: (text: string) => void, purpose = DRIFT_PURPOSE): Promise<ActivityByResource> {
  const found: ActivityByResource = {};
  const steps = lookedUp(plan);
  for (const step of steps) {
    const kind = getKind(step.kind);
    const { activityFields = {} } = kind;
    let page: JsonObject | undefined;
    try {
      const item = await activityItemOf(api, kind, step.id!);
      page = await api.get(`activity_log/?${scopeFilter(kind)}&item_id=${encodeURIComponent(String(item))}`);
    } catch (error) {
      const why = error instanceof PostHogApiError && error.status === 403 ? "the key lacks the activity_log:read scope" : error instanceof Error ? error.message : String(error);
      note(`Could not read PostHog's activity log, so ${purpose}: ${why}`);
      return found;
    }
    const entries = Array.isArray(page?.results) ? page.results.filter(isJsonObject).filter((entry) => isKindsEntry(kind, entry)) : [];
    const fields = [...new Set(step.changes.map((change) => change.path.split(".")[0]!))];
    const changes = fields.flatMap((field): FieldActivity[] => {
      const entry = lastChange(entries, activityFields[field] ?? field, kind);
      return entry && typeof entry.created_at === "string" ? [{ field, by: actorOf(entry), at: entry.created_at }] : [];
    });
    if (changes.length > 0) found[`${step.kind}/${step.key}`] = changes;
  }
  return found;
}

/** `scope=` the kind's scope, or `scopes=` it and the other scopes PostHog files the kind's edits under. */
function scopeFilter(kind: KindModule): string {
  const scopes = [kind.activityScope!, ...(kind.activityExtra?.scopes ?? [])];
  return scopes.length === 1 ? `scope=${encodeURIComponent(scopes[0]!)}` : `scopes=${encodeURIComponent(scopes.join(","))}`;
}

/** The id the activity log files the object under: the step's own, or the kind's `activityItem` of the live object. */
async function activityItemOf(api: ProjectApi, kind: KindModule, id: string | number): Promise<string | number> {
  if (!kind.activityItem) return id;
  const raw = await api.get(objectPath(kind, id));
  return isJsonObject(raw) ? kind.activityItem(raw) : id;
}

/** The steps whose history `readFieldActivity` reads, in plan order: the request budget. */
function lookedUp(plan: Plan): Plan["steps"] {
  return plan.steps.filter((s) => s.action === "update" && s.id !== undefined && getKind(s.kind).activityScope).slice(0, MAX_LOOKUPS);
}

/**
 * Who made the edits in PostHog that a plan reverts (`plan.reverts`, known when
 * the plan was given its base branch's definitions): the activity log of only
 * the resources holding such a change, so a plan without reverts sends nothing.
 * Answers the entries and the number of requests it sent, for `--verbose`.
 */
export async function readRevertActivity(api: ProjectApi, plan: Plan, note: (text: string) => void): Promise<{ activity: ActivityByResource; requests: number }> {
  const reverted = new Set((plan.reverts ?? []).map((r) => `${r.kind}/${r.key}`));
  const scoped: Plan = { ...plan, steps: plan.steps.filter((s) => reverted.has(`${s.kind}/${s.key}`)) };
  let requests = 0;
  const counted: ProjectApi = Object.assign(Object.create(api) as ProjectApi, { get: (path: string) => ((requests += 1), api.get(path)) });
  const activity = await readFieldActivity(counted, scoped, note, "the plan does not say who made the changes it reverts");
  return { activity, requests };
}

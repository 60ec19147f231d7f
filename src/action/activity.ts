import { PostHogApiError } from "../adapters/posthog/client.js";
import type { ProjectApi } from "../core/ports.js";
import { isJsonObject, type JsonObject } from "../core/json.js";
import { getKind } from "../core/kinds/index.js";
import type { ActivityByResource, FieldActivity } from "../core/plan/report.js";
import type { Plan } from "../core/plan/types.js";

/** Resources whose history is read per plan; beyond these, drift is reported without who changed it. */
const MAX_LOOKUPS = 30;

function actorOf(entry: JsonObject): string {
  const user = isJsonObject(entry.user) ? entry.user : undefined;
  if (!user || entry.is_system === true || user.is_system === true) return "System";
  const name = [user.first_name, user.last_name].filter((part) => typeof part === "string" && part !== "").join(" ");
  const email = typeof user.email === "string" ? user.email : "";
  return name && email ? `${name} (${email})` : name || email || "someone";
}

/** The newest logged update that changed `field` (PostHog logs top-level model fields). */
function lastChange(entries: readonly JsonObject[], field: string): JsonObject | undefined {
  return entries.find((entry) => {
    const detail = isJsonObject(entry.detail) ? entry.detail : undefined;
    return entry.activity === "updated" && Array.isArray(detail?.changes) && detail.changes.some((change) => isJsonObject(change) && change.field === field);
  });
}

/**
 * Who last changed each drifted field in PostHog, and when, from the project's
 * activity log (`activity_log/?scope=…&item_id=…`, newest first), for the kinds
 * PostHog logs. The history only explains a plan, so a key without
 * `activity_log:read` or any other failure is a note, never a failed run.
 */
export async function readFieldActivity(api: ProjectApi, plan: Plan, note: (text: string) => void): Promise<ActivityByResource> {
  const found: ActivityByResource = {};
  const steps = plan.steps.filter((s) => s.action === "update" && s.id !== undefined && getKind(s.kind).activityScope).slice(0, MAX_LOOKUPS);
  for (const step of steps) {
    const scope = getKind(step.kind).activityScope!;
    let page: JsonObject | undefined;
    try {
      page = await api.get(`activity_log/?scope=${encodeURIComponent(scope)}&item_id=${encodeURIComponent(String(step.id))}`);
    } catch (error) {
      const why = error instanceof PostHogApiError && error.status === 403 ? "the key lacks the activity_log:read scope" : error instanceof Error ? error.message : String(error);
      note(`Could not read PostHog's activity log, so drift does not say who changed what: ${why}`);
      return found;
    }
    const entries = Array.isArray(page?.results) ? page.results.filter(isJsonObject) : [];
    const fields = [...new Set(step.changes.map((change) => change.path.split(".")[0]!))];
    const changes = fields.flatMap((field): FieldActivity[] => {
      const entry = lastChange(entries, field);
      return entry && typeof entry.created_at === "string" ? [{ field, by: actorOf(entry), at: entry.created_at }] : [];
    });
    if (changes.length > 0) found[`${step.kind}/${step.key}`] = changes;
  }
  return found;
}

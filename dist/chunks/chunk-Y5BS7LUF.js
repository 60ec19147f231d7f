import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  PostHogApiError
} from "./chunk-S3WGARH7.js";
import {
  objectPath
} from "./chunk-IJIRTJKZ.js";
import {
  KINDS,
  getKind
} from "./chunk-RHLKEUBH.js";
import {
  isJsonObject
} from "./chunk-2AROFJEV.js";

// src/engine/activity.ts
var MAX_LOOKUPS = 30;
function actorOf(entry) {
  const user = isJsonObject(entry.user) ? entry.user : void 0;
  if (!user || entry.is_system === true || user.is_system === true) return "System";
  const name = [user.first_name, user.last_name].filter((part) => typeof part === "string" && part !== "").join(" ");
  const email = typeof user.email === "string" ? user.email : "";
  return name && email ? `${name} (${email})` : name || email || "someone";
}
var UPDATE_ACTIVITIES = /* @__PURE__ */ new Set(["updated", "changed"]);
function lastChange(entries, field, kind) {
  const extra = kind.activityExtra?.activities ?? [];
  return entries.find((entry) => {
    const detail = isJsonObject(entry.detail) ? entry.detail : void 0;
    return (UPDATE_ACTIVITIES.has(entry.activity) || extra.includes(entry.activity)) && Array.isArray(detail?.changes) && detail.changes.some((change) => isJsonObject(change) && change.field === field);
  });
}
function isKindsEntry(kind, entry) {
  const type = isJsonObject(entry.detail) ? entry.detail.type : void 0;
  if (kind.activityType !== void 0) return type === kind.activityType;
  return !KINDS.some((other) => other.activityScope === kind.activityScope && other.activityType !== void 0 && other.activityType === type);
}
var DRIFT_PURPOSE = "drift does not say who changed what";
async function readFieldActivity(api, plan, note, purpose = DRIFT_PURPOSE) {
  const found = {};
  const steps = lookedUp(plan);
  for (const step of steps) {
    const kind = getKind(step.kind);
    const { activityFields = {} } = kind;
    let page;
    try {
      const item = await activityItemOf(api, kind, step.id);
      page = await api.get(`activity_log/?${scopeFilter(kind)}&item_id=${encodeURIComponent(String(item))}`);
    } catch (error) {
      const why = error instanceof PostHogApiError && error.status === 403 ? "the key lacks the activity_log:read scope" : error instanceof Error ? error.message : String(error);
      note(`Could not read PostHog's activity log, so ${purpose}: ${why}`);
      return found;
    }
    const entries = Array.isArray(page?.results) ? page.results.filter(isJsonObject).filter((entry) => isKindsEntry(kind, entry)) : [];
    const fields = [...new Set(step.changes.map((change) => change.path.split(".")[0]))];
    const changes = fields.flatMap((field) => {
      const entry = lastChange(entries, activityFields[field] ?? field, kind);
      return entry && typeof entry.created_at === "string" ? [{ field, by: actorOf(entry), at: entry.created_at }] : [];
    });
    if (changes.length > 0) found[`${step.kind}/${step.key}`] = changes;
  }
  return found;
}
function scopeFilter(kind) {
  const scopes = [kind.activityScope, ...kind.activityExtra?.scopes ?? []];
  return scopes.length === 1 ? `scope=${encodeURIComponent(scopes[0])}` : `scopes=${encodeURIComponent(scopes.join(","))}`;
}
async function activityItemOf(api, kind, id) {
  if (!kind.activityItem) return id;
  const raw = await api.get(objectPath(kind, id));
  return isJsonObject(raw) ? kind.activityItem(raw) : id;
}
function lookedUp(plan) {
  return plan.steps.filter((s) => s.action === "update" && s.id !== void 0 && getKind(s.kind).activityScope).slice(0, MAX_LOOKUPS);
}
async function readRevertActivity(api, plan, note) {
  const reverted = new Set((plan.reverts ?? []).map((r) => `${r.kind}/${r.key}`));
  const scoped = { ...plan, steps: plan.steps.filter((s) => reverted.has(`${s.kind}/${s.key}`)) };
  let requests = 0;
  const counted = Object.assign(Object.create(api), { get: (path) => (requests += 1, api.get(path)) });
  const activity = await readFieldActivity(counted, scoped, note, "the plan does not say who made the changes it reverts");
  return { activity, requests };
}

export {
  MAX_LOOKUPS,
  readFieldActivity,
  readRevertActivity
};

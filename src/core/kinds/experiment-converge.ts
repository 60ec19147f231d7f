import { isJsonObject, type JsonObject, type JsonValue } from "../json.js";
import { flagOr } from "../normalize.js";
import { carryMetricUuids, requestMetric, sameMetrics } from "./experiment-metrics.js";
import type { ConvergeContext } from "./kind.js";

/** The lifecycle states a definition can ask for. */
export const LIFECYCLES = ["draft", "running", "paused", "stopped"] as const;
/** One of {@link LIFECYCLES}. */
export type Lifecycle = (typeof LIFECYCLES)[number];

/** PostHog's `status`; a running experiment whose enrollment is frozen is still running. */
export function readLifecycle(raw: JsonObject): Lifecycle {
  if (raw.status === "exposure_frozen") return "running";
  if (typeof raw.status === "string" && (LIFECYCLES as readonly string[]).includes(raw.status)) return raw.status as Lifecycle;
  if (raw.end_date) return "stopped";
  return raw.start_date ? "running" : "draft";
}

/**
 * The metric lists to send: only lists that differ from the live ones, and with the live metrics'
 * uuids carried over, so no metric loses the results PostHog has computed for it.
 */
function metricChanges(live: JsonObject, { fields, idOf }: ConvergeContext): JsonObject {
  const changes: JsonObject = {};
  for (const field of ["metrics", "metrics_secondary"] as const) {
    const wanted = (fields[field] as JsonValue[]).map((metric) => requestMetric(metric, { idOf }));
    const current = Array.isArray(live[field]) ? live[field] : [];
    if (!sameMetrics(wanted, current)) changes[field] = carryMetricUuids(wanted, current);
  }
  return changes;
}

/**
 * PostHog links an existing flag as-is on create, so a holdout given then is not on the flag yet;
 * a draft's update with `holdout_id` syncs it (`holdout_filters_for_flag`).
 */
function holdoutChange(live: JsonObject, holdoutId: string | number | undefined): JsonObject {
  if (holdoutId === undefined || readLifecycle(live) !== "draft") return {};
  const flag = isJsonObject(live.feature_flag) ? live.feature_flag : {};
  const holdout = isJsonObject(flag.filters) && isJsonObject(flag.filters.holdout) ? flag.filters.holdout.id : undefined;
  return String(holdout) === String(holdoutId) ? {} : { holdout_id: holdoutId };
}

/**
 * The flag's `active` as its definition declares it, when a stopped experiment's flag differs:
 * launching enables the flag and ending leaves it alone (`end_experiment`), so a walk from draft
 * to stopped leaves on a flag the definition disables. Compared with what the server holds, not
 * with the flag before the walk, so a re-run after a lost `end` (the experiment already stopped,
 * the flag still on) restores it too.
 */
function flagRestore(live: JsonObject, context: ConvergeContext): { id: string; active: boolean } | undefined {
  const flag = isJsonObject(live.feature_flag) ? live.feature_flag : undefined;
  const declared = context.fieldsOf?.({ kind: "feature-flags", key: String(context.fields.feature_flag) })?.active;
  if (flag === undefined || typeof declared !== "boolean" || flag.active === declared) return undefined;
  return { id: String(flag.id), active: declared };
}

/**
 * After the experiment's own write: the metric lists (keeping their uuids), the holdout on the
 * flag, then the lifecycle through PostHog's launch/pause/resume/end and archive/unarchive.
 * Launching enables the flag; once the experiment is stopped, the flag's `active` is put back to
 * what its definition declares (see {@link flagRestore}), before archiving, which archives only
 * a disabled flag.
 */
export async function convergeExperiment(context: ConvergeContext): Promise<void> {
  const { api, id, fields } = context;
  const path = `experiments/${id}/`;
  // The step's own create or update answers with the whole experiment, so only a re-run reads it.
  let live = context.live ?? (await api.get(path));
  if (!live) return;
  const holdoutId = fields.holdout === null ? undefined : context.idOf({ kind: "experiment-holdouts", key: fields.holdout as string });
  const changes = { ...metricChanges(live, context), ...holdoutChange(live, holdoutId) };
  if (Object.keys(changes).length > 0) live = await api.patch(path, { ...changes, allow_unknown_events: true });

  let status = readLifecycle(live);
  const wanted = fields.lifecycle as Lifecycle;
  // launch, pause, resume and unarchive take no request body; archive and end take optional ones.
  const act = async (action: string, body?: JsonObject) => {
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
  const restore = wanted === "stopped" ? flagRestore(live, context) : undefined;
  if (restore) await api.patch(`feature_flags/${restore.id}/`, { active: restore.active });
  if (flagOr(live.archived, false) !== fields.archived) await act(fields.archived ? "archive" : "unarchive", fields.archived ? {} : undefined);
}

import { isoNow } from "../clock.js";
import { validationError } from "../errors.js";
import { readBoolean, readChoice, readRequestBody, readString } from "../fields.js";
import type { ExperimentRecord, FeatureFlagRecord, ProjectState } from "../state.js";
import { assertExperimentFlag } from "./experiment-flag-config.js";
import { fingerprintMetric } from "./experiment-metrics.js";
import { flagOf, serializeExperiment } from "./experiment-serializer.js";
import { ok, type ResourceContext, type ResourceResponse } from "./resource.js";

/** Conclusions `EndExperimentSerializer` and the experiment serializer accept. */
export const CONCLUSIONS = ["won", "lost", "inconclusive", "stopped_early", "invalid"];

/** The POST actions under `experiments/{id}/` this module serves. */
export const LIFECYCLE_ACTIONS = new Set(["launch", "pause", "resume", "end", "archive", "unarchive", "reset"]);

const isDraft = (experiment: ExperimentRecord) => experiment.start_date === null;
const isStopped = (experiment: ExperimentRecord) => experiment.start_date !== null && experiment.end_date !== null;

/** A direct model save of the flag (`feature_flag.save()`), which, unlike the flag serializer, leaves `version` alone. */
function saveFlag(flag: FeatureFlagRecord, changes: Partial<FeatureFlagRecord>): void {
  Object.assign(flag, changes);
  flag.updated_at = isoNow();
}

function requireFlag(flag: FeatureFlagRecord | undefined): FeatureFlagRecord {
  if (flag === undefined) throw validationError(null, "Experiment does not have a feature flag linked.");
  return flag;
}

function assertLaunchedAndNotEnded(experiment: ExperimentRecord): void {
  if (isDraft(experiment)) throw validationError(null, "Experiment has not been launched yet.");
  if (isStopped(experiment)) throw validationError(null, "Experiment has already ended.");
}

/** Recomputes every inline metric's fingerprint, as launch and every update do. */
export function refreshFingerprints(experiment: ExperimentRecord): void {
  experiment.metrics = experiment.metrics.map((metric) => ({ ...metric, fingerprint: fingerprintMetric(metric, experiment) }));
  experiment.metrics_secondary = experiment.metrics_secondary.map((metric) => ({ ...metric, fingerprint: fingerprintMetric(metric, experiment) }));
}

/**
 * `_archive_linked_feature_flag`: archiving an experiment archives its flag too when the flag is
 * already disabled (or `disable_feature_flag` asks to disable it) and no other live, unarchived
 * experiment uses it. An enabled flag is left alone by default: it may still serve the winner.
 */
function archiveLinkedFlag(project: ProjectState, experiment: ExperimentRecord, flag: FeatureFlagRecord | undefined, disable: boolean): void {
  if (flag === undefined || flag.deleted || flag.archived) return;
  if (project.experiments.some((other) => other !== experiment && other.feature_flag_id === flag.id && !other.deleted && !other.archived)) return;
  if (flag.active && !disable) return;
  saveFlag(flag, { active: false, archived: true });
  experiment.feature_flag_auto_archived = true;
}

/** `_unarchive_linked_feature_flag`: only an archive this experiment performed is undone; the flag stays disabled. */
function unarchiveLinkedFlag(experiment: ExperimentRecord, flag: FeatureFlagRecord | undefined): void {
  if (experiment.feature_flag_auto_archived !== true) return;
  experiment.feature_flag_auto_archived = false;
  if (flag === undefined || flag.deleted || !flag.archived) return;
  saveFlag(flag, { archived: false });
}

/**
 * The lifecycle actions of `ExperimentService`: launch (draft → running, flag enabled), pause and
 * resume (the flag's `active`, nothing stored on the experiment), end (the flag untouched), archive
 * (only once ended) and unarchive, and reset (back to draft, the flag untouched).
 */
export function runLifecycleAction(context: ResourceContext, experiment: ExperimentRecord, action: string): ResourceResponse {
  const { project } = context;
  const body = readRequestBody(context.body);
  const flag = flagOf(project, experiment);
  const now = isoNow();
  switch (action) {
    case "launch": {
      if (!isDraft(experiment)) throw validationError(null, "Experiment has already been launched.");
      const linked = requireFlag(flag);
      if (linked.deleted) throw validationError(null, "Experiment cannot be launched because its feature flag has been deleted.");
      assertExperimentFlag(linked);
      experiment.start_date = now;
      refreshFingerprints(experiment);
      saveFlag(linked, { active: true });
      break;
    }
    case "pause": {
      assertLaunchedAndNotEnded(experiment);
      const linked = requireFlag(flag);
      if (!linked.active) throw validationError(null, "Experiment is already paused.");
      saveFlag(linked, { active: false });
      break;
    }
    case "resume": {
      assertLaunchedAndNotEnded(experiment);
      const linked = requireFlag(flag);
      if (linked.active) throw validationError(null, "Experiment is not paused.");
      saveFlag(linked, { active: true });
      break;
    }
    case "end": {
      const conclusion = readChoice(body, "conclusion", CONCLUSIONS, { allowNull: true });
      const comment = readString(body, "conclusion_comment", { allowNull: true, allowBlank: true });
      assertLaunchedAndNotEnded(experiment);
      experiment.end_date = now;
      experiment.conclusion = conclusion === undefined || conclusion === null ? null : String(conclusion);
      experiment.conclusion_comment = comment ?? null;
      break;
    }
    case "archive": {
      const disable = readBoolean(body, "disable_feature_flag") === true;
      if (experiment.archived) throw validationError(null, "Experiment is already archived.");
      if (!isStopped(experiment)) throw validationError(null, "Experiment must be ended before it can be archived.");
      experiment.archived = true;
      archiveLinkedFlag(project, experiment, flag, disable);
      break;
    }
    case "unarchive":
      if (!experiment.archived) throw validationError(null, "Experiment is not archived.");
      experiment.archived = false;
      unarchiveLinkedFlag(experiment, flag);
      break;
    case "reset":
      if (isDraft(experiment)) throw validationError(null, "Experiment is already in draft state.");
      experiment.start_date = null;
      experiment.end_date = null;
      experiment.archived = false;
      experiment.conclusion = null;
      experiment.conclusion_comment = null;
      break;
  }
  experiment.updated_at = now;
  return ok(serializeExperiment(project, experiment));
}

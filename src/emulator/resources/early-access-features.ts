import { randomUUID } from "node:crypto";
import { isoNow } from "../clock.js";
import { notFound, validationError } from "../errors.js";
import { hasField, isUuid, readChoice, readInteger, readRequestBody, readString } from "../fields.js";
import { isRecord, type JsonRecord } from "../json.js";
import { paginate } from "../pagination.js";
import type { FeatureFlagRecord, ProjectState } from "../state.js";
import { currentUser, type UserBasic } from "../users.js";
import { effectiveFilters, serializeMinimalFlag, variantCount } from "./feature-flag-serializer.js";
import { createFeatureFlag, updateFeatureFlag } from "./feature-flag-writes.js";
import { created, noContent, ok, type ResourceContext, type ResourceModule, type ResourceResponse } from "./resource.js";
import { routeViewset } from "./viewset.js";

/** One early access feature (`products/early_access_features/backend/models.py`). */
export interface EarlyAccessFeatureRecord {
  id: string;
  name: string;
  description: string;
  stage: string;
  documentation_url: string;
  payload: unknown;
  feature_flag_id: number | null;
  assigned_user_id: number | null;
  created_at: string;
  created_by: UserBasic | null;
}

const STAGES = ["draft", "concept", "alpha", "beta", "general-availability", "archived"];
/** `EarlyAccessFeature.ActiveStage`. */
const ACTIVE_STAGES = ["alpha", "beta", "general-availability"];

/**
 * Early access features (`/api/projects/{id}/early_access_feature/`), after
 * `EarlyAccessFeatureSerializer`, `EarlyAccessFeatureSerializerCreateOnly` and
 * `EarlyAccessFeatureViewSet` (products/early_access_features/backend/api.py): a flag linked on
 * create (or one created from the name), enrollment on the flag's filters following the stage, the
 * payload written from the raw body, a real DELETE that clears the flag's enrollment first.
 */
export const earlyAccessFeaturesResource: ResourceModule = {
  segment: "early_access_feature",
  scopeObject: "early_access_feature",
  environmentsAlias: false,
  throttle: "default",
  handle: routeViewset<EarlyAccessFeatureRecord>({
    list: (context) => {
      const page = paginate(featuresOf(context.project), context.requestUrl);
      return ok({ ...page, results: page.results.map((feature) => serializeFeature(context.project, feature)) });
    },
    create: createFeature,
    detail: {
      find: ({ project }, id) => {
        const feature = isUuid(id) ? featuresOf(project).find((candidate) => candidate.id === id) : undefined;
        if (feature === undefined) throw notFound();
        return feature;
      },
      retrieve: ({ project }, feature) => ok(serializeFeature(project, feature)),
      update: updateFeature,
      destroy: ({ project }, feature) => {
        const flag = flagOf(project, feature);
        if (flag !== undefined) flag.filters = enrollment(flag.filters, null);
        project.earlyAccessFeatures = featuresOf(project).filter((candidate) => candidate !== feature);
        return noContent();
      },
    },
  }),
};

function featuresOf(project: ProjectState): EarlyAccessFeatureRecord[] {
  project.earlyAccessFeatures ??= [];
  return project.earlyAccessFeatures;
}

function flagOf(project: ProjectState, feature: EarlyAccessFeatureRecord): FeatureFlagRecord | undefined {
  return project.featureFlags.find((flag) => flag.id === feature.feature_flag_id);
}

/** The features a flag gates, as `FeatureFlagSerializer.features` lists them (`MinimalEarlyAccessFeatureSerializer`). */
export function featuresOfFlag(project: ProjectState, flag: FeatureFlagRecord): JsonRecord[] {
  return featuresOf(project)
    .filter((feature) => feature.feature_flag_id === flag.id)
    .map((feature) => ({ id: feature.id, name: feature.name, description: feature.description, stage: feature.stage, documentationUrl: feature.documentation_url, flagKey: flag.key, payload: isRecord(feature.payload) ? feature.payload : {}, assignee: null }));
}

/** `_set_enrollment_filters`: `feature_enrollment` set (null clears it) and `super_groups` dropped. */
function enrollment(filters: JsonRecord, enrolled: boolean | null, overrides: JsonRecord = {}): JsonRecord {
  const next: JsonRecord = { ...filters, feature_enrollment: enrolled, ...overrides };
  delete next.super_groups;
  return next;
}

function serializeFeature(project: ProjectState, feature: EarlyAccessFeatureRecord): JsonRecord {
  const flag = flagOf(project, feature);
  return {
    id: feature.id,
    feature_flag: flag === undefined ? null : serializeMinimalFlag(project, flag),
    name: feature.name,
    description: feature.description,
    stage: feature.stage,
    documentation_url: feature.documentation_url,
    payload: isRecord(feature.payload) && Object.keys(feature.payload).length > 0 ? feature.payload : {},
    created_at: feature.created_at,
    created_by: feature.created_by,
    assignee: feature.assigned_user_id === null ? null : { type: "user", id: feature.assigned_user_id },
    user_access_level: "editor",
  };
}

/** Django's `slugify`: ASCII, lower case, word characters and hyphens, runs of spaces and hyphens as one hyphen. */
function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[^\x00-\x7f]/g, "")
    .replace(/[^\w\s-]/g, "")
    .toLowerCase()
    .replace(/[-\s]+/g, "-")
    .replace(/^[-_]+|[-_]+$/g, "");
}

function readFields(body: JsonRecord, creating: boolean): Partial<EarlyAccessFeatureRecord> {
  const fields: Partial<EarlyAccessFeatureRecord> = {};
  const name = readString(body, "name", { required: creating, maxLength: 200 });
  if (name !== undefined && name !== null) fields.name = name;
  const description = readString(body, "description", { allowBlank: true });
  if (description !== undefined && description !== null) fields.description = description;
  const stage = readChoice(body, "stage", STAGES, { required: creating });
  if (stage !== undefined && stage !== null) fields.stage = String(stage);
  const url = readString(body, "documentation_url", { allowBlank: true, maxLength: 800 });
  if (url !== undefined && url !== null) {
    if (url !== "" && !/^https?:\/\/[^\s/]+\.[^\s]+$|^https?:\/\/localhost(:\d+)?(\/\S*)?$/.test(url)) throw validationError("documentation_url", "Enter a valid URL.", "invalid");
    fields.documentation_url = url;
  }
  return fields;
}

/** `EarlyAccessFeatureSerializerCreateOnly.validate`: the linked flag must be this project's, unlinked, boolean and not group-based. */
function readLinkedFlag(project: ProjectState, body: JsonRecord): FeatureFlagRecord | undefined {
  const id = readInteger(body, "feature_flag_id");
  if (id === undefined || id === null || id === 0) return undefined;
  const flag = project.featureFlags.find((candidate) => candidate.id === id);
  if (flag === undefined) throw validationError(null, "Feature Flag with this ID does not exist");
  if (featuresOf(project).some((feature) => feature.feature_flag_id === flag.id)) throw validationError(null, `Linked feature flag ${flag.key} already has a feature attached to it.`);
  if (typeof effectiveFilters(flag).aggregation_group_type_index === "number") throw validationError(null, "Group-based feature flags are not supported for Early Access Features.");
  if (variantCount(flag) > 0) throw validationError(null, "Multivariate feature flags are not supported for Early Access Features.");
  return flag;
}

function createFeature(context: ResourceContext): ResourceResponse {
  const { project, state } = context;
  const body = readRequestBody(context.body);
  const fields = readFields(body, true);
  if (hasField(body, "payload") && body.payload === null) throw validationError("payload", "This field may not be null.", "null");
  readString(body, "_create_in_folder", { allowBlank: true });
  const active = ACTIVE_STAGES.includes(fields.stage!);
  let flag = readLinkedFlag(project, body);
  if (flag !== undefined && active) updateFeatureFlag(project, flag, { filters: enrollment(flag.filters, true) });
  if (flag === undefined) {
    const filters: JsonRecord = { groups: [{ properties: [], rollout_percentage: 0, variant: null }], ...(active ? { feature_enrollment: true } : {}) };
    flag = createFeatureFlag(state, project, { key: slugify(fields.name!), name: `Feature Flag for Early Access Feature ${fields.name!}`, filters, creation_context: "early_access_features" });
  }
  const user = currentUser();
  const feature: EarlyAccessFeatureRecord = {
    id: randomUUID(),
    name: fields.name!,
    description: fields.description ?? "",
    stage: fields.stage!,
    documentation_url: fields.documentation_url ?? "",
    payload: hasField(body, "payload") ? body.payload : {},
    feature_flag_id: flag.id,
    assigned_user_id: user.id,
    created_at: isoNow(),
    created_by: user,
  };
  featuresOf(project).push(feature);
  return created(serializeFeature(project, feature));
}

/** `EarlyAccessFeatureSerializer.update`: the flag's enrollment follows a stage that is sent. */
function updateFeature(context: ResourceContext, feature: EarlyAccessFeatureRecord): ResourceResponse {
  const { project } = context;
  const body = readRequestBody(context.body);
  const fields = readFields(body, false);
  if (hasField(body, "payload")) fields.payload = body.payload === null || body.payload === undefined || body.payload === "" ? {} : body.payload;
  const stage = fields.stage;
  const flag = flagOf(project, feature);
  if (flag !== undefined && stage !== undefined) {
    if (feature.stage !== stage && stage === "general-availability" && body.rollout_to_all === true) {
      updateFeatureFlag(project, flag, { filters: enrollment(flag.filters, null, { groups: [{ properties: [], rollout_percentage: 100 }] }) });
    } else if (!ACTIVE_STAGES.includes(feature.stage) && ACTIVE_STAGES.includes(stage)) {
      updateFeatureFlag(project, flag, { filters: enrollment(flag.filters, true) });
    } else if (!ACTIVE_STAGES.includes(stage)) {
      // A direct save, not through the flag serializer: no version bump.
      flag.filters = enrollment(flag.filters, null);
    }
  }
  Object.assign(feature, fields);
  return ok(serializeFeature(project, feature));
}

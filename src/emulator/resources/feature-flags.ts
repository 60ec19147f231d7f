import { parseBooleanText, parseJsonListParam, readRequestBody } from "../fields.js";
import { paginate } from "../pagination.js";
import type { FeatureFlagRecord } from "../state.js";
import { hasAnyTag } from "../tags.js";
import { userBlastRadiusAction } from "./blast-radius.js";
import { handleBulkTagUpdate } from "./bulk-tags.js";
import { serializeFeatureFlag, variantCount } from "./feature-flag-serializer.js";
import { createFeatureFlag, updateFeatureFlag } from "./feature-flag-writes.js";
import { created, ok, type ResourceContext, type ResourceModule, type ResourceResponse } from "./resource.js";
import { findByIntegerId, routeViewset } from "./viewset.js";

/**
 * Feature flags (`/api/projects/{id}/feature_flags/`): key rules, filters validation, PATCH merge of
 * top-level filter keys, version bumps and conflicts, soft delete with key tombstones, and the guards
 * PostHog applies around experiments, dependent flags and replay settings. Validation lives in
 * `feature-flag-input.ts`, the serializer in `feature-flag-serializer.ts`, writes and their side
 * effects in `feature-flag-writes.ts`.
 */
export const featureFlagsResource: ResourceModule = {
  segment: "feature_flags",
  scopeObject: "feature_flag",
  environmentsAlias: false,
  throttle: "default",
  // `user_blast_radius` is a POST that `required_scopes=["feature_flag:read"]` makes a read.
  scopeActionFor: ({ method, id, action }) => (method === "POST" && id === "user_blast_radius" && action === undefined ? "read" : undefined),
  handle: routeViewset<FeatureFlagRecord>({
    list: listFlags,
    create: ({ state, project, body }) => created(serializeFeatureFlag(project, createFeatureFlag(state, project, readRequestBody(body)))),
    collectionActions: {
      user_blast_radius: userBlastRadiusAction,
      bulk_update_tags: {
        methods: ["POST"],
        run: (context) => {
          const { project } = context;
          const live = project.featureFlags.filter((flag) => !flag.deleted);
          return handleBulkTagUpdate(context, live, (flag) => flag.id, (flag) => serializeFeatureFlag(project, flag));
        },
      },
    },
    detail: {
      find: ({ project }, id) => findByIntegerId(project.featureFlags, id),
      retrieve: ({ project }, flag) => ok(serializeFeatureFlag(project, flag)),
      update: ({ project, body }, flag) => ok(serializeFeatureFlag(project, updateFeatureFlag(project, flag, readRequestBody(body)))),
      destroy: "forbidden",
    },
  }),
};

function listFlags(context: ResourceContext): ResourceResponse {
  const { project, query } = context;
  let flags = project.featureFlags.filter((flag) => !flag.deleted);
  const archived = query.get("archived");
  flags = flags.filter((flag) => flag.archived === (archived !== null && parseBooleanText(archived)));
  const active = query.get("active");
  if (active === "true" || active === "false") flags = flags.filter((flag) => flag.active === (active === "true"));
  const search = query.get("search");
  if (search) flags = flags.filter((flag) => flag.key.toLowerCase().includes(search.toLowerCase()) || flag.name.toLowerCase().includes(search.toLowerCase()));
  const key = query.get("key");
  if (key !== null) flags = flags.filter((flag) => flag.key.toLowerCase() === key.toLowerCase());
  const tags = parseJsonListParam(query.get("tags"));
  if (tags.length > 0) flags = flags.filter((flag) => hasAnyTag(flag.tags, tags));
  const excludedTags = parseJsonListParam(query.get("excluded_tags"));
  if (excludedTags.length > 0) flags = flags.filter((flag) => !hasAnyTag(flag.tags, excludedTags));
  const runtime = query.get("evaluation_runtime");
  if (runtime !== null) flags = flags.filter((flag) => flag.evaluation_runtime === runtime);
  const type = query.get("type");
  if (type === "boolean") flags = flags.filter((flag) => variantCount(flag) === 0 && !flag.is_remote_configuration);
  else if (type === "multivariant") flags = flags.filter((flag) => variantCount(flag) > 0);
  else if (type === "remote_config") flags = flags.filter((flag) => flag.is_remote_configuration === true);
  else if (type === "experiment") flags = flags.filter((flag) => project.experiments.some((experiment) => experiment.feature_flag_id === flag.id && !experiment.deleted));
  flags.sort((left, right) => right.created_at.localeCompare(left.created_at) || right.id - left.id);
  const page = paginate(flags, context.requestUrl);
  return ok({ ...page, results: page.results.map((flag) => serializeFeatureFlag(project, flag)) });
}

import { validationError } from "../errors.js";
import { isRecord } from "../json.js";
import { countMatchingPersons, countPersons, UnevaluableFilter } from "./persons.js";
import { ok } from "./resource.js";
import type { CollectionHandler, ViewsetAction } from "./viewset.js";

/**
 * `POST feature_flags/user_blast_radius/` (`FeatureFlagViewSet.user_blast_radius`,
 * `required_scopes=["feature_flag:read"]`): `{condition, group_type_index}` in,
 * `{affected, total}` out, from `get_user_blast_radius`
 * (`products/feature_flags/backend/user_blast_radius.py`). A condition without
 * properties affects every person; otherwise `affected` counts the persons
 * matching its properties, never more than `total`. Rollout percentages are not
 * applied ("No rollout % calculations here"): the caller scales by them. The
 * emulator counts seeded and ingested persons, and has no groups.
 */
export const userBlastRadiusAction: ViewsetAction<CollectionHandler> = {
  methods: ["POST"],
  run: ({ project, body }) => {
    if (!isRecord(body) || !Object.hasOwn(body, "condition")) throw validationError(null, "Missing condition for which to get blast radius", "invalid");
    const condition = isRecord(body.condition) ? body.condition : {};
    const groupTypeIndex = body.group_type_index ?? null;
    if (groupTypeIndex !== null) return ok({ affected: 0, total: 0 });
    const properties = Array.isArray(condition.properties) ? condition.properties : isRecord(condition.properties) ? [condition.properties] : [];
    const total = countPersons(project);
    if (properties.length === 0) return ok({ affected: total, total });
    try {
      return ok({ affected: Math.min(countMatchingPersons(project, properties), total), total });
    } catch (error) {
      if (error instanceof UnevaluableFilter) throw validationError("filters", error.message, "invalid");
      throw error;
    }
  },
};

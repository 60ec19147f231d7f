import { buildTagPayload, normalizeUserTags, readIdentityTag } from "../identity.js";
import { isJsonObject, type JsonObject, type JsonValue } from "../json.js";
import { dropNulls, textOrEmpty } from "../normalize.js";
import { arrayOf, json, object, required, string } from "../schema.js";
import type { KindModule } from "./kind.js";

const KEY_HINT = "use letters, digits, '-', '_' and '.'";

/** Query nodes compare without the nulls PostHog adds when it upgrades a stored query. */
function normalizeQuery(query: JsonValue | undefined): JsonValue {
  return query === undefined ? null : dropNulls(query);
}

/** Insights: `InsightVizNode`/`DataVisualizationNode` queries, tagged `iac:insights:<key>`. */
export const insights: KindModule = {
  name: "insights",
  label: "insight",
  constructorName: "insight",
  references: [],
  api: { collection: "insights", remove: "soft" },
  schema: object({
    key: required(string({ pattern: /^[a-zA-Z0-9_.-]+$/, patternHint: KEY_HINT, max: 200 })),
    name: required(string({ max: 400, nonEmpty: true })),
    description: string(),
    query: required(json),
    tags: arrayOf(string({ max: 255 })),
  }),
  validate(spec, report) {
    const query = spec.query;
    if (!isJsonObject(query) || typeof query.kind !== "string") {
      report("query", "expected a query node such as trends(...) or hogql(...)");
      return;
    }
    if ((query.kind === "InsightVizNode" || query.kind === "DataVisualizationNode") && !isJsonObject(query.source)) {
      report("query.source", `a ${query.kind} needs a source query`);
    }
  },
  toDesired(spec) {
    return {
      fields: {
        name: textOrEmpty(spec.name),
        description: textOrEmpty(spec.description),
        query: normalizeQuery(spec.query),
        tags: normalizeUserTags(spec.tags),
      },
      dependsOn: [],
    };
  },
  identify(raw) {
    return readIdentityTag("insights", raw.tags);
  },
  toObserved(raw) {
    return {
      name: textOrEmpty(raw.name),
      description: textOrEmpty(raw.description),
      query: normalizeQuery(raw.query),
      tags: normalizeUserTags(raw.tags),
    };
  },
  toPayload(key, fields): JsonObject {
    return {
      name: fields.name as string,
      description: fields.description as string,
      query: fields.query as JsonValue,
      tags: buildTagPayload("insights", key, fields.tags),
    };
  },
};

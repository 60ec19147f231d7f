import { canonicalDateTime } from "../datetime.js";
import { checkEdgeWhitespace, describeMarkerOverflow, stripCharField } from "../char-field.js";
import { appendIdentityMarker, readIdentityMarker, stripIdentityMarker } from "../identity.js";
import type { JsonObject, JsonValue } from "../json.js";
import { readRef, type Address } from "../model.js";
import { flagOr, textOrEmpty, valueOr } from "../normalize.js";
import type { FieldChange } from "../plan/types.js";
import { boolean, field, object, oneOf, ref, required, string } from "../schema.js";
import { compactSpec, slugKey, specRef, unlessDefault } from "../spec.js";
import { defineKind } from "./define.js";
import type { KeyLookup, KindModule } from "./kind.js";

/** `Annotation.content` is a `CharField(max_length=8192)`; the identity marker counts against it. */
const CONTENT_MAX = 8192;
/** `Annotation.emoji` is a `CharField(max_length=16)`, counted in code points as Python does. */
const EMOJI_MAX = 16;

/** Where each scope shows the annotation, in the words of PostHog's activity log (`annotationActivityDescriber`). */
function describeScope(fields: JsonObject | undefined): string {
  if (fields === undefined) return "nowhere";
  if (fields.scope === "dashboard") return `on dashboard ${String(fields.dashboard)}`;
  if (fields.scope === "dashboard_item") return `on insight ${String(fields.insight)}`;
  if (fields.scope === "project") return "for the current project";
  return `with scope ${String(fields.scope)}`;
}

function summarizeAnnotation(changes: readonly FieldChange[], before: JsonObject | undefined, after: JsonObject | undefined): string[] {
  const lines: string[] = [];
  if (before === undefined) return lines;
  const touched = (name: string) => changes.some((change) => change.path === name);
  if (["scope", "dashboard", "insight"].some(touched)) lines.push(`shown ${describeScope(after)} (was ${describeScope(before)})`);
  if (touched("date_marker")) lines.push(`marks ${String(after?.date_marker)} (was ${String(before.date_marker)})`);
  if (touched("hidden_in_user_interface")) lines.push(after?.hidden_in_user_interface === true ? "hidden from the PostHog UI" : "shown in the PostHog UI");
  return lines;
}

/** The key of a reference that only the scope it belongs to keeps; other scopes ignore it. */
function scopedRef(spec: JsonObject, name: "dashboard" | "insight", scope: string): Address | undefined {
  const wanted = name === "dashboard" ? "dashboard" : "dashboard_item";
  return scope === wanted ? readRef(spec[name]) : undefined;
}

/** A server id back as a key, `#id` when the target is not managed, null when unset. */
function observedRef(lookup: KeyLookup, kind: "dashboards" | "insights", id: JsonValue | undefined): string | null {
  if (typeof id !== "number" && typeof id !== "string") return null;
  return lookup.keyOf(kind, id) ?? `#${String(id)}`;
}

/**
 * Annotations: a note at a date and time on every chart of the project, or on one dashboard or
 * one insight (referenced by object). `AnnotationSerializer` takes no tags for these scopes (its
 * `tags` are only for `scope: "tag"`), so identity is a marker at the end of `content`, as
 * PostHog's own tool writes it. Deleting is `PATCH {deleted: true}`: the viewset is
 * `ForbidDestroyModel`. Organization-scoped annotations are visible from every project of the
 * organization, and an update moves one to the project that sends it, so two environments would
 * take turns owning it: they are not offered, and one found in PostHog is never treated as managed.
 */
export const annotations: KindModule<"annotations"> = defineKind({
  name: "annotations",
  label: "annotation",
  constructorName: "annotation",
  folder: "annotations",
  references: ["dashboards", "insights"],
  sdk: { spec: "Annotation", doc: "Fields of `annotation()`.", constructorDoc: "Defines an annotation: a note at a point in time on the project's charts, one dashboard or one insight." },
  readme: { resource: "Annotations", sdk: "`annotation()` for the project, a dashboard or an insight", identity: "description marker" },
  activityScope: "Annotation",
  activityFields: { insight: "dashboard_item" },
  ui: { path: "data-management/annotations" },
  api: { collection: "annotations", remove: "soft" },
  schema: object({
    key: required(string({ pattern: /^[a-zA-Z][a-zA-Z0-9_-]*$/, patternHint: "start with a letter; then letters, digits, '-' and '_'", max: 200 })),
    content: field(string({ nonEmpty: true }), { required: true, doc: "The text shown on charts; it also carries the identity marker (a trailing HTML comment)." }),
    dateMarker: field(string({ nonEmpty: true }), { required: true, doc: 'When it happened, as an ISO 8601 date or date-time ("2024-05-01", "2024-05-01T09:30:00Z"); no offset means UTC.' }),
    scope: field(oneOf("project", "dashboard", "dashboard_item"), { doc: '`project` (default): every chart of the project; `dashboard`: one dashboard (declare `dashboard`); `dashboard_item`: one insight (declare `insight`).' }),
    dashboard: field(ref("dashboards", "dashboard"), { doc: 'The dashboard of a `scope: "dashboard"` annotation.' }),
    insight: field(ref("insights", "insight"), { doc: 'The insight of a `scope: "dashboard_item"` annotation.' }),
    emoji: field(string(), { doc: "Shown in place of the default badge." }),
    hidden: field(boolean, { doc: "Hides it from the PostHog UI (it stays readable over the API), e.g. for frequent deploy markers." }),
    creationType: field(oneOf("USR", "GIT"), { doc: "`USR` (default) for a person's note, `GIT` for a deployment or bot." }),
  }),
  validate(spec, report, context) {
    checkEdgeWhitespace(spec, { content: "content" }, report);
    const overflow = describeMarkerOverflow("annotations", String(spec.key), spec.content, CONTENT_MAX, context?.owner, "content");
    if (overflow !== undefined) report("content", overflow);
    if (typeof spec.dateMarker === "string" && canonicalDateTime(spec.dateMarker) === undefined) {
      report("dateMarker", `"${spec.dateMarker}" is not an ISO 8601 date or date-time (e.g. "2024-05-01" or "2024-05-01T09:30:00Z")`);
    }
    if (typeof spec.emoji === "string" && [...spec.emoji].length > EMOJI_MAX) report("emoji", `must be at most ${EMOJI_MAX} characters`);
    const scope = valueOr(spec.scope, "project");
    if (scope === "dashboard" && spec.dashboard === undefined) report("dashboard", 'is required when scope is "dashboard"');
    if (scope === "dashboard_item" && spec.insight === undefined) report("insight", 'is required when scope is "dashboard_item"');
    if (scope !== "dashboard" && spec.dashboard !== undefined) report("dashboard", `is only used when scope is "dashboard" (scope is "${String(scope)}")`);
    if (scope !== "dashboard_item" && spec.insight !== undefined) report("insight", `is only used when scope is "dashboard_item" (scope is "${String(scope)}")`);
  },
  toDesired(spec) {
    const scope = valueOr(spec.scope, "project") as string;
    const dashboard = scopedRef(spec, "dashboard", scope);
    const insight = scopedRef(spec, "insight", scope);
    return {
      fields: {
        // DRF trims CharField input (`trim_whitespace`); the marker follows the trimmed text.
        content: stripCharField(textOrEmpty(spec.content)),
        date_marker: canonicalDateTime(textOrEmpty(spec.dateMarker)) ?? textOrEmpty(spec.dateMarker),
        scope,
        dashboard: dashboard?.key ?? null,
        insight: insight?.key ?? null,
        // `validate_emoji` stores a blank emoji as null.
        emoji: typeof spec.emoji === "string" && spec.emoji !== "" ? spec.emoji : null,
        hidden_in_user_interface: flagOr(spec.hidden, false),
        creation_type: valueOr(spec.creationType, "USR"),
      },
      dependsOn: [dashboard, insight].filter((address): address is Address => address !== undefined),
    };
  },
  identify(raw) {
    return raw.scope === "organization" ? undefined : readIdentityMarker("annotations", raw.content);
  },
  toObserved(raw, lookup) {
    const scope = valueOr(raw.scope, "dashboard_item") as string;
    return {
      content: stripIdentityMarker(raw.content),
      date_marker: typeof raw.date_marker === "string" ? (canonicalDateTime(raw.date_marker) ?? raw.date_marker) : null,
      scope,
      // PostHog records the dashboard and insight an annotation was made from whatever its scope; only its own scope's counts.
      dashboard: scope === "dashboard" ? observedRef(lookup, "dashboards", raw.dashboard_id) : null,
      insight: scope === "dashboard_item" ? observedRef(lookup, "insights", raw.dashboard_item) : null,
      emoji: typeof raw.emoji === "string" && raw.emoji !== "" ? raw.emoji : null,
      // Null (never set) shows the annotation, as false does.
      hidden_in_user_interface: flagOr(raw.hidden_in_user_interface, false),
      creation_type: valueOr(raw.creation_type, "USR"),
    };
  },
  toPayload(key, fields, lookup) {
    const idOf = (kind: "dashboards" | "insights", name: JsonValue | undefined) => (typeof name === "string" ? (lookup.idOf({ kind, key: name }) ?? null) : null);
    return {
      content: appendIdentityMarker("annotations", key, fields.content),
      date_marker: fields.date_marker as string,
      scope: fields.scope as string,
      dashboard_id: idOf("dashboards", fields.dashboard),
      dashboard_item: idOf("insights", fields.insight),
      emoji: fields.emoji as string | null,
      hidden_in_user_interface: fields.hidden_in_user_interface as boolean,
      creation_type: fields.creation_type as string,
    };
  },
  proposeKey(raw) {
    const slug = slugKey(stripIdentityMarker(raw.content), `annotation-${String(raw.id)}`);
    return /^[a-z]/.test(slug) ? slug : `annotation-${slug}`;
  },
  toSpec(fields, key, warn) {
    const reference = (kind: "dashboards" | "insights", label: string, value: JsonValue | undefined) => {
      if (typeof value !== "string") return undefined;
      if (!value.startsWith("#")) return specRef(kind, value);
      warn(`is shown on ${label} ${value}, which is not pulled; it is left out`);
      return undefined;
    };
    return compactSpec({
      key,
      content: fields.content,
      dateMarker: fields.date_marker,
      scope: unlessDefault(fields.scope, "project"),
      dashboard: reference("dashboards", "dashboard", fields.dashboard),
      insight: reference("insights", "insight", fields.insight),
      emoji: fields.emoji === null ? undefined : fields.emoji,
      hidden: unlessDefault(fields.hidden_in_user_interface, false),
      creationType: unlessDefault(fields.creation_type, "USR"),
    });
  },
  summarize: summarizeAnnotation,
});

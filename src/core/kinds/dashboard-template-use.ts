import { formatIdentityTag, readIdentityTag } from "../identity.js";
import { isDeepEqual, isJsonObject, type JsonObject, type JsonValue } from "../json.js";
import { readRef } from "../model.js";
import { dropNulls, textOrEmpty } from "../normalize.js";
import { field, ref } from "../schema.js";
import { specRef } from "../spec.js";
import type { ConvergeContext, IdLookup } from "./kind.js";

/**
 * A dashboard made from a dashboard template of this project (`use_template`). PostHog takes the
 * template only on create and does not say later which one it was, so the dashboard carries the
 * template's identity tag (`iac:dashboard-templates:<key>`) and a changed template replaces it.
 */
export const TEMPLATE = field(ref("dashboard-templates", "dashboard template"), {
  doc: "The dashboard template the dashboard is created from; its tiles then belong to the dashboard and are compared only when `tiles` is declared too.",
  immutable: { reason: "PostHog applies a dashboard template only when it creates the dashboard, so apply replaces it: the old dashboard is deleted and a new one is created from the new template" },
});

/** The declared template's key, lower-cased as PostHog keeps the tag that records it. */
export function declaredTemplate(spec: JsonObject): string | undefined {
  return readRef(spec.template)?.key.toLowerCase();
}

/** The template a live dashboard was created from, read back from its tag. */
export function observedTemplate(raw: JsonObject): JsonObject {
  const key = readIdentityTag("dashboard-templates", raw.tags);
  return key === undefined ? {} : { template: key };
}

/** The tag recording the template, sent with every tag list (PostHog replaces the whole list). */
export function templateTags(fields: JsonObject): string[] {
  return typeof fields.template === "string" ? [formatIdentityTag("dashboard-templates", fields.template)] : [];
}

/**
 * `use_template` for the create: PostHog's `create_dashboard_from_template` finds a template by
 * its `template_name`, so the name comes from the template's own desired fields.
 */
export function templatePayload(fields: JsonObject, lookup: IdLookup): JsonObject {
  if (typeof fields.template !== "string") return {};
  const template = lookup.fieldsOf?.({ kind: "dashboard-templates", key: fields.template });
  const name = template?.template_name;
  if (typeof name !== "string" || name === "") throw new Error(`dashboard template "${fields.template}" is not in this plan, so its name for use_template is unknown`);
  return { use_template: name };
}

/** For pull: the template as a reference; its tiles stay with the dashboard and are not written out. */
export function specTemplate(fields: JsonObject): JsonObject {
  return typeof fields.template === "string" ? { template: specRef("dashboard-templates", fields.template) } : {};
}

/**
 * `create_from_template` overwrites the dashboard's description and filters with the template's
 * after the create's own values are saved; the definition's declared ones are written back (filters
 * only when declared, as everywhere). Returns the dashboard as it now is.
 */
export async function convergeTemplateFields(context: ConvergeContext): Promise<JsonObject | undefined> {
  const { api, id, fields } = context;
  const live = context.live ?? (await api.get(`dashboards/${id}/`));
  if (!live) return live;
  const patch: JsonObject = {};
  if (textOrEmpty(live.description) !== fields.description) patch.description = fields.description as JsonValue;
  const filters = isJsonObject(live.filters) ? dropNulls(live.filters) : {};
  if (fields.filters !== undefined && !isDeepEqual(filters, fields.filters)) patch.filters = fields.filters;
  return Object.keys(patch).length === 0 ? live : await api.patch(`dashboards/${id}/`, patch);
}

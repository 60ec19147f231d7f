import { randomUUID } from "node:crypto";
import { isoNow } from "../clock.js";
import { notFound, validationError } from "../errors.js";
import { coerceString, hasField, isTruthy, isUuid, readBoolean, readRequestBody, readString } from "../fields.js";
import { describePythonType, isRecord, type JsonRecord } from "../json.js";
import { paginate } from "../pagination.js";
import type { ProjectState } from "../state.js";
import { currentUser, type UserBasic } from "../users.js";
import { created, ok, type ResourceContext, type ResourceModule, type ResourceResponse } from "./resource.js";
import { routeViewset } from "./viewset.js";

/** One messaging template (`products/messaging/backend/models/message_template.py`). */
export interface MessageTemplateRecord {
  id: string;
  name: string;
  description: string;
  content: JsonRecord;
  type: string;
  message_category: string | null;
  deleted: boolean;
  created_at: string;
  updated_at: string;
  created_by: UserBasic | null;
}

/**
 * Messaging templates (`/api/projects/{id}/messaging_templates/`, also under environments:
 * `register_legacy_dual_route`), after `MessageTemplateSerializer` and `MessageTemplatesViewSet`
 * (products/messaging/backend/api/message_templates.py): scope object `hog_flow`, `ForbidDestroyModel`
 * (DELETE is 405), soft delete by PATCH `deleted`, deleted rows hidden from every action (a deleted
 * template cannot be restored over the API), newest first. The content is validated by
 * `MessageTemplateContentSerializer` and replaces the stored content whole. A design without html
 * would be rendered through Unlayer; the emulator is an instance without `UNLAYER_API_KEY`.
 */
export const messagingTemplatesResource: ResourceModule = {
  segment: "messaging_templates",
  scopeObject: "hog_flow",
  environmentsAlias: true,
  throttle: "default",
  handle: routeViewset<MessageTemplateRecord>({
    list: (context) => {
      const live = templatesOf(context.project)
        .filter((template) => !template.deleted)
        .sort((left, right) => right.created_at.localeCompare(left.created_at));
      const page = paginate(live, context.requestUrl);
      return ok({ ...page, results: page.results.map(serializeTemplate) });
    },
    create: createTemplate,
    detail: {
      find: ({ project }, id) => {
        const template = isUuid(id) ? templatesOf(project).find((candidate) => candidate.id === id && !candidate.deleted) : undefined;
        if (template === undefined) throw notFound();
        return template;
      },
      retrieve: (_context, template) => ok(serializeTemplate(template)),
      update: updateTemplate,
      destroy: "forbidden",
    },
  }),
};

function templatesOf(project: ProjectState): MessageTemplateRecord[] {
  project.messagingTemplates ??= [];
  return project.messagingTemplates;
}

/** `MessageTemplateContentSerializer.to_representation` of the stored dict: `templating` defaults, a missing `email` is left out. */
function serializeContent(content: JsonRecord): JsonRecord {
  const out: JsonRecord = { templating: content.templating ?? "liquid" };
  if (hasField(content, "email")) {
    const email = content.email;
    out.email = isRecord(email) ? Object.fromEntries(["subject", "text", "html", "design"].filter((part) => hasField(email, part)).map((part) => [part, email[part]])) : null;
  }
  return out;
}

function serializeTemplate(template: MessageTemplateRecord): JsonRecord {
  return {
    id: template.id,
    name: template.name,
    description: template.description,
    created_at: template.created_at,
    updated_at: template.updated_at,
    content: serializeContent(template.content),
    created_by: template.created_by,
    type: template.type,
    message_category: template.message_category,
    deleted: template.deleted,
  };
}

/** `EmailTemplateSerializer`: the known parts only (others are dropped), CharFields trimmed, `subject` not blank. */
function readEmail(value: unknown): JsonRecord | null {
  if (value === null) return null;
  if (!isRecord(value)) throw validationError(["content", "email"], `Invalid data. Expected a dictionary, but got ${describePythonType(value)}.`, "invalid");
  const email: JsonRecord = {};
  if (hasField(value, "subject")) email.subject = coerceString(value.subject, ["content", "email", "subject"]);
  for (const part of ["text", "html"]) if (hasField(value, part)) email[part] = coerceString(value[part], ["content", "email", part], { allowBlank: true });
  if (hasField(value, "design")) email.design = value.design as JsonRecord;
  return email;
}

/** `MessageTemplateContentSerializer`: `templating` is the choice `liquid` (its default), `email` optional and nullable. */
function readContent(value: unknown): JsonRecord {
  if (!isRecord(value)) throw validationError("content", `Invalid data. Expected a dictionary, but got ${describePythonType(value)}.`, "invalid");
  const templating = hasField(value, "templating") ? value.templating : "liquid";
  if (templating !== "liquid") throw validationError(["content", "templating"], `"${String(templating)}" is not a valid choice.`, "invalid_choice");
  const content: JsonRecord = { templating };
  if (hasField(value, "email")) content.email = readEmail(value.email);
  return content;
}

function readFields(context: ResourceContext, body: JsonRecord, creating: boolean): Partial<MessageTemplateRecord> {
  const fields: Partial<MessageTemplateRecord> = {};
  const name = readString(body, "name", { required: creating, maxLength: 400 });
  if (name !== undefined && name !== null) fields.name = name;
  const description = readString(body, "description", { allowBlank: true });
  if (description !== undefined && description !== null) fields.description = description;
  const type = readString(body, "type", { allowBlank: true, maxLength: 24 });
  if (type !== undefined && type !== null) fields.type = type;
  if (hasField(body, "content")) fields.content = readContent(body.content);
  if (hasField(body, "message_category")) fields.message_category = readCategory(context, body.message_category);
  const deleted = readBoolean(body, "deleted");
  if (deleted !== undefined && deleted !== null) fields.deleted = deleted;
  // `MessageTemplateSerializer.validate` reads only the submitted data.
  // Python truthiness throughout: an empty email or design counts as none.
  const email = isRecord(fields.content?.email) && isTruthy(fields.content.email) ? fields.content.email : undefined;
  if (fields.type === "email" && email !== undefined && !isTruthy(email.subject)) throw validationError(["content", "email", "subject"], "Subject is required for email templates.");
  if (email !== undefined && isTruthy(email.design) && !isTruthy(email.html)) {
    throw validationError(["content", "email", "design"], "Design rendering is not configured on this instance — an administrator must set UNLAYER_API_KEY to enable saving design-authored templates.");
  }
  return fields;
}

/** `TeamScopedPrimaryKeyRelatedField(queryset=MessageCategory.objects.all())`: the emulator has no message categories, so any id is unknown. */
function readCategory(_context: ResourceContext, value: unknown): null {
  if (value === null) return null;
  if (typeof value === "boolean" || (typeof value !== "string" && typeof value !== "number")) {
    throw validationError("message_category", `Incorrect type. Expected pk value, received ${describePythonType(value)}.`, "incorrect_type");
  }
  if (!isUuid(String(value))) throw validationError("message_category", `“${String(value)}” is not a valid UUID.`, "invalid");
  throw validationError("message_category", `Invalid pk "${String(value)}" - object does not exist.`, "does_not_exist");
}

function createTemplate(context: ResourceContext): ResourceResponse {
  const fields = readFields(context, readRequestBody(context.body), true);
  const now = isoNow();
  const template: MessageTemplateRecord = {
    id: randomUUID(),
    name: "",
    description: "",
    content: {},
    type: "email",
    message_category: null,
    deleted: false,
    created_at: now,
    updated_at: now,
    created_by: currentUser(),
    ...fields,
  };
  templatesOf(context.project).push(template);
  return created(serializeTemplate(template));
}

function updateTemplate(context: ResourceContext, template: MessageTemplateRecord): ResourceResponse {
  Object.assign(template, readFields(context, readRequestBody(context.body), false), { updated_at: isoNow() });
  return ok(serializeTemplate(template));
}

import { checkEdgeWhitespace, stripCharField } from "../char-field.js";
import { appendIdentityMarker, readIdentityMarker, stripIdentityMarker } from "../identity.js";
import { isJsonObject, type JsonObject, type JsonValue } from "../json.js";
import { textOrEmpty } from "../normalize.js";
import type { FieldChange } from "../plan/types.js";
import { field, json, object, oneOf, recordOf, required, sdkType, string } from "../schema.js";
import { compactSpec, slugKey, unlessDefault } from "../spec.js";
import { defineKind } from "./define.js";
import type { KindModule } from "./kind.js";

/** `MessageTemplate.name` is a `CharField(max_length=400)`. */
const NAME_MAX = 400;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The parts of `EmailTemplateSerializer`, in its order; DRF trims each CharField. */
const EMAIL_TEXT = ["subject", "text", "html"] as const;

/** The email as `EmailTemplateSerializer` stores it: declared parts only, text trimmed. */
function normalizeEmail(email: JsonValue | undefined): JsonObject {
  if (!isJsonObject(email)) return {};
  const out: JsonObject = {};
  for (const part of EMAIL_TEXT) if (typeof email[part] === "string") out[part] = email[part].trim();
  if (email.design !== undefined && email.design !== null) out.design = email.design;
  return out;
}

function summarizeTemplate(changes: readonly FieldChange[], before: JsonObject | undefined, after: JsonObject | undefined): string[] {
  if (before === undefined || after === undefined) return [];
  const email = (fields: JsonObject) => (isJsonObject(fields.email) ? fields.email : {});
  const lines: string[] = [];
  if (changes.some((change) => change.path === "email" || change.path.startsWith("email."))) {
    const was = email(before);
    const now = email(after);
    if (was.subject !== now.subject) lines.push(`subject "${String(now.subject ?? "")}" (was "${String(was.subject ?? "")}")`);
    lines.push("the email content is replaced as a whole");
  }
  return lines;
}

/**
 * Messaging templates: reusable email content (subject, text, html and the visual editor's design)
 * for hog flows and messaging destinations, as `MessageTemplateSerializer` takes it. No tags, so
 * identity is a description marker, as PostHog's own tool writes it. The content is replaced as a
 * whole on every update. A design needs its html: PostHog renders a design-only save through
 * Unlayer, which an instance may not have, and the rendered html would never match the definition.
 * Deleting is `PATCH {deleted: true}`: the viewset is `ForbidDestroyModel`.
 */
export const messagingTemplates: KindModule<"messaging-templates"> = defineKind({
  name: "messaging-templates",
  label: "messaging template",
  constructorName: "messageTemplate",
  folder: "messaging-templates",
  references: [],
  sdk: { spec: "MessageTemplate", doc: "Fields of `messageTemplate()`.", constructorDoc: "Defines a messaging template: email content that hog flows and messaging destinations reuse." },
  readme: { resource: "Messaging templates", sdk: "`messageTemplate()` with its email content", identity: "description marker" },
  ui: { path: "workflows/library" },
  api: { collection: "messaging_templates", remove: "soft" },
  schema: object({
    key: required(string({ pattern: /^[a-zA-Z][a-zA-Z0-9_-]*$/, patternHint: "start with a letter; then letters, digits, '-' and '_'", max: 200 })),
    name: required(string({ nonEmpty: true, max: NAME_MAX })),
    description: field(string(), { doc: "What the template is for; it also carries the identity marker (an HTML comment)." }),
    type: field(oneOf("email"), { doc: "The channel; `email` (the default) is the only one." }),
    email: field(
      object({
        subject: field(string({ nonEmpty: true }), { required: true, doc: "The subject line (Liquid); PostHog requires it for email templates." }),
        text: field(string(), { doc: "Plain-text body for clients that cannot render html." }),
        html: field(string(), { doc: "The email body (Liquid). Required with `design`." }),
        design: field(sdkType(recordOf(json), { type: "Record<string, unknown>" }), { doc: "The visual editor's design document, kept as given." }),
      }),
      { required: true, doc: "The email content; replaced as a whole on update." },
    ),
    templating: field(oneOf("liquid"), { doc: "The templating language; always `liquid`." }),
    messageCategory: field(string({ pattern: UUID, patternHint: "must be a message category's id (a UUID)" }), { doc: "The id of a message category of the same project to file the template under (categories are not managed here)." }),
  }),
  validate(spec, report) {
    checkEdgeWhitespace(spec, { name: "name" }, report);
    const email = isJsonObject(spec.email) ? spec.email : {};
    if (email.design !== undefined && (typeof email.html !== "string" || email.html.trim() === "")) {
      report("email.html", "is required with a design: PostHog would render the design to html through Unlayer, which an instance may not have, and the rendered html would never match this definition");
    }
  },
  toDesired(spec) {
    return {
      fields: {
        name: stripCharField(textOrEmpty(spec.name)),
        description: stripCharField(textOrEmpty(spec.description)),
        type: "email",
        templating: "liquid",
        email: normalizeEmail(spec.email),
        message_category: typeof spec.messageCategory === "string" ? spec.messageCategory.toLowerCase() : null,
      },
      dependsOn: [],
    };
  },
  identify(raw) {
    return raw.deleted === true ? undefined : readIdentityMarker("messaging-templates", raw.description);
  },
  toObserved(raw) {
    const content = isJsonObject(raw.content) ? raw.content : {};
    const category = raw.message_category;
    return {
      name: textOrEmpty(raw.name),
      description: stripIdentityMarker(raw.description),
      type: textOrEmpty(raw.type),
      templating: textOrEmpty(content.templating),
      email: normalizeEmail(content.email),
      message_category: typeof category === "string" ? category.toLowerCase() : null,
    };
  },
  toPayload(key, fields) {
    return {
      name: fields.name as string,
      description: appendIdentityMarker("messaging-templates", key, fields.description),
      type: fields.type as string,
      // The content serializer replaces the whole object: send every part.
      content: { templating: fields.templating as string, email: fields.email as JsonObject },
      message_category: fields.message_category as string | null,
    };
  },
  proposeKey(raw) {
    const slug = slugKey(raw.name, `template-${String(raw.id)}`);
    return /^[a-z]/.test(slug) ? slug : `template-${slug}`;
  },
  toSpec(fields, key, warn) {
    const email = isJsonObject(fields.email) ? fields.email : {};
    if (typeof email.subject !== "string") warn("has no email subject, which a definition needs");
    if (email.design !== undefined && typeof email.html !== "string") warn("has a design without html, which a definition needs");
    return compactSpec({
      key,
      name: fields.name,
      description: unlessDefault(fields.description, ""),
      email,
      messageCategory: fields.message_category === null ? undefined : fields.message_category,
    });
  },
  summarize: summarizeTemplate,
});

import { describe, expect, it } from "vitest";
import { appendIdentityMarker } from "../../src/core/identity.js";
import type { JsonObject } from "../../src/core/json.js";
import { messagingTemplates } from "../../src/core/kinds/messaging-templates.js";

function problems(spec: JsonObject): string[] {
  const found: string[] = [];
  const report = (path: string, message: string) => found.push(`${path}: ${message}`);
  messagingTemplates.schema.check(spec, "", report);
  if (found.length === 0) messagingTemplates.validate?.(spec, report);
  return found;
}

const base = { key: "welcome", name: "Welcome", email: { subject: "Hi", html: "<p>Hi</p>" } };
const lookup = { keyOf: () => undefined, rows: () => [] };

describe("messaging templates", () => {
  it("compares what PostHog returns: the email trimmed as its CharFields store it, the marker stripped, templating and type spelled out", () => {
    const desired = messagingTemplates.toDesired({ ...base, description: " Onboarding ", email: { subject: " Hi ", text: "Plain\n", html: "<p>Hi</p>" } });
    const live = messagingTemplates.toObserved(
      { id: "u", name: "Welcome", description: appendIdentityMarker("messaging-templates", "welcome", "Onboarding"), type: "email", content: { templating: "liquid", email: { subject: "Hi", text: "Plain", html: "<p>Hi</p>" } }, message_category: null, deleted: false },
      lookup,
    );
    expect(live).toEqual(desired.fields);
    expect(messagingTemplates.identify({ description: "x\n\n<!-- iac:messaging-templates:welcome iac:hash:abc -->" })).toBe("welcome");
    expect(messagingTemplates.identify({ description: "x\n\n<!-- iac:messaging-templates:welcome -->", deleted: true })).toBeUndefined();
  });

  it("sends the whole content on every write, since PostHog replaces it", () => {
    const { fields } = messagingTemplates.toDesired(base);
    const payload = messagingTemplates.toPayload("welcome", fields, { idOf: () => undefined }, "update");
    expect(payload).toMatchObject({ name: "Welcome", type: "email", content: { templating: "liquid", email: { subject: "Hi", html: "<p>Hi</p>" } }, message_category: null });
  });

  it("requires the subject PostHog requires, and the html of a design, which PostHog would otherwise render itself", () => {
    expect(problems(base)).toEqual([]);
    expect(problems({ ...base, email: { html: "<p>x</p>" } })).toEqual(["email.subject: is required"]);
    expect(problems({ ...base, email: { subject: "Hi", design: { body: { rows: [] } } } })[0]).toMatch(/^email\.html: is required with a design/);
    expect(problems({ ...base, name: "  " })).toEqual(["name: must not be empty"]);
    expect(problems({ ...base, messageCategory: "news" })[0]).toMatch(/^messageCategory: /);
  });

  it("summarises a content change as a whole replacement, with the subject's change", () => {
    const before = messagingTemplates.toDesired(base).fields;
    const after = messagingTemplates.toDesired({ ...base, email: { subject: "Hello", html: "<p>Hi</p>" } }).fields;
    expect(messagingTemplates.summarize?.([{ path: "email.subject", kind: "update" }], before, after)).toEqual(['subject "Hello" (was "Hi")', "the email content is replaced as a whole"]);
  });
});

import { describe, expect, it } from "vitest";
import type { JsonObject } from "../../src/core/json.js";
import { actions } from "../../src/core/kinds/actions.js";
import { cohorts } from "../../src/core/kinds/cohorts.js";
import { dashboardTemplates } from "../../src/core/kinds/dashboard-templates.js";
import { dashboards } from "../../src/core/kinds/dashboards.js";
import { endpoints } from "../../src/core/kinds/endpoints.js";
import { eventDefinitions } from "../../src/core/kinds/event-definitions.js";
import { featureFlags } from "../../src/core/kinds/feature-flags.js";
import { insightVariables } from "../../src/core/kinds/insight-variables.js";
import { insights } from "../../src/core/kinds/insights.js";
import type { KindModule } from "../../src/core/kinds/kind.js";
import { messagingTemplates } from "../../src/core/kinds/messaging-templates.js";
import { productTours } from "../../src/core/kinds/product-tours.js";
import { propertyGroups } from "../../src/core/kinds/property-groups.js";
import { sessionRecordingPlaylists } from "../../src/core/kinds/session-recording-playlists.js";
import { surveys } from "../../src/core/kinds/surveys.js";
import { string } from "../../src/core/schema.js";

function problems(kind: KindModule, spec: JsonObject): string[] {
  const found: string[] = [];
  kind.validate?.(spec, (path, message) => found.push(`${path}: ${message}`), {});
  return found;
}

const query = { kind: "HogQLQuery", query: "select 1" };
// DRF's CharField strips (trim_whitespace) each of these fields, so edge whitespace would plan a change on every run
// (docs/posthog-contract.md, "Text lengths and whitespace"). `fields` maps each spec path to PostHog's name in the message.
const stripped: { kind: KindModule; spec: JsonObject; fields: Record<string, string> }[] = [
  { kind: dashboards, spec: { key: "k" }, fields: { name: "name", description: "description" } },
  { kind: insights, spec: { key: "k", query }, fields: { name: "name", description: "description" } },
  { kind: featureFlags, spec: { key: "k", filters: { groups: [{ rollout_percentage: 10 }] } }, fields: { name: "name" } },
  { kind: actions, spec: { key: "k", steps: [{ event: "$pageview" }] }, fields: { name: "name", description: "description", slack_message_format: "slack_message_format" } },
  { kind: cohorts, spec: { key: "k", filters: { properties: { type: "AND", values: [] } } }, fields: { name: "name", description: "description" } },
  { kind: eventDefinitions, spec: { key: "signed up", name: "signed up" }, fields: { description: "description" } },
  { kind: propertyGroups, spec: { key: "k", properties: {} }, fields: { name: "name", description: "description" } },
  { kind: surveys, spec: { key: "k", type: "popover", questions: [{ type: "open", question: "Why?" }] }, fields: { name: "name" } },
  { kind: sessionRecordingPlaylists, spec: { key: "k", type: "collection" }, fields: { name: "name" } },
  { kind: messagingTemplates, spec: { key: "k", email: { subject: "Hi", html: "<p>Hi</p>" } }, fields: { name: "name" } },
  { kind: productTours, spec: { key: "k", content: { steps: [] } }, fields: { name: "name" } },
  { kind: insightVariables, spec: { key: "k", type: "String" }, fields: { name: "name" } },
  { kind: dashboardTemplates, spec: { key: "k", tiles: [{ type: "text", body: "Hi" }] }, fields: { name: "template_name" } },
];

describe("text PostHog strips, refused before any request", () => {
  it.each(stripped)("$kind.name refuses leading and trailing whitespace, naming the field", ({ kind, spec, fields }) => {
    for (const [field, posthogField] of Object.entries(fields)) {
      expect(problems(kind, { ...spec, [field]: "Signups" })).toEqual([]);
      for (const text of ["Signups ", " Signups", "Signups\n", "\u3000Signups", "Signups\u0085"]) {
        expect(problems(kind, { ...spec, [field]: text })).toEqual([`${field}: PostHog strips leading/trailing whitespace from ${posthogField}; remove it`]);
      }
    }
  });

  it("the stripped names are sent as Python strips them: U+0085 goes, U+FEFF stays", () => {
    const kinds: [KindModule, JsonObject, string][] = [
      [surveys, { key: "k", type: "popover", questions: [{ type: "open", question: "Why?" }] }, "name"],
      [sessionRecordingPlaylists, { key: "k", type: "collection" }, "name"],
      [messagingTemplates, { key: "k", email: { subject: "Hi", html: "<p>Hi</p>" } }, "name"],
      [productTours, { key: "k", content: { steps: [] } }, "name"],
      [insightVariables, { key: "k", type: "String" }, "name"],
      [dashboardTemplates, { key: "k", tiles: [{ type: "text", body: "Hi" }] }, "template_name"],
    ];
    for (const [kind, spec, posthogField] of kinds) {
      expect(kind.toDesired({ ...spec, name: "\u0085Signups\u001f" }).fields[posthogField]).toBe("Signups");
      expect(kind.toDesired({ ...spec, name: "Signups\ufeff" }).fields[posthogField]).toBe("Signups\ufeff");
    }
  });

  it("event definitions: without a name the key is the event name PostHog strips", () => {
    expect(problems(eventDefinitions, { key: "signed up " })).toEqual(["key: PostHog strips leading/trailing whitespace from name; remove it"]);
    expect(problems(eventDefinitions, { key: "signed up" })).toEqual([]);
  });

  it("actions: a step's selector and url are stripped, its event, text and href are kept as sent", () => {
    const steps: JsonObject[] = [{ event: "$autocapture ", text: " Buy ", href: "/buy " }, { selector: "button.buy ", url: " /checkout" }];
    expect(problems(actions, { key: "k", name: "Buy", steps })).toEqual([
      "steps.1.selector: PostHog strips leading/trailing whitespace from a step's selector; remove it",
      "steps.1.url: PostHog strips leading/trailing whitespace from a step's url; remove it",
    ]);
  });

  it("property groups: property names and descriptions are stripped", () => {
    const properties = { "plan ": { type: "String" }, amount: { type: "Numeric", description: "In cents " } };
    expect(problems(propertyGroups, { key: "k", properties })).toEqual([
      "properties.plan : PostHog strips leading/trailing whitespace from property names; remove it",
      "properties.amount.description: PostHog strips leading/trailing whitespace from description; remove it",
    ]);
    expect(problems(propertyGroups, { key: "k", properties: { ["😀".repeat(200)]: { type: "String" } } })).toEqual([]);
  });

  it("endpoints: PostHog keeps the description as sent, but trailing whitespace is lost before the identity marker", () => {
    expect(problems(endpoints, { key: "k", name: "daily", query, description: " Daily" })).toEqual([]);
    expect(problems(endpoints, { key: "k", name: "daily", query, description: "Daily " })).toEqual([
      "description: trailing whitespace is lost before the identity marker this tool appends to the description; remove it",
    ]);
  });
});

describe("string({ max }) counts as PostHog's max_length does", () => {
  const check = (value: string) => {
    const found: string[] = [];
    string({ max: 400 }).check(value, "name", (path, message) => found.push(`${path}: ${message}`));
    return found;
  };

  it("counts an emoji as one character (Python's len counts code points)", () => {
    expect(check("😀".repeat(400))).toEqual([]);
    expect(check("😀".repeat(401))).toEqual(["name: must be at most 400 characters (got 401)"]);
  });

  it("holds an insight's description to PostHog's 400 characters", () => {
    const found: string[] = [];
    const spec = (description: string) => ({ key: "k", name: "Signups", query, description });
    insights.schema.check(spec("😀".repeat(400)), "", (path, message) => found.push(`${path}: ${message}`));
    expect(found).toEqual([]);
    insights.schema.check(spec("x".repeat(401)), "", (path, message) => found.push(`${path}: ${message}`));
    expect(found).toEqual(["description: must be at most 400 characters (got 401)"]);
  });
});

// The convergence suite's cases (test/e2e/convergence.test.ts): one per kind with a lifecycle.
import type { JsonObject, JsonValue } from "../../src/core/json.js";
import type { Definition } from "../../src/core/model.js";
import { TARGETS_EMULATOR, scopedKey } from "../helpers/e2e-target.js";
import { FLOW_ACTIONS, FLOW_EDGES, buyersFunnel, byPlan, def, flag, group, holdout, metric, paidOrders, planTier, purchase, ref, tourFlag, trendsQuery, vips } from "./convergence-fixtures.js";

/** One kind's convergence case: the definition, what it depends on, each field edit and an edit made behind the tool's back. */
export interface Case {
  target: Definition;
  dependencies?: Definition[];
  /** Field edits, each applied alone to the definition: [path, new value]. */
  edits: [string, JsonValue][];
  /** A change made through the API behind the tool's back. */
  apiEdit?: JsonObject;
  /** What a soft delete behind the tool's back sends besides `deleted` (a saved-filter playlist's filters). */
  deleteBody?: JsonObject;
}

/** Every kind with a create/delete lifecycle, each with its writable fields. */
export const cases: Case[] = [
  {
    target: def("insights", { key: "signups", name: "Signups", description: "d", query: trendsQuery("signed up"), tags: ["growth"] }),
    edits: [["name", "Signups (weekly)"], ["description", "new"], ["query", trendsQuery("activated")], ["tags", ["growth", "kpi"]]],
    apiEdit: { name: "Edited in the UI" },
  },
  {
    target: def("dashboards", {
      key: "growth",
      name: "Growth",
      pinned: true,
      tags: ["growth"],
      tiles: [
        { insight: ref("insights", "signups"), layout: { x: 0, y: 0, w: 6, h: 4 } },
        { type: "text", body: "Notes", layout: { x: 0, y: 4, w: 12, h: 1 } },
        { type: "button", text: "Runbook", url: "https://example.com", layout: { x: 6, y: 0, w: 6, h: 1 } },
      ],
    }),
    dependencies: [def("insights", { key: "signups", name: "Signups", query: trendsQuery("signed up") })],
    edits: [
      ["name", "Growth 2"],
      ["description", "about growth"],
      ["pinned", false],
      ["tags", []],
      ["tiles", [{ insight: ref("insights", "signups"), layout: { x: 0, y: 0, w: 12, h: 4 } }, { type: "text", body: "Other notes", layout: { x: 0, y: 4, w: 12, h: 2 } }]],
    ],
    apiEdit: { name: "Edited in the UI", pinned: false },
  },
  {
    target: flag,
    dependencies: [vips],
    edits: [
      ["name", "Checkout v2"],
      ["active", false],
      ["filters", { groups: [{ rollout_percentage: 60 }], multivariate: { variants: [{ key: "control", rollout_percentage: 40 }, { key: "test", rollout_percentage: 60 }] } }],
      ["ensure_experience_continuity", true],
      ["evaluation_runtime", "server"],
      ["tags", ["checkout", "web"]],
    ],
    apiEdit: { active: false },
  },
  {
    // An action step is referenced by object, sent as the action's id and compared by its key.
    target: def("insights", { key: "buyers", name: "Buyers", query: buyersFunnel({ kind: "ActionsNode", action: ref("actions", "purchase") }) }),
    dependencies: [purchase],
    edits: [
      ["query", buyersFunnel({ kind: "EventsNode", event: "order completed" })],
      ["query", { kind: "InsightVizNode", source: { kind: "RetentionQuery", retentionFilter: { targetEntity: { type: "actions", action: ref("actions", "purchase") }, period: "Week" } } }],
    ],
    apiEdit: { name: "Edited in the UI" },
  },
  {
    target: purchase,
    edits: [["name", "Purchased"], ["description", "d"], ["steps", [{ event: "$autocapture", selector: "button.buy", text: "Buy", text_matching: "contains" }]], ["post_to_slack", true], ["tags", []]],
    apiEdit: { name: "Edited in the UI" },
  },
  {
    target: vips,
    edits: [["name", "Very important"], ["description", "paying customers"], ["filters", { properties: { type: "AND", values: [{ type: "person", key: "plan", operator: "exact", value: "enterprise" }] } }]],
    apiEdit: { name: "Edited in the UI" },
  },
  {
    target: def("endpoints", { key: "daily", name: "daily-signups", query: { kind: "HogQLQuery", query: "select 1" } }),
    edits: [["description", "for the status page"], ["query", { kind: "HogQLQuery", query: "select 2" }], ["is_active", false], ["data_freshness_seconds", 3600]],
    // The description carries the identity marker, so a UI edit of another field stands in here.
    apiEdit: { is_active: false },
  },
  {
    target: def("annotations", { key: "launch", content: "Launched v2", dateMarker: "2024-05-01T11:30:00+02:00" }),
    edits: [["content", "Launched v2.1"], ["dateMarker", "2024-05-02"], ["emoji", "🚀"], ["hidden", true], ["creationType", "GIT"]],
    apiEdit: { date_marker: "2024-06-01T00:00:00Z" },
  },
  {
    // A dashboard-scoped annotation names its dashboard by reference, sent as `dashboard_id`.
    target: def("annotations", { key: "on-growth", content: "Pricing change", dateMarker: "2024-05-01", scope: "dashboard", dashboard: ref("dashboards", "growth") }),
    dependencies: [def("dashboards", { key: "growth", name: "Growth" }), def("dashboards", { key: "revenue", name: "Revenue" })],
    edits: [["dashboard", ref("dashboards", "revenue")]],
    apiEdit: { hidden_in_user_interface: true },
  },
  {
    // An alert checks a trends insight referenced by object; subscribers are members' emails, sent as user ids.
    target: def("alerts", { key: "signups-drop", name: "Signups dropped", insight: ref("insights", "two-series"), threshold: { bounds: { lower: 10, upper: 1000 } } }),
    dependencies: [def("insights", { key: "two-series", name: "Two series", query: { kind: "InsightVizNode", source: { kind: "TrendsQuery", series: [{ kind: "EventsNode", event: "signed up" }, { kind: "EventsNode", event: "activated" }] } } })],
    edits: [
      ["name", "Signups fell"],
      ["threshold", { type: "absolute", bounds: { upper: 500 } }],
      ["condition", "relative_increase"],
      ["seriesIndex", 1],
      ["checkOngoingInterval", true],
      ["calculationInterval", "weekly"],
      ...(TARGETS_EMULATOR ? [["subscribedUsers", ["emulator@posthog.local"]] as [string, JsonValue]] : []),
      ["enabled", false],
      ["skipWeekend", true],
    ],
    apiEdit: { name: "Edited in the UI" },
  },
  {
    // A feature in an active stage drives its flag's enrollment, which PostHog sets, so the flag's plan agrees.
    target: def("early-access-features", { key: "new-editor", name: "New editor", stage: "beta", featureFlag: ref("feature-flags", "new-editor-flag") }),
    dependencies: [def("feature-flags", { key: "new-editor-flag", filters: { groups: [{ rollout_percentage: 0 }] } })],
    edits: [["name", "Newer editor"], ["description", "Try the new editor"], ["stage", "alpha"], ["stage", "draft"], ["documentationUrl", "https://example.com/editor"], ["payload", { tier: "pro" }]],
    apiEdit: { name: "Edited in the UI" },
  },
  {
    // A messaging template's email is replaced whole on every update; a design travels with its html.
    target: def("messaging-templates", { key: "welcome", name: "Welcome", email: { subject: "Welcome, {{ person.properties.name }}", html: "<p>Hi</p>" } }),
    edits: [["name", "Welcome v2"], ["description", "Sent on sign-up"], ["email", { subject: "Hello", text: "Hi there", html: "<p>Hello</p>", design: { schemaVersion: 16, body: { rows: [] } } }]],
    apiEdit: { content: { email: { subject: "Edited in the UI" } } },
  },
  {
    // A hog flow's actions come back with PostHog's defaults and compiled filters; a function step's secret reads back as set.
    target: def("hog-flows", { key: "onboarding", name: "Onboarding", actions: FLOW_ACTIONS, edges: FLOW_EDGES }),
    edits: [
      ["name", "Onboarding v2"],
      ["description", "Welcomes new users"],
      ["status", "active"],
      ["exitCondition", "exit_only_at_end"],
      ["actions", [FLOW_ACTIONS[0]!, { id: "wait", name: "Wait", type: "delay", config: { delay_duration: "30m" } }, { id: "hook", name: "Hook", type: "function", config: { template_id: "template-webhook", inputs: { url: { value: "https://example.com/hook" } } } }, FLOW_ACTIONS[1]!]],
      ["edges", [{ from: "trigger_node", to: "exit_node", type: "branch", index: 0 }]],
      ["triggerMasking", { hash: "{person.id}", ttl: 3600 }],
      ["conversion", { window_minutes: 60, filters: [{ key: "plan", value: ["paid"], operator: "exact", type: "person" }] }],
      ["variables", [{ key: "coupon", label: "Coupon", type: "string", default: "WELCOME" }]],
    ],
    apiEdit: { name: "Edited in the UI" },
  },
  {
    // Questions keep the ids PostHog gave them, the lifecycle sets PostHog's dates at apply, targeting lives on a flag PostHog owns.
    target: def("surveys", {
      key: "nps",
      name: "NPS",
      type: "popover",
      questions: [
        { type: "rating", question: "How likely are you to recommend us?", display: "number", scale: 10, branching: { type: "response_based", responseValues: { detractors: 1, promoters: "end" } } },
        { type: "open", question: "What should we improve?" },
      ],
      linkedFlag: ref("feature-flags", "survey-flag"),
      status: "draft",
    }),
    dependencies: [def("feature-flags", { key: "survey-flag", filters: { groups: [{ rollout_percentage: 50 }] } }), def("feature-flags", { key: "other-survey-flag", filters: { groups: [{ rollout_percentage: 10 }] } }), purchase],
    edits: [
      ["name", "NPS (quarterly)"],
      ["description", "Asked every quarter"],
      ["type", "widget"],
      ["questions", [{ type: "single_choice", question: "Which plan are you on?", choices: ["Free", "Pro"], hasOpenChoice: true }, { type: "link", question: "Book a call", link: "https://example.com/call" }, { type: "multiple_choice", question: "What do you use?", choices: ["Flags", "Surveys"] }]],
      ["appearance", { backgroundColor: "#eeeeee", submitButtonText: "Send", displayThankYouMessage: true }],
      ["conditions", { url: "/pricing", urlMatchType: "icontains", deviceTypes: ["Desktop"], seenSurveyWaitPeriodInDays: 14 }],
      ["conditions", { actions: [ref("actions", "purchase")] }],
      ["linkedFlag", ref("feature-flags", "other-survey-flag")],
      ["targeting", [{ properties: [{ key: "email", type: "person", operator: "icontains", value: "@example.com" }], rollout_percentage: 50 }]],
      ["status", "running"],
      ["status", "stopped"],
      ["archived", true],
      ["responsesLimit", 100],
      ["enablePartialResponses", true],
      ["schedule", "always"],
    ],
    apiEdit: { name: "Edited in the UI" },
  },
  {
    // Secret inputs are pinned by test/e2e/hog-function-secrets.test.ts; the webhook template has none.
    target: def("hog-functions", { key: "signups-hook", type: "destination", name: "Signups hook", templateId: "template-webhook", inputs: { url: "https://example.com/hook" } }),
    edits: [
      ["name", "Signups webhook"],
      ["description", "Posts signups"],
      ["enabled", false],
      ["inputs", { url: "https://example.com/v2", method: "PUT", debug: true }],
      ["filters", { events: [{ id: "user signed up", type: "events", name: "user signed up" }], filter_test_accounts: true }],
      ["masking", { ttl: 3600, hash: "{person.id}" }],
    ],
    apiEdit: { enabled: false },
  },
  {
    // Credentials are secrets (test/e2e/hog-function-secrets.test.ts); the identity marker trails the name, so the UI edit is the interval.
    target: def("batch-exports", { key: "events-to-s3", name: "Events to S3", interval: "day", destination: { type: "S3", config: { bucket_name: "exports", region: "eu-west-1", prefix: "posthog/" } } }),
    edits: [
      ["name", "Events to the lake"],
      ["interval", "week"],
      ["timezone", "Europe/Berlin"],
      ["offsetHour", 6],
      ["destination", { type: "S3", config: { bucket_name: "exports", region: "eu-west-1", prefix: "events/", file_format: "Parquet" } }],
      ["model", "persons"],
      ["paused", true],
      ["filters", [{ key: "$browser", operator: "exact", type: "event", value: ["Chrome"] }]],
    ],
    apiEdit: { interval: "week" },
  },
  {
    // The identity marker trails the name, so the UI edit is the pinned state.
    target: def("logs-views", { key: "checkout-errors", name: "Checkout errors", filters: { severityLevels: ["error"], serviceNames: ["checkout"] } }),
    edits: [
      ["name", "Checkout failures"],
      ["filters", { severityLevels: ["error", "warn"] }],
      ["columns", [{ id: "when", type: "timestamp" }, { id: "user", type: "custom", expression: "attributes.user_id", width: 160 }]],
      ["pinned", true],
    ],
    apiEdit: { pinned: true },
  },
  {
    target: def("logs-sampling-rules", { key: "cap-api", name: "Cap API logs", ruleType: "rate_limit", config: { logs_per_second: 100 } }),
    edits: [
      ["name", "Cap the API's logs"],
      ["config", { kb_per_second: 64, burst_kb: 128 }],
      ["enabled", true],
      ["priority", 3],
      ["scopeService", "api"],
      ["scopeAttributeFilters", [{ key: "http.route", op: "eq", value: "/v1" }]],
    ],
    apiEdit: { enabled: true },
  },
  {
    // Auto-launched, so PostHog gives it an internal targeting flag; no start date, so the tour never shows.
    // Its survey step gets a survey PostHog makes and links in the step; the linked flag is created first.
    // The wait period makes PostHog copy each targeting group per combination of its types; normalize_step
    // stores a legacy useManualSelector step as targeted "manual", and a step of type "element" as a modal targeted "auto".
    target: def("product-tours", {
      key: "onboarding",
      name: "Onboarding tour",
      content: { steps: [{ id: "s1", selector: "#new", title: "Start here", useManualSelector: true }, { id: "ask", title: "One question", survey: { type: "rating", questionText: "Was this useful?", scale: 5 } }], conditions: { seenTourWaitPeriod: { days: 7, types: ["tour", "announcement"] } } },
      autoLaunch: true,
      linkedFlag: ref("feature-flags", "tour-flag"),
    }),
    dependencies: [tourFlag("tour-flag"), tourFlag("other-tour-flag")],
    edits: [
      ["name", "Onboarding walkthrough"],
      ["description", "First steps"],
      ["content", { steps: [{ id: "s1", type: "element", selector: "#new", title: "Start here" }, { id: "s2", selector: "#save", title: "Save it", elementTargeting: "manual", useManualSelector: false }], displayFrequency: "show_once" }],
      ["content", { steps: [{ id: "ask", title: "One question", survey: { type: "open", questionText: "What was missing?" } }, { id: "nps", survey: { type: "rating", questionText: "Recommend us?", scale: 10, display: "number" } }], conditions: { linkedFlagVariant: "test" } }],
      ["linkedFlag", ref("feature-flags", "other-tour-flag")],
      ["autoLaunch", false],
      ["startDate", "2026-07-01T09:00:00Z"],
      ["endDate", "2026-08-01T00:00:00+02:00"],
      ["targetingFlagFilters", { groups: [{ properties: [{ key: "plan", type: "person", value: ["pro", "team"], operator: "exact" }] }, { variant: "", rollout_percentage: 100, properties: [{ key: "beta", type: "person", value: "true", operator: "exact" }] }] }],
    ],
    apiEdit: { name: "Edited in the UI" },
  },
  {
    // An error-volume alert; the UI edit is the threshold.
    target: def("logs-alerts", { key: "api-errors", name: "API errors", filters: { severityLevels: ["error"], serviceNames: ["api"] }, evaluationPeriods: 3, datapointsToAlarm: 2 }),
    edits: [
      ["name", "API error spike"],
      ["filters", { severityLevels: ["error", "fatal"] }],
      ["thresholdCount", 250],
      ["thresholdOperator", "below"],
      ["windowMinutes", 15],
      ["evaluationPeriods", 5],
      ["datapointsToAlarm", 3],
      ["cooldownMinutes", 30],
      ["destinations", [{ type: "slack", slackWorkspaceId: 7, slackChannelId: "C0123", slackChannelName: "alerts" }]],
      ["enabled", false],
    ],
    apiEdit: { threshold_count: 500 },
  },
  {
    // A subscription delivers an insight by reference on PostHog's rrule schedule; paused, so a real project sends nothing.
    target: def("subscriptions", { key: "weekly-signups", title: "Weekly signups", insight: ref("insights", "sub-signups"), targetType: "email", target: "team@example.com", frequency: "weekly", startDate: "2025-01-06T10:00:00+01:00", enabled: false }),
    dependencies: [def("insights", { key: "sub-signups", name: "Signups", query: trendsQuery("signed up") }), def("insights", { key: "sub-activations", name: "Activations", query: trendsQuery("activated") })],
    edits: [
      ["title", "Signups, weekly"],
      ["insight", ref("insights", "sub-activations")],
      ["target", "team@example.com,growth@example.com"],
      ["frequency", "monthly"],
      ["interval", 2],
      ["byweekday", ["monday", "friday"]],
      ["bysetpos", -1],
      ["count", 10],
      ["startDate", "2025-02-03T09:00:00Z"],
      ["untilDate", "2030-01-01T00:00:00Z"],
      ...(TARGETS_EMULATOR ? [["enabled", true] as [string, JsonValue]] : []),
    ],
    apiEdit: { frequency: "daily" },
  },
  {
    // A dashboard subscription names the dashboard's insights it delivers.
    target: def("subscriptions", { key: "growth-digest", title: "Growth digest", dashboard: ref("dashboards", "sub-growth"), dashboardExportInsights: [ref("insights", "sub-signups")], targetType: "webhook", target: "https://example.com/digest", frequency: "daily", startDate: "2025-01-06T09:00:00Z", enabled: false }),
    dependencies: [
      def("insights", { key: "sub-signups", name: "Signups", query: trendsQuery("signed up") }),
      def("insights", { key: "sub-activations", name: "Activations", query: trendsQuery("activated") }),
      def("dashboards", { key: "sub-growth", name: "Growth", tiles: [{ insight: ref("insights", "sub-signups") }, { insight: ref("insights", "sub-activations") }] }),
    ],
    edits: [["dashboardExportInsights", [ref("insights", "sub-signups"), ref("insights", "sub-activations")]], ["target", "https://example.com/digest/v2"]],
    apiEdit: { interval: 3 },
  },
  {
    // Saved filters: every update of a saved-filter playlist, its soft delete too, carries its filters.
    target: def("session-recording-playlists", { key: "rage-clicks", name: "Rage clicks", filters: { date_from: "-7d", filter_test_accounts: true } }),
    edits: [["name", "Rage clicks (7 days)"], ["description", "Frustrated users"], ["filters", { date_from: "-30d", duration: [{ type: "recording", key: "duration", value: 60, operator: "gt" }] }], ["pinned", true]],
    apiEdit: { pinned: true, filters: { date_from: "-7d", filter_test_accounts: true } },
    deleteBody: { filters: { date_from: "-7d", filter_test_accounts: true } },
  },
  {
    // A collection's recordings are added in PostHog; the definition keeps its name and pinned state.
    target: def("session-recording-playlists", { key: "picks", name: "Team picks", type: "collection" }),
    edits: [["name", "Picks of the week"], ["pinned", true]],
    apiEdit: { name: "Edited in the UI" },
  },
  {
    target: def("dashboard-templates", { key: "growth-template", name: "Growth template", description: "Weekly growth", tiles: [{ type: "TEXT", body: "Growth", layouts: {} }], tags: ["growth"] }),
    edits: [
      ["name", "Growth overview"],
      ["description", "Monthly growth"],
      ["tiles", [{ type: "TEXT", body: "Growth", layouts: {} }, { type: "INSIGHT", name: "Signups", query: trendsQuery("signed up"), layouts: {} }]],
      ["filters", { date_from: "-30d" }],
      ["variables", [{ id: "VARIABLE_1", name: "Signup event", type: "event", default: { id: "signed up" }, required: true, description: "" }]],
      ["tags", ["growth", "kpi"]],
      ["featured", true],
    ],
    apiEdit: { template_name: "Edited in the UI" },
  },
  {
    // Identified by its code name, which PostHog keeps on a rename.
    target: planTier,
    edits: [["name", "Customer plan"], ["values", ["free", "pro", "team"]], ["defaultValue", "pro"]],
    apiEdit: { name: "Edited in the UI" },
  },
  {
    // The query's variables are stored by the variable's id; definitions list the variable object.
    target: def("insights", { key: "by-plan", name: "By plan", query: byPlan([ref("insight-variables", "plan_tier")]) }),
    dependencies: [planTier],
    edits: [["query", byPlan([{ variable: ref("insight-variables", "plan_tier"), value: "pro" }])]],
    apiEdit: { name: "Edited in the UI" },
  },
  {
    // A HogQL view: a query change goes through a read of the newest edit's id.
    target: paidOrders,
    edits: [["name", "paid_orders_v2"], ["query", "select event, timestamp from events where event = 'order completed'"], ["description", "Paid orders"]],
    apiEdit: { name: "edited_in_ui" },
  },
  {
    // An insight that reads the view by object: the view is applied first.
    target: def("insights", { key: "paid-count", name: "Paid count", query: { kind: "DataVisualizationNode", source: { kind: "HogQLQuery", query: `select count() from ${scopedKey("paid_orders")}`, views: [ref("warehouse-saved-queries", "paid-orders")] } } }),
    dependencies: [paidOrders],
    edits: [["name", "Paid order count"]],
    apiEdit: { name: "Edited in the UI" },
  },
  {
    target: group,
    edits: [["name", "Signup v2"], ["description", "d"], ["properties", { plan: { type: "String", required: false }, seats: { type: "Numeric" } }]],
    apiEdit: { name: "Edited in the UI" },
  },
  {
    target: def("event-definitions", { key: "user signed up", name: "user signed up", description: "d", propertyGroups: [ref("property-groups", "signup")] }),
    dependencies: [group, def("property-groups", { key: "other", name: "Other", properties: { x: { type: "Boolean" } } })],
    edits: [["description", "new"], ["tags", ["growth"]], ["verified", true], ["hidden", true], ["propertyGroups", [ref("property-groups", "other")]]],
    apiEdit: { description: "Edited in the UI" },
  },
  {
    target: holdout,
    edits: [["name", "Holdout 2"], ["description", "d"], ["filters", [{ properties: [], rollout_percentage: 10 }]]],
    apiEdit: { name: "Edited in the UI" },
  },
  {
    target: metric,
    edits: [["name", "Conversion 2"], ["description", "d"], ["query", { kind: "ExperimentMetric", metric_type: "mean", source: { kind: "EventsNode", event: "order completed" } }], ["tags", ["kpi"]]],
    apiEdit: { name: "Edited in the UI" },
  },
  {
    target: def("experiments", { key: "exp", name: "Experiment", featureFlag: ref("feature-flags", "checkout"), holdout: ref("experiment-holdouts", "holdout"), primarySavedMetrics: [ref("experiment-saved-metrics", "conversion")] }),
    dependencies: [flag, vips, holdout, metric],
    edits: [["name", "Experiment 2"], ["description", "d"], ["lifecycle", "running"], ["metrics", [{ kind: "ExperimentMetric", metric_type: "mean", source: { kind: "EventsNode", event: "$pageview" } }]], ["primarySavedMetrics", []]],
    apiEdit: { name: "Edited in the UI" },
  },
];

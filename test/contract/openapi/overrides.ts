import type { ContractData, SchemaNode } from "../../../scripts/openapi-contract.js";

/**
 * A place where PostHog's OpenAPI description and its source disagree. The source wins: each entry
 * adds or replaces properties of one component schema, and names the file and function that show
 * what the server really reads or returns. docs/posthog-contract.md lists the same points.
 */
export interface SchemaOverride {
  schema: string;
  /** Properties added, or replaced (a replaced property keeps its read-only flag). */
  properties?: Record<string, SchemaNode>;
  /** Properties the spec marks required that the server does not always send. */
  optional?: string[];
  source: string;
  reason: string;
}

const layouts: SchemaNode = { type: "object", properties: {}, required: [], additionalProperties: {} };
const text: SchemaNode = {
  type: "object",
  properties: { id: { type: "number" }, body: { type: ["string", "null"] }, created_by: {} },
  required: [],
  additionalProperties: false,
};
const buttonTile: SchemaNode = {
  type: "object",
  properties: { id: { type: "number" }, url: { type: "string" }, text: { type: "string" }, placement: { enum: ["left", "right"] }, style: { enum: ["primary", "secondary"] }, created_by: {} },
  required: [],
  additionalProperties: false,
};
const flagKey: SchemaNode = { type: "string", pattern: "^[a-zA-Z0-9_-]+$" };
const nullable = (node: SchemaNode): SchemaNode => ({ anyOf: [node, { type: "null" }] });
const list: SchemaNode = { type: "array", items: {} };

/** Every override, in one list. */
export const OVERRIDES: readonly SchemaOverride[] = [
  {
    schema: "Cohort",
    properties: { query: { type: ["object", "null"], properties: {}, required: [], additionalProperties: {} } },
    source: "posthog/api/cohort.py: CohortSerializer.create (a static cohort's members come from `query` in `_handle_static`; a dynamic one with a query is refused)",
    reason: "The spec's Cohort leaves out query, which CohortSerializer accepts for static (HogQL) cohorts.",
  },
  {
    schema: "DashboardPatchTileOpenApi",
    properties: {
      text,
      button_tile: buttonTile,
      layouts,
      color: { type: ["string", "null"] },
      filters_overrides: { type: ["object", "null"], properties: {}, required: [], additionalProperties: {} },
      show_description: { type: ["boolean", "null"] },
      transparent_background: { type: ["boolean", "null"] },
      deleted: { type: "boolean" },
    },
    source: "posthog/api/dashboards/dashboard.py: DashboardSerializer._update_tiles, TILE_DISPLAY_FIELDS, TextSerializer, ButtonTileSerializer",
    reason: "The spec's tile patch lists only id and widget; _update_tiles reads text, button_tile and the display fields color, layouts, filters_overrides, show_description, transparent_background and deleted.",
  },
  {
    schema: "PatchedPatchedDashboardOpenApi",
    properties: { deleted: { type: "boolean" } },
    source: "posthog/api/dashboards/dashboard.py: DASHBOARD_SHARED_FIELDS, DashboardSerializer.update (partial_update documents PatchedDashboardOpenApiSerializer instead)",
    reason: "Dashboards are soft-deleted and restored with PATCH {deleted}; the hand-written OpenAPI request serializer leaves the field out.",
  },
  {
    schema: "PatchedFeatureFlagPartialUpdateRequestSchema",
    properties: { deleted: { type: "boolean" } },
    source: "products/feature_flags/backend/api/feature_flag.py: FeatureFlagSerializer (deleted is writable); the spec's feature_flags_destroy: \"use a patch API call to set deleted to true\"",
    reason: "Flags are soft-deleted with PATCH {deleted: true}; the hand-written partial-update request schema leaves the field out.",
  },
  {
    schema: "FeatureFlag",
    properties: { features: list, surveys: list, usage_dashboard: nullable({ type: "number" }) },
    source: "products/feature_flags/backend/api/feature_flag.py: get_features, get_surveys (annotated -> dict, return Serializer(many=True).data); usage_dashboard is a nullable foreign key",
    reason: "features and surveys are lists; usage_dashboard is null until a usage dashboard exists (the emulator creates none).",
  },
  {
    schema: "EnterpriseEventDefinition",
    properties: {
      created_by: nullable({ $ref: "UserBasic" }),
      verified_by: nullable({ $ref: "UserBasic" }),
      updated_by: nullable({ $ref: "UserBasic" }),
      action_id: nullable({ type: "number" }),
      last_calculated_at: nullable({ type: "string", format: "date-time" }),
      last_updated_at: nullable({ type: "string", format: "date-time" }),
    },
    source: "ee/api/ee_event_definition.py: EnterpriseEventDefinitionSerializer (UserBasicSerializer(read_only=True), IntegerField/DateTimeField(read_only=True) over nullable attributes)",
    reason: "DRF renders a None attribute as null whatever the field says; these are None for ingested, unverified, non-action definitions.",
  },
  ...["Experiment", "ExperimentBasic"].map((schema) => ({
    schema,
    properties: { holdout: nullable({ $ref: "ExperimentHoldout" }) },
    source: "rest_framework/serializers.py: Serializer.to_representation renders a None attribute as null, whatever the field declares",
    reason: "An experiment without a holdout reads back holdout: null; the spec's nested ExperimentHoldout is not marked nullable.",
  })),
  {
    schema: "EventSchema",
    properties: { property_group_id: { type: "string", format: "uuid", writeOnly: true } },
    source: "posthog/api/event_schema.py: EventSchemaSerializer.property_group_id (PrimaryKeyRelatedField, write_only=True)",
    reason: "The spec cannot mark write-only fields, so it lists property_group_id as a required response field; the server never returns it.",
  },
  {
    schema: "EndpointVersionResponse",
    optional: ["version", "version_id", "endpoint_is_active", "version_created_at", "version_updated_at", "version_created_by"],
    source: "products/endpoints/backend/api.py: EndpointViewSet.retrieve, _serialize (version fields only for an EndpointVersion, i.e. with ?version=N)",
    reason: "A retrieve without ?version serializes the endpoint, not a version, so the version fields are absent.",
  },
  {
    schema: "EndpointMaterialization",
    optional: ["name"],
    source: "products/endpoints/backend/api.py: _serialize calls build_materialization_info(version) without endpoint_name, so no name key",
    reason: "Endpoint reads carry materialization without name.",
  },
  ...["Insight", "PatchedInsight"].map((schema) => ({
    schema,
    properties: { saved: { type: "boolean" } },
    source: "products/product_analytics/backend/api/insight.py: InsightSerializer.Meta.fields (saved is a writable model field); @extend_schema_serializer(exclude_fields=[\"filters\", \"saved\"]) on InsightBasicSerializer hides it from the spec",
    reason: "Insights are created with saved: false unless the request sends saved; only updates default it to true (validated_data.setdefault(\"saved\", True)).",
  })),
  ...["FeatureFlagCreateRequestSchema", "PatchedFeatureFlagPartialUpdateRequestSchema"].map((schema) => ({
    schema,
    properties: { key: flagKey },
    source: "products/feature_flags/backend/api/feature_flag.py: FeatureFlagSerializer.validate_key",
    reason: "The spec carries no patterns; validate_key refuses keys outside ^[a-zA-Z0-9_-]+$ (invalid_key).",
  })),
  {
    schema: "PatchedTeam",
    properties: Object.fromEntries(
      [
        "path_cleaning_filters", "data_attributes", "correlation_config", "autocapture_web_vitals_allowed_metrics", "autocapture_exceptions_errors_to_ignore",
        "logs_settings", "session_recording_linked_flag", "session_recording_network_payload_capture_config", "session_recording_masking_config",
        "session_replay_config", "survey_config", "extra_settings", "modifiers", "has_completed_onboarding_for", "feature_flag_policy_config",
        "onboarding_tasks", "conversations_settings",
      ].map((name) => [name, {}]),
    ),
    source: "posthog/api/team/team_config.py: TEAM_CONFIG_FIELDS; posthog/api/team/team_serializer.py: TeamSerializer.Meta.fields (every config field is writable; validate_* methods check the shapes)",
    reason: "The spec's PatchedTeam leaves out these TEAM_CONFIG_FIELDS, which TeamSerializer accepts and stores (survey_config and session_replay_config merged into the stored value).",
  },
];

/** The derived data with every override applied; fails loudly when an override names nothing. */
export function applyOverrides(data: ContractData): ContractData {
  const schemas = { ...data.schemas };
  for (const override of OVERRIDES) {
    const target = schemas[override.schema];
    if (target === undefined || typeof target.properties !== "object" || target.properties === null) {
      throw new Error(`Override for ${override.schema}: no such object schema in the contract data.`);
    }
    const properties = target.properties as Record<string, SchemaNode>;
    const merged = Object.fromEntries(Object.entries(override.properties ?? {}).map(([name, node]) => [name, { ...node, ...readOnlyOf(properties[name]) }]));
    const optional = new Set(override.optional ?? []);
    const missing = [...optional].filter((name) => properties[name] === undefined);
    if (missing.length > 0) throw new Error(`Override for ${override.schema}: no properties ${missing.join(", ")}.`);
    const required = ((target.required ?? []) as string[]).filter((name) => !optional.has(name));
    schemas[override.schema] = { ...target, properties: { ...properties, ...merged }, required };
  }
  return { ...data, schemas };
}

function readOnlyOf(existing: SchemaNode | undefined): SchemaNode {
  return existing?.readOnly === true ? { readOnly: true } : {};
}

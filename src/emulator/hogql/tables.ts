/**
 * The HogQL tables the emulator's metadata check knows, with their main
 * columns, after PostHog's `posthog/hogql/database/schema/` (`events.py`,
 * `persons.py`, `person_distinct_ids.py`, `groups.py`, `sessions_v*.py`).
 * `class` is the `DatabaseField` subclass, which PostHog names in some errors.
 */
export type Column =
  | { kind: "field"; class: FieldClass }
  | { kind: "json" }
  | { kind: "join"; table: string }
  | { kind: "virtual"; columns: Readonly<Record<string, Column>> }
  | { kind: "traverser"; chain: readonly string[] };

/** PostHog's `DatabaseField` subclasses, by the names its messages print. */
export type FieldClass =
  | "StringDatabaseField"
  | "IntegerDatabaseField"
  | "FloatDatabaseField"
  | "BooleanDatabaseField"
  | "DateTimeDatabaseField"
  | "UUIDDatabaseField"
  | "StringArrayDatabaseField"
  | "DatabaseField";

/** A table: its columns and the ClickHouse table it prints as (for `ch_table_names`). */
export interface TableSchema {
  columns: Readonly<Record<string, Column>>;
  clickhouse: string;
}

const field = (cls: FieldClass): Column => ({ kind: "field", class: cls });
const STRING = field("StringDatabaseField");
const INTEGER = field("IntegerDatabaseField");
const DATETIME = field("DateTimeDatabaseField");
const UUID = field("UUIDDatabaseField");
const BOOLEAN = field("BooleanDatabaseField");
const STRINGS = field("StringArrayDatabaseField");
const JSON_FIELD: Column = { kind: "json" };

function groupColumns(): Record<string, Column> {
  const columns: Record<string, Column> = {};
  for (let index = 0; index < 5; index++) {
    columns[`$group_${index}`] = STRING;
    columns[`group_${index}`] = { kind: "join", table: "groups" };
    columns[`goe_${index}`] = { kind: "virtual", columns: { key: STRING, created_at: DATETIME, properties: JSON_FIELD } };
  }
  return columns;
}

const SESSION_COLUMNS: Record<string, Column> = {
  session_id: STRING,
  team_id: INTEGER,
  distinct_id: STRING,
  $start_timestamp: DATETIME,
  $end_timestamp: DATETIME,
  $entry_current_url: STRING,
  $entry_pathname: STRING,
  $entry_hostname: STRING,
  $end_current_url: STRING,
  $end_pathname: STRING,
  $exit_current_url: STRING,
  $exit_pathname: STRING,
  $entry_referring_domain: STRING,
  $entry_utm_source: STRING,
  $entry_utm_campaign: STRING,
  $entry_utm_medium: STRING,
  $entry_utm_term: STRING,
  $entry_utm_content: STRING,
  $entry_gclid: STRING,
  $entry_fbclid: STRING,
  $last_external_click_url: STRING,
  $urls: STRINGS,
  $num_uniq_urls: INTEGER,
  $pageview_count: INTEGER,
  $autocapture_count: INTEGER,
  $screen_count: INTEGER,
  $session_duration: INTEGER,
  duration: INTEGER,
  $is_bounce: BOOLEAN,
  $channel_type: STRING,
};

/** Every table by its HogQL name. */
export const TABLES: Readonly<Record<string, TableSchema>> = {
  events: {
    clickhouse: "events",
    columns: {
      uuid: UUID,
      event: STRING,
      properties: JSON_FIELD,
      timestamp: DATETIME,
      team_id: INTEGER,
      distinct_id: STRING,
      elements_chain: STRING,
      created_at: DATETIME,
      $session_id: STRING,
      $session_id_uuid: field("DatabaseField"),
      $window_id: STRING,
      person_mode: STRING,
      pdi: { kind: "join", table: "person_distinct_ids" },
      poe: { kind: "virtual", columns: { id: UUID, created_at: DATETIME, properties: JSON_FIELD } },
      person: { kind: "traverser", chain: ["pdi", "person"] },
      person_id: { kind: "traverser", chain: ["pdi", "person_id"] },
      session: { kind: "join", table: "sessions" },
      elements_chain_href: STRING,
      elements_chain_texts: STRINGS,
      elements_chain_ids: STRINGS,
      elements_chain_elements: STRINGS,
      ...groupColumns(),
    },
  },
  persons: {
    clickhouse: "person",
    columns: { id: UUID, created_at: DATETIME, team_id: INTEGER, properties: JSON_FIELD, is_identified: BOOLEAN, pdi: { kind: "join", table: "person_distinct_ids" } },
  },
  person_distinct_ids: {
    clickhouse: "person_distinct_id2",
    columns: { distinct_id: STRING, person_id: UUID, team_id: INTEGER, person: { kind: "join", table: "persons" } },
  },
  groups: {
    clickhouse: "groups",
    columns: { index: INTEGER, team_id: INTEGER, key: STRING, created_at: DATETIME, updated_at: DATETIME, properties: JSON_FIELD },
  },
  sessions: { clickhouse: "raw_sessions", columns: SESSION_COLUMNS },
};

import type { Diagnostic, SourceLocation } from "../diagnostics.js";
import type { JsonObject, JsonValue } from "../json.js";
import type { KindName } from "../model.js";

/**
 * The version of the plan JSON model; bump it when the shape changes incompatibly.
 * 2: typed warnings and the `kinds` table with labels and links.
 */
export const PLAN_FORMAT_VERSION = 2;

/** What a step does to one resource. */
/** What a step does to one resource; `replace` deletes the live object and creates it anew, for a change PostHog refuses to make in place. */
export type StepAction = "create" | "update" | "replace" | "delete" | "no-op";

/**
 * One field-level difference. `path` is dotted (`filters.groups.0.rollout_percentage`);
 * `add` has no `before`, `remove` has no `after`.
 */
export interface FieldChange {
  path: string;
  kind: "add" | "remove" | "update";
  before?: JsonValue;
  after?: JsonValue;
}

/**
 * Something a reviewer must see before one step runs, typed so that each
 * renderer words it: `risk` is the kind's own warning about a change that is
 * risky in PostHog (editing a running experiment); `collision` is a create that
 * PostHog will refuse, because an object this tool does not manage already holds
 * `value` in a `field` PostHog keeps unique.
 */
export type StepWarning = { type: "risk"; message: string } | { type: "collision"; field: string; value: string; holderId: string | number };

/**
 * One resource in the plan. `before` is the live state (absent on create), `after`
 * the desired state (absent on delete); both are in the kind's canonical form.
 */
export interface PlanStep {
  kind: KindName;
  key: string;
  action: StepAction;
  /** Server id of the live object, for update and delete. */
  id?: string | number;
  /** The id in the PostHog web app's URL of the live object (an insight's short id). */
  uiId?: string | number;
  /** The live object's page in the PostHog web app, when the host is a web address. */
  url?: string;
  before?: JsonObject;
  after?: JsonObject;
  changes: FieldChange[];
  /** PostHog-native one-liners ("rollout 20% → 50%"), computed by the kind module. */
  summary: string[];
  warnings: StepWarning[];
  dependsOn: string[];
  /** The live object is not managed yet and is taken over by this step (matched by natural key). */
  adopt?: boolean;
  /** A delete that removes a duplicate of a managed object: the id of the one that is kept. */
  duplicateOf?: string | number;
  source?: SourceLocation;
  /**
   * A create's fields as a user writes them, server defaults left out (the kind's
   * `toSpec`, as `pull` writes files): what a reviewer is shown of a new resource.
   */
  written?: JsonObject;
  /** Where each tile sits before and after, when the change moves, adds or removes tiles of a grid. */
  layout?: PlanLayout;
}

/** A tile's box on a grid, in grid units. */
export interface GridBox {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** One tile of an object laid out on a grid, as its kind describes it. */
export interface GridTile {
  /** What the tile shows, the same in the live and the desired state: tiles are matched by it. */
  id: string;
  /** How a reviewer recognises it: "insight weekly-signups". */
  label: string;
  /** Absent when PostHog places the tile itself. */
  box?: GridBox;
}

/**
 * A layout change as data, so renderers draw the before/after picture from the
 * plan alone: each tile with its box before (absent when added) and after
 * (absent when removed), in the desired order, removed tiles last.
 */
export interface PlanLayout {
  columns: number;
  tiles: { label: string; before?: GridBox; after?: GridBox }[];
}

/** What renderers show of a kind, carried in the plan so that they never consult the kind registry. */
export interface PlanKind {
  name: KindName;
  /** Singular, lower-case noun used in messages: "feature flag". */
  label: string;
  /**
   * The web app page of an object that its server id addresses is this followed
   * by the id, so a just-created object gets a link too. Absent when the kind
   * has no page, when its page takes another id (an insight's short id), or when
   * the host is not a web address.
   */
  pageUrl?: string;
}

/** A kind that could not be read: the key lacks its scope (`forbidden`), or the instance lacks it (`unavailable`). */
export interface UnreadableKind {
  kind: KindName;
  reason: "forbidden" | "unavailable";
}

/**
 * Something a reviewer must see about the whole plan: `conflict` when several
 * managed objects carry one identity (apply keeps `keptId`, the oldest, and
 * removes the others; `ids` lists the kept one first), `unreadable` when a kind
 * could not be read, so its managed objects were not checked.
 */
export type PlanWarning = { type: "conflict"; kind: KindName; key: string; ids: (string | number)[]; keptId: string | number } | ({ type: "unreadable" } & UnreadableKind);

/** Counts per action, for headlines and outputs. */
export interface PlanSummary {
  create: number;
  update: number;
  delete: number;
  noop: number;
}

/** The project a plan was computed against. */
export interface PlanTarget {
  host: string;
  projectId: string;
  environment?: string;
  /** The repository's ownership scope (`owner` in posthog.config.ts), which apply writes into new identities. */
  owner?: string;
}

/**
 * A plan is data: a versioned, deterministic JSON document. Renderers are pure
 * functions of it, and its fingerprint lets a merge check that what gets applied
 * is what was reviewed.
 */
export interface Plan {
  formatVersion: typeof PLAN_FORMAT_VERSION;
  target: PlanTarget;
  prune: boolean;
  /** Every kind that the steps, orphans and warnings name, in dependency order. */
  kinds: PlanKind[];
  steps: PlanStep[];
  /** Managed resources whose definitions are gone, left alone because prune is off. */
  orphans: { kind: KindName; key: string; id: string | number }[];
  warnings: PlanWarning[];
  summary: PlanSummary;
  fingerprint: string;
  /** What plan checked against the live project besides the diff; absent when no check ran. */
  checks?: PlanChecks;
  /**
   * The changes that undo an edit made in PostHog: present when the plan was compared with the
   * base branch's definitions. Not part of the fingerprint: it says where a change comes from,
   * not what apply does, and the plan at merge is compared with another base.
   */
  reverts?: RevertedEdit[];
}

/**
 * A change that puts back what the base branch's definitions say, over an edit
 * made in PostHog since they were applied: the live value differs from the
 * base's, and the pull request leaves the field as the base has it.
 */
export interface RevertedEdit {
  kind: KindName;
  key: string;
  /** The changed field, as in the step's changes. */
  path: string;
}

/**
 * A release condition change sized by PostHog's blast-radius endpoint: of `total`
 * users (or groups), `affected` match the condition's properties; the rollout
 * percentage then reaches its share of them. `before` is absent for an added
 * condition, `after` for a removed one (sized as it was).
 */
export interface RolloutReach {
  kind: KindName;
  key: string;
  /** 1-based, as the flag's summary lines count release conditions. */
  condition: number;
  before?: number;
  after?: number;
  affected: number;
  total: number;
  /** What PostHog counted: persons, or groups of the condition's aggregation. */
  unit: "users" | "groups";
}

/**
 * A check that did not run, or not for everything, and why: `forbidden` (the key
 * lacks the scope), `unavailable` (the instance does not serve it), `offline` (a
 * plan without credentials), `limit` (past the request budget), `placeholders`
 * (HogQL whose placeholder values the definition does not hold), `unsizable` (a
 * condition names a cohort this plan creates, or PostHog could not evaluate it).
 */
export interface SkippedCheck {
  /** `all` for a plan that did not read the project. */
  check: "all" | "events" | "properties" | "hogql" | "blast-radius";
  reason: "forbidden" | "unavailable" | "offline" | "limit" | "placeholders" | "unsizable";
  count?: number;
}

/**
 * Checks against the live project: names never ingested there and properties
 * used against their type (warnings), HogQL that PostHog's metadata check
 * rejects (errors), and the reach of rollout changes. Not part of the
 * fingerprint: user counts and ingestion move on their own, and a reviewed plan
 * must still match at merge.
 */
export interface PlanChecks {
  /** Each placed at its file, line and column. */
  findings: Diagnostic[];
  reach: RolloutReach[];
  skipped: SkippedCheck[];
}

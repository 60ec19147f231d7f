import type { SourceLocation } from "../diagnostics.js";
import type { JsonObject, JsonValue } from "../json.js";
import type { KindName } from "../model.js";

/** The version of the plan JSON model; bump it when the shape changes incompatibly. */
export const PLAN_FORMAT_VERSION = 1;

/** What a step does to one resource. */
export type StepAction = "create" | "update" | "delete" | "no-op";

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
  before?: JsonObject;
  after?: JsonObject;
  changes: FieldChange[];
  /** PostHog-native one-liners ("rollout 20% → 50%"), computed by the kind module. */
  summary: string[];
  /** Loud notes a reviewer must see, e.g. a change that invalidates a running experiment. */
  warnings: string[];
  dependsOn: string[];
  /** The live object is not managed yet and is taken over by this step (matched by natural key). */
  adopt?: boolean;
  /** A delete that removes a duplicate of a managed object: the id of the one that is kept. */
  duplicateOf?: string | number;
  source?: SourceLocation;
}

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
  steps: PlanStep[];
  /** Managed resources whose definitions are gone, left alone because prune is off. */
  orphans: { kind: KindName; key: string; id: string | number }[];
  /** Problems met while reading the project (a kind the key may not read). */
  warnings: string[];
  summary: PlanSummary;
  fingerprint: string;
}

import type { JsonObject } from "../json.js";
import type { Address, KindName } from "../model.js";
import type { FieldChange, GridTile } from "../plan/types.js";
import type { Clock, ProjectApi } from "../ports.js";
import type { ObjectSchema } from "../schema.js";

/** Resolves references to server ids while building a request body. */
export interface IdLookup {
  idOf(address: Address): string | number | undefined;
  /** The desired fields of another resource of the plan, for a reference PostHog takes by another field than the id (a dashboard template by its name). */
  fieldsOf?(address: Address): JsonObject | undefined;
}

/** Resolves server ids found inside API objects back to resource keys. */
export interface KeyLookup {
  keyOf(kind: KindName, id: string | number): string | undefined;
  /** Every listed object of a kind, for links PostHog stores on the other side (event schemas). */
  rows(kind: KindName): readonly JsonObject[];
}

/**
 * What validation knows beyond the spec: the repository's owner, which apply writes into each
 * identity marker (` owner:<owner>`), so a field with a length cap must leave room for it too.
 */
export interface ValidateContext {
  owner?: string;
}

/** Top-level fields of another resource that one resource's state decides, and why (for messages). */
export interface DrivenFields {
  target: Address;
  /**
   * The values, or a function of the target's other desired fields (archiving follows `active`);
   * a key may be a dotted path into a nested field (`filters.feature_enrollment`).
   */
  fields: JsonObject | ((target: JsonObject) => JsonObject);
  /** The field of the driving definition that decides them (`lifecycle`). */
  from: string;
  reason: string;
}

/** What a kind may need after its own create or update call, e.g. a dashboard's tiles. */
export interface ConvergeContext extends IdLookup {
  api: ProjectApi;
  id: string | number;
  fields: JsonObject;
  /** The time at apply; the entry points give it, and a converge that needs it refuses without it. */
  clock?: Clock;
  /**
   * The object as this step's own write (or its safety read) answered, on the first round only: a
   * converge may start from it instead of reading the object again. Absent when apply runs the
   * converge again after an uncertain failure, which must read what the server holds.
   */
  live?: JsonObject;
  /** This step's own create made the object just now (not adopted, not uncertain): nothing is linked to it yet. */
  fresh?: boolean;
  /** The create answers of the referenced resources that joined this object in their own create (`KindModule.joinedBy`). */
  joined?: readonly JsonObject[];
  /**
   * Runs `work` while no other step of this apply runs work under the same key: steps run
   * concurrently, and a converge that reads and then writes another object (an insight's
   * dashboards) must not interleave with another step doing the same to that object.
   */
  exclusive?<T>(key: string, work: () => Promise<T>): Promise<T>;
  /**
   * A request body with its secret markers filled in from this run's secrets, for a converge that
   * sends a secret in a request of its own (a logs alert's webhook destination); a secret with no
   * value fails the step, naming the variable only.
   */
  fillSecrets?(body: JsonObject): JsonObject;
}

/**
 * The SDK side of a kind: the names and docs of what `src/sdk/kinds/<kind>.ts`
 * exports. Its fields and their types come from the kind's schema.
 */
export interface SdkDeclaration {
  /** The type of the constructor's argument: `FeatureFlagSpec`. */
  spec: string;
  doc: string;
  /** The name users give a defined resource, when it differs from `spec`: `FeatureFlag`. */
  alias?: { name: string; doc: string };
  constructorDoc: string;
  /** Type parameters of the spec and the constructor (`const` on the constructor), for types that keep literals. */
  generics?: readonly { name: string; constraint: string; default?: string }[];
  /**
   * A key the constructor sets, from another field or as a constant; the SDK type then has no
   * `key`, unless `overridable` lets a definition give its own (PostHog's tool's event definitions).
   */
  key?: { from: string; overridable?: boolean } | { value: string };
  /**
   * The spec as a union of object types, each changing some fields of the schema:
   * `omit` drops one, `required` requires it, a `type` replaces its SDK type.
   */
  variants?: readonly Readonly<Record<string, "omit" | "required" | { type: string; optional?: boolean }>>[];
}

/**
 * Everything the tool knows about one kind of PostHog resource: its SDK fields and
 * their validation, its defaults and normalisation into a canonical form, its
 * identity, its API paths and delete semantics. One module per kind implements
 * this, so no per-kind switch statements exist anywhere else.
 */
export interface KindModule<N extends string = KindName> {
  name: N;
  /** Singular, lower-case noun used in messages: "feature flag". */
  label: string;
  /** The SDK constructor users call: "featureFlag". */
  constructorName: string;
  /** Folder under the definitions directory that `pull` writes this kind's files to. */
  folder: string;
  /** Kinds whose resources this kind can reference; the order between kinds follows them (`kinds/index.ts`). */
  references: readonly KindName[];
  /** How the SDK presents it; the SDK module is generated from this and `schema` (`src/codegen/sdk-kinds.ts`). */
  sdk: SdkDeclaration;
  /** Its row in the README's table of what you can define (a test checks the README has it). */
  readme: { resource: string; sdk: string; identity: "tag" | "description marker" | "singleton" | "code name" };
  api: {
    /**
     * Collection path under `/api/projects/:id/`, or an absolute one (starting with `/`);
     * a singleton's object is `<collection>/<project id>/`.
     */
    collection: string;
    /**
     * `soft`: PATCH `{deleted: true}` (the API answers DELETE with 405); `hard`: DELETE; `never`: the
     * object has no place for this tool's identity, so it is matched by a natural key PostHog keeps
     * unique (an insight variable's code name) and never deleted, nor reported as an orphan.
     */
    remove: "soft" | "hard" | "never";
    /** The list omits fields the plan compares, so each managed object is read once more. */
    readDetail?: boolean;
    /**
     * The default list hides some objects (PostHog leaves archived flags out unless
     * `archived` is sent): the collection is listed once per query, and together
     * the lists hold every object, so a hidden managed object is never re-created.
     */
    listQueries?: readonly Record<string, string>[];
    /** Path segment that addresses one object; defaults to its `id`. */
    pathId?(raw: JsonObject): string;
    /**
     * One object per project (project settings): read only when declared, never
     * created or deleted, and only the declared fields are compared and sent.
     */
    singleton?: boolean;
    /**
     * A singleton served by two collection actions instead of one object (error tracking
     * settings: GET `<collection>/retrieve_settings/`, PATCH `<collection>/update_settings/`).
     */
    singletonActions?: { read: string; update: string };
    /**
     * Members PostHog requires in every PATCH, even one that changes nothing else (a saved-filter
     * playlist's `filters`): a soft delete sends them from the live object, an adoption from the
     * object's own fields.
     */
    patchRequires?: readonly string[];
  };
  /**
   * Where an object lives in PostHog's web app, for links in plans and comments:
   * `/project/:id/<path>/<the object's idField, default id>`; a dotted idField reads a nested
   * field (an alert's page is its insight's, `insight.short_id`).
   */
  ui?: {
    path: string;
    idField?: string;
    /** The page under `/project/:id/` when it depends on the object (a subscription's insight or dashboard). */
    page?(raw: JsonObject): string | undefined;
  };
  /**
   * PostHog's activity log scope for this kind (`FeatureFlag`), when PostHog logs
   * its writes with field-level changes: drift reports then say who changed a field.
   */
  activityScope?: string;
  /**
   * The definition's fields PostHog's activity log names otherwise, by the model field it logs
   * (an annotation's `insight` is its `dashboard_item`), so drift finds who changed them.
   */
  activityFields?: Readonly<Record<string, string>>;
  /**
   * The `detail.type` of this kind's entries when PostHog writes them under another kind's scope
   * (holdouts under `Experiment`, as `holdout`), so drift tells them from that kind's own.
   */
  activityType?: string;
  /**
   * The id PostHog's activity log files the object under, when it is not the id the API addresses
   * it by (a playlist is addressed by `short_id` but logged by its numeric `id`): drift reads the
   * object to learn it.
   */
  activityItem?(raw: JsonObject): string | number;
  /**
   * Other scopes, and other activities than `updated`, that PostHog logs this kind's edits under
   * with the same item id (an endpoint's query as `version_created`, its version's fields as
   * `version_updated` under `EndpointVersion`), so drift reads them too.
   */
  activityExtra?: { scopes: readonly string[]; activities: readonly string[] };
  /** Field schema of the definition, checked at load time; `defineKind` derives more from it. */
  schema: ObjectSchema;
  /**
   * Canonical fields PostHog refuses to change after creation, from the schema's
   * `immutable` fields: a plan that changes one warns with the reason.
   */
  immutable: readonly { path: string; reason: string }[];
  /**
   * One of PostHog's own feature flags (a beta) that must be on for the organization before PostHog
   * serves this kind (`PostHogFeatureFlagPermission`): a declared kind whose read PostHog refuses
   * for it fails the plan, before any write, saying that the project lacks the feature.
   */
  betaFlag?: string;
  /**
   * PostHog lets only staff users write this kind (`OnlyStaffCanEditDashboardTemplate`): a plan that
   * declares it fails before any write, naming the files, when the key's user is not staff.
   */
  staffWrites?: boolean;
  /** Cross-field checks the schema cannot express (sums, uniqueness inside lists). */
  validate?(spec: JsonObject, report: (path: string, message: string) => void, context?: ValidateContext): void;
  /** Canonical desired fields and the resources they reference. */
  toDesired(spec: JsonObject): { fields: JsonObject; dependsOn: Address[] };
  /** The key when `raw` carries this tool's identity, else undefined (unmanaged). */
  identify(raw: JsonObject): string | undefined;
  /**
   * Objects PostHog creates and owns for another object (a survey's targeting flags): left out of
   * every read, so they are never pulled, adopted or counted as unmanaged objects.
   */
  serverOwned?(raw: JsonObject): boolean;
  /** Top-level fields (of the spec and the canonical fields alike) that hold a whole HogQL SELECT as text (a view's `query`), parsed like query nodes. */
  hogqlSelects?: readonly string[];
  /**
   * Its objects are tables HogQL reads by name (warehouse views): the metadata check leaves out the
   * queries of resources that reference one, since the apply may create it after the check.
   */
  hogqlTable?: boolean;
  /**
   * The natural key of an unmanaged object this tool may adopt instead of creating
   * a duplicate PostHog would refuse (event definitions that ingestion created).
   */
  adoptKey?(raw: JsonObject): string | undefined;
  /**
   * Top-level canonical fields compared only when a definition declares them, because PostHog
   * derives them otherwise (a cohort's type follows its filters): the observed value is left out
   * of the comparison when the desired fields have none.
   */
  declaredOnly?: readonly string[];
  /**
   * The observed fields as the desired ones are compared with them, for settings a definition
   * leaves to PostHog below the top level (a dashboard tile written without a layout).
   */
  compare?(live: JsonObject, desired: JsonObject, options?: { rotateSecrets: boolean }): JsonObject;
  /**
   * Reads what PostHog keeps about the object elsewhere and the plan compares (a logs alert's
   * destinations are hog functions filtered on its id): the object with it attached, for
   * `toObserved`. Plan calls it for each managed object, pull for each pulled one.
   */
  readAttached?(api: ProjectApi, raw: JsonObject): Promise<JsonObject>;
  /** Canonical observed fields: server defaults folded, read-only fields dropped, ids mapped to keys. */
  toObserved(raw: JsonObject, lookup: KeyLookup): JsonObject;
  /**
   * The request body that makes the server match `fields`. `before` is the live
   * state on update, for kinds whose writable fields depend on it (a running
   * experiment refuses some keys even when unchanged).
   */
  toPayload(key: string, fields: JsonObject, lookup: IdLookup, action: "create" | "update", before?: JsonObject): JsonObject;
  /**
   * The key an unmanaged object gets when `pull --adopt` takes it over, from its
   * natural name (a flag's key, an event's name, a slug of a dashboard's name).
   * For a managed object whose identity matches it case-insensitively, `pull`
   * prefers it, restoring the case PostHog's lower-cased tags lost.
   */
  proposeKey(raw: JsonObject): string;
  /**
   * The inverse of `toDesired`, for `pull`: canonical fields back into the spec a
   * user would write, with server defaults left out, references as `{ $ref }`
   * and SDK helper calls as `{ $call }` (see `spec.ts`). Values that cannot be
   * written portably (ids of objects that are not pulled) are reported through
   * `warn`, naming what was left out or kept as an id.
   */
  toSpec(fields: JsonObject, key: string, warn: (message: string) => void): JsonObject;
  /**
   * A value PostHog keeps unique among a project's live objects of this kind (an
   * action's name, a flag's key). An unmanaged object that already holds the
   * desired value makes the create fail, so plans warn before apply.
   */
  unique?: { field: string; desired(key: string, fields: JsonObject): string; live(raw: JsonObject): unknown; caseInsensitive?: boolean };
  /**
   * Referenced resources that can join this object in their own create (PostHog makes an insight's
   * dashboard tile when the insight is created with `dashboards: [id]`). When both are created in
   * one apply, this object is created first, each referenced create sends `field` with the ids of
   * the objects it joins, and this object's converge runs after them with their answers in
   * `joined`: one request per reference instead of a create, a read and a link.
   */
  joinedBy?: { kind: KindName; field: string };
  /**
   * Work that the object's own create/update cannot do (dashboard tiles). It must read what it
   * needs before writing: after an uncertain failure of a write that is not idempotent, apply runs
   * it again, and it must send only what is still missing.
   */
  converge?(context: ConvergeContext): Promise<void>;
  /**
   * Fields of referenced resources that this resource's own state sets in PostHog
   * (pausing an experiment disables its flag). They join the target's desired
   * fields, so the target's plan agrees instead of undoing it; a target whose
   * definition sets such a field to another value is a validation error.
   */
  drives?(spec: JsonObject): DrivenFields[];
  /**
   * The object's tiles on a grid of `columns` (a dashboard's 12), from canonical fields, so a plan
   * that moves, adds or removes tiles carries a before/after picture of the layout.
   */
  grid?(fields: JsonObject): { columns: number; tiles: GridTile[] };
  /** PostHog-native one-line summaries of a change ("rollout 20% → 50%"). */
  summarize?(changes: readonly FieldChange[], before: JsonObject | undefined, after: JsonObject | undefined): string[];
  /** Loud warnings for changes that are risky in PostHog (editing a running experiment); on create, `before` is undefined. */
  warn?(changes: readonly FieldChange[], before: JsonObject | undefined, after: JsonObject | undefined): string[];
}

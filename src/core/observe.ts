import { normalizeKey } from "./desired.js";
import { pickSurvivor } from "./duplicates.js";
import { ToolError } from "./errors.js";
import { isOwnedBy } from "./identity.js";
import { isJsonObject, type JsonObject, type JsonValue } from "./json.js";
import { KINDS } from "./kinds/index.js";
import type { KindModule } from "./kinds/kind.js";
import type { KindName, ObservedResource, UnmanagedHolder } from "./model.js";
import type { UnreadableKind } from "./plan/types.js";
import { isApiFailure, type ProgressSink, type ProjectApi } from "./ports.js";

/** Server id of an object in the form its detail path uses. */
export function pathIdOf(kind: KindModule, raw: JsonObject): string | number {
  return kind.api.pathId ? kind.api.pathId(raw) : (raw.id as string | number);
}

/** The path of one object; a singleton's id is the project's (its environment, for project settings). */
export function objectPath(kind: KindModule, id: string | number | undefined): string {
  if (kind.api.singletonActions) return `${kind.api.collection}/${kind.api.singletonActions.read}/`;
  return `${kind.api.collection}/${id}/`;
}

/** The path an update PATCHes: the object's own, or a singleton's update action. */
export function updatePath(kind: KindModule, id: string | number | undefined): string {
  if (kind.api.singletonActions) return `${kind.api.collection}/${kind.api.singletonActions.update}/`;
  return objectPath(kind, id);
}

/**
 * Every object of a collection kind. A kind whose default list hides some of
 * its objects (archived flags) names the queries whose lists together hold them
 * all; an object listed twice is kept once.
 */
export async function listObjects(api: ProjectApi, kind: KindModule): Promise<JsonObject[]> {
  if (!kind.api.listQueries) return api.list(kind.api.collection);
  const lists = await Promise.all(kind.api.listQueries.map((query) => api.list(kind.api.collection, query)));
  const seen = new Set<string>();
  return lists.flat().filter((raw) => {
    const id = String(pathIdOf(kind, raw));
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/**
 * The surviving object per managed key. Only survivors resolve in the key lookup,
 * so a reference to a duplicate (a dashboard tile showing it) reads as a
 * reference to an unmanaged object and plans as a change back to the survivor.
 */
function findSurvivors(matched: readonly { key: string; raw: JsonObject; managed: boolean }[]): Map<string, JsonObject> {
  const byKey = new Map<string, JsonObject[]>();
  for (const m of matched) if (m.managed) byKey.set(normalizeKey(m.key), [...(byKey.get(normalizeKey(m.key)) ?? []), m.raw]);
  return new Map([...byKey].map(([key, raws]) => [key, pickSurvivor(raws)!]));
}

/** The raw objects of each kind a read could list, and the kinds it could not. */
export interface KindRows {
  rows: ReadonlyMap<KindName, readonly JsonObject[]>;
  /** In the order the kinds were given, so reports never depend on read timing. */
  unreadable: UnreadableKind[];
}

/** One kind's rows: a collection through its list queries, a singleton as its one object. */
async function readKind(api: ProjectApi, kind: KindModule, progress: ProgressSink | undefined): Promise<JsonObject[]> {
  const listed = kind.api.singleton ? [(await api.get(objectPath(kind, api.projectId))) ?? {}] : await listObjects(api, kind);
  const rows = kind.serverOwned ? listed.filter((raw) => !kind.serverOwned!(raw)) : listed;
  progress?.({ phase: "read", message: `read ${rows.length} ${kind.label}(s)` });
  return rows;
}

/** DRF's default `PermissionDenied` message, which `PostHogFeatureFlagPermission` answers when its flag is off. */
const FEATURE_FLAG_REFUSAL = "You do not have permission to perform this action.";

/** A failed read of a kind that need not be read is a warning: the key lacks its scope (403) or the instance the feature (404). */
function toUnreadable(kind: KindModule, error: unknown, required: ReadonlySet<KindName>): UnreadableKind {
  if (required.has(kind.name) && kind.betaFlag !== undefined && isApiFailure(error) && error.status === 403 && error.detail === FEATURE_FLAG_REFUSAL) {
    throw new ToolError(
      "api",
      `this project cannot have ${kind.label}s yet: PostHog serves them only to organizations with its "${kind.betaFlag}" feature (a beta), and refused to read them here. Nothing was changed; remove the ${kind.label} definitions or ask PostHog to enable the feature`,
    );
  }
  if (required.has(kind.name) || !isApiFailure(error) || (error.status !== 403 && error.status !== 404)) throw error;
  return { kind: kind.name, reason: error.status === 403 ? "forbidden" : "unavailable" };
}

/**
 * The one read plan and pull share: every given kind at once, a collection
 * through its list queries and a singleton as its one object. A kind the key
 * cannot read (403) or the instance lacks (404) is reported as unreadable,
 * unless it is `required` (declared or referenced), where it is an error.
 */
export async function readKinds(api: ProjectApi, kinds: readonly KindModule[], options: { required: ReadonlySet<KindName>; progress?: ProgressSink }): Promise<KindRows> {
  const results = await Promise.all(
    kinds.map((kind): Promise<JsonObject[] | UnreadableKind> => readKind(api, kind, options.progress).catch((error: unknown) => toUnreadable(kind, error, options.required))),
  );
  const rows = new Map<KindName, readonly JsonObject[]>();
  const unreadable: UnreadableKind[] = [];
  kinds.forEach((kind, i) => {
    const result = results[i]!;
    if (Array.isArray(result)) rows.set(kind.name, result);
    else unreadable.push(result);
  });
  return { rows, unreadable };
}

/** What a read found: managed (and adoptable) objects, plus kinds that could not be read. */
export interface ProjectState {
  observed: ObservedResource[];
  /** Unmanaged objects holding unique values, so plans can warn about creates that would collide. */
  unmanaged: UnmanagedHolder[];
  unreadable: UnreadableKind[];
  /**
   * The listed objects of the kinds asked for with `keepRows`, for plan checks that reuse a list
   * (event definitions against the names definitions use). The other kinds' raw lists are let go
   * once observed: at 5,000 resources they are about 12 MB of a plan's memory (issue 14).
   */
  rows: ReadonlyMap<KindName, readonly JsonObject[]>;
}

/** One kind as read and matched: its rows, its managed and adoptable objects (detail-read where the list lacks fields), its unique values held by others. */
interface KindFound {
  kind: KindModule;
  rows: JsonObject[];
  matched: { key: string; raw: JsonObject; managed: boolean; duplicateOf: string | number | undefined }[];
  /** Server id → key of the surviving managed objects, for references between kinds. */
  keys: [string, string][];
  unmanaged: UnmanagedHolder[];
}

type Settled<T> = { value: T } | { error: unknown };

/**
 * Reads of every collection kind under way, started before the definitions are known (they are
 * read-only), so the requests overlap loading and validation; {@link readProjectState} takes them
 * over. A failed kind is held, not thrown, until the declared kinds say whether it matters.
 */
export interface StartedRead {
  owner: string | undefined;
  /** Taken over once: {@link readProjectState} removes each kind's read as it takes it, so nothing holds the raw lists after. */
  kinds: Map<KindName, Promise<Settled<KindFound>>>;
}

/** Starts reading every collection kind of the project, each kind's detail reads as soon as its own list is in. */
export function startProjectRead(api: ProjectApi, options: { progress?: ProgressSink; owner?: string }): StartedRead {
  const kinds = new Map(KINDS.filter((k) => !k.api.singleton).map((kind) => [kind.name, settle(readAndMatch(api, kind, options))] as const));
  return { owner: options.owner, kinds };
}

function settle<T>(promise: Promise<T>): Promise<Settled<T>> {
  return promise.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
}

async function readAndMatch(api: ProjectApi, kind: KindModule, options: { progress?: ProgressSink; owner?: string }): Promise<KindFound> {
  const rows = await readKind(api, kind, options.progress);
  const unmanaged: UnmanagedHolder[] = [];
  if (kind.unique) {
    for (const raw of rows) {
      const value = kind.unique.live(raw);
      const ours = kind.identify(raw) !== undefined && isOwnedBy(raw, options.owner);
      if (typeof value === "string" && raw.deleted !== true && !ours) unmanaged.push({ kind: kind.name, id: pathIdOf(kind, raw), value });
    }
  }
  const matched = rows.flatMap((raw) => {
    const key = kind.api.singleton ? "project" : kind.identify(raw);
    // Another repository's resource (another owner) is as invisible as one this tool never made.
    if (key !== undefined) return kind.api.singleton || isOwnedBy(raw, options.owner) ? [{ key, raw, managed: true }] : [];
    const natural = kind.adoptKey?.(raw);
    return natural === undefined ? [] : [{ key: natural, raw, managed: false }];
  });
  const survivors = findSurvivors(matched);
  const keys: [string, string][] = [];
  for (const m of matched) if (m.managed && survivors.get(normalizeKey(m.key)) === m.raw) keys.push([`${kind.name}:${String(m.raw.id)}`, m.key]);
  const duplicateOf = (m: (typeof matched)[number]) => {
    const survivor = m.managed && !kind.api.singleton ? survivors.get(normalizeKey(m.key)) : undefined;
    return survivor && survivor !== m.raw ? pathIdOf(kind, survivor) : undefined;
  };
  const withDuplicates = matched.map((m) => ({ ...m, duplicateOf: duplicateOf(m) }));
  // All at once: the client's connection pool and throttle bound how many are in flight.
  const detailed = kind.api.readDetail
    ? await Promise.all(withDuplicates.map(async (m) => ({ ...m, raw: (await api.get(objectPath(kind, pathIdOf(kind, m.raw)))) ?? m.raw })))
    : withDuplicates;
  const attached = kind.readAttached ? await Promise.all(detailed.map(async (m) => ({ ...m, raw: await kind.readAttached!(api, m.raw) }))) : detailed;
  return { kind, rows, matched: attached, keys, unmanaged };
}

/**
 * Reads the managed part of a project: one paginated list per kind, plus a detail
 * read only for managed objects whose list form lacks compared fields (dashboard
 * tiles). Objects without this tool's identity are dropped right here, so nothing
 * downstream can act on them; the one exception is a kind's adoptable objects
 * (matched by natural key), which plans may take over but never delete.
 *
 * Every collection kind is read, so orphans are found even for a kind whose last
 * file was removed. A kind nobody declared or references may be unreadable (the
 * key lacks its scope, or the instance lacks the feature): that becomes a warning,
 * not a failure. Singletons are read only when declared. Kinds are read at once,
 * each kind's detail reads starting as soon as its own list is in; `started` takes
 * over reads begun before the definitions were known.
 */
export async function readProjectState(
  api: ProjectApi,
  options: { declared: readonly KindName[]; progress?: ProgressSink; owner?: string; started?: StartedRead; keepRows?: readonly KindName[] },
): Promise<ProjectState> {
  const needed = new Set<KindName>(options.declared);
  for (const kind of KINDS) if (needed.has(kind.name)) for (const ref of kind.references) needed.add(ref);
  if (options.started && options.started.owner !== options.owner) throw new Error("a read started for another owner cannot be taken over");
  const started = options.started ?? startProjectRead(api, options);
  const kinds = KINDS.filter((k) => !k.api.singleton || needed.has(k.name));
  const takeOver = (kind: KindModule) => {
    const read = started.kinds.get(kind.name);
    started.kinds.delete(kind.name);
    return read ?? settle(readAndMatch(api, kind, options));
  };
  const settled = await Promise.all(kinds.map(takeOver));
  const found: KindFound[] = [];
  const unreadable: UnreadableKind[] = [];
  kinds.forEach((kind, i) => {
    const result = settled[i]!;
    if ("value" in result) found.push(result.value);
    else unreadable.push(toUnreadable(kind, result.error, needed));
  });

  const keys = new Map(found.flatMap((f) => f.keys));
  const rows = new Map<KindName, readonly JsonObject[]>(found.map((f) => [f.kind.name, f.rows]));
  const lookup = {
    keyOf: (kind: KindName, id: string | number) => keys.get(`${kind}:${String(id)}`),
    rows: (kind: KindName) => rows.get(kind) ?? [],
  };
  const observed: ObservedResource[] = [];
  for (const { kind, matched } of found) {
    for (const { key, raw, managed, duplicateOf } of matched) {
      const uiId = kind.ui?.page ? kind.ui.page(raw) : kind.ui ? readPath(raw, kind.ui.idField ?? "id") : undefined;
      observed.push({
        kind: kind.name,
        key,
        id: kind.api.singleton ? api.projectId : pathIdOf(kind, raw),
        fields: kind.toObserved(raw, lookup),
        managed,
        ...(typeof uiId === "string" || typeof uiId === "number" ? { uiId } : {}),
        ...(duplicateOf !== undefined ? { duplicateOf } : {}),
      });
    }
  }
  const kept = new Map([...rows].filter(([name]) => options.keepRows?.includes(name)));
  return { observed, unmanaged: found.flatMap((f) => f.unmanaged), unreadable, rows: kept };
}

/** A field of an API object by dotted path (`insight.short_id`), for links that address a nested object. */
function readPath(raw: JsonObject, path: string): JsonValue | undefined {
  let value: JsonValue | undefined = raw;
  for (const name of path.split(".")) value = isJsonObject(value) ? value[name] : undefined;
  return value;
}

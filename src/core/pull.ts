import { normalizeKey } from "./desired.js";
import { pickSurvivor } from "./duplicates.js";
import { ToolError } from "./errors.js";
import { isOwnedBy } from "./identity.js";
import { isDeepEqual, isJsonObject, type JsonObject, type JsonValue } from "./json.js";
import { comparedFields } from "./kinds/compared.js";
import { getKind, KINDS } from "./kinds/index.js";
import type { IdLookup, KeyLookup, KindModule } from "./kinds/kind.js";
import { formatAddress, readRef, type Address, type KindName } from "./model.js";
import { textOrEmpty } from "./normalize.js";
import { objectPath, pathIdOf, readKinds } from "./observe.js";
import { diffFields } from "./plan/diff.js";
import type { ProgressSink, ProjectApi } from "./ports.js";

/** One object of the project as `pull` sees it, managed or not. */
export interface PullCandidate {
  kind: KindName;
  /** The server id (`raw.id`), which references inside other objects use. */
  id: string | number;
  /** The segment of its detail path (an endpoint's name, else the id). */
  pathId: string | number;
  /** The key it carries (managed) or would get when adopted. */
  key: string;
  managed: boolean;
  /** Its display name, for listings. */
  name: string;
  raw: JsonObject;
}

/** Everything `pull` read: every object of every readable kind, and the kinds it could not read. */
export interface ProjectInventory {
  candidates: PullCandidate[];
  rows: ReadonlyMap<KindName, readonly JsonObject[]>;
  warnings: string[];
}

/** Which resources to pull: `kinds` and `keys` narrow; `adopt` lets unmanaged ones in. */
export interface PullFilter {
  kinds: readonly KindName[];
  /** Keys, or server ids of unmanaged objects (their proposed keys are shown by a dry run). */
  keys: readonly string[];
  adopt: boolean;
  /** False (`--no-cascade`): only the selected resources, referencing the others' files as they are. */
  cascade?: boolean;
}

/** A resource `pull` will write, with the spec codegen renders. */
export interface PulledResource {
  kind: KindName;
  key: string;
  id: string | number;
  pathId: string | number;
  name: string;
  /** True when this tool's identity must be put on the object (`--adopt`). */
  adopt: boolean;
  spec: JsonObject;
  /** Problems with writing it portably, for the user to review. */
  warnings: string[];
}

/** Turns a spec into the JSON its SDK constructor returns (helper calls expanded), to check it. */
export type SpecExpander = (constructorName: string, spec: JsonObject) => JsonObject;

/** A selection that cannot be carried out as asked (exit code 3). */
export class PullSelectionError extends ToolError {
  constructor(message: string) {
    super("usage", message);
    this.name = "PullSelectionError";
  }
}

function addressOf(kind: KindName, key: string): string {
  return `${kind}/${normalizeKey(key)}`;
}

/**
 * Gives every object its key. Managed objects keep their identity (in the case
 * of their natural name when that matches, since PostHog lower-cases tags); of
 * several carrying one identity only the one plan keeps (the oldest) is pulled.
 * Unmanaged ones get a proposed key, made unique with a numeric suffix in id
 * order so the same project always yields the same keys.
 */
function assignKeys(kind: KindModule, rows: readonly JsonObject[], warnings: string[]): PullCandidate[] {
  const taken = new Set<string>();
  const out: PullCandidate[] = [];
  const candidate = (raw: JsonObject, key: string, managed: boolean): PullCandidate => ({
    kind: kind.name,
    id: kind.api.singleton ? "project" : (raw.id as string | number),
    pathId: kind.api.singleton ? "project" : pathIdOf(kind, raw),
    key,
    managed,
    name: textOrEmpty(raw.name) || textOrEmpty(raw.key) || key,
    raw,
  });
  const managed = rows.flatMap((raw) => {
    const identity = kind.api.singleton ? "project" : kind.identify(raw);
    return identity === undefined ? [] : [{ raw, identity }];
  });
  const unmanaged = rows.filter((raw) => !managed.some((m) => m.raw === raw));
  for (const { raw, identity } of managed) {
    const survivor = pickSurvivor(managed.filter((m) => normalizeKey(m.identity) === normalizeKey(identity)).map((m) => m.raw))!;
    const natural = kind.proposeKey(raw);
    const key = normalizeKey(natural) === normalizeKey(identity) ? natural : identity;
    if (survivor !== raw) {
      warnings.push(`${kind.label} id ${String(raw.id)} carries the identity "${key}" of ${kind.label} id ${String(survivor.id)}, the oldest, which plan keeps; only that one is pulled`);
      continue;
    }
    taken.add(normalizeKey(key));
    out.push(candidate(raw, key, true));
  }
  const byId = (a: JsonObject, b: JsonObject) => String(a.id).localeCompare(String(b.id), "en", { numeric: true });
  for (const raw of [...unmanaged].sort(byId)) {
    const base = kind.proposeKey(raw) || `${kind.name}-${String(raw.id)}`;
    let key = base;
    for (let n = 2; taken.has(normalizeKey(key)); n++) key = `${base}-${n}`;
    taken.add(normalizeKey(key));
    out.push(candidate(raw, key, false));
  }
  return out;
}

/**
 * Reads every object of every kind, managed or not, because pulling follows
 * references into objects the tool does not manage yet: the read plan makes
 * (`readKinds`), with every kind optional and the singletons included.
 * Read-only. A kind the key cannot read (403) or the instance lacks (404)
 * becomes a warning.
 */
export async function readInventory(api: ProjectApi, options: { progress?: ProgressSink; owner?: string } = {}): Promise<ProjectInventory> {
  const read = await readKinds(api, KINDS, { required: new Set(), progress: options.progress });
  const { unreadable } = read;
  // Another repository's resources (another owner) are neither pulled nor offered for adoption.
  const rows = new Map([...read.rows].map(([name, list]) => [name, list.filter((raw) => getKind(name).identify(raw) === undefined || isOwnedBy(raw, options.owner))]));
  const warnings = unreadable.map(({ kind, reason }) => {
    const { label } = getKind(kind);
    return `could not read ${label}s (${reason === "forbidden" ? "the API key lacks the scope" : "not available on this PostHog instance"}); none were pulled`;
  });
  const candidates = KINDS.flatMap((kind) => assignKeys(kind, rows.get(kind.name) ?? [], warnings));
  return { candidates, rows, warnings };
}

function matchesKey(candidate: PullCandidate, wanted: string): boolean {
  return normalizeKey(wanted) === normalizeKey(candidate.key) || (!candidate.managed && wanted === String(candidate.id));
}

/**
 * The resources a filter names directly. Without `adopt` only managed ones
 * qualify; a `--key` that names only an unmanaged object, names nothing, or
 * (when adopting) names more than one object is an error, so a CI job never
 * tags or writes something nobody asked for.
 */
export function selectRoots(inventory: ProjectInventory, filter: PullFilter): PullCandidate[] {
  const inKinds = inventory.candidates.filter((c) => filter.kinds.length === 0 || filter.kinds.includes(c.kind));
  const eligible = inKinds.filter((c) => c.managed || filter.adopt);
  for (const wanted of filter.keys) {
    const matches = eligible.filter((c) => matchesKey(c, wanted));
    const describe = (c: PullCandidate) => `${formatAddress(c)} (id ${String(c.id)})`;
    if (matches.length === 0) {
      const unmanaged = inKinds.filter((c) => matchesKey(c, wanted));
      throw new PullSelectionError(
        unmanaged.length > 0
          ? `--key ${wanted} names ${unmanaged.map(describe).join(", ")}, which this tool does not manage; add --adopt to take it over`
          : `--key ${wanted} matches no ${filter.kinds.length > 0 ? filter.kinds.join(" or ") : "resource"} in the project`,
      );
    }
    if (filter.adopt && matches.length > 1) {
      throw new PullSelectionError(`--key ${wanted} matches ${matches.map(describe).join(", ")}; add --kind to say which one`);
    }
  }
  return eligible.filter((c) => filter.keys.length === 0 || filter.keys.some((wanted) => matchesKey(c, wanted)));
}

function collectRefs(value: JsonValue, out: string[]): string[] {
  if (Array.isArray(value)) for (const item of value) collectRefs(item, out);
  else if (isJsonObject(value)) {
    const address = readRef(value);
    if (address) out.push(addressOf(address.kind, address.key));
    else for (const member of Object.values(value)) collectRefs(member, out);
  }
  return out;
}

/**
 * Checks a spec the way `validate` and `plan` will read it: the kind's schema and
 * cross-field rules must pass (or the resource is not written), with the repository's owner,
 * whose name apply writes into length-capped identity markers, and the desired
 * fields must equal the live ones (or the differences are named, since the
 * next plan will show them).
 */
function verifySpec(kind: KindModule, spec: JsonObject, observed: JsonObject, expand: SpecExpander, owner: string | undefined): { problems: string[]; differences: string[] } {
  const expanded = expand(kind.constructorName, spec);
  const problems: string[] = [];
  const report = (path: string, message: string) => problems.push(path ? `${path}: ${message}` : message);
  kind.schema.check(expanded, "", report);
  if (problems.length === 0) kind.validate?.(expanded, report, owner === undefined ? {} : { owner });
  if (problems.length > 0) return { problems, differences: [] };
  const desired = kind.toDesired(expanded).fields;
  const live = comparedFields(kind, observed, desired);
  return { problems, differences: [...new Set(diffFields(live, desired).map((c) => c.path.split(".")[0]!))] };
}

/**
 * Works out what to write: the selected resources plus everything they
 * reference (a dashboard's insights, an experiment's flag, holdout and saved
 * metrics, an event's property groups, a flag's cohorts), each as the spec a
 * user would write. With `adopt`, referenced objects the tool does not manage
 * yet come along and will be adopted; without it they are left out with a
 * warning, and a resource that cannot do without them is not written. Without
 * `cascade` only the roots are written, importing the managed resources they
 * reference from the files pull would write for them.
 */
export async function collectPulled(
  api: ProjectApi,
  inventory: ProjectInventory,
  roots: readonly PullCandidate[],
  options: { adopt: boolean; expand: SpecExpander; cascade?: boolean; owner?: string },
): Promise<{ resources: PulledResource[]; warnings: string[]; referenced: Address[] }> {
  const cascade = options.cascade !== false;
  const referenced = new Map<string, Address>();
  const known = inventory.candidates.filter((c) => c.managed || options.adopt);
  const keys = new Map(known.map((c) => [`${c.kind}:${String(c.id)}`, c.key]));
  const lookup: KeyLookup = {
    keyOf: (kind, id) => keys.get(`${kind}:${String(id)}`),
    rows: (kind) => inventory.rows.get(kind) ?? [],
  };
  const byAddress = new Map(known.map((c) => [addressOf(c.kind, c.key), c]));
  const warnings: string[] = [];
  const pulled = new Map<string, { resource: PulledResource; refs: string[] }>();
  const queue = [...roots];
  while (queue.length > 0) {
    const candidate = queue.shift()!;
    const address = addressOf(candidate.kind, candidate.key);
    if (pulled.has(address)) continue;
    const kind = getKind(candidate.kind);
    const read = kind.api.readDetail ? ((await api.get(objectPath(kind, candidate.pathId))) ?? candidate.raw) : candidate.raw;
    const raw = kind.readAttached ? await kind.readAttached(api, read) : read;
    const observed = kind.toObserved(raw, lookup);
    const notes: string[] = [];
    const spec = kind.toSpec(observed, candidate.key, (message) => notes.push(message));
    if (Object.keys(spec).length === 0) continue;
    const { problems, differences } = verifySpec(kind, spec, observed, options.expand, options.owner);
    if (problems.length > 0) {
      warnings.push(...notes.map((note) => `${formatAddress(candidate)}: ${note}`));
      warnings.push(`${formatAddress(candidate)}: not written, because it cannot be expressed as a definition (${problems.join("; ")})`);
      continue;
    }
    if (differences.length > 0) notes.push(`the written definition differs from PostHog in ${differences.join(", ")}; the next plan will show that as a change`);
    const refs = collectRefs(spec, []);
    pulled.set(address, {
      resource: { kind: candidate.kind, key: candidate.key, id: candidate.id, pathId: candidate.pathId, name: candidate.name, adopt: !candidate.managed, spec, warnings: notes },
      refs,
    });
    for (const ref of refs) {
      const target = byAddress.get(ref);
      if (target && cascade) queue.push(target);
      // Without the cascade, a managed target is referenced by its file, which the repository must hold.
      else if (target?.managed === true) {
        pulled.get(address)!.refs = pulled.get(address)!.refs.filter((r) => r !== ref);
        referenced.set(ref, { kind: target.kind, key: target.key });
      }
    }
    if (!cascade && refs.some((ref) => byAddress.get(ref)?.managed === true)) {
      notes.push(`references ${[...new Set(refs.filter((ref) => byAddress.get(ref)?.managed === true))].sort().join(", ")}, left out by --no-cascade: their files must be in the repository`);
    }
  }
  // A resource whose reference cannot be written (the target is not managed and not adopted) is dropped, and so on transitively.
  for (let dropped = true; dropped; ) {
    dropped = false;
    for (const [address, { resource, refs }] of pulled) {
      const missing = refs.find((ref) => !pulled.has(ref));
      if (missing === undefined) continue;
      pulled.delete(address);
      dropped = true;
      warnings.push(`${formatAddress(resource)}: not written, because it references ${missing}, which is not managed by this tool`);
    }
  }
  const resources = [...pulled.values()].map((p) => p.resource);
  for (const resource of resources) warnings.push(...resource.warnings.map((note) => `${formatAddress(resource)}: ${note}`));
  for (const resource of resources) referenced.delete(addressOf(resource.kind, resource.key));
  return { resources, warnings: warnings.sort(), referenced: [...referenced.values()] };
}

/**
 * The members of an update body that carry identity: those that change with
 * the key (the tag list, the description marker, a flag's key). Sending only
 * them adopts an object without rewriting anything else about it.
 */
function identityPayload(kind: KindModule, key: string, fields: JsonObject, lookup: IdLookup): JsonObject {
  const mine = kind.toPayload(key, fields, lookup, "update", fields);
  const other = kind.toPayload(`${key}-other`, fields, lookup, "update", fields);
  const out: JsonObject = {};
  for (const [name, value] of Object.entries(mine)) if (!isDeepEqual(value, other[name]) || kind.api.patchRequires?.includes(name)) out[name] = value;
  return out;
}

/** The outcome of adopting one object. */
export interface AdoptResult {
  kind: KindName;
  key: string;
  id: string | number;
  status: "tagged" | "failed";
  error?: string;
}

/**
 * Puts this tool's identity on the objects `pull --adopt` selected, one PATCH
 * each with only the identity-carrying members. Each object is read again first
 * and left alone unless it is still unmanaged; the response must carry the new
 * identity, or the adoption counts as failed.
 */
export async function adoptResources(api: ProjectApi, inventory: ProjectInventory, resources: readonly PulledResource[]): Promise<AdoptResult[]> {
  const ids = new Map(inventory.candidates.map((c) => [addressOf(c.kind, c.key), c.id]));
  const idLookup: IdLookup = { idOf: (address) => ids.get(addressOf(address.kind, address.key)) };
  const keys = new Map(inventory.candidates.map((c) => [`${c.kind}:${String(c.id)}`, c.key]));
  const keyLookup: KeyLookup = { keyOf: (kind, id) => keys.get(`${kind}:${String(id)}`), rows: (kind) => inventory.rows.get(kind) ?? [] };
  const results: AdoptResult[] = [];
  for (const resource of resources.filter((r) => r.adopt)) {
    const kind = getKind(resource.kind);
    const path = objectPath(kind, resource.pathId);
    const result = (status: AdoptResult["status"], error?: string): AdoptResult => ({ kind: resource.kind, key: resource.key, id: resource.id, status, ...(error ? { error } : {}) });
    try {
      const live = await api.get(path);
      if (!live || live.deleted === true) {
        results.push(result("failed", "it no longer exists"));
        continue;
      }
      const found = kind.identify(live);
      if (found !== undefined) {
        results.push(normalizeKey(found) === normalizeKey(resource.key) ? result("tagged") : result("failed", `it is now managed as "${found}"`));
        continue;
      }
      const updated = await api.patch(path, identityPayload(kind, resource.key, kind.toObserved(live, keyLookup), idLookup));
      const kept = kind.identify(updated);
      results.push(kept !== undefined && normalizeKey(kept) === normalizeKey(resource.key) ? result("tagged") : result("failed", "PostHog did not keep the identity (tags may need a paid plan)"));
    } catch (error) {
      results.push(result("failed", error instanceof Error ? error.message : String(error)));
    }
  }
  return results;
}

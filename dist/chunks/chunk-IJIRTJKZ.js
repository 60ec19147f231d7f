import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  normalizeKey,
  pickSurvivor
} from "./chunk-LJQFIKR4.js";
import {
  KINDS,
  isOwnedBy
} from "./chunk-RHLKEUBH.js";
import {
  isJsonObject
} from "./chunk-2AROFJEV.js";
import {
  ToolError
} from "./chunk-SLY4HKVV.js";

// src/core/ports.ts
function isApiFailure(error) {
  return error instanceof Error && typeof error.uncertain === "boolean";
}

// src/core/observe.ts
function pathIdOf(kind, raw) {
  return kind.api.pathId ? kind.api.pathId(raw) : raw.id;
}
function objectPath(kind, id) {
  if (kind.api.singletonActions) return `${kind.api.collection}/${kind.api.singletonActions.read}/`;
  return `${kind.api.collection}/${id}/`;
}
function updatePath(kind, id) {
  if (kind.api.singletonActions) return `${kind.api.collection}/${kind.api.singletonActions.update}/`;
  return objectPath(kind, id);
}
async function listObjects(api, kind) {
  if (!kind.api.listQueries) return api.list(kind.api.collection);
  const lists = await Promise.all(kind.api.listQueries.map((query) => api.list(kind.api.collection, query)));
  const seen = /* @__PURE__ */ new Set();
  return lists.flat().filter((raw) => {
    const id = String(pathIdOf(kind, raw));
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
function findSurvivors(matched) {
  const byKey = /* @__PURE__ */ new Map();
  for (const m of matched) if (m.managed) byKey.set(normalizeKey(m.key), [...byKey.get(normalizeKey(m.key)) ?? [], m.raw]);
  return new Map([...byKey].map(([key, raws]) => [key, pickSurvivor(raws)]));
}
async function readKind(api, kind, progress) {
  const listed = kind.api.singleton ? [await api.get(objectPath(kind, api.projectId)) ?? {}] : await listObjects(api, kind);
  const rows = kind.serverOwned ? listed.filter((raw) => !kind.serverOwned(raw)) : listed;
  progress?.({ phase: "read", message: `read ${rows.length} ${kind.label}(s)` });
  return rows;
}
var FEATURE_FLAG_REFUSAL = "You do not have permission to perform this action.";
function toUnreadable(kind, error, required) {
  if (required.has(kind.name) && kind.betaFlag !== void 0 && isApiFailure(error) && error.status === 403 && error.detail === FEATURE_FLAG_REFUSAL) {
    throw new ToolError(
      "api",
      `this project cannot have ${kind.label}s yet: PostHog serves them only to organizations with its "${kind.betaFlag}" feature (a beta), and refused to read them here. Nothing was changed; remove the ${kind.label} definitions or ask PostHog to enable the feature`
    );
  }
  if (required.has(kind.name) || !isApiFailure(error) || error.status !== 403 && error.status !== 404) throw error;
  return { kind: kind.name, reason: error.status === 403 ? "forbidden" : "unavailable" };
}
async function readKinds(api, kinds, options) {
  const results = await Promise.all(
    kinds.map((kind) => readKind(api, kind, options.progress).catch((error) => toUnreadable(kind, error, options.required)))
  );
  const rows = /* @__PURE__ */ new Map();
  const unreadable = [];
  kinds.forEach((kind, i) => {
    const result = results[i];
    if (Array.isArray(result)) rows.set(kind.name, result);
    else unreadable.push(result);
  });
  return { rows, unreadable };
}
function startProjectRead(api, options) {
  const kinds = new Map(KINDS.filter((k) => !k.api.singleton).map((kind) => [kind.name, settle(readAndMatch(api, kind, options))]));
  return { owner: options.owner, kinds };
}
function settle(promise) {
  return promise.then(
    (value) => ({ value }),
    (error) => ({ error })
  );
}
async function readAndMatch(api, kind, options) {
  const rows = await readKind(api, kind, options.progress);
  const unmanaged = [];
  if (kind.unique) {
    for (const raw of rows) {
      const value = kind.unique.live(raw);
      const ours = kind.identify(raw) !== void 0 && isOwnedBy(raw, options.owner);
      if (typeof value === "string" && raw.deleted !== true && !ours) unmanaged.push({ kind: kind.name, id: pathIdOf(kind, raw), value });
    }
  }
  const matched = rows.flatMap((raw) => {
    const key = kind.api.singleton ? "project" : kind.identify(raw);
    if (key !== void 0) return kind.api.singleton || isOwnedBy(raw, options.owner) ? [{ key, raw, managed: true }] : [];
    const natural = kind.adoptKey?.(raw);
    return natural === void 0 ? [] : [{ key: natural, raw, managed: false }];
  });
  const survivors = findSurvivors(matched);
  const keys = [];
  for (const m of matched) if (m.managed && survivors.get(normalizeKey(m.key)) === m.raw) keys.push([`${kind.name}:${String(m.raw.id)}`, m.key]);
  const duplicateOf = (m) => {
    const survivor = m.managed && !kind.api.singleton ? survivors.get(normalizeKey(m.key)) : void 0;
    return survivor && survivor !== m.raw ? pathIdOf(kind, survivor) : void 0;
  };
  const withDuplicates = matched.map((m) => ({ ...m, duplicateOf: duplicateOf(m) }));
  const detailed = kind.api.readDetail ? await Promise.all(withDuplicates.map(async (m) => ({ ...m, raw: await api.get(objectPath(kind, pathIdOf(kind, m.raw))) ?? m.raw }))) : withDuplicates;
  const attached = kind.readAttached ? await Promise.all(detailed.map(async (m) => ({ ...m, raw: await kind.readAttached(api, m.raw) }))) : detailed;
  return { kind, rows, matched: attached, keys, unmanaged };
}
async function readProjectState(api, options) {
  const needed = new Set(options.declared);
  for (const kind of KINDS) if (needed.has(kind.name)) for (const ref of kind.references) needed.add(ref);
  if (options.started && options.started.owner !== options.owner) throw new Error("a read started for another owner cannot be taken over");
  const started = options.started ?? startProjectRead(api, options);
  const kinds = KINDS.filter((k) => !k.api.singleton || needed.has(k.name));
  const takeOver = (kind) => {
    const read = started.kinds.get(kind.name);
    started.kinds.delete(kind.name);
    return read ?? settle(readAndMatch(api, kind, options));
  };
  const settled = await Promise.all(kinds.map(takeOver));
  const found = [];
  const unreadable = [];
  kinds.forEach((kind, i) => {
    const result = settled[i];
    if ("value" in result) found.push(result.value);
    else unreadable.push(toUnreadable(kind, result.error, needed));
  });
  const keys = new Map(found.flatMap((f) => f.keys));
  const rows = new Map(found.map((f) => [f.kind.name, f.rows]));
  const lookup = {
    keyOf: (kind, id) => keys.get(`${kind}:${String(id)}`),
    rows: (kind) => rows.get(kind) ?? []
  };
  const observed = [];
  for (const { kind, matched } of found) {
    for (const { key, raw, managed, duplicateOf } of matched) {
      const uiId = kind.ui?.page ? kind.ui.page(raw) : kind.ui ? readPath(raw, kind.ui.idField ?? "id") : void 0;
      observed.push({
        kind: kind.name,
        key,
        id: kind.api.singleton ? api.projectId : pathIdOf(kind, raw),
        fields: kind.toObserved(raw, lookup),
        managed,
        ...typeof uiId === "string" || typeof uiId === "number" ? { uiId } : {},
        ...duplicateOf !== void 0 ? { duplicateOf } : {}
      });
    }
  }
  const kept = new Map([...rows].filter(([name]) => options.keepRows?.includes(name)));
  return { observed, unmanaged: found.flatMap((f) => f.unmanaged), unreadable, rows: kept };
}
function readPath(raw, path) {
  let value = raw;
  for (const name of path.split(".")) value = isJsonObject(value) ? value[name] : void 0;
  return value;
}

export {
  isApiFailure,
  pathIdOf,
  objectPath,
  updatePath,
  listObjects,
  readKinds,
  startProjectRead,
  readProjectState
};

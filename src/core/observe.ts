import type { JsonObject } from "./json.js";
import { KINDS } from "./kinds/index.js";
import type { KindModule } from "./kinds/kind.js";
import type { KindName, ObservedResource } from "./model.js";
import type { ProgressSink, ProjectApi } from "./ports.js";

/** Server id of an object in the form its detail path uses. */
export function pathIdOf(kind: KindModule, raw: JsonObject): string | number {
  return kind.api.pathId ? kind.api.pathId(raw) : (raw.id as string | number);
}

async function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * Reads the managed part of a project: one paginated list per kind, plus a detail
 * read only for managed objects whose list form lacks compared fields (dashboard
 * tiles). Objects without this tool's identity are dropped right here, so nothing
 * downstream can ever act on them.
 */
export async function readProjectState(
  api: ProjectApi,
  options: { kinds?: readonly KindName[]; progress?: ProgressSink } = {},
): Promise<ObservedResource[]> {
  const kinds = KINDS.filter((k) => !options.kinds || options.kinds.includes(k.name));
  const listed = await Promise.all(
    kinds.map(async (kind) => {
      const rows = await api.list(kind.api.collection);
      options.progress?.({ phase: "read", message: `read ${rows.length} ${kind.label}(s)` });
      return { kind, managed: rows.flatMap((raw) => {
        const key = kind.identify(raw);
        return key === undefined ? [] : [{ key, raw }];
      }) };
    }),
  );

  const keys = new Map<string, string>();
  for (const { kind, managed } of listed) {
    for (const { key, raw } of managed) keys.set(`${kind.name}:${String(raw.id)}`, key);
  }
  const lookup = { keyOf: (kind: KindName, id: string | number) => keys.get(`${kind}:${String(id)}`) };

  const observed: ObservedResource[] = [];
  for (const { kind, managed } of listed) {
    const rows = kind.api.readDetail
      ? await mapLimited(managed, 4, async (m) => ({ key: m.key, raw: (await api.get(`${kind.api.collection}/${pathIdOf(kind, m.raw)}/`)) ?? m.raw }))
      : managed;
    for (const { key, raw } of rows) {
      observed.push({ kind: kind.name, key, id: pathIdOf(kind, raw), fields: kind.toObserved(raw, lookup) });
    }
  }
  return observed;
}

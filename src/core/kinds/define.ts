import { touchesPath } from "../plan/diff.js";
import type { KindModule } from "./kind.js";

/** What a kind declares: everything but what `defineKind` derives from its schema. */
export type KindDeclaration<N extends string> = Omit<KindModule<N>, "immutable">;


/**
 * The one declaration of a kind. Its field schema is the single source for
 * load-time validation, the SDK types (`src/sdk/kinds/`), the fields PostHog
 * will not change after creation, and the README row; this derives the
 * immutable fields and puts their warnings before the kind's own.
 *
 * Export it with its name in the type (`const x: KindModule<"x"> = defineKind(...)`):
 * `KindName` is derived from the registry, so the annotation keeps the kind's
 * type from depending on its own methods.
 */
export function defineKind<const N extends string>(declaration: KindDeclaration<N>): KindModule<N> {
  const immutable = Object.entries(declaration.schema.fields).flatMap(([name, field]) => (field.immutable ? [{ path: field.immutable.path ?? name, reason: field.immutable.reason }] : []));
  const own = declaration.warn;
  if (immutable.length === 0) return { ...declaration, immutable };
  return {
    ...declaration,
    immutable,
    warn(changes, before, after) {
      const refused = immutable.filter((field) => changes.some((change) => touchesPath(change, field.path))).map((field) => field.reason);
      return [...refused, ...(own?.(changes, before, after) ?? [])];
    },
  };
}

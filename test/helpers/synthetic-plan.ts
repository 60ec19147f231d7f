import type { KindName } from "../../src/core/model.js";
import { assemblePlan } from "../../src/core/plan/assemble.js";
import type { Plan, PlanStep } from "../../src/core/plan/types.js";

/**
 * A plan of `counts[kind]` changes per kind, built directly (no definitions to
 * validate), for renderer and comment tests that need size and variety.
 * Updates carry one field change; creates a small `after`.
 */
export function syntheticPlan(counts: Partial<Record<KindName, number>>, options: { action?: "create" | "update"; environment?: string; keyLength?: number; host?: string } = {}): Plan {
  const action = options.action ?? "update";
  const steps: PlanStep[] = Object.entries(counts).flatMap(([kind, count]) =>
    Array.from({ length: count ?? 0 }, (_, i): PlanStep => {
      const key = `${kind}-${String(i).padStart(4, "0")}${"k".repeat(Math.max(0, (options.keyLength ?? 0) - kind.length - 5))}`;
      const base = { kind: kind as KindName, key, summary: [], warnings: [], dependsOn: [] };
      return action === "create"
        ? { ...base, action, after: { name: `Name of ${key}` }, changes: [] }
        : { ...base, action, id: i + 1, uiId: i + 1, before: { name: "old" }, after: { name: "new" }, changes: [{ path: "name", kind: "update", before: "old", after: "new" }] };
    }),
  );
  return assemblePlan({ target: { host: options.host ?? "https://us.posthog.com", projectId: "1", environment: options.environment ?? "staging" }, prune: false, steps, orphans: [], warnings: [] });
}

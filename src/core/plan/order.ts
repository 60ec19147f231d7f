import { ToolError } from "../errors.js";

/** A dependency edge set keyed by node id (`kind/key`). */
export type DependencyGraph = Map<string, readonly string[]>;

/** The nodes of a cycle, in order, when the graph has one. */
export class DependencyCycleError extends ToolError {
  readonly cycle: string[];

  constructor(cycle: string[]) {
    super("internal", `dependency cycle: ${cycle.join(" → ")}`);
    this.cycle = cycle;
    this.name = "DependencyCycleError";
  }
}

/**
 * Topological order (dependencies first). Ties are broken by the order of
 * `nodes`, so the result is deterministic for a deterministic input. Edges to
 * nodes outside the graph are ignored: they are validated elsewhere.
 */
export function sortTopologically(nodes: readonly string[], graph: DependencyGraph): string[] {
  const state = new Map<string, "visiting" | "done">();
  const order: string[] = [];
  const stack: string[] = [];
  const known = new Set(nodes);

  const visit = (node: string): void => {
    const seen = state.get(node);
    if (seen === "done") return;
    if (seen === "visiting") {
      throw new DependencyCycleError([...stack.slice(stack.indexOf(node)), node]);
    }
    state.set(node, "visiting");
    stack.push(node);
    for (const dep of graph.get(node) ?? []) if (known.has(dep)) visit(dep);
    stack.pop();
    state.set(node, "done");
    order.push(node);
  };

  for (const node of nodes) visit(node);
  return order;
}

import { normalizeKey } from "./desired.js";
import type { KindModule } from "./kinds/kind.js";
import { readRef, type KindName } from "./model.js";
import type { Plan, PlanStep } from "./plan/types.js";

/**
 * How many tasks of one apply run at once: the PostHog client keeps eight connections for writes,
 * and its throttle spaces the requests within PostHog's rate limits whatever the number in flight.
 */
export const APPLY_CONCURRENCY = 8;

/** One unit of work that starts once every task it waits for has finished, failed or not. */
export interface Task {
  after: readonly number[];
  run(): Promise<void>;
}

/**
 * Runs tasks as their prerequisites finish, at most `limit` at once. Among ready tasks the one with
 * the longest chain of tasks waiting on it starts first (then the lowest index): under PostHog's
 * rate limits the client serves requests in the order they come, so the longest chain (a new
 * dashboard, its insights, its tiles) must not queue behind work nothing waits for. A task must not
 * throw: failures are the task's to record; an error that escapes is a bug and ends the run.
 */
export async function runTasks(tasks: readonly Task[], limit: number): Promise<void> {
  const waiting = tasks.map((task) => new Set(task.after));
  const dependents = tasks.map((): number[] => []);
  waiting.forEach((befores, index) => befores.forEach((before) => dependents[before]!.push(index)));
  const height = chainHeights(dependents);
  const before = (a: number, b: number) => height[b]! - height[a]! || a - b;
  const ready = tasks.flatMap((_, index) => (waiting[index]!.size === 0 ? [index] : [])).sort(before);
  let running = 0;
  let finished = 0;
  await new Promise<void>((resolve, reject) => {
    const pump = () => {
      if (finished === tasks.length) return resolve();
      while (running < limit && ready.length > 0) {
        const index = ready.shift()!;
        running++;
        tasks[index]!.run().then(() => {
          running--;
          finished++;
          for (const next of dependents[index]!) {
            waiting[next]!.delete(index);
            if (waiting[next]!.size === 0) ready.splice(sortedIndex(ready, next, before), 0, next);
          }
          pump();
        }, reject);
      }
      if (running === 0 && ready.length === 0 && finished < tasks.length) reject(new Error("apply tasks wait on each other in a cycle"));
    };
    pump();
  });
}

/** For each task, how many tasks the longest chain from it to a task nothing waits on holds. */
function chainHeights(dependents: readonly (readonly number[])[]): number[] {
  const height: number[] = [];
  const onPath = new Set<number>();
  const visit = (start: number): void => {
    // Iterative depth-first walk: plans of thousands of steps would overflow a recursive one. A
    // task already on the path is a cycle, which `runTasks` refuses; it counts as nothing here.
    const stack: [number, number][] = [[start, 0]];
    onPath.add(start);
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const [node, next] = top;
      if (next < dependents[node]!.length) {
        top[1]++;
        const child = dependents[node]![next]!;
        if (height[child] === undefined && !onPath.has(child)) {
          onPath.add(child);
          stack.push([child, 0]);
        }
        continue;
      }
      height[node] = 1 + Math.max(0, ...dependents[node]!.map((child) => height[child] ?? 0));
      onPath.delete(node);
      stack.pop();
    }
  };
  for (let index = 0; index < dependents.length; index++) if (height[index] === undefined) visit(index);
  return height;
}

function sortedIndex(sorted: readonly number[], value: number, before: (a: number, b: number) => number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (before(sorted[middle]!, value) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** What one task of an apply does: a whole step, a split step's halves, or a check for racing copies. */
export type ApplyTask =
  | { type: "step"; step: PlanStep; phase: "whole" | "own" | "finish"; after: number[] }
  | { type: "settle"; kind: KindName; early: boolean; after: number[] };

/** The steps a joining create joins, and the creates that join each split step. */
export interface Joins {
  /** For a create of a joining kind: the split steps it joins in its own create. */
  targets: Map<PlanStep, PlanStep[]>;
  /** For a split step: the creates that join it. */
  joiners: Map<PlanStep, PlanStep[]>;
}

const addressOf = (step: PlanStep) => `${step.kind}/${normalizeKey(step.key)}`;

/**
 * The task graph of a plan. Steps wait for the steps they reference and for the check for racing
 * copies of every kind they reference (so references point at the survivor); the first create of
 * each kind runs before the others of that kind, so a PostHog that drops this tool's identity stops
 * the kind at one object; deletes run after everything else, one kind at a time in plan order
 * (dependents first). A create whose referenced creates can join it (`KindModule.joinedBy`) is
 * split: its own create runs first, the joining creates carry its id, and its converge runs after
 * them.
 */
export function planTasks(plan: Plan, kindOf: (name: KindName) => KindModule): { tasks: ApplyTask[]; joins: Joins } {
  const steps = plan.steps.filter((s) => s.action !== "no-op");
  // References name the desired resource, never a duplicate of it that a delete removes.
  const byAddress = new Map(steps.filter((s) => s.action !== "delete").map((s) => [addressOf(s), s]));
  const joins: Joins = { targets: new Map(), joiners: new Map() };
  for (const step of steps) {
    const joinedBy = kindOf(step.kind).joinedBy;
    if (step.action !== "create" || !joinedBy) continue;
    const joiners = step.dependsOn.map((d) => byAddress.get(normalizeAddress(d))).filter((s): s is PlanStep => s?.action === "create" && s.kind === joinedBy.kind);
    if (joiners.length === 0) continue;
    joins.joiners.set(step, [...new Set(joiners)]);
    for (const joiner of new Set(joiners)) joins.targets.set(joiner, [...(joins.targets.get(joiner) ?? []), step]);
  }

  const tasks: ApplyTask[] = [];
  const own = new Map<PlanStep, number>();
  const done = new Map<PlanStep, number>();
  for (const step of steps) {
    if (joins.joiners.has(step)) {
      own.set(step, tasks.push({ type: "step", step, phase: "own", after: [] }) - 1);
      done.set(step, tasks.push({ type: "step", step, phase: "finish", after: [own.get(step)!] }) - 1);
    } else {
      done.set(step, tasks.push({ type: "step", step, phase: "whole", after: [] }) - 1);
    }
  }
  const createdBy = (step: PlanStep) => own.get(step) ?? done.get(step)!;
  const creates = steps.filter((s) => (s.action === "create" || s.action === "replace") && !kindOf(s.kind).api.singleton);
  const settles = new Map<string, number>();
  for (const early of [true, false]) {
    for (const name of new Set(creates.map((s) => s.kind))) {
      const covered = creates.filter((s) => s.kind === name && joins.joiners.has(s) === early);
      if (covered.length > 0) settles.set(`${name}/${early}`, tasks.push({ type: "settle", kind: name, early, after: covered.map(createdBy) }) - 1);
    }
  }
  const settlesOf = (name: KindName) => [settles.get(`${name}/true`), settles.get(`${name}/false`)].filter((i): i is number => i !== undefined);

  // The first create of each kind (a split one when there is one) goes alone.
  const probes = new Map<KindName, PlanStep>();
  for (const step of [...creates.filter((s) => joins.joiners.has(s)), ...creates]) if (!probes.has(step.kind)) probes.set(step.kind, step);
  const creating = new Set(creates);
  const deletes = steps.filter((s) => s.action === "delete");
  const notDeletes = tasks.flatMap((task, index) => (task.type === "settle" || task.step.action !== "delete" ? [index] : []));
  for (const step of steps) {
    const first = tasks[own.get(step) ?? done.get(step)!]!;
    if (step.action === "delete") {
      // The deletes of the kind just before this one in plan order stand for all earlier kinds, which they wait for in turn.
      const earlier = deletes.slice(0, deletes.indexOf(step)).filter((d) => d.kind !== step.kind);
      const previousKind = earlier.at(-1)?.kind;
      first.after.push(...notDeletes, ...earlier.filter((d) => d.kind === previousKind).map((d) => done.get(d)!));
      continue;
    }
    const probe = probes.get(step.kind);
    if (probe && probe !== step && creating.has(step)) first.after.push(createdBy(probe));
    // A split step's own create needs nothing its joiners make; everything else it references waits for its converge.
    const waiter = joins.joiners.has(step) ? tasks[done.get(step)!]! : first;
    for (const dependency of step.dependsOn) {
      const target = byAddress.get(normalizeAddress(dependency));
      if (target) waiter.after.push(done.get(target)!);
      const name = readRef({ $ref: dependency })!.kind;
      if (name !== step.kind) waiter.after.push(...settlesOf(name));
    }
    for (const target of joins.targets.get(step) ?? []) first.after.push(own.get(target)!, ...(settles.has(`${target.kind}/true`) ? [settles.get(`${target.kind}/true`)!] : []));
  }
  return { tasks, joins };
}

function normalizeAddress(address: string): string {
  const parsed = readRef({ $ref: address })!;
  return `${parsed.kind}/${normalizeKey(parsed.key)}`;
}

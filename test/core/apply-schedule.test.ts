import { describe, expect, it } from "vitest";
import { planTasks, runTasks, type ApplyTask } from "../../src/core/apply-schedule.js";
import { getKind } from "../../src/core/kinds/index.js";
import type { KindName } from "../../src/core/model.js";
import { assemblePlan } from "../../src/core/plan/assemble.js";
import type { PlanStep, StepAction } from "../../src/core/plan/types.js";

const step = (kind: KindName, key: string, action: StepAction, dependsOn: string[] = []): PlanStep => ({ kind, key, action, changes: [], summary: [], warnings: [], dependsOn, after: {}, ...(action === "create" ? {} : { id: key }) });
const planOf = (steps: PlanStep[]) => assemblePlan({ target: { host: "https://us.posthog.com", projectId: "1" }, prune: false, steps, orphans: [], warnings: [] });
const label = (task: ApplyTask) => (task.type === "settle" ? `settle ${task.kind}${task.early ? " (early)" : ""}` : `${task.phase} ${task.step.kind}/${task.step.key}`);

describe("runTasks", () => {
  it("starts the ready task with the longest chain waiting on it first, and never more than the limit at once", async () => {
    const started: number[] = [];
    let running = 0;
    let most = 0;
    const task = (index: number, after: number[] = []) => ({
      after,
      run: async () => {
        started.push(index);
        most = Math.max(most, ++running);
        await new Promise((resolve) => setTimeout(resolve, 5));
        running--;
      },
    });
    // 0 and 1 have nothing waiting; 2 starts a chain 2 → 3 → 4, so 3 goes before them too; 4 ties with them.
    await runTasks([task(0), task(1), task(2), task(3, [2]), task(4, [3])], 1);
    expect(started).toEqual([2, 3, 0, 1, 4]);
    started.length = 0;
    await runTasks([task(0), task(1), task(2), task(3), task(4, [0, 1, 2, 3])], 2);
    expect(most).toBe(2);
    expect(started.at(-1)).toBe(4);
  });

  it("refuses tasks that wait on each other", async () => {
    const idle = async () => {};
    await expect(runTasks([{ after: [1], run: idle }, { after: [0], run: idle }], 4)).rejects.toThrow("cycle");
  });
});

describe("planTasks", () => {
  it("creates a new dashboard before the new insights that join it, and converges it after them and their check for racing copies", () => {
    const plan = planOf([step("insights", "a", "create"), step("insights", "b", "create"), step("dashboards", "board", "create", ["insights/a", "insights/b"])]);
    const { tasks, joins } = planTasks(plan, getKind);
    const index = (name: string) => tasks.findIndex((t) => label(t) === name);
    const after = (name: string) => [...new Set(tasks[index(name)]!.after.map((i) => label(tasks[i]!)))].sort();
    expect(tasks.map(label)).toEqual(["whole insights/a", "whole insights/b", "own dashboards/board", "finish dashboards/board", "settle dashboards (early)", "settle insights"]);
    expect(after("whole insights/a")).toEqual(["own dashboards/board", "settle dashboards (early)"]);
    // The first insight create goes alone, so a PostHog that drops tags stops at one insight.
    expect(after("whole insights/b")).toEqual(["own dashboards/board", "settle dashboards (early)", "whole insights/a"]);
    expect(after("own dashboards/board")).toEqual([]);
    expect(after("finish dashboards/board")).toEqual(["own dashboards/board", "settle insights", "whole insights/a", "whole insights/b"]);
    expect(joins.targets.get(plan.steps[0]!)).toEqual([plan.steps[2]]);
  });

  it("runs deletes after everything else, one kind at a time, and never waits a reference on a duplicate's delete", () => {
    const plan = planOf([
      step("insights", "a", "no-op"),
      step("dashboards", "board", "update", ["insights/a"]),
      step("dashboards", "old", "delete"),
      step("insights", "a", "delete"),
      step("insights", "b", "delete"),
    ]);
    const { tasks } = planTasks(plan, getKind);
    const after = (name: string) => [...new Set(tasks[tasks.findIndex((t) => label(t) === name)]!.after.map((i) => label(tasks[i]!)))].sort();
    expect(after("whole dashboards/board")).toEqual([]);
    expect(after("whole dashboards/old")).toEqual(["whole dashboards/board"]);
    expect(after("whole insights/b")).toEqual(["whole dashboards/board", "whole dashboards/old"]);
  });
});

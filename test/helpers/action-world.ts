import { afterAll, afterEach, beforeAll } from "vitest";
import type { RunningEmulator } from "../../src/emulator/index.js";
import { IN_PROCESS_RUNNERS } from "./in-process.js";
import { createActionWorld, PROCESS_RUNNERS, startActionEmulator, type ActionWorld, type ActionWorldOptions } from "./runner-env.js";

/** A test file's Action scenarios: one emulator for the file, one world per test. */
export interface ActionWorlds {
  /** The file's emulator (staging is project 1, production project 2), started before its tests. */
  readonly emulator: RunningEmulator;
  /** The current test's world; `open` makes it. */
  readonly world: ActionWorld;
  /** Resets the emulator and opens a fresh world for this test, closed after it; answers both for destructuring. */
  open(options?: Omit<ActionWorldOptions, "runners">): Promise<{ world: ActionWorld; emulator: RunningEmulator }>;
}

/**
 * Registers the hooks every Action suite needs: the emulator started before
 * the file's tests and closed after them, and each test's world closed after
 * the test. Worlds run the action and the CLI from the sources in this process,
 * or, with `asProcess`, as the runner runs the built bundle.
 */
export function useActionWorld(options: { asProcess?: boolean } = {}): ActionWorlds {
  const runners = options.asProcess ? PROCESS_RUNNERS : IN_PROCESS_RUNNERS;
  let emulator: RunningEmulator | undefined;
  let world: ActionWorld | undefined;
  beforeAll(async () => {
    emulator = await startActionEmulator();
  });
  afterEach(async () => {
    await world?.close();
    world = undefined;
  });
  afterAll(async () => {
    await emulator?.close();
  });
  return {
    get emulator() {
      if (!emulator) throw new Error("the emulator starts in beforeAll; use it inside a test");
      return emulator;
    },
    get world() {
      if (!world) throw new Error("no world is open: call open() first in this test");
      return world;
    },
    async open(worldOptions = {}) {
      world = await createActionWorld(this.emulator, { ...worldOptions, runners });
      return { world, emulator: this.emulator };
    },
  };
}

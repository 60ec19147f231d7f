import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, vi } from "vitest";
import type { JsonObject, JsonValue } from "../../src/core/json.js";
import { KINDS } from "../../src/core/kinds/index.js";
import type { Definition } from "../../src/core/model.js";
import { listObjects, objectPath, pathIdOf } from "../../src/core/observe.js";
import { startEmulator, type EmulatorOptions, type RecordedRequest, type RunningEmulator } from "../../src/emulator/index.js";
import { connect, type Connection } from "../../src/engine/project.js";
import { RUN_ID, readRealProject } from "../contract/harness.js";
import { resetEmulator } from "./emulator-control.js";
import { emulatorConnection } from "./project.js";
import { startRecordingProxy } from "./recording-proxy.js";

/** The real project POSTHOG_CONTRACT_* name, if any; known at load time so suites can `it.runIf`. */
export const REAL_PROJECT = readRealProject();

/** Whether the end-to-end suites run against the emulator (the default) rather than a real project. */
export const TARGETS_EMULATOR = REAL_PROJECT === undefined;

/**
 * Prefix of every key and unique name the suites create: empty on a fresh emulator, unique to this
 * run on a real project, so nothing of anyone else's is ever planned, changed or deleted.
 */
export const RUN_SCOPE = TARGETS_EMULATOR ? "" : `e2e_${RUN_ID}_`;

/** Where an end-to-end suite applies: the emulator, or a real project behind a recording proxy. */
export interface E2ETarget {
  /** The base URL the product talks to. */
  url: string;
  projectId: string;
  apiKey: string;
  /** Every exchange since the last clear, from the emulator's log or the proxy's, for the OpenAPI check. */
  requests: RecordedRequest[];
  clearRequests(): void;
  connection(): Connection;
  /** The emulator, when the target is one; checks that need it are skipped otherwise. */
  emulator?: RunningEmulator;
  /** A clean start: the emulator is reset; on a real project everything in RUN_SCOPE is deleted. */
  reset(): Promise<void>;
}

/**
 * Opens the target before a file's tests and closes it after them (deleting, on a real project,
 * what the run created). The returned object is filled in by the `beforeAll` it registers.
 */
export function useE2ETarget(options: EmulatorOptions = {}): E2ETarget {
  const target = {} as E2ETarget;
  let close: () => Promise<void> = async () => undefined;
  if (!TARGETS_EMULATOR) vi.setConfig({ testTimeout: 900_000, hookTimeout: 900_000 });
  beforeAll(async () => {
    const opened = await openE2ETarget(options);
    Object.assign(target, opened.target);
    close = opened.close;
  });
  afterAll(() => close());
  return target;
}

async function openE2ETarget(options: EmulatorOptions): Promise<{ target: E2ETarget; close(): Promise<void> }> {
  if (REAL_PROJECT === undefined) {
    const emulator = await startEmulator(options);
    const target: E2ETarget = {
      url: emulator.url,
      projectId: "1",
      apiKey: "phx_emulator",
      requests: emulator.requests,
      clearRequests: () => emulator.clearRequests(),
      connection: () => emulatorConnection(emulator.url),
      emulator,
      reset: () => resetEmulator(emulator),
    };
    return { target, close: () => emulator.close() };
  }
  const proxy = await startRecordingProxy(REAL_PROJECT.host);
  const connection = (): Connection => ({ host: proxy.url, projectId: String(REAL_PROJECT.projectId), apiKey: REAL_PROJECT.apiKey, rateLimited: true });
  const target: E2ETarget = {
    url: proxy.url,
    projectId: String(REAL_PROJECT.projectId),
    apiKey: REAL_PROJECT.apiKey,
    requests: proxy.requests,
    clearRequests: () => proxy.clearRequests(),
    connection,
    reset: () => removeRunObjects(connection()),
  };
  return {
    target,
    close: async () => {
      try {
        await removeRunObjects(connection());
      } finally {
        await proxy.close();
      }
    },
  };
}

/**
 * Deletes every managed object whose identity key is in RUN_SCOPE, dependents first (the reverse of
 * KINDS), the way the product removes each kind. Failures are collected and reported together.
 */
async function removeRunObjects(connection: Connection): Promise<void> {
  if (RUN_SCOPE === "") throw new Error("Refusing to clean up without a run scope: it would match every managed object.");
  const api = connect(connection);
  const failures: string[] = [];
  try {
    for (const kind of [...KINDS].reverse()) {
      if (kind.api.singleton) continue;
      for (const raw of await listObjects(api, kind)) {
        const key = kind.identify(raw);
        if (key === undefined || !key.startsWith(RUN_SCOPE)) continue;
        const path = objectPath(kind, pathIdOf(kind, raw));
        try {
          if (kind.api.remove === "soft") await api.patch(path, { deleted: true });
          else await api.delete(path);
        } catch (error) {
          failures.push(`${kind.name}/${key}: ${(error as Error).message}`);
        }
      }
    }
  } finally {
    await api.close();
  }
  if (failures.length > 0) throw new Error(`End-to-end cleanup failed:\n${failures.join("\n")}`);
}

/** A key in this run's scope, as plans and results name it. */
export function scopedKey(key: string): string {
  return `${RUN_SCOPE}${key}`;
}

/** A definition moved into this run's scope: its key, its name and every `$ref` it holds. */
export function scoped(definition: Definition): Definition {
  if (RUN_SCOPE === "") return definition;
  const spec = scopeReferences(definition.spec) as JsonObject;
  if (typeof spec.key === "string") spec.key = scopedKey(spec.key);
  if (typeof spec.name === "string") spec.name = scopedKey(spec.name);
  return { ...definition, key: scopedKey(definition.key), spec };
}

function scopeReferences(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return value.map(scopeReferences);
  if (value === null || typeof value !== "object") return value;
  if (typeof value.$ref === "string") {
    const [kind, ...key] = value.$ref.split("/");
    return { ...value, $ref: `${kind}/${scopedKey(key.join("/"))}` };
  }
  return Object.fromEntries(Object.entries(value).map(([name, child]) => [name, scopeReferences(child)]));
}

/**
 * Moves a copied fixture repository into this run's scope: every definition's top-level `key` and
 * `name` get RUN_SCOPE, and project and error tracking settings are dropped (a real project's
 * settings are not ours to change). Returns how many definition files were dropped.
 */
export function scopeFixture(dir: string): number {
  if (RUN_SCOPE === "") return 0;
  let dropped = 0;
  for (const singleton of ["project-settings", "error-tracking-settings"]) {
    const settings = join(dir, "posthog", singleton);
    try {
      dropped += readdirSync(settings).length;
      rmSync(settings, { recursive: true });
    } catch {
      // A fixture without this folder drops nothing.
    }
  }
  for (const file of sourceFiles(join(dir, "posthog"))) {
    const text = readFileSync(file, "utf8");
    writeFileSync(file, text.replace(/(^ {2}|\(\{ )(key|name): "/gm, `$1$2: "${RUN_SCOPE}`));
  }
  return dropped;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : name.endsWith(".ts") ? [path] : [];
  });
}

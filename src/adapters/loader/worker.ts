/**
 * Runs in a child process with a scrubbed environment: imports the user's
 * definition files (TypeScript, via Node's type stripping, which keeps line
 * numbers exact) and sends back plain JSON definitions plus diagnostics.
 * Definitions are code; this process never sees an API key or a token.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { registerHooks } from "node:module";
import { join, relative, resolve, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Diagnostic, SourceLocation } from "../../core/diagnostics.js";
import type { JsonObject, JsonValue } from "../../core/json.js";
import type { Definition, KindName } from "../../core/model.js";

const KIND = Symbol.for("posthog-definitions/kind");
const SITE = Symbol.for("posthog-definitions/site");
const SDK_URL = new URL("./sdk.js", import.meta.url).href;
const SDK_SPECIFIERS = new Set(["@posthog/definitions", "posthog-definitions"]);

registerHooks({
  resolve(specifier, context, nextResolve) {
    if (SDK_SPECIFIERS.has(specifier)) return { url: SDK_URL, shortCircuit: true };
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      // TypeScript projects import siblings as "./x.js" or "./x"; the file on disk is x.ts.
      if (!specifier.startsWith(".")) throw error;
      const base = specifier.replace(/\.(js|mjs)$/, "");
      for (const candidate of [`${base}.ts`, `${base}.mts`, `${base}/index.ts`]) {
        try {
          return nextResolve(candidate, context);
        } catch {
          continue;
        }
      }
      throw error;
    }
  },
});

function listTypeScriptFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name === "node_modules" || name.startsWith(".")) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listTypeScriptFiles(path));
    else if ((name.endsWith(".ts") || name.endsWith(".mts")) && !name.endsWith(".d.ts")) out.push(path);
  }
  return out;
}

function toRelative(root: string, url: string): string {
  const path = url.startsWith("file:") ? fileURLToPath(url) : url;
  return relative(root, path).split(sep).join("/");
}

/** The innermost location inside the user's files, from an error's stack or message. */
function locateError(error: unknown, root: string, fallbackFile: string): SourceLocation {
  const text = error instanceof Error ? `${error.stack ?? ""}\n${error.message}` : String(error);
  const pattern = /(file:\/\/[^\s()]+?|\/[^\s():]+?\.m?ts):(\d+)(?::(\d+))?/g;
  for (const match of text.matchAll(pattern)) {
    const file = toRelative(root, match[1]!);
    if (!file.startsWith("..")) return { file, line: Number(match[2]), column: match[3] ? Number(match[3]) : undefined };
  }
  return { file: fallbackFile, line: 1 };
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n").find((l) => l.trim() !== "")?.trim() ?? "unknown error";
}

async function load(dir: string, root: string): Promise<{ definitions: Definition[]; diagnostics: Diagnostic[] }> {
  const definitions: Definition[] = [];
  const diagnostics: Diagnostic[] = [];
  const seen = new Map<object, string>();

  const siteOf = (value: object): SourceLocation | undefined => {
    const site = (value as Record<symbol, { url: string; line: number; column: number } | undefined>)[SITE];
    return site ? { file: toRelative(root, site.url), line: site.line, column: site.column } : undefined;
  };

  const register = (resource: Record<string | symbol, unknown>, fallback: SourceLocation): string => {
    const existing = seen.get(resource);
    if (existing) return existing;
    const kind = resource[KIND] as KindName;
    const source = siteOf(resource) ?? fallback;
    const key = typeof resource.key === "string" ? resource.key : "";
    if (key === "") {
      diagnostics.push({ severity: "error", code: "missing-key", message: `a ${kind} needs a string "key"`, source, field: "key" });
    }
    const address = `${kind}/${key}`;
    seen.set(resource, address);
    const spec = serialize(resource, "", source) as JsonObject;
    definitions.push({ kind, key, spec, source });
    return address;
  };

  const serialize = (value: unknown, path: string, source: SourceLocation): JsonValue | undefined => {
    if (value === null || typeof value === "string" || typeof value === "boolean") return value;
    if (typeof value === "number") {
      if (Number.isFinite(value)) return value;
    } else if (Array.isArray(value)) {
      return value.map((item, i) => serialize(item, path ? `${path}.${i}` : String(i), source) ?? null);
    } else if (typeof value === "object") {
      const record = value as Record<string | symbol, unknown>;
      if (path !== "" && typeof record[KIND] === "string") return { $ref: register(record, source) };
      const proto = Object.getPrototypeOf(value);
      if (proto === Object.prototype || proto === null) {
        const out: JsonObject = {};
        for (const [key, member] of Object.entries(record)) {
          if (member === undefined) continue;
          const serialized = serialize(member, path ? `${path}.${key}` : key, source);
          if (serialized !== undefined) out[key] = serialized;
        }
        return out;
      }
    } else if (value === undefined) {
      return undefined;
    }
    diagnostics.push({
      severity: "error",
      code: "unsupported-value",
      message: `unsupported value (${value instanceof Date ? "a Date; use an ISO string" : typeof value}); definitions hold JSON data only`,
      source,
      field: path,
    });
    return undefined;
  };

  if (!existsSync(dir)) {
    diagnostics.push({ severity: "error", code: "missing-directory", message: `definitions directory ${toRelative(root, dir) || "."}/ does not exist` });
    return { definitions, diagnostics };
  }
  for (const path of listTypeScriptFiles(dir)) {
    const file = toRelative(root, path);
    let module: Record<string, unknown>;
    try {
      module = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
    } catch (error) {
      const diagnostic: Diagnostic = { severity: "error", code: "load-failed", message: firstLine(error), source: locateError(error, root, file) };
      // A broken helper fails every file that imports it; report it once, at its own line.
      if (!diagnostics.some((d) => JSON.stringify(d) === JSON.stringify(diagnostic))) diagnostics.push(diagnostic);
      continue;
    }
    if (!("default" in module)) continue;
    const exported = module.default;
    if (typeof exported !== "object" || exported === null || typeof (exported as Record<symbol, unknown>)[KIND] !== "string") {
      diagnostics.push({
        severity: "error",
        code: "unknown-export",
        message: "the default export is not a resource; export default the result of dashboard(), insight(), featureFlag(), …, or remove the default export to make this a helper module",
        source: { file, line: 1 },
      });
      continue;
    }
    register(exported as Record<string | symbol, unknown>, { file, line: 1 });
  }
  return { definitions, diagnostics };
}

/** Arguments from the parent: which directory and config file to evaluate. */
interface WorkerRequest {
  root: string;
  dir?: string;
  configFile: string;
  /** Evaluate only the config file (pull writes definitions; it does not read them). */
  configOnly?: boolean;
}

async function loadConfig(request: WorkerRequest): Promise<{ config?: { spec: JsonObject; source: SourceLocation }; diagnostics: Diagnostic[] }> {
  const path = resolve(request.root, request.configFile);
  const file = toRelative(request.root, path);
  if (!existsSync(path)) return { diagnostics: [] };
  try {
    const module = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
    const exported = module.default as Record<string | symbol, unknown> | undefined;
    if (!exported || exported[KIND] !== "config") {
      return { diagnostics: [{ severity: "error", code: "invalid-config", message: "export default defineConfig({ ... }) from the config file", source: { file, line: 1 } }] };
    }
    return { config: { spec: JSON.parse(JSON.stringify(exported)) as JsonObject, source: { file, line: 1 } }, diagnostics: [] };
  } catch (error) {
    return { diagnostics: [{ severity: "error", code: "load-failed", message: firstLine(error), source: locateError(error, request.root, file) }] };
  }
}

const request = JSON.parse(process.argv[2] ?? "{}") as WorkerRequest;
const root = resolve(request.root);
const result = await (async () => {
  const config = await loadConfig(request);
  const configuredDir = typeof config.config?.spec.dir === "string" ? config.config.spec.dir : undefined;
  const loaded = request.configOnly ? { definitions: [], diagnostics: [] } : await load(resolve(root, request.dir ?? configuredDir ?? "posthog"), root);
  return { ...loaded, config: config.config, diagnostics: [...config.diagnostics, ...loaded.diagnostics] };
})().catch((error: unknown) => ({
  definitions: [],
  diagnostics: [{ severity: "error", code: "load-failed", message: firstLine(error) } satisfies Diagnostic],
}));
process.send?.(result, () => process.exit(0));
if (!process.send) process.stdout.write(JSON.stringify(result));

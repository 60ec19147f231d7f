/**
 * Runs in a child process with a scrubbed environment, under Node's permission
 * model and the sandbox of `sandbox.ts`: imports the user's definition files
 * (TypeScript, via Node's type stripping, which keeps line numbers exact) and
 * sends back plain JSON definitions plus diagnostics. Definitions are code; this
 * process never sees an API key or a token, and cannot reach the network.
 */
import { realpathSync } from "node:fs";
import { isAbsolute, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Diagnostic, SourceLocation } from "../../core/diagnostics.js";
import type { JsonObject, JsonValue } from "../../core/json.js";
import type { Definition, KindName } from "../../core/model.js";
import { KIND, SITE } from "../../sdk/markers.js";
import { isDefinitionFile, isSkippedCode } from "./protocol.js";
import { createReply, exitWorker, hardenProcess, installModuleHooks, locateError, readRequest, registerOwnFiles, shorten, toRelative, type ViolationLog } from "./sandbox.js";

const SDK_URL = new URL("./sdk.js", import.meta.url).href;

const request = readRequest();
const reply = createReply(request.nonce);
const root = request.root;
const files = new Set(request.files);
const log: ViolationLog = { diagnostics: [], current: request.configFile };
registerOwnFiles(import.meta.url, SDK_URL);
hardenProcess(root, log);
installModuleHooks({ root, sdkUrl: SDK_URL, files, refused: request.refused }, log);

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return shorten(message.split("\n").find((l) => l.trim() !== "")?.trim() ?? "unknown error");
}

/**
 * Tells the parent which file is evaluated next, so a hang or a crash can be blamed on it. The file
 * is imported by its real path, the URL Node's own resolution would find (a link and its target are
 * one module), which the module hooks then take as it is.
 */
async function evaluate(file: string): Promise<Record<string, unknown>> {
  log.current = file;
  reply({ type: "file", file });
  return (await import(pathToFileURL(realpathSync.native(resolve(root, file))).href)) as Record<string, unknown>;
}

async function load(dir: string): Promise<{ definitions: Definition[]; diagnostics: Diagnostic[] }> {
  const definitions: Definition[] = [];
  const diagnostics: Diagnostic[] = [];
  const seen = new Map<object, string>();

  const siteOf = (value: object): SourceLocation | undefined => {
    const site = (value as Record<symbol, { url: string; line: number; column: number } | undefined>)[SITE];
    if (!site || typeof site.url !== "string" || !site.url.startsWith("file:")) return undefined;
    const file = toRelative(root, site.url);
    return files.has(file) ? { file, line: site.line, column: site.column } : undefined;
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

  const prefix = relative(root, dir).split("\\").join("/");
  if (prefix.startsWith("..") || isAbsolute(prefix)) {
    diagnostics.push({ severity: "error", code: "missing-directory", message: `the definitions directory ${prefix}/ is outside the repository` });
    return { definitions, diagnostics };
  }
  const inDir = (file: string) => prefix === "" || file.startsWith(`${prefix}/`);
  for (const [file, reason] of Object.entries(request.refused)) {
    if (inDir(file) && isDefinitionFile(file)) diagnostics.push({ severity: "error", code: "sandbox", message: `refused: ${file} is ${reason}`, source: { file, line: 1 } });
  }
  const listed = request.files.filter((file) => inDir(file) && isDefinitionFile(file));
  for (const file of [...request.files, ...request.skipped].filter((f) => inDir(f) && isSkippedCode(f)).sort()) {
    const importable = /\.m?js$/.test(file) ? "; a .js or .mjs file can still be imported by one" : "";
    diagnostics.push({ severity: "warning", code: "skipped-file", message: `not read as a definition: definition files end in .ts or .mts${importable}`, source: { file, line: 1 } });
  }
  const refusedDir = request.refused[prefix];
  if (refusedDir !== undefined) {
    diagnostics.push({ severity: "error", code: "sandbox", message: `refused: the definitions directory ${prefix} is ${refusedDir}` });
    return { definitions, diagnostics };
  }
  if (!request.directories.includes(prefix)) {
    diagnostics.push({ severity: "error", code: "missing-directory", message: `definitions directory ${prefix || "."}/ does not exist` });
    return { definitions, diagnostics };
  }
  for (const file of listed) {
    let module: Record<string, unknown>;
    try {
      module = await evaluate(file);
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

async function loadConfig(): Promise<{ config?: { spec: JsonObject; source: SourceLocation }; diagnostics: Diagnostic[] }> {
  const file = toRelative(root, resolve(root, request.configFile));
  const source = { file, line: 1 };
  const refused = request.refused[file];
  if (refused !== undefined) return { diagnostics: [{ severity: "error", code: "sandbox", message: `refused: ${file} is ${refused}`, source }] };
  if (!files.has(file)) return { diagnostics: [] };
  try {
    const module = await evaluate(file);
    const exported = module.default as Record<string | symbol, unknown> | undefined;
    if (!exported || exported[KIND] !== "config") {
      return { diagnostics: [{ severity: "error", code: "invalid-config", message: "export default defineConfig({ ... }) from the config file", source }] };
    }
    return { config: { spec: JSON.parse(JSON.stringify(exported)) as JsonObject, source }, diagnostics: [] };
  } catch (error) {
    return { diagnostics: [{ severity: "error", code: "load-failed", message: firstLine(error), source: locateError(error, root, file) }] };
  }
}

const result = await (async () => {
  const config = await loadConfig();
  // The parent can start its read-only requests from the config while the definitions load (issue 14).
  if (request.announceConfig) reply({ type: "config", diagnostics: config.diagnostics, ...(config.config ? { config: config.config } : {}) });
  const configuredDir = typeof config.config?.spec.dir === "string" ? config.config.spec.dir : undefined;
  const loaded = request.configOnly ? { definitions: [], diagnostics: [] } : await load(resolve(root, request.dir ?? configuredDir ?? "posthog"));
  return { ...loaded, config: config.config, diagnostics: [...config.diagnostics, ...loaded.diagnostics] };
})().catch((error: unknown) => ({
  definitions: [] as Definition[],
  config: undefined,
  diagnostics: [{ severity: "error", code: "load-failed", message: firstLine(error) } satisfies Diagnostic],
}));
// Each refused attempt is reported where it was made; the load failure it caused would only repeat it, less precisely.
const refusals = new Set(log.diagnostics.map((d) => d.message));
const diagnostics = [...result.diagnostics.filter((d) => d.code !== "load-failed" || !refusals.has(d.message)), ...log.diagnostics];
reply({ type: "result", definitions: result.definitions, diagnostics, ...(result.config ? { config: result.config } : {}) });
exitWorker();

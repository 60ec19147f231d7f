import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/adapters/loader/worker.ts
import { existsSync, readdirSync, statSync } from "node:fs";
import { registerHooks } from "node:module";
import { join, relative, resolve, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
var KIND = /* @__PURE__ */ Symbol.for("posthog-definitions/kind");
var SITE = /* @__PURE__ */ Symbol.for("posthog-definitions/site");
var SDK_URL = new URL("./sdk.js", import.meta.url).href;
var SDK_SPECIFIERS = /* @__PURE__ */ new Set(["@posthog/definitions", "posthog-definitions"]);
registerHooks({
  resolve(specifier, context, nextResolve) {
    if (SDK_SPECIFIERS.has(specifier)) return { url: SDK_URL, shortCircuit: true };
    try {
      return nextResolve(specifier, context);
    } catch (error) {
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
  }
});
function listTypeScriptFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    if (name === "node_modules" || name.startsWith(".")) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listTypeScriptFiles(path));
    else if ((name.endsWith(".ts") || name.endsWith(".mts")) && !name.endsWith(".d.ts")) out.push(path);
  }
  return out;
}
function toRelative(root2, url) {
  const path = url.startsWith("file:") ? fileURLToPath(url) : url;
  return relative(root2, path).split(sep).join("/");
}
function locateError(error, root2, fallbackFile) {
  const text = error instanceof Error ? `${error.stack ?? ""}
${error.message}` : String(error);
  const pattern = /(file:\/\/[^\s()]+?|\/[^\s():]+?\.m?ts):(\d+)(?::(\d+))?/g;
  for (const match of text.matchAll(pattern)) {
    const file = toRelative(root2, match[1]);
    if (!file.startsWith("..")) return { file, line: Number(match[2]), column: match[3] ? Number(match[3]) : void 0 };
  }
  return { file: fallbackFile, line: 1 };
}
function firstLine(error) {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n").find((l) => l.trim() !== "")?.trim() ?? "unknown error";
}
async function load(dir, root2) {
  const definitions = [];
  const diagnostics = [];
  const seen = /* @__PURE__ */ new Map();
  const siteOf = (value) => {
    const site = value[SITE];
    return site ? { file: toRelative(root2, site.url), line: site.line, column: site.column } : void 0;
  };
  const register = (resource, fallback) => {
    const existing = seen.get(resource);
    if (existing) return existing;
    const kind = resource[KIND];
    const source = siteOf(resource) ?? fallback;
    const key = typeof resource.key === "string" ? resource.key : "";
    if (key === "") {
      diagnostics.push({ severity: "error", code: "missing-key", message: `a ${kind} needs a string "key"`, source, field: "key" });
    }
    const address = `${kind}/${key}`;
    seen.set(resource, address);
    const spec = serialize(resource, "", source);
    definitions.push({ kind, key, spec, source });
    return address;
  };
  const serialize = (value, path, source) => {
    if (value === null || typeof value === "string" || typeof value === "boolean") return value;
    if (typeof value === "number") {
      if (Number.isFinite(value)) return value;
    } else if (Array.isArray(value)) {
      return value.map((item, i) => serialize(item, path ? `${path}.${i}` : String(i), source) ?? null);
    } else if (typeof value === "object") {
      const record = value;
      if (path !== "" && typeof record[KIND] === "string") return { $ref: register(record, source) };
      const proto = Object.getPrototypeOf(value);
      if (proto === Object.prototype || proto === null) {
        const out = {};
        for (const [key, member] of Object.entries(record)) {
          if (member === void 0) continue;
          const serialized = serialize(member, path ? `${path}.${key}` : key, source);
          if (serialized !== void 0) out[key] = serialized;
        }
        return out;
      }
    } else if (value === void 0) {
      return void 0;
    }
    diagnostics.push({
      severity: "error",
      code: "unsupported-value",
      message: `unsupported value (${value instanceof Date ? "a Date; use an ISO string" : typeof value}); definitions hold JSON data only`,
      source,
      field: path
    });
    return void 0;
  };
  if (!existsSync(dir)) {
    diagnostics.push({ severity: "error", code: "missing-directory", message: `definitions directory ${toRelative(root2, dir) || "."}/ does not exist` });
    return { definitions, diagnostics };
  }
  for (const path of listTypeScriptFiles(dir)) {
    const file = toRelative(root2, path);
    let module;
    try {
      module = await import(pathToFileURL(path).href);
    } catch (error) {
      const diagnostic = { severity: "error", code: "load-failed", message: firstLine(error), source: locateError(error, root2, file) };
      if (!diagnostics.some((d) => JSON.stringify(d) === JSON.stringify(diagnostic))) diagnostics.push(diagnostic);
      continue;
    }
    if (!("default" in module)) continue;
    const exported = module.default;
    if (typeof exported !== "object" || exported === null || typeof exported[KIND] !== "string") {
      diagnostics.push({
        severity: "error",
        code: "unknown-export",
        message: "the default export is not a resource; export default the result of dashboard(), insight(), featureFlag(), …, or remove the default export to make this a helper module",
        source: { file, line: 1 }
      });
      continue;
    }
    register(exported, { file, line: 1 });
  }
  return { definitions, diagnostics };
}
async function loadConfig(request2) {
  const path = resolve(request2.root, request2.configFile);
  const file = toRelative(request2.root, path);
  if (!existsSync(path)) return { diagnostics: [] };
  try {
    const module = await import(pathToFileURL(path).href);
    const exported = module.default;
    if (!exported || exported[KIND] !== "config") {
      return { diagnostics: [{ severity: "error", code: "invalid-config", message: "export default defineConfig({ ... }) from the config file", source: { file, line: 1 } }] };
    }
    return { config: { spec: JSON.parse(JSON.stringify(exported)), source: { file, line: 1 } }, diagnostics: [] };
  } catch (error) {
    return { diagnostics: [{ severity: "error", code: "load-failed", message: firstLine(error), source: locateError(error, request2.root, file) }] };
  }
}
var request = JSON.parse(process.argv[2] ?? "{}");
var root = resolve(request.root);
var result = await (async () => {
  const config = await loadConfig(request);
  const configuredDir = typeof config.config?.spec.dir === "string" ? config.config.spec.dir : void 0;
  const loaded = request.configOnly ? { definitions: [], diagnostics: [] } : await load(resolve(root, request.dir ?? configuredDir ?? "posthog"), root);
  return { ...loaded, config: config.config, diagnostics: [...config.diagnostics, ...loaded.diagnostics] };
})().catch((error) => ({
  definitions: [],
  diagnostics: [{ severity: "error", code: "load-failed", message: firstLine(error) }]
}));
process.send?.(result, () => process.exit(0));
if (!process.send) process.stdout.write(JSON.stringify(result));

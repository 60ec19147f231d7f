import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/adapters/loader/worker.ts
import { realpathSync as realpathSync2 } from "node:fs";
import { isAbsolute as isAbsolute2, relative as relative2, resolve } from "node:path";
import { pathToFileURL as pathToFileURL2 } from "node:url";

// src/sdk/markers.ts
var KIND = /* @__PURE__ */ Symbol.for("posthog-definitions/kind");
var SITE = /* @__PURE__ */ Symbol.for("posthog-definitions/site");

// src/adapters/loader/protocol.ts
var LOAD_BUDGET = {
  fileMs: 1e4,
  loadMs: 6e4,
  heapMb: 512,
  /** Bytes the worker may send back in all; more is a protocol violation. */
  replyBytes: 64 * 1024 * 1024,
  /** Bytes of console output from definition code relayed to stderr; the rest is dropped. */
  outputBytes: 1024 * 1024
};
var REPLY_LIMITS = {
  definitions: 2e4,
  diagnostics: 1e4,
  /** Characters in a diagnostic message; the worker shortens longer ones. */
  message: 2e3,
  path: 1e3,
  key: 400,
  depth: 64
};
var REQUEST_FD = 3;
var REPLY_FD = 4;
function isSkippedCode(file) {
  return /\.[cm]?[jt]sx?$/.test(file) && !isDefinitionFile(file) && !file.endsWith(".d.ts");
}
function isDefinitionFile(file) {
  return (file.endsWith(".ts") || file.endsWith(".mts")) && !file.endsWith(".d.ts");
}
function unreadableSegment(path) {
  return path.split(/[\\/]/).find((segment) => segment === "" || segment === ".." || segment.startsWith(".") || segment === "node_modules");
}

// src/adapters/loader/sandbox.ts
import { closeSync, readFileSync, readSync, realpathSync, writeSync } from "node:fs";
import { isBuiltin, registerHooks } from "node:module";
import { dirname, extname, isAbsolute, relative, resolve as resolvePath } from "node:path";
import { Writable } from "node:stream";
import { fileURLToPath, pathToFileURL } from "node:url";

// src/adapters/loader/plain-javascript.ts
import { SourceTextModule } from "node:vm";
function isPlainJavaScript(source) {
  if (source.includes("<")) return false;
  try {
    new SourceTextModule(source);
    return true;
  } catch (error) {
    if (error instanceof SyntaxError) return false;
    throw error;
  }
}

// src/adapters/loader/sandbox.ts
var ALLOWED_BUILTINS = /* @__PURE__ */ new Set(["assert", "assert/strict", "buffer", "events", "path", "path/posix", "path/win32", "querystring", "string_decoder", "url", "util", "util/types"]);
var SDK_SPECIFIERS = /* @__PURE__ */ new Set(["@posthog/definitions", "posthog-definitions"]);
var NETWORK_GLOBALS = ["fetch", "WebSocket", "EventSource"];
var REMOVED_PROCESS_METHODS = ["binding", "_linkedBinding", "dlopen", "_debugProcess", "_debugEnd", "kill", "_kill", "execve", "loadEnvFile", "_getActiveHandles", "_getActiveRequests", "openStdin", "reallyExit"];
var FORMATS = { ".ts": "module-typescript", ".mts": "module-typescript", ".js": "module", ".mjs": "module", ".json": "json" };
var write = writeSync;
var encoder = new TextEncoder();
var encode = encoder.encode.bind(encoder);
var reallyExit = process.reallyExit.bind(process);
var getBuiltinModule = process.getBuiltinModule.bind(process);
function readRequest() {
  const chunks = [];
  for (; ; ) {
    const chunk = Buffer.alloc(1 << 16);
    const read = readSync(REQUEST_FD, chunk);
    if (read === 0) break;
    chunks.push(chunk.subarray(0, read));
  }
  closeSync(REQUEST_FD);
  return JSON.parse(Buffer.concat(chunks).toString("utf8"));
}
function createReply(nonce) {
  return (message) => {
    const bytes = encode(`${JSON.stringify({ ...message, nonce })}
`);
    for (let offset = 0; offset < bytes.length; ) offset += write(REPLY_FD, bytes, offset, bytes.length - offset);
  };
}
function exitWorker() {
  return reallyExit(0);
}
function toRelative(root2, url) {
  const path = url.startsWith("file:") ? fileURLToPath(url) : url;
  return relative(root2, path).split("\\").join("/");
}
var ownUrls = /* @__PURE__ */ new Set();
function registerOwnFiles(...urls) {
  for (const url of urls) ownUrls.add(url);
}
function locateError(error, root2, fallbackFile) {
  const text = error instanceof Error ? `${error.stack ?? ""}
${error.message}` : String(error);
  const pattern = /(file:\/\/[^\s()]+?|\/[^\s():]+?\.m?ts):(\d+)(?::(\d+))?/g;
  for (const match of text.matchAll(pattern)) {
    if (ownUrls.has(match[1])) continue;
    const file = toRelative(root2, match[1]);
    if (!file.startsWith("..") && !isAbsolute(file)) return { file, line: Number(match[2]), column: match[3] ? Number(match[3]) : void 0 };
  }
  return { file: fallbackFile, line: 1 };
}
function shorten(message) {
  return message.length > REPLY_LIMITS.message - 20 ? `${message.slice(0, REPLY_LIMITS.message - 21)}…` : message;
}
function refuse(log2, source, message) {
  if (!log2.diagnostics.some((d) => d.message === shorten(message) && d.source?.file === source.file)) {
    log2.diagnostics.push({ severity: "error", code: "sandbox", message: shorten(message), source });
  }
  return new Error(message);
}
function hardenProcess(root2, log2) {
  for (const name of NETWORK_GLOBALS) {
    const blocked = function() {
      throw refuse(log2, locateError(new Error(), root2, log2.current), `definitions cannot use the network: ${name} is disabled in the definitions loader`);
    };
    Reflect.deleteProperty(globalThis, name);
    Object.defineProperty(globalThis, name, { value: blocked, writable: false, configurable: false, enumerable: false });
  }
  const target = process;
  for (const name of REMOVED_PROCESS_METHODS) delete target[name];
  Object.defineProperty(process, "getBuiltinModule", {
    value: (id) => {
      const name = id.replace(/^node:/, "");
      if (!ALLOWED_BUILTINS.has(name)) throw refuse(log2, locateError(new Error(), root2, log2.current), builtinMessage(name));
      return getBuiltinModule(`node:${name}`);
    },
    writable: false,
    configurable: false
  });
  for (const [name, fd] of [["stdout", 1], ["stderr", 2]]) {
    const stream = new Writable({
      write(chunk, _encoding, done) {
        write(fd, chunk);
        done();
      }
    });
    Object.defineProperty(process, name, { value: stream, writable: false, configurable: false });
  }
  const record = (error) => {
    const message = error instanceof Error ? error.message : String(error);
    if (log2.diagnostics.some((d) => d.message === shorten(message))) return;
    log2.diagnostics.push({ severity: "error", code: "load-failed", message: shorten(`uncaught error: ${message.split("\n")[0]}`), source: locateError(error, root2, log2.current) });
  };
  process.on("uncaughtException", record);
  process.on("unhandledRejection", record);
  for (const value of [URL, URLSearchParams]) {
    Object.freeze(value.prototype);
    Object.freeze(value);
  }
}
function builtinMessage(name) {
  return `definitions cannot use node:${name}: the definitions loader allows no network, no file system and no processes (allowed builtins: ${[...ALLOWED_BUILTINS].map((b) => `node:${b}`).join(", ")})`;
}
function installModuleHooks(policy, log2) {
  const userFile = (url) => {
    if (!url?.startsWith("file:") || ownUrls.has(url)) return void 0;
    const rel = toRelative(policy.root, url);
    return rel.startsWith("..") || isAbsolute(rel) ? void 0 : rel;
  };
  const refusedReason = (rel) => {
    const segments = rel.split("/");
    for (let i = 1; i <= segments.length; i++) {
      const prefix = segments.slice(0, i).join("/");
      const reason = policy.refused[prefix];
      if (reason !== void 0) return `${prefix} is ${reason}`;
    }
    return void 0;
  };
  const checkReal = (url, importer, specifier) => {
    let real;
    try {
      real = realpathSync(fileURLToPath(url));
    } catch {
      throw refuse(log2, importSite(policy.root, importer, specifier), `${importer} imports ${specifier}, which is not a readable file in the repository`);
    }
    const rel = toRelative(policy.root, real);
    if (!policy.files.has(rel)) {
      const where = rel.startsWith("..") || isAbsolute(rel) ? "outside the repository" : "not importable (only .ts, .mts, .js, .mjs and .json files outside .git/, node_modules/ and dot-directories)";
      throw refuse(log2, importSite(policy.root, importer, specifier), `${importer} imports ${specifier}, whose real path is ${where}`);
    }
    return pathToFileURL(real).href;
  };
  registerHooks({
    resolve(specifier, context, nextResolve) {
      if (SDK_SPECIFIERS.has(specifier)) return { url: policy.sdkUrl, shortCircuit: true };
      if (context.parentURL !== void 0 && ownUrls.has(context.parentURL) && specifier.startsWith("file:") && policy.files.has(toRelative(policy.root, specifier))) {
        return { url: specifier, shortCircuit: true };
      }
      const importer = userFile(context.parentURL);
      if (importer === void 0) return nextResolve(specifier, context);
      const deny = (message) => refuse(log2, importSite(policy.root, importer, specifier), message);
      if (specifier.startsWith("node:") || isBuiltin(specifier)) {
        const name = specifier.replace(/^node:/, "");
        if (!ALLOWED_BUILTINS.has(name)) throw deny(`${importer}: ${builtinMessage(name)}`);
        return { url: `node:${name}`, shortCircuit: true };
      }
      const isPath = specifier.startsWith("./") || specifier.startsWith("../") || specifier.startsWith("/") || specifier.startsWith("file:");
      if (!isPath) {
        throw deny(`${importer} imports ${specifier}: definitions can import only @posthog/definitions, files in the repository and a few node: builtins`);
      }
      const lexical = specifier.startsWith("file:") ? fileURLToPath(specifier) : resolvePath(dirname(fileURLToPath(context.parentURL)), specifier);
      const rel = toRelative(policy.root, lexical);
      if (rel.startsWith("..") || isAbsolute(rel)) throw deny(`${importer} imports ${specifier}, which is outside the repository`);
      const reason = refusedReason(rel);
      if (reason !== void 0) throw deny(`${importer} imports ${specifier}: refused, ${reason}`);
      const hidden = unreadableSegment(rel);
      if (hidden !== void 0) throw deny(`${importer} imports ${specifier}: refused, ${hidden}/ is never readable (definitions cannot read .git/, node_modules/ or dot-files)`);
      const resolved = resolveWithTypeScriptFallback(specifier, context, nextResolve, (error) => {
        if (error.code === "ERR_ACCESS_DENIED") throw deny(`${importer} imports ${specifier}, which is not readable from the definitions loader`);
      });
      return { url: checkReal(resolved.url, importer, specifier), shortCircuit: true };
    },
    load(url, context, nextLoad) {
      if (ownUrls.has(url) || url.startsWith("node:")) return nextLoad(url, context);
      if (!url.startsWith("file:")) throw refuse(log2, { file: log2.current, line: 1 }, `definitions cannot load ${url.slice(0, 40)}: only files in the repository`);
      const rel = toRelative(policy.root, fileURLToPath(url));
      const format = FORMATS[extname(rel)];
      if (!policy.files.has(rel) || format === void 0) throw refuse(log2, { file: log2.current, line: 1 }, `${rel} cannot be loaded: it is not an importable file in the repository`);
      const loaded = nextLoad(url, { ...context, format });
      if (format !== "module-typescript") return { format, source: loaded.source, shortCircuit: true };
      const source = typeof loaded.source === "string" ? loaded.source : new TextDecoder().decode(loaded.source);
      return { format: isPlainJavaScript(source) ? "module" : format, source, shortCircuit: true };
    }
  });
}
function importSite(root2, importer, specifier) {
  const fromStack = locateError(new Error(), root2, importer);
  if (fromStack.file === importer && fromStack.line > 1) return fromStack;
  try {
    const lines = readFileSync(resolvePath(root2, importer), "utf8").split("\n");
    const index = lines.findIndex((line) => line.includes(`"${specifier}"`) || line.includes(`'${specifier}'`));
    if (index >= 0) return { file: importer, line: index + 1 };
  } catch {
  }
  return { file: importer, line: 1 };
}
function resolveWithTypeScriptFallback(specifier, context, nextResolve, onError) {
  try {
    return nextResolve(specifier, context);
  } catch (error) {
    onError(error);
    const base = specifier.replace(/\.(js|mjs)$/, "");
    for (const candidate of [`${base}.ts`, `${base}.mts`, `${base}/index.ts`]) {
      try {
        return nextResolve(candidate, context);
      } catch (inner) {
        onError(inner);
      }
    }
    throw error;
  }
}

// src/adapters/loader/worker.ts
var SDK_URL = new URL("./sdk.js", import.meta.url).href;
var request = readRequest();
var reply = createReply(request.nonce);
var root = request.root;
var files = new Set(request.files);
var log = { diagnostics: [], current: request.configFile };
registerOwnFiles(import.meta.url, SDK_URL);
hardenProcess(root, log);
installModuleHooks({ root, sdkUrl: SDK_URL, files, refused: request.refused }, log);
function firstLine(error) {
  const message = error instanceof Error ? error.message : String(error);
  return shorten(message.split("\n").find((l) => l.trim() !== "")?.trim() ?? "unknown error");
}
async function evaluate(file) {
  log.current = file;
  reply({ type: "file", file });
  return await import(pathToFileURL2(realpathSync2.native(resolve(root, file))).href);
}
async function load(dir) {
  const definitions = [];
  const diagnostics2 = [];
  const seen = /* @__PURE__ */ new Map();
  const siteOf = (value) => {
    const site = value[SITE];
    if (!site || typeof site.url !== "string" || !site.url.startsWith("file:")) return void 0;
    const file = toRelative(root, site.url);
    return files.has(file) ? { file, line: site.line, column: site.column } : void 0;
  };
  const register = (resource, fallback) => {
    const existing = seen.get(resource);
    if (existing) return existing;
    const kind = resource[KIND];
    const source = siteOf(resource) ?? fallback;
    const key = typeof resource.key === "string" ? resource.key : "";
    if (key === "") {
      diagnostics2.push({ severity: "error", code: "missing-key", message: `a ${kind} needs a string "key"`, source, field: "key" });
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
    diagnostics2.push({
      severity: "error",
      code: "unsupported-value",
      message: `unsupported value (${value instanceof Date ? "a Date; use an ISO string" : typeof value}); definitions hold JSON data only`,
      source,
      field: path
    });
    return void 0;
  };
  const prefix = relative2(root, dir).split("\\").join("/");
  if (prefix.startsWith("..") || isAbsolute2(prefix)) {
    diagnostics2.push({ severity: "error", code: "missing-directory", message: `the definitions directory ${prefix}/ is outside the repository` });
    return { definitions, diagnostics: diagnostics2 };
  }
  const inDir = (file) => prefix === "" || file.startsWith(`${prefix}/`);
  for (const [file, reason] of Object.entries(request.refused)) {
    if (inDir(file) && isDefinitionFile(file)) diagnostics2.push({ severity: "error", code: "sandbox", message: `refused: ${file} is ${reason}`, source: { file, line: 1 } });
  }
  const listed = request.files.filter((file) => inDir(file) && isDefinitionFile(file));
  for (const file of [...request.files, ...request.skipped].filter((f) => inDir(f) && isSkippedCode(f)).sort()) {
    const importable = /\.m?js$/.test(file) ? "; a .js or .mjs file can still be imported by one" : "";
    diagnostics2.push({ severity: "warning", code: "skipped-file", message: `not read as a definition: definition files end in .ts or .mts${importable}`, source: { file, line: 1 } });
  }
  const refusedDir = request.refused[prefix];
  if (refusedDir !== void 0) {
    diagnostics2.push({ severity: "error", code: "sandbox", message: `refused: the definitions directory ${prefix} is ${refusedDir}` });
    return { definitions, diagnostics: diagnostics2 };
  }
  if (!request.directories.includes(prefix)) {
    diagnostics2.push({ severity: "error", code: "missing-directory", message: `definitions directory ${prefix || "."}/ does not exist` });
    return { definitions, diagnostics: diagnostics2 };
  }
  for (const file of listed) {
    let module;
    try {
      module = await evaluate(file);
    } catch (error) {
      const diagnostic = { severity: "error", code: "load-failed", message: firstLine(error), source: locateError(error, root, file) };
      if (!diagnostics2.some((d) => JSON.stringify(d) === JSON.stringify(diagnostic))) diagnostics2.push(diagnostic);
      continue;
    }
    if (!("default" in module)) continue;
    const exported = module.default;
    if (typeof exported !== "object" || exported === null || typeof exported[KIND] !== "string") {
      diagnostics2.push({
        severity: "error",
        code: "unknown-export",
        message: "the default export is not a resource; export default the result of dashboard(), insight(), featureFlag(), …, or remove the default export to make this a helper module",
        source: { file, line: 1 }
      });
      continue;
    }
    register(exported, { file, line: 1 });
  }
  return { definitions, diagnostics: diagnostics2 };
}
async function loadConfig() {
  const file = toRelative(root, resolve(root, request.configFile));
  const source = { file, line: 1 };
  const refused = request.refused[file];
  if (refused !== void 0) return { diagnostics: [{ severity: "error", code: "sandbox", message: `refused: ${file} is ${refused}`, source }] };
  if (!files.has(file)) return { diagnostics: [] };
  try {
    const module = await evaluate(file);
    const exported = module.default;
    if (!exported || exported[KIND] !== "config") {
      return { diagnostics: [{ severity: "error", code: "invalid-config", message: "export default defineConfig({ ... }) from the config file", source }] };
    }
    return { config: { spec: JSON.parse(JSON.stringify(exported)), source }, diagnostics: [] };
  } catch (error) {
    return { diagnostics: [{ severity: "error", code: "load-failed", message: firstLine(error), source: locateError(error, root, file) }] };
  }
}
var result = await (async () => {
  const config = await loadConfig();
  if (request.announceConfig) reply({ type: "config", diagnostics: config.diagnostics, ...config.config ? { config: config.config } : {} });
  const configuredDir = typeof config.config?.spec.dir === "string" ? config.config.spec.dir : void 0;
  const loaded = request.configOnly ? { definitions: [], diagnostics: [] } : await load(resolve(root, request.dir ?? configuredDir ?? "posthog"));
  return { ...loaded, config: config.config, diagnostics: [...config.diagnostics, ...loaded.diagnostics] };
})().catch((error) => ({
  definitions: [],
  config: void 0,
  diagnostics: [{ severity: "error", code: "load-failed", message: firstLine(error) }]
}));
var refusals = new Set(log.diagnostics.map((d) => d.message));
var diagnostics = [...result.diagnostics.filter((d) => d.code !== "load-failed" || !refusals.has(d.message)), ...log.diagnostics];
reply({ type: "result", definitions: result.definitions, diagnostics, ...result.config ? { config: result.config } : {} });
exitWorker();

import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  parseConfig
} from "./chunk-4JOGTZXF.js";
import {
  ToolError
} from "./chunk-SLY4HKVV.js";

// src/engine/load-project.ts
import { isAbsolute as isAbsolute3, relative as relative3, resolve as resolve2 } from "node:path";

// src/adapters/loader/load.ts
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { lstatSync, realpathSync as realpathSync2 } from "node:fs";
import { readFile, realpath } from "node:fs/promises";
import { dirname, isAbsolute as isAbsolute2, join as join2, relative as relative2, resolve } from "node:path";

// src/adapters/loader/locate.ts
import { posix } from "node:path";
function locateFieldLine(source, diagnostic2) {
  if (!diagnostic2.source || !diagnostic2.field) return diagnostic2;
  const lines = source.split("\n");
  let line = diagnostic2.source.line - 1;
  let column;
  for (const segment of diagnostic2.field.split(".")) {
    if (/^\d+$/.test(segment)) continue;
    const pattern = new RegExp(`(^|[\\s{,(])["']?${segment.replace(/[.*+?^${}()|[\]\\$]/g, "\\$&")}["']?\\s*[:,}]`);
    let found = -1;
    for (let i = line; i < Math.min(lines.length, line + 400); i++) {
      const match = pattern.exec(lines[i]);
      if (match) {
        found = i;
        column = match.index + match[1].length + 1;
        break;
      }
    }
    if (found < 0) break;
    line = found;
  }
  if (line === diagnostic2.source.line - 1) return diagnostic2;
  return { ...diagnostic2, source: { file: diagnostic2.source.file, line: line + 1, column } };
}
var MISSING_MODULE = /^Cannot find module '([^']+)' imported from (\S+)$/;
var IMPORT_SPECIFIER = /(\bfrom\s*|\bimport\s*\(?\s*)(["'])([^"']+)\2/g;
function locateMissingImport(source, diagnostic2, root) {
  const match = MISSING_MODULE.exec(diagnostic2.message);
  if (!match || !diagnostic2.source) return diagnostic2;
  const missing = match[1].replace(/^file:\/\//, "");
  const inRepository = missing.startsWith(`${root}/`) ? missing.slice(root.length + 1) : missing;
  const importer = diagnostic2.source.file;
  const folder = importer.includes("/") ? importer.slice(0, importer.lastIndexOf("/")) : "";
  const lines = source.split("\n");
  for (let i = 0; i < lines.length; i++) {
    for (const found of lines[i].matchAll(IMPORT_SPECIFIER)) {
      const specifier = found[3];
      if (!specifier.startsWith(".")) continue;
      const target = posix.join(folder, specifier);
      const stem = (path) => path.replace(/\.(m?[jt]s)$/, "");
      if (target === inRepository || stem(target) === stem(inRepository)) {
        return {
          ...diagnostic2,
          message: `cannot import ${specifier}: ${inRepository} does not exist`,
          source: { file: importer, line: i + 1, column: found.index + found[1].length + 1 }
        };
      }
    }
  }
  return { ...diagnostic2, message: `cannot import ${inRepository}: it does not exist` };
}

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
var IMPORTABLE_EXTENSIONS = [".ts", ".mts", ".js", ".mjs", ".json"];
function isSkippedCode(file) {
  return /\.[cm]?[jt]sx?$/.test(file) && !isDefinitionFile(file) && !file.endsWith(".d.ts");
}
function isDefinitionFile(file) {
  return (file.endsWith(".ts") || file.endsWith(".mts")) && !file.endsWith(".d.ts");
}
function unreadableSegment(path) {
  return path.split(/[\\/]/).find((segment) => segment === "" || segment === ".." || segment.startsWith(".") || segment === "node_modules");
}
function isReadableRelativePath(path) {
  return path !== "" && !/^([a-zA-Z]:)?[\\/]/.test(path) && unreadableSegment(path) === void 0;
}

// src/adapters/loader/reply.ts
var ProtocolError = class extends ToolError {
  constructor(message) {
    super("internal", message);
    this.name = "ProtocolError";
  }
};
function fail(message) {
  throw new ProtocolError(message);
}
function record(value, what, required, optional = []) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) fail(`${what} is not an object`);
  const fields = value;
  for (const key of Object.keys(fields)) if (!required.includes(key) && !optional.includes(key)) fail(`${what} has an unexpected field "${key.slice(0, 40)}"`);
  for (const key of required) if (!(key in fields)) fail(`${what} lacks "${key}"`);
  return fields;
}
function text(value, what, max) {
  if (typeof value !== "string") fail(`${what} is not a string`);
  if (value.length > max) fail(`${what} is longer than ${max} characters`);
  return value;
}
function count(value, what) {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1 || value > 1e7) fail(`${what} is not a line or column number`);
  return value;
}
function list(value, what, max) {
  if (!Array.isArray(value)) fail(`${what} is not a list`);
  if (value.length > max) fail(`${what} has more than ${max} entries`);
  return value;
}
function json(value, what, depth) {
  if (depth > REPLY_LIMITS.depth) fail(`${what} is nested deeper than ${REPLY_LIMITS.depth} levels`);
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : fail(`${what} is not a finite number`);
  if (Array.isArray(value)) {
    for (const item of value) json(item, what, depth + 1);
    return value;
  }
  if (typeof value !== "object") fail(`${what} is not JSON data`);
  for (const key of Object.keys(value)) {
    if (key === "__proto__") fail(`${what} has a "__proto__" key`);
    json(value[key], what, depth + 1);
  }
  return value;
}
function location(value, what, expected) {
  const fields = record(value, what, ["file", "line"], ["column"]);
  const file = text(fields.file, `${what}.file`, REPLY_LIMITS.path);
  if (!expected.files.has(file) && !expected.refused.has(file)) fail(`${what} names ${JSON.stringify(file.slice(0, 200))}, which is not a file of the repository`);
  return { file, line: count(fields.line, `${what}.line`), ...fields.column === void 0 ? {} : { column: count(fields.column, `${what}.column`) } };
}
function definition(value, what, expected) {
  const fields = record(value, what, ["kind", "key", "spec"], ["source"]);
  const kind = text(fields.kind, `${what}.kind`, 64);
  if (!/^[a-z][a-z-]*$/.test(kind)) fail(`${what}.kind is not a kind's name`);
  const spec = json(fields.spec, `${what}.spec`, 0);
  if (typeof spec !== "object" || spec === null || Array.isArray(spec)) fail(`${what}.spec is not an object`);
  return {
    kind,
    key: text(fields.key, `${what}.key`, REPLY_LIMITS.key),
    spec,
    ...fields.source === void 0 ? {} : { source: location(fields.source, `${what}.source`, expected) }
  };
}
function diagnostic(value, what, expected) {
  const fields = record(value, what, ["severity", "code", "message"], ["source", "field", "resource"]);
  if (fields.severity !== "error" && fields.severity !== "warning") fail(`${what}.severity is not error or warning`);
  const code = text(fields.code, `${what}.code`, 64);
  if (!/^[a-z][a-z0-9-]*$/.test(code)) fail(`${what}.code is not a diagnostic code`);
  return {
    severity: fields.severity,
    code,
    message: text(fields.message, `${what}.message`, REPLY_LIMITS.message),
    ...fields.source === void 0 ? {} : { source: location(fields.source, `${what}.source`, expected) },
    ...fields.field === void 0 ? {} : { field: text(fields.field, `${what}.field`, REPLY_LIMITS.path) },
    ...fields.resource === void 0 ? {} : { resource: text(fields.resource, `${what}.resource`, REPLY_LIMITS.path) }
  };
}
function findUnknownKind(definitions, isKind) {
  const index = definitions.findIndex((d) => !isKind(d.kind));
  return index < 0 ? void 0 : `definition ${index}.kind "${definitions[index].kind}" is not a kind`;
}
function parseWorkerMessage(line, expected) {
  let parsed;
  try {
    parsed = JSON.parse(line);
  } catch {
    fail("a message is not JSON");
  }
  const head = record(parsed, "a message", ["nonce", "type"], ["file", "definitions", "diagnostics", "config"]);
  if (head.nonce !== expected.nonce) fail("a message does not carry this run's nonce");
  if (head.type === "file") {
    const fields2 = record(parsed, "a progress message", ["nonce", "type", "file"]);
    const file = text(fields2.file, "a progress message's file", REPLY_LIMITS.path);
    if (!expected.files.has(file)) fail(`a progress message names ${JSON.stringify(file.slice(0, 200))}, which is not a file of the repository`);
    return { type: "file", file };
  }
  if (head.type === "config") {
    const fields2 = record(parsed, "the config message", ["nonce", "type", "diagnostics"], ["config"]);
    const diagnostics2 = list(fields2.diagnostics, "the config message's diagnostics", REPLY_LIMITS.diagnostics).map((d, i) => diagnostic(d, `diagnostic ${i}`, expected));
    return { type: "config", diagnostics: diagnostics2, ...fields2.config === void 0 ? {} : { config: loadedConfig(fields2.config, expected) } };
  }
  if (head.type !== "result") fail("a message has an unknown type");
  const fields = record(parsed, "the result", ["nonce", "type", "definitions", "diagnostics"], ["config"]);
  const definitions = list(fields.definitions, "the result's definitions", REPLY_LIMITS.definitions).map((d, i) => definition(d, `definition ${i}`, expected));
  const diagnostics = list(fields.diagnostics, "the result's diagnostics", REPLY_LIMITS.diagnostics).map((d, i) => diagnostic(d, `diagnostic ${i}`, expected));
  return { type: "result", definitions, diagnostics, ...fields.config === void 0 ? {} : { config: loadedConfig(fields.config, expected) } };
}
function loadedConfig(value, expected) {
  const config = record(value, "the config", ["spec", "source"]);
  const spec = json(config.spec, "the config's spec", 0);
  if (typeof spec !== "object" || spec === null || Array.isArray(spec)) fail("the config's spec is not an object");
  const source = location(config.source, "the config's source", expected);
  if (source.file !== expected.configFile) fail("the config's source is not the config file");
  return { spec, source };
}

// src/adapters/loader/scan.ts
import { readdirSync, readlinkSync, realpathSync, statSync } from "node:fs";
import { extname, isAbsolute, join, relative, sep } from "node:path";
function isExcludedDirectory(name) {
  return name.startsWith(".") || name === "node_modules";
}
function toPosix(path) {
  return path.split(sep).join("/");
}
function scanRepository(rootPath) {
  const root = realpathSync(rootPath);
  const files = [];
  const directories = [];
  const refused = {};
  const skipped = [];
  const judgeLink = (path) => {
    const written = readlinkSync(path);
    let real;
    try {
      real = realpathSync(path);
    } catch {
      return `a symbolic link to ${written}, which does not exist`;
    }
    const inside = relative(root, real);
    if (inside.startsWith("..") || isAbsolute(inside)) return `a symbolic link to ${written}, outside the repository`;
    if (!isReadableRelativePath(inside)) return `a symbolic link to ${written}, inside ${unreadableSegment(inside)}/`;
    if (!statSync(real).isFile()) return `a symbolic link to ${written}, which is a directory`;
    return void 0;
  };
  const addFile = (rel) => {
    if (!isReadableRelativePath(rel)) return;
    if (IMPORTABLE_EXTENSIONS.includes(extname(rel))) files.push(toPosix(rel));
    else if (isSkippedCode(rel)) skipped.push(toPosix(rel));
  };
  const walk = (dir, relDir) => {
    directories.push(relDir);
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return { clean: false, allow: [] };
    }
    entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    let clean = true;
    const allow = [];
    for (const entry of entries) {
      const path = join(dir, entry.name);
      const rel = relDir === "" ? entry.name : `${relDir}/${entry.name}`;
      if (entry.isSymbolicLink()) {
        const reason = judgeLink(path);
        if (reason !== void 0) {
          refused[rel] = reason;
          clean = false;
          continue;
        }
        addFile(rel);
        allow.push(path);
      } else if (entry.isDirectory()) {
        if (isExcludedDirectory(entry.name)) {
          clean = false;
          continue;
        }
        const below = walk(path, rel);
        if (below.clean) allow.push(path);
        else {
          clean = false;
          allow.push(...below.allow);
        }
      } else if (entry.isFile()) {
        if (entry.name === ".git") {
          clean = false;
          continue;
        }
        addFile(rel);
        allow.push(path);
      } else {
        refused[rel] = "not a regular file";
        clean = false;
      }
    }
    return { clean, allow };
  };
  const walked = walk(root, "");
  return { root, allow: walked.clean ? [root] : walked.allow, files: files.sort(), directories: directories.sort(), refused, skipped: skipped.sort() };
}

// src/adapters/loader/load.ts
var PASSED_ENV = ["PATH", "HOME", "TMPDIR", "TEMP", "TMP", "LANG", "LC_ALL", "TZ", "SYSTEMROOT"];
async function loadDefinitions(options) {
  const [major = 0, minor = 0] = process.versions.node.split(".").map(Number);
  if (major < 22 || major === 22 && minor < 18) {
    throw new Error(`definition files are TypeScript, which needs Node.js 22.18 or newer (this is ${process.versions.node})`);
  }
  const root = realpathSync2(options.root);
  const configFile = relative2(root, resolve(root, options.configFile ?? "posthog.config.ts")).split("\\").join("/");
  if (!isReadableRelativePath(configFile)) {
    return { definitions: [], diagnostics: [{ severity: "error", code: "invalid-config", message: `the config file ${options.configFile} must be inside the repository, outside dot-directories and node_modules/` }] };
  }
  const configExists = lstatSync(join2(root, configFile), { throwIfNoEntry: false }) !== void 0;
  if (options.configOnly && !configExists) return { definitions: [], diagnostics: [] };
  if (options.onConfig && !configExists) options.onConfig({ definitions: [], diagnostics: [] });
  const scan = scanRepository(root);
  const env = {};
  for (const name of PASSED_ENV) {
    const value = process.env[name];
    if (value !== void 0) env[name] = value;
  }
  const nonce = randomBytes(24).toString("hex");
  const request = {
    nonce,
    root: scan.root,
    ...options.dir !== void 0 ? { dir: options.dir } : {},
    configFile,
    configOnly: options.configOnly ?? false,
    announceConfig: options.onConfig !== void 0 && configExists && options.configOnly !== true,
    files: scan.files,
    directories: scan.directories,
    refused: scan.refused,
    skipped: scan.skipped
  };
  const workerPath = realpathSync2(options.workerPath);
  const allow = [...scan.allow, workerPath, join2(dirname(workerPath), "sdk.js")].map((path) => `--allow-fs-read=${path}`);
  const child = spawn(
    process.execPath,
    ["--permission", ...allow, "--frozen-intrinsics", "--experimental-vm-modules", "--disable-warning=ExperimentalWarning", `--max-old-space-size=${LOAD_BUDGET.heapMb}`, workerPath],
    { cwd: scan.root, env, stdio: ["ignore", "pipe", "pipe", "pipe", "pipe"] }
  );
  const expected = { nonce, files: new Set(scan.files), refused: /* @__PURE__ */ new Set([...Object.keys(scan.refused), ...scan.skipped]), configFile };
  const [result, { findKind }] = await Promise.all([superviseWorker(child, request, expected, options.onConfig), import("./kinds-L3FFQX2A.js")]);
  const unknownKind = findUnknownKind(result.definitions, (name) => findKind(name) !== void 0);
  if (unknownKind !== void 0) return { definitions: [], diagnostics: [rejectReply(unknownKind)] };
  return { ...result, diagnostics: await locateDiagnostics(result.diagnostics, scan.root) };
}
function rejectReply(reason) {
  return { severity: "error", code: "loader-protocol", message: `the definitions loader's reply was rejected (${reason}); nothing it sent was used. A definition may have tried to forge it` };
}
function superviseWorker(child, request, expected, onConfig) {
  return new Promise((done, fail2) => {
    let current;
    let settled = false;
    let stopReason;
    let stderrTail = "";
    let replyBytes = 0;
    let pending = [];
    const blame = () => current === void 0 ? void 0 : { file: current, line: 1 };
    const settle = (outcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(loadTimer);
      clearTimeout(fileTimer);
      child.kill("SIGKILL");
      if (outcome instanceof Error) fail2(outcome);
      else done(outcome);
    };
    const stop = (code, message) => {
      if (stopReason || settled) return;
      const source = blame();
      stopReason = { severity: "error", code, message, ...source ? { source } : {} };
      child.kill("SIGKILL");
    };
    const loadTimer = setTimeout(
      () => stop("load-timeout", `loading the definitions took longer than ${LOAD_BUDGET.loadMs / 1e3}s${current ? ` (stopped while evaluating ${current})` : ""}`),
      LOAD_BUDGET.loadMs
    );
    let fileTimer;
    const relay = createOutputRelay();
    child.stdout?.on("data", (chunk) => relay.write(chunk, "stdout"));
    child.stderr?.on("data", (chunk) => {
      stderrTail = (stderrTail + chunk.toString("utf8")).slice(-4096);
      relay.write(chunk, "stderr");
    });
    child.on("close", () => relay.flush());
    let announced = false;
    const receive = (line) => {
      const message = parseWorkerMessage(line, expected);
      if (message.type === "config") {
        if (announced || !request.announceConfig) throw new ProtocolError("a config message is not expected here");
        announced = true;
        onConfig?.({ definitions: [], diagnostics: message.diagnostics, ...message.config ? { config: message.config } : {} });
        return;
      }
      if (message.type === "file") {
        current = message.file;
        fileTimer ??= setTimeout(
          () => stop("load-timeout", `evaluating ${current} took longer than ${LOAD_BUDGET.fileMs / 1e3}s (each file may take ${LOAD_BUDGET.fileMs / 1e3}s: a loop that never ends, or a promise that never settles?)`),
          LOAD_BUDGET.fileMs
        );
        fileTimer.refresh();
        return;
      }
      settle({ definitions: message.definitions, diagnostics: message.diagnostics, ...message.config ? { config: message.config } : {} });
    };
    const replies = child.stdio[REPLY_FD];
    replies.on("data", (chunk) => {
      if (settled || stopReason) return;
      replyBytes += chunk.length;
      if (replyBytes > LOAD_BUDGET.replyBytes) {
        stop("loader-protocol", `the definitions loader's reply was rejected (larger than ${LOAD_BUDGET.replyBytes} bytes); nothing it sent was used`);
        return;
      }
      let start = 0;
      for (let newline = chunk.indexOf(10); newline >= 0 && !settled && !stopReason; newline = chunk.indexOf(10, start)) {
        pending.push(chunk.subarray(start, newline));
        start = newline + 1;
        const line = Buffer.concat(pending).toString("utf8");
        pending = [];
        try {
          receive(line);
        } catch (error) {
          if (!(error instanceof ProtocolError)) throw error;
          stop("loader-protocol", `the definitions loader's reply was rejected (${error.message}); nothing it sent was used. A definition may have tried to forge it`);
        }
      }
      if (start < chunk.length) pending.push(chunk.subarray(start));
    });
    child.on("error", (error) => settle(error));
    child.on("close", (code, signal) => {
      if (settled) return;
      if (stopReason) return settle({ definitions: [], diagnostics: [stopReason] });
      const source = blame();
      if (!source) return settle(new Error(`the definitions loader exited with ${signal ?? `code ${code}`} before reporting${stderrTail ? `: ${stderrTail.trim().split("\n").slice(-3).join(" ")}` : ""}`));
      const outOfMemory = /heap out of memory|Reached heap limit/.test(stderrTail) || signal === "SIGABRT" || signal === "SIGTRAP";
      const message = outOfMemory ? `evaluating ${source.file} ran out of memory (the definitions loader may use ${LOAD_BUDGET.heapMb} MB)` : code === 13 ? `${source.file} never finishes: its top-level await waits on a promise that never settles` : `the definitions loader stopped (${signal ?? `exit code ${code}`}) while evaluating ${source.file}`;
      settle({ definitions: [], diagnostics: [{ severity: "error", code: outOfMemory ? "load-memory" : "load-failed", message, source }] });
    });
    const requests = child.stdio[REQUEST_FD];
    requests.on("error", () => void 0);
    requests.end(JSON.stringify(request));
  });
}
function createOutputRelay() {
  const carry = { stdout: "", stderr: "" };
  let relayed = 0;
  const emit = (lines) => {
    if (relayed >= LOAD_BUDGET.outputBytes || lines.length === 0) return;
    const text2 = lines.map((line) => /^\s*::/.test(line) ? `[definition output] ${line}` : line).join("\n");
    relayed += Buffer.byteLength(text2) + 1;
    process.stderr.write(relayed >= LOAD_BUDGET.outputBytes ? `${text2}
[output of the definition files truncated at ${LOAD_BUDGET.outputBytes} bytes]
` : `${text2}
`);
  };
  return {
    write(chunk, stream) {
      const lines = (carry[stream] + chunk.toString("utf8")).split("\n");
      carry[stream] = lines.pop() ?? "";
      if (carry[stream].length > 64 * 1024) {
        lines.push(carry[stream]);
        carry[stream] = "";
      }
      emit(lines);
    },
    flush() {
      emit([carry.stdout, carry.stderr].filter((line) => line !== ""));
      carry.stdout = carry.stderr = "";
    }
  };
}
async function readRepositoryFile(root, file) {
  if (!isReadableRelativePath(file)) return "";
  try {
    const real = await realpath(join2(root, file));
    const inside = relative2(await realpath(root), real);
    if (inside.startsWith("..") || isAbsolute2(inside) || !isReadableRelativePath(inside)) return "";
    return await readFile(real, "utf8");
  } catch {
    return "";
  }
}
async function locateDiagnostics(diagnostics, root) {
  const sources = /* @__PURE__ */ new Map();
  const out = [];
  for (const diagnostic2 of diagnostics) {
    const file = diagnostic2.source?.file;
    if (!file) {
      out.push(diagnostic2);
      continue;
    }
    if (!sources.has(file)) sources.set(file, await readRepositoryFile(root, file));
    const source = sources.get(file);
    out.push(diagnostic2.code === "load-failed" ? locateMissingImport(source, diagnostic2, root) : locateFieldLine(source, diagnostic2));
  }
  return out;
}

// src/engine/load-project.ts
async function loadProject(options) {
  assertDirectoryInside(options.root, options.dir);
  return toLoadedProject(await loadDefinitions(options));
}
function loadProjectAnnouncingConfig(options) {
  let announce = () => void 0;
  const config = new Promise((resolve3) => announce = resolve3);
  const loading = loadProject({ ...options, onConfig: (loaded) => announce(toLoadedProject(loaded)) });
  loading.then(
    () => announce(void 0),
    () => announce(void 0)
  );
  return { loading, config };
}
function toLoadedProject(loaded) {
  const parsed = parseConfig(loaded.config?.spec, loaded.config?.source);
  return { config: parsed.config, definitions: loaded.definitions, diagnostics: [...loaded.diagnostics, ...parsed.diagnostics] };
}
function assertDirectoryInside(root, dir) {
  if (dir === void 0) return;
  const inside = relative3(resolve2(root), resolve2(root, dir));
  if (inside.startsWith("..") || isAbsolute3(inside)) {
    throw new ToolError(
      "configuration",
      `the definitions directory ${dir} is outside ${resolve2(root)}, the directory the tool runs in; definitions may only be read from inside it, so run the tool from the repository that holds them (cd there) or give a --dir inside it`
    );
  }
}

export {
  isReadableRelativePath,
  locateDiagnostics,
  loadProject,
  loadProjectAnnouncingConfig
};

import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  createPlan,
  hasErrors
} from "./chunk-QWMD3NVY.js";
import {
  buildDesiredState,
  isApiFailure,
  readProjectState,
  startProjectRead
} from "./chunk-BPKE5F53.js";
import {
  createPostHogClient
} from "./chunk-FWHMFG4G.js";
import {
  findKind,
  getKind
} from "./chunk-4NC3SSOY.js";
import {
  KEY_VARIABLE,
  parseConfig
} from "./chunk-VST4TW6V.js";
import {
  ToolError,
  formatAddress,
  isDeepEqual,
  isJsonObject,
  warnUnlistedSecrets
} from "./chunk-ONGOTDVW.js";

// src/engine/project.ts
import { isAbsolute as isAbsolute3, relative as relative3, resolve as resolve4 } from "node:path";

// src/adapters/hogql/check.ts
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";

// src/core/hogql.ts
function findResourceHogQL(value, selectFields = []) {
  const found = findHogQLStrings(value);
  for (const name of selectFields) {
    const text3 = value[name];
    if (typeof text3 === "string") found.push({ field: name, text: text3, grammar: "select" });
  }
  return found;
}
function findHogQLStrings(value, field = "") {
  if (Array.isArray(value)) return value.flatMap((item, i) => findHogQLStrings(item, field ? `${field}.${i}` : String(i)));
  if (!isJsonObject(value)) return [];
  const join6 = (name) => field ? `${field}.${name}` : name;
  const found = [];
  if (value.kind === "HogQLQuery" && typeof value.query === "string") found.push({ field: join6("query"), text: value.query, grammar: "select" });
  if (value.type === "hogql" && typeof value.key === "string") found.push({ field: join6("key"), text: value.key, grammar: "expr" });
  for (const [name, member] of Object.entries(value)) found.push(...findHogQLStrings(member, join6(name)));
  return found;
}

// src/adapters/hogql/locate.ts
function locateInSource(source, fromLine, text3, offset) {
  const lineStarts = [0];
  for (let i = source.indexOf("\n"); i >= 0; i = source.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  const from = lineStarts[Math.max(0, fromLine - 1)] ?? 0;
  const escape = (value) => JSON.stringify(value).slice(1, -1);
  const forms = [
    { written: text3, prefix: text3.slice(0, offset) },
    { written: escape(text3), prefix: escape(text3.slice(0, offset)) }
  ];
  for (const { written, prefix } of forms) {
    const at = source.indexOf(written, from);
    if (written === "" || at < 0) continue;
    const position = at + prefix.length;
    let line = 0;
    while (line + 1 < lineStarts.length && lineStarts[line + 1] <= position) line++;
    return { line: line + 1, column: position - lineStarts[line] + 1 };
  }
  return void 0;
}

// src/adapters/hogql/parser.ts
function shortenMessage(message) {
  return message.replace(/(at input ')([\s\S]*)(')/, (_all, open, input, close) => {
    const flat = input.replace(/\\[nrt]|\s+/g, " ").replace(/ {2,}/g, " ");
    return `${open}${flat.length > 40 ? `…${flat.slice(-40)}` : flat}${close}`;
  });
}
function toUtf16Offset(text3, codePoints) {
  return Array.from(text3).slice(0, Math.max(0, codePoints)).join("").length;
}
var loaded;
function loadHogQLChecker() {
  loaded ??= createChecker();
  return loaded;
}
async function createChecker() {
  const { default: createHogQLParser } = await import("./hogql_parser_wasm-FTE2HZBM.js");
  const parser = await createHogQLParser();
  const seen = /* @__PURE__ */ new Map();
  const parse = (text3, grammar) => {
    const result = JSON.parse(grammar === "select" ? parser.parseSelect(text3) : parser.parseExpr(text3));
    if (result.error !== true) return void 0;
    return {
      severity: result.type === "NotImplementedError" ? "warning" : "error",
      message: `HogQL ${result.type === "SyntaxError" ? "syntax error" : "error"}: ${shortenMessage(result.message ?? "unknown problem")}`,
      offset: toUtf16Offset(text3, result.start?.offset ?? 0)
    };
  };
  return (text3, grammar) => {
    const key = `${grammar}\0${text3}`;
    if (!seen.has(key)) seen.set(key, parse(text3, grammar));
    return seen.get(key);
  };
}

// src/adapters/hogql/check.ts
async function checkHogQL(definitions, root) {
  const found = definitions.flatMap((definition2) => findResourceHogQL(definition2.spec, findKind(definition2.kind)?.hogqlSelects).map((hogql) => ({ definition: definition2, hogql })));
  if (found.length === 0) return [];
  const check = await loadHogQLChecker();
  const sources = /* @__PURE__ */ new Map();
  const diagnostics = [];
  for (const { definition: definition2, hogql } of found) {
    const problem = check(hogql.text, hogql.grammar);
    if (!problem) continue;
    let source = definition2.source;
    if (source) {
      const file = source.file;
      if (!sources.has(file)) sources.set(file, readFile(join(resolve(root), file), "utf8").catch(() => ""));
      const position = locateInSource(await sources.get(file), source.line, hogql.text, problem.offset);
      if (position) source = { file, ...position };
    }
    diagnostics.push({ severity: problem.severity, code: "hogql", message: problem.message, source, field: hogql.field, resource: formatAddress(definition2) });
  }
  return diagnostics;
}

// src/adapters/loader/load.ts
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { realpathSync as realpathSync2 } from "node:fs";
import { readFile as readFile2, realpath } from "node:fs/promises";
import { dirname, isAbsolute as isAbsolute2, join as join3, relative as relative2, resolve as resolve2 } from "node:path";

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
  if (Array.isArray(value)) return value.map((item) => json(item, what, depth + 1));
  if (typeof value !== "object") fail(`${what} is not JSON data`);
  const out = {};
  for (const [key, member] of Object.entries(value)) {
    if (key === "__proto__") fail(`${what} has a "__proto__" key`);
    out[key] = json(member, what, depth + 1);
  }
  return out;
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
  if (!findKind(kind)) fail(`${what}.kind "${kind}" is not a kind`);
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
  if (head.type !== "result") fail("a message has an unknown type");
  const fields = record(parsed, "the result", ["nonce", "type", "definitions", "diagnostics"], ["config"]);
  const definitions = list(fields.definitions, "the result's definitions", REPLY_LIMITS.definitions).map((d, i) => definition(d, `definition ${i}`, expected));
  const diagnostics = list(fields.diagnostics, "the result's diagnostics", REPLY_LIMITS.diagnostics).map((d, i) => diagnostic(d, `diagnostic ${i}`, expected));
  if (fields.config === void 0) return { type: "result", definitions, diagnostics };
  const config = record(fields.config, "the config", ["spec", "source"]);
  const spec = json(config.spec, "the config's spec", 0);
  if (typeof spec !== "object" || spec === null || Array.isArray(spec)) fail("the config's spec is not an object");
  const source = location(config.source, "the config's source", expected);
  if (source.file !== expected.configFile) fail("the config's source is not the config file");
  return { type: "result", definitions, diagnostics, config: { spec, source } };
}

// src/adapters/loader/scan.ts
import { readdirSync, readlinkSync, realpathSync, statSync } from "node:fs";
import { extname, isAbsolute, join as join2, relative, sep } from "node:path";
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
      const path = join2(dir, entry.name);
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
  const scan = scanRepository(options.root);
  const configFile = relative2(scan.root, resolve2(scan.root, options.configFile ?? "posthog.config.ts")).split("\\").join("/");
  if (!isReadableRelativePath(configFile)) {
    return { definitions: [], diagnostics: [{ severity: "error", code: "invalid-config", message: `the config file ${options.configFile} must be inside the repository, outside dot-directories and node_modules/` }] };
  }
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
    files: scan.files,
    directories: scan.directories,
    refused: scan.refused,
    skipped: scan.skipped
  };
  const workerPath = realpathSync2(options.workerPath);
  const allow = [...scan.allow, workerPath, join3(dirname(workerPath), "sdk.js")].map((path) => `--allow-fs-read=${path}`);
  const child = spawn(
    process.execPath,
    ["--permission", ...allow, "--frozen-intrinsics", "--disable-warning=ExperimentalWarning", `--max-old-space-size=${LOAD_BUDGET.heapMb}`, workerPath],
    { cwd: scan.root, env, stdio: ["ignore", "pipe", "pipe", "pipe", "pipe"] }
  );
  const expected = { nonce, files: new Set(scan.files), refused: /* @__PURE__ */ new Set([...Object.keys(scan.refused), ...scan.skipped]), configFile };
  const result = await superviseWorker(child, request, expected);
  return { ...result, diagnostics: await locateDiagnostics(result.diagnostics, scan.root) };
}
function superviseWorker(child, request, expected) {
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
    const receive = (line) => {
      const message = parseWorkerMessage(line, expected);
      if (message.type === "file") {
        current = message.file;
        clearTimeout(fileTimer);
        const file = message.file;
        fileTimer = setTimeout(
          () => stop("load-timeout", `evaluating ${file} took longer than ${LOAD_BUDGET.fileMs / 1e3}s (each file may take ${LOAD_BUDGET.fileMs / 1e3}s: a loop that never ends, or a promise that never settles?)`),
          LOAD_BUDGET.fileMs
        );
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
    child.on("exit", (code, signal) => {
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
    const text3 = lines.map((line) => /^\s*::/.test(line) ? `[definition output] ${line}` : line).join("\n");
    relayed += Buffer.byteLength(text3) + 1;
    process.stderr.write(relayed >= LOAD_BUDGET.outputBytes ? `${text3}
[output of the definition files truncated at ${LOAD_BUDGET.outputBytes} bytes]
` : `${text3}
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
    const real = await realpath(join3(root, file));
    const inside = relative2(await realpath(root), real);
    if (inside.startsWith("..") || isAbsolute2(inside) || !isReadableRelativePath(inside)) return "";
    return await readFile2(real, "utf8");
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

// src/core/staff-writes.ts
var CURRENT_USER_PATH = "/api/users/@me/";
async function assertStaffWrites(api, resources) {
  const gated = resources.filter((resource) => getKind(resource.kind).staffWrites === true);
  if (gated.length === 0) return;
  const labels = [...new Set(gated.map((resource) => getKind(resource.kind).label))].join(", ");
  const files = [...new Set(gated.map((resource) => resource.source?.file ?? `${resource.kind}/${resource.key}`))].sort().join(", ");
  let user;
  try {
    user = await api.get(CURRENT_USER_PATH);
  } catch (error) {
    if (!isApiFailure(error) || error.status !== 403) throw error;
    throw new ToolError("auth", `${labels} definitions (${files}) need a key whose user is PostHog staff, and this key cannot read its user (${CURRENT_USER_PATH}; give it the user:read scope). Nothing was changed`);
  }
  if (user?.is_staff === true) return;
  throw new ToolError("auth", `${labels}s can be written only by PostHog staff users, and this key's user is not staff: PostHog would refuse every write of ${files}. Nothing was changed; remove those definitions or use a staff user's key`);
}

// src/adapters/checks/locate.ts
import { readFile as readFile3 } from "node:fs/promises";
import { join as join4, resolve as resolve3 } from "node:path";
function fieldLine(lines, fromLine, field) {
  let line = fromLine - 1;
  for (const segment of field.split(".")) {
    if (/^\d+$/.test(segment)) continue;
    const pattern = new RegExp(`(^|[\\s{,(])["']?${segment.replace(/[.*+?^${}()|[\]\\$]/g, "\\$&")}["']?\\s*:`);
    for (let i = line; i < Math.min(lines.length, line + 400); i++) {
      if (pattern.test(lines[i])) {
        line = i;
        break;
      }
    }
  }
  return line + 1;
}
async function placeFindings(findings, root) {
  const files = /* @__PURE__ */ new Map();
  const read = (file) => {
    if (!files.has(file)) files.set(file, readFile3(join4(resolve3(root), file), "utf8").catch(() => ""));
    return files.get(file);
  };
  const placed = [];
  for (const { diagnostic: diagnostic2, text: text3, offset, byField } of findings) {
    const source = diagnostic2.source;
    if (!source) {
      placed.push(diagnostic2);
      continue;
    }
    const content = await read(source.file);
    const from = byField && diagnostic2.field ? fieldLine(content.split("\n"), source.line, diagnostic2.field) : source.line;
    const position = locateInSource(content, from, text3, offset);
    placed.push({ ...diagnostic2, source: position ? { file: source.file, ...position } : { file: source.file, line: from } });
  }
  return placed;
}

// src/core/checks/references.ts
var NUMERIC_MATH = /* @__PURE__ */ new Set(["sum", "avg", "min", "max", "median", "p75", "p90", "p95", "p99"]);
var join5 = (field, name) => field === "" ? String(name) : `${field}.${name}`;
var text2 = (value) => typeof value === "string" && value !== "";
function findNameReferences(value, field = "", parentKey = "") {
  if (Array.isArray(value)) return value.flatMap((item, i) => findNameReferences(item, join5(field, i), parentKey));
  if (!isJsonObject(value)) return [];
  const found = [];
  const kind = value.kind;
  if ((kind === "EventsNode" || kind === "ExperimentEventExposureConfig" || parentKey === "steps") && text2(value.event)) found.push({ what: "event", name: value.event, field: join5(field, "event") });
  if (value.type === "events" && text2(value.id)) found.push({ what: "event", name: value.id, field: join5(field, "id") });
  if (value.type === "behavioral" && value.event_type === "events" && text2(value.key)) found.push({ what: "event", name: value.key, field: join5(field, "key") });
  if (kind === "EventsNode" && text2(value.math_property) && typeof value.math === "string" && NUMERIC_MATH.has(value.math)) {
    found.push({ what: "property", name: value.math_property, scope: value.math_property_type === "person_properties" ? "person" : "event", field: join5(field, "math_property"), use: "math", operator: value.math });
  }
  if ((value.type === "event" || value.type === "person") && text2(value.key) && kind === void 0) {
    found.push({ what: "property", name: value.key, scope: value.type, field: join5(field, "key"), use: "filter", ...typeof value.operator === "string" ? { operator: value.operator } : {} });
  }
  found.push(...breakdownReferences(value, field));
  for (const [name, member] of Object.entries(value)) found.push(...findNameReferences(member, join5(field, name), name));
  return found;
}
function breakdownReferences(value, field) {
  const found = [];
  const scopeOf = (type) => type === "event" || type === "person" ? type : void 0;
  const single = scopeOf(value.breakdown_type);
  if (single && text2(value.breakdown)) found.push({ what: "property", name: value.breakdown, scope: single, field: join5(field, "breakdown"), use: "breakdown" });
  if (Array.isArray(value.breakdowns)) {
    value.breakdowns.forEach((entry, i) => {
      const scope = isJsonObject(entry) ? scopeOf(entry.type) : void 0;
      if (scope && isJsonObject(entry) && text2(entry.property)) found.push({ what: "property", name: entry.property, scope, field: join5(field, `breakdowns.${i}.property`), use: "breakdown" });
    });
  }
  return found;
}

// src/core/checks/suggest.ts
function suggestNames(wanted, known, limit = 3) {
  const target = wanted.toLowerCase();
  const budget = Math.max(2, Math.floor(wanted.length / 3));
  const scored = [];
  for (const name of new Set(known)) {
    if (name === wanted || Math.abs(name.length - wanted.length) > budget) continue;
    const distance = editDistance(target, name.toLowerCase(), budget);
    if (distance <= budget) scored.push({ name, distance });
  }
  scored.sort((a, b) => a.distance - b.distance || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return scored.slice(0, limit).map((s) => s.name);
}
function editDistance(a, b, budget) {
  let previous2 = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previous2[j - 2] + 1);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > budget) return budget + 1;
    previous2 = previous;
    previous = current;
  }
  return previous[b.length];
}

// src/core/checks/definitions.ts
var NUMERIC_OPERATORS = /* @__PURE__ */ new Set(["gt", "gte", "lt", "lte"]);
var DATE_OPERATORS = /* @__PURE__ */ new Set(["is_date_before", "is_date_after", "is_date_exact"]);
function didYouMean(suggestions) {
  return suggestions.length === 0 ? "" : `; did you mean ${suggestions.map((name) => `\`${name}\``).join(" or ")}?`;
}
function checkNames(references, catalog) {
  const diagnostics = [];
  const seen = /* @__PURE__ */ new Set();
  const ingestedEvents = catalog.events ? [...catalog.events].filter(([, ingested]) => ingested).map(([name]) => name) : [];
  for (const { resource, reference } of references) {
    const id = `${formatAddress(resource)}|${reference.field}|${reference.name}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const warn = (code, message) => diagnostics.push({ severity: "warning", code, message, field: reference.field, resource: formatAddress(resource), ...resource.source ? { source: resource.source } : {} });
    if (reference.what === "event") {
      if (!catalog.events || catalog.events.get(reference.name) === true) continue;
      const declared = catalog.events.has(reference.name);
      const state = declared ? "is defined but was never ingested" : "was never ingested";
      warn("unknown-event", `event \`${reference.name}\` ${state} in this project${didYouMean(suggestNames(reference.name, ingestedEvents))}`);
      continue;
    }
    const known = catalog.properties?.[reference.scope];
    if (!known) continue;
    const label = `${reference.scope} property \`${reference.name}\``;
    if (!known.has(reference.name)) {
      const candidates = [...catalog.propertySuggestions?.[reference.scope] ?? [], ...known.keys()];
      warn("unknown-property", `${label} was never ingested in this project${didYouMean(suggestNames(reference.name, candidates))}`);
      continue;
    }
    const type = known.get(reference.name);
    if (!type) continue;
    const operator = reference.operator ?? "";
    if (reference.use === "math" && NUMERIC_MATH.has(operator) && type !== "Numeric") {
      warn("property-type", `\`${operator}\` of ${label} needs numbers, but PostHog types it ${type}`);
    } else if (reference.use === "filter" && NUMERIC_OPERATORS.has(operator) && type !== "Numeric") {
      warn("property-type", `\`${operator}\` compares numbers, but ${label} is a ${type} property`);
    } else if (reference.use === "filter" && DATE_OPERATORS.has(operator) && type !== "DateTime") {
      warn("property-type", `\`${operator}\` compares dates, but ${label} is a ${type} property`);
    }
  }
  return diagnostics;
}

// src/core/checks/hogql.ts
var PLACEHOLDER = /\{\s*[A-Za-z_][\w.]*\s*\}/;
function collectMetadataChecks(resources) {
  const byText = /* @__PURE__ */ new Map();
  let withPlaceholders = 0;
  for (const resource of resources) {
    const readsNewTable = resource.dependsOn.some((address) => getKind(address.kind).hogqlTable === true);
    for (const hogql of findResourceHogQL(resource.fields, getKind(resource.kind).hogqlSelects)) {
      if (readsNewTable || PLACEHOLDER.test(hogql.text)) {
        withPlaceholders++;
        continue;
      }
      const id = `${hogql.grammar}\0${hogql.text}`;
      const check = byText.get(id) ?? { text: hogql.text, grammar: hogql.grammar, holders: [] };
      check.holders.push({ resource, field: hogql.field });
      byText.set(id, check);
    }
  }
  return { checks: [...byText.values()], withPlaceholders };
}
function metadataQuery(check) {
  return { query: { kind: "HogQLMetadata", language: check.grammar === "select" ? "hogQL" : "hogQLExpr", query: check.text } };
}
function toUtf16(text3, codePoints) {
  return Array.from(text3).slice(0, Math.max(0, codePoints)).join("").length;
}
function readMetadataProblems(text3, response) {
  const read = (notices, severity) => (Array.isArray(notices) ? notices : []).filter(isJsonObject).map((notice) => ({
    severity,
    message: typeof notice.message === "string" ? notice.message : "unknown problem",
    offset: typeof notice.start === "number" ? toUtf16(text3, notice.start) : 0
  }));
  return [...read(response.errors, "error"), ...read(response.warnings, "warning")];
}

// src/core/checks/reach.ts
function conditionsOf(step, fields, lookup) {
  if (fields === void 0 || !isJsonObject(fields.filters) || !Array.isArray(fields.filters.groups)) return [];
  const filters = getKind(step.kind).toPayload(step.key, fields, lookup, "update", step.before).filters;
  if (!isJsonObject(filters) || !Array.isArray(filters.groups)) return [];
  const flagLevel = typeof filters.aggregation_group_type_index === "number" ? filters.aggregation_group_type_index : null;
  return filters.groups.filter(isJsonObject).map((group) => ({
    properties: Array.isArray(group.properties) ? group.properties : [],
    rollout: typeof group.rollout_percentage === "number" ? group.rollout_percentage : 100,
    groupTypeIndex: typeof group.aggregation_group_type_index === "number" ? group.aggregation_group_type_index : flagLevel
  }));
}
function namesUnknownCohort(value) {
  if (Array.isArray(value)) return value.some(namesUnknownCohort);
  if (!isJsonObject(value)) return false;
  if (value.type === "cohort" && (value.value === null || value.value === void 0)) return true;
  return Object.values(value).some(namesUnknownCohort);
}
function findRolloutChanges(steps) {
  const ids = new Map(steps.filter((s) => s.id !== void 0).map((s) => [`${s.kind}/${s.key}`, s.id]));
  const lookup = { idOf: (address) => ids.get(`${address.kind}/${address.key}`) };
  const requests = [];
  let unsizable = 0;
  for (const step of steps) {
    if (step.action !== "update") continue;
    const before = conditionsOf(step, step.before, lookup);
    const after = conditionsOf(step, step.after, lookup);
    for (let i = 0; i < Math.max(before.length, after.length); i++) {
      const was = before[i];
      const will = after[i];
      if (was && will && isDeepEqual(was, will)) continue;
      const sized = will ?? was;
      if (namesUnknownCohort(sized.properties)) {
        unsizable++;
        continue;
      }
      requests.push({
        kind: step.kind,
        key: step.key,
        condition: i + 1,
        ...was ? { before: was.rollout } : {},
        ...will ? { after: will.rollout } : {},
        body: { condition: { properties: sized.properties, rollout_percentage: sized.rollout }, group_type_index: sized.groupTypeIndex }
      });
    }
  }
  return { requests, unsizable };
}

// src/engine/checks.ts
var CHECK_BUDGET = { propertyRequests: 20, hogql: 100, blastRadius: 50 };
var PROPERTY_CHUNK = 50;
var SUGGESTION_PAGE = 500;
function skipReason(error) {
  if (!isApiFailure(error)) return void 0;
  if (error.status === 403) return "forbidden";
  if (error.status === 404 || error.status === 405) return "unavailable";
  return void 0;
}
function readEvents(rows) {
  return new Map(rows.filter((row) => typeof row.name === "string").map((row) => [row.name, typeof row.last_seen_at === "string" && row.last_seen_at !== ""]));
}
async function readProperties(api, wanted, skipped) {
  const properties = { event: /* @__PURE__ */ new Map(), person: /* @__PURE__ */ new Map() };
  const propertySuggestions = { event: [], person: [] };
  let budget = CHECK_BUDGET.propertyRequests;
  try {
    for (const [scope, names] of wanted) {
      const sorted = [...names].sort();
      for (let i = 0; i < sorted.length; i += PROPERTY_CHUNK) {
        if (budget-- <= 0) {
          skipped.push({ check: "properties", reason: "limit", count: sorted.length - i });
          return {};
        }
        const rows = await api.list("property_definitions", { type: scope, properties: sorted.slice(i, i + PROPERTY_CHUNK).join(",") });
        for (const row of rows) if (typeof row.name === "string") properties[scope].set(row.name, typeof row.property_type === "string" ? row.property_type : null);
      }
      if (sorted.some((name) => !properties[scope].has(name))) {
        const page = await api.get(`property_definitions/?type=${scope}&limit=${SUGGESTION_PAGE}`);
        const results = page && Array.isArray(page.results) ? page.results : [];
        for (const row of results) if (row && typeof row === "object" && !Array.isArray(row) && typeof row.name === "string") propertySuggestions[scope].push(row.name);
      }
    }
  } catch (error) {
    const reason = skipReason(error);
    if (!reason) throw error;
    skipped.push({ check: "properties", reason });
    return {};
  }
  return { properties, propertySuggestions };
}
async function checkNamesAgainstProject(api, resources, events, skipped) {
  const references = resources.flatMap((resource) => findNameReferences(resource.fields).map((reference) => ({ resource, reference })));
  const wanted = /* @__PURE__ */ new Map();
  for (const { reference } of references) if (reference.what === "property") (wanted.get(reference.scope) ?? wanted.set(reference.scope, /* @__PURE__ */ new Set()).get(reference.scope)).add(reference.name);
  if (typeof events === "string") skipped.push({ check: "events", reason: events });
  const catalog = { ...typeof events === "string" ? {} : { events: readEvents(events) }, ...wanted.size > 0 ? await readProperties(api, wanted, skipped) : {} };
  const byKey = new Map(references.map(({ resource, reference }) => [`${formatAddress(resource)}|${reference.field}`, reference.name]));
  return checkNames(references, catalog).map((diagnostic2) => ({ diagnostic: diagnostic2, text: byKey.get(`${diagnostic2.resource}|${diagnostic2.field}`) ?? "", offset: 0, byField: true }));
}
async function checkHogQLAgainstProject(api, resources, skipped) {
  const { checks, withPlaceholders } = collectMetadataChecks(resources);
  if (withPlaceholders > 0) skipped.push({ check: "hogql", reason: "placeholders", count: withPlaceholders });
  if (checks.length > CHECK_BUDGET.hogql) skipped.push({ check: "hogql", reason: "limit", count: checks.length - CHECK_BUDGET.hogql });
  const found = [];
  for (const check of checks.slice(0, CHECK_BUDGET.hogql)) {
    let response;
    try {
      response = await api.post("query/", metadataQuery(check), { idempotent: true });
    } catch (error) {
      const reason = skipReason(error);
      if (!reason) throw error;
      skipped.push({ check: "hogql", reason });
      break;
    }
    for (const problem of readMetadataProblems(check.text, response)) {
      for (const { resource, field } of check.holders) {
        const diagnostic2 = { severity: problem.severity, code: "hogql-schema", message: `HogQL: ${problem.message}`, field, resource: formatAddress(resource), ...resource.source ? { source: resource.source } : {} };
        found.push({ diagnostic: diagnostic2, text: check.text, offset: problem.offset, byField: false });
      }
    }
  }
  return found;
}
async function sizeRollouts(api, plan, skipped) {
  const { requests, unsizable } = findRolloutChanges(plan.steps);
  if (requests.length > CHECK_BUDGET.blastRadius) skipped.push({ check: "blast-radius", reason: "limit", count: requests.length - CHECK_BUDGET.blastRadius });
  let refused = unsizable;
  const reach = [];
  for (const request of requests.slice(0, CHECK_BUDGET.blastRadius)) {
    let answer;
    try {
      answer = await api.post("feature_flags/user_blast_radius/", request.body, { idempotent: true });
    } catch (error) {
      const reason = skipReason(error);
      if (reason) {
        skipped.push({ check: "blast-radius", reason });
        break;
      }
      if (isApiFailure(error) && error.status === 400) {
        refused++;
        continue;
      }
      throw error;
    }
    if (typeof answer.affected !== "number" || typeof answer.total !== "number") continue;
    const { body: _body, ...rest } = request;
    reach.push({ ...rest, affected: answer.affected, total: answer.total, unit: request.body.group_type_index === null ? "users" : "groups" });
  }
  if (refused > 0) skipped.push({ check: "blast-radius", reason: "unsizable", count: refused });
  return reach;
}
async function checkAgainstProject(options) {
  const skipped = [];
  const names = await checkNamesAgainstProject(options.api, options.resources, options.events, skipped);
  const hogql = await checkHogQLAgainstProject(options.api, options.resources, skipped);
  const reach = await sizeRollouts(options.api, options.plan, skipped);
  const placeable = [...names, ...hogql];
  const findings = options.root === void 0 ? placeable.map((p) => p.diagnostic) : await placeFindings(placeable, options.root);
  return { findings, reach, skipped };
}

// src/engine/project.ts
async function loadProject(options) {
  assertDirectoryInside(options.root, options.dir);
  const loaded2 = await loadDefinitions(options);
  const parsed = parseConfig(loaded2.config?.spec, loaded2.config?.source);
  return { config: parsed.config, definitions: loaded2.definitions, diagnostics: [...loaded2.diagnostics, ...parsed.diagnostics] };
}
function assertDirectoryInside(root, dir) {
  if (dir === void 0) return;
  const inside = relative3(resolve4(root), resolve4(root, dir));
  if (inside.startsWith("..") || isAbsolute3(inside)) {
    throw new ToolError(
      "configuration",
      `the definitions directory ${dir} is outside ${resolve4(root)}, the directory the tool runs in; definitions may only be read from inside it, so run the tool from the repository that holds them (cd there) or give a --dir inside it`
    );
  }
}
async function validateProject(project, root, environment) {
  const desired = buildDesiredState(project.definitions, environment);
  const diagnostics = [
    ...project.diagnostics,
    ...await locateDiagnostics(desired.diagnostics, root),
    ...await checkHogQL(project.definitions, root),
    ...warnUnlistedSecrets(desired.resources, project.config.secrets ?? [])
  ];
  return { resources: desired.resources, diagnostics, valid: !hasErrors(diagnostics) };
}
function connect(connection) {
  return createPostHogClient({
    host: connection.host,
    projectId: connection.projectId,
    apiKey: connection.apiKey,
    ...connection.apiKeySource ? { apiKeySource: connection.apiKeySource } : {},
    ...connection.rateLimited === false ? { rateLimits: false } : {}
  });
}
async function planProject(options) {
  const declared = [...new Set(options.resources.map((r) => r.kind))];
  const owner = options.connection.owner;
  await assertStaffWrites(options.api, options.resources);
  const { observed, unmanaged, unreadable, rows } = await readProjectState(options.api, {
    declared,
    progress: options.progress,
    ...owner ? { owner } : {},
    ...options.started ? { started: options.started } : {}
  });
  const plan = createPlan({
    target: {
      host: options.connection.host.replace(/\/+$/, ""),
      projectId: options.connection.projectId,
      ...options.connection.environment ? { environment: options.connection.environment } : {},
      ...owner ? { owner } : {}
    },
    desired: options.resources,
    observed,
    unmanaged,
    unreadable,
    prune: options.prune,
    ...options.rotateSecrets ? { rotateSecrets: true } : {},
    ...options.base ? { base: options.base } : {}
  });
  if (!options.checks) return plan;
  const [requests, started] = [options.api.stats.requests, performance.now()];
  const checks = await checkAgainstProject({ api: options.api, plan, resources: options.resources, events: rows.get("event-definitions") ?? unreadable.find((u) => u.kind === "event-definitions")?.reason ?? "unavailable", ...options.checks });
  options.progress?.({ phase: "read", message: `checked against the project in ${options.api.stats.requests - requests} request(s), ${Math.round(performance.now() - started)} ms` });
  return { ...plan, checks };
}
function startReading(api, connection, progress) {
  return startProjectRead(api, { ...connection.owner ? { owner: connection.owner } : {}, ...progress ? { progress } : {} });
}
var ConfigError = class extends ToolError {
  constructor(message) {
    super("configuration", message);
    this.name = "ConfigError";
  }
};
var DEFAULT_HOST = "https://us.posthog.com";
var DEFAULT_KEY_VARIABLE = "POSTHOG_PERSONAL_API_KEY";
function locateConnection(config, options) {
  const named = options.environment ? config.environments[options.environment] : void 0;
  const known = Object.keys(config.environments);
  if (options.environment && !named && known.length > 0) {
    throw new ConfigError(`unknown environment "${options.environment}" (posthog.config.ts defines: ${known.sort().join(", ")})`);
  }
  return {
    ...options.environment ? { environment: options.environment } : {},
    ...config.owner ? { owner: config.owner } : {},
    host: (options.host ?? named?.host ?? options.env.POSTHOG_HOST ?? DEFAULT_HOST).replace(/\/+$/, ""),
    projectId: options.projectId ?? named?.projectId ?? options.env.POSTHOG_PROJECT_ID ?? "",
    keyVariable: named?.apiKeyEnv ?? DEFAULT_KEY_VARIABLE
  };
}
function readKeyVariable(target, env) {
  if (!KEY_VARIABLE.test(target.keyVariable)) throw new ConfigError(`environment "${target.environment}" names ${target.keyVariable} as its key variable; key variables must be named POSTHOG_…`);
  return { value: env[target.keyVariable], source: target.keyVariable };
}
function completeConnection(target, key, env) {
  const apiKey = key.value?.trim();
  if (!target.projectId) throw new ConfigError("no project: set POSTHOG_PROJECT_ID, pass --project, or name an environment from posthog.config.ts");
  if (!/^\d+$/.test(target.projectId)) throw new ConfigError(`the project id must be a number, got "${target.projectId}"`);
  if (!apiKey) throw new ConfigError(`no API key: set ${key.source} to a personal API key with read/write scopes`);
  if (!/^[\x21-\x7e]+$/.test(apiKey)) throw new ConfigError(`${key.source} holds spaces, line breaks or other characters no personal API key has; set it to the key alone`);
  try {
    new URL(target.host);
  } catch {
    throw new ConfigError(`the host must be a URL, got "${target.host}"`);
  }
  return {
    ...target.environment ? { environment: target.environment } : {},
    ...target.owner ? { owner: target.owner } : {},
    host: target.host,
    projectId: target.projectId,
    apiKey,
    apiKeySource: key.source,
    rateLimited: env.POSTHOG_RATE_LIMIT !== "off"
  };
}
function resolveConnection(config, options) {
  const target = locateConnection(config, options);
  return completeConnection(target, readKeyVariable(target, options.env), options.env);
}

export {
  isReadableRelativePath,
  loadProject,
  validateProject,
  connect,
  planProject,
  startReading,
  ConfigError,
  locateConnection,
  readKeyVariable,
  completeConnection,
  resolveConnection
};

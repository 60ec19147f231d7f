/**
 * The definitions worker's sandbox, installed before any user code runs. Node's
 * permission model (set up by the parent) keeps files outside the scan's
 * allow-list, child processes, workers, native addons, WASI and the inspector
 * out. It has no network switch in Node 24, and it follows symbolic links, so
 * this module adds the rest in-process: definition code may import only the
 * SDK, repository files by real path and a few pure builtins (no `fs`, `net`,
 * `http`, `dns`, …); the network globals throw; the process methods that reach
 * other processes are removed; and stdout/stderr carry no OS handle. Each
 * attempt is also recorded, so a caught error still fails the load and names
 * the file.
 */
import { closeSync, readFileSync, readSync, realpathSync, writeSync } from "node:fs";
import { isBuiltin, registerHooks } from "node:module";
import { dirname, extname, isAbsolute, relative, resolve as resolvePath } from "node:path";
import { Writable } from "node:stream";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Diagnostic, SourceLocation } from "../../core/diagnostics.js";
import { isPlainJavaScript } from "./plain-javascript.js";
import { REPLY_FD, REPLY_LIMITS, REQUEST_FD, unreadableSegment, type WorkerRequest } from "./protocol.js";

/** Builtins without I/O that definition code may import. */
const ALLOWED_BUILTINS = new Set(["assert", "assert/strict", "buffer", "events", "path", "path/posix", "path/win32", "querystring", "string_decoder", "url", "util", "util/types"]);
const SDK_SPECIFIERS = new Set(["@posthog/definitions", "posthog-definitions"]);
const NETWORK_GLOBALS = ["fetch", "WebSocket", "EventSource"] as const;
/** Process methods that signal, debug, exec or load code into this or another process. */
const REMOVED_PROCESS_METHODS = ["binding", "_linkedBinding", "dlopen", "_debugProcess", "_debugEnd", "kill", "_kill", "execve", "loadEnvFile", "_getActiveHandles", "_getActiveRequests", "openStdin", "reallyExit"] as const;
const FORMATS: Record<string, string> = { ".ts": "module-typescript", ".mts": "module-typescript", ".js": "module", ".mjs": "module", ".json": "json" };

const write = writeSync;
const encoder = new TextEncoder();
const encode = encoder.encode.bind(encoder);
const reallyExit = (process as unknown as { reallyExit: (code: number) => never }).reallyExit.bind(process);
const getBuiltinModule = process.getBuiltinModule.bind(process);

/** Reads the parent's request from its descriptor, to the end, and closes it. */
export function readRequest(): WorkerRequest {
  const chunks: Buffer[] = [];
  for (;;) {
    const chunk = Buffer.alloc(1 << 16);
    const read = readSync(REQUEST_FD, chunk);
    if (read === 0) break;
    chunks.push(chunk.subarray(0, read));
  }
  closeSync(REQUEST_FD);
  return JSON.parse(Buffer.concat(chunks).toString("utf8")) as WorkerRequest;
}

/** Sends one message to the parent, tagged with the run's nonce, on the reply descriptor only the worker holds. */
export function createReply(nonce: string): (message: Record<string, unknown>) => void {
  return (message) => {
    const bytes = encode(`${JSON.stringify({ ...message, nonce })}\n`);
    for (let offset = 0; offset < bytes.length; ) offset += write(REPLY_FD, bytes, offset, bytes.length - offset);
  };
}

/** Ends the worker without running anything definition code may have hooked into `exit`. */
export function exitWorker(): never {
  return reallyExit(0);
}

/** The relative path of a file URL or path under the root, with `/` separators. */
export function toRelative(root: string, url: string): string {
  const path = url.startsWith("file:") ? fileURLToPath(url) : url;
  return relative(root, path).split("\\").join("/");
}

/** The worker's and the SDK's own URLs: never a user's file, even when they sit inside the repository. */
const ownUrls = new Set<string>();

/** Registers the loader's own files, so stack frames and imports from them are never taken for the user's. */
export function registerOwnFiles(...urls: string[]): void {
  for (const url of urls) ownUrls.add(url);
}

/** The innermost location inside the user's files, from an error's stack or message. */
export function locateError(error: unknown, root: string, fallbackFile: string): SourceLocation {
  const text = error instanceof Error ? `${error.stack ?? ""}\n${error.message}` : String(error);
  const pattern = /(file:\/\/[^\s()]+?|\/[^\s():]+?\.m?ts):(\d+)(?::(\d+))?/g;
  for (const match of text.matchAll(pattern)) {
    if (ownUrls.has(match[1]!)) continue;
    const file = toRelative(root, match[1]!);
    if (!file.startsWith("..") && !isAbsolute(file)) return { file, line: Number(match[2]), column: match[3] ? Number(match[3]) : undefined };
  }
  return { file: fallbackFile, line: 1 };
}

/** A message short enough for the reply limits. */
export function shorten(message: string): string {
  return message.length > REPLY_LIMITS.message - 20 ? `${message.slice(0, REPLY_LIMITS.message - 21)}…` : message;
}

/** Collects what definition code tried and was refused, so the load fails even when the code catches the error. */
export interface ViolationLog {
  diagnostics: Diagnostic[];
  /** The file being evaluated, for attempts made where no stack frame names one. */
  current: string;
}

function refuse(log: ViolationLog, source: SourceLocation, message: string): Error {
  if (!log.diagnostics.some((d) => d.message === shorten(message) && d.source?.file === source.file)) {
    log.diagnostics.push({ severity: "error", code: "sandbox", message: shorten(message), source });
  }
  return new Error(message);
}

/**
 * Removes every way out of the process that Node's permission model leaves open:
 * network globals, filtered `process.getBuiltinModule`, signals and debugging of
 * other processes, and stdout/stderr streams backed by OS handles (whose
 * constructors could open other descriptors).
 */
export function hardenProcess(root: string, log: ViolationLog): void {
  for (const name of NETWORK_GLOBALS) {
    const blocked = function () {
      throw refuse(log, locateError(new Error(), root, log.current), `definitions cannot use the network: ${name} is disabled in the definitions loader`);
    };
    // Deleted first: redefining Node's lazy WebSocket global in place loads undici (≈ 30 ms of each load, issue 14).
    Reflect.deleteProperty(globalThis, name);
    Object.defineProperty(globalThis, name, { value: blocked, writable: false, configurable: false, enumerable: false });
  }
  const target = process as unknown as Record<string, unknown>;
  for (const name of REMOVED_PROCESS_METHODS) delete target[name];
  Object.defineProperty(process, "getBuiltinModule", {
    value: (id: string) => {
      const name = id.replace(/^node:/, "");
      if (!ALLOWED_BUILTINS.has(name)) throw refuse(log, locateError(new Error(), root, log.current), builtinMessage(name));
      return getBuiltinModule(`node:${name}`);
    },
    writable: false,
    configurable: false,
  });
  for (const [name, fd] of [["stdout", 1], ["stderr", 2]] as const) {
    const stream = new Writable({
      write(chunk: Uint8Array, _encoding, done) {
        write(fd, chunk);
        done();
      },
    });
    Object.defineProperty(process, name, { value: stream, writable: false, configurable: false });
  }
  const record = (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    // A refused attempt that nobody awaited is already on record.
    if (log.diagnostics.some((d) => d.message === shorten(message))) return;
    log.diagnostics.push({ severity: "error", code: "load-failed", message: shorten(`uncaught error: ${message.split("\n")[0]}`), source: locateError(error, root, log.current) });
  };
  process.on("uncaughtException", record);
  process.on("unhandledRejection", record);
  for (const value of [URL, URLSearchParams]) {
    Object.freeze(value.prototype);
    Object.freeze(value);
  }
}

function builtinMessage(name: string): string {
  return `definitions cannot use node:${name}: the definitions loader allows no network, no file system and no processes (allowed builtins: ${[...ALLOWED_BUILTINS].map((b) => `node:${b}`).join(", ")})`;
}

/** What the module hooks need to judge an import. */
export interface ImportPolicy {
  root: string;
  sdkUrl: string;
  files: ReadonlySet<string>;
  refused: Readonly<Record<string, string>>;
}

/**
 * Resolves every import of definition code by real path: the SDK by name, a
 * few builtins, and files the parent's scan listed as readable (inside the
 * repository, outside `.git/`, `node_modules/` and dot-directories). Everything
 * else is refused with a message naming the importing file and the reason.
 * Modules are always evaluated as ES modules, so definition code has no `require`.
 */
export function installModuleHooks(policy: ImportPolicy, log: ViolationLog): void {
  const userFile = (url: string | undefined): string | undefined => {
    if (!url?.startsWith("file:") || ownUrls.has(url)) return undefined;
    const rel = toRelative(policy.root, url);
    return rel.startsWith("..") || isAbsolute(rel) ? undefined : rel;
  };
  const refusedReason = (rel: string): string | undefined => {
    const segments = rel.split("/");
    for (let i = 1; i <= segments.length; i++) {
      const prefix = segments.slice(0, i).join("/");
      const reason = policy.refused[prefix];
      if (reason !== undefined) return `${prefix} is ${reason}`;
    }
    return undefined;
  };
  const checkReal = (url: string, importer: string, specifier: string): string => {
    let real: string;
    try {
      real = realpathSync(fileURLToPath(url));
    } catch {
      throw refuse(log, importSite(policy.root, importer, specifier), `${importer} imports ${specifier}, which is not a readable file in the repository`);
    }
    const rel = toRelative(policy.root, real);
    if (!policy.files.has(rel)) {
      const where = rel.startsWith("..") || isAbsolute(rel) ? "outside the repository" : "not importable (only .ts, .mts, .js, .mjs and .json files outside .git/, node_modules/ and dot-directories)";
      throw refuse(log, importSite(policy.root, importer, specifier), `${importer} imports ${specifier}, whose real path is ${where}`);
    }
    return pathToFileURL(real).href;
  };

  registerHooks({
    resolve(specifier, context, nextResolve) {
      if (SDK_SPECIFIERS.has(specifier)) return { url: policy.sdkUrl, shortCircuit: true };
      // The worker's own import of a listed file by its real path: resolving it would only find the same URL (issue 14).
      if (context.parentURL !== undefined && ownUrls.has(context.parentURL) && specifier.startsWith("file:") && policy.files.has(toRelative(policy.root, specifier))) {
        return { url: specifier, shortCircuit: true };
      }
      const importer = userFile(context.parentURL);
      if (importer === undefined) return nextResolve(specifier, context);
      const deny = (message: string) => refuse(log, importSite(policy.root, importer, specifier), message);
      if (specifier.startsWith("node:") || isBuiltin(specifier)) {
        const name = specifier.replace(/^node:/, "");
        if (!ALLOWED_BUILTINS.has(name)) throw deny(`${importer}: ${builtinMessage(name)}`);
        return { url: `node:${name}`, shortCircuit: true };
      }
      const isPath = specifier.startsWith("./") || specifier.startsWith("../") || specifier.startsWith("/") || specifier.startsWith("file:");
      if (!isPath) {
        throw deny(`${importer} imports ${specifier}: definitions can import only @posthog/definitions, files in the repository and a few node: builtins`);
      }
      const lexical = specifier.startsWith("file:") ? fileURLToPath(specifier) : resolvePath(dirname(fileURLToPath(context.parentURL!)), specifier);
      const rel = toRelative(policy.root, lexical);
      if (rel.startsWith("..") || isAbsolute(rel)) throw deny(`${importer} imports ${specifier}, which is outside the repository`);
      const reason = refusedReason(rel);
      if (reason !== undefined) throw deny(`${importer} imports ${specifier}: refused, ${reason}`);
      const hidden = unreadableSegment(rel);
      if (hidden !== undefined) throw deny(`${importer} imports ${specifier}: refused, ${hidden}/ is never readable (definitions cannot read .git/, node_modules/ or dot-files)`);
      const resolved = resolveWithTypeScriptFallback(specifier, context, nextResolve, (error) => {
        if ((error as { code?: string }).code === "ERR_ACCESS_DENIED") throw deny(`${importer} imports ${specifier}, which is not readable from the definitions loader`);
      });
      return { url: checkReal(resolved.url, importer, specifier), shortCircuit: true };
    },
    load(url, context, nextLoad) {
      if (ownUrls.has(url) || url.startsWith("node:")) return nextLoad(url, context);
      if (!url.startsWith("file:")) throw refuse(log, { file: log.current, line: 1 }, `definitions cannot load ${url.slice(0, 40)}: only files in the repository`);
      const rel = toRelative(policy.root, fileURLToPath(url));
      const format = FORMATS[extname(rel)];
      if (!policy.files.has(rel) || format === undefined) throw refuse(log, { file: log.current, line: 1 }, `${rel} cannot be loaded: it is not an importable file in the repository`);
      const loaded = nextLoad(url, { ...context, format });
      if (format !== "module-typescript") return { format, source: loaded.source, shortCircuit: true };
      // A TypeScript file without type syntax loads as the JavaScript it is, unstripped.
      const source = typeof loaded.source === "string" ? loaded.source : new TextDecoder().decode(loaded.source as Uint8Array);
      return { format: isPlainJavaScript(source) ? "module" : format, source, shortCircuit: true };
    },
  });
}

/** Where an import sits: the calling line of a dynamic import, else the line of the specifier in the importing file. */
function importSite(root: string, importer: string, specifier: string): SourceLocation {
  const fromStack = locateError(new Error(), root, importer);
  if (fromStack.file === importer && fromStack.line > 1) return fromStack;
  try {
    const lines = readFileSync(resolvePath(root, importer), "utf8").split("\n");
    const index = lines.findIndex((line) => line.includes(`"${specifier}"`) || line.includes(`'${specifier}'`));
    if (index >= 0) return { file: importer, line: index + 1 };
  } catch {
    // The importer was readable a moment ago; line 1 is still the right file.
  }
  return { file: importer, line: 1 };
}

type NextResolve = Parameters<Parameters<typeof registerHooks>[0]["resolve"] & object>[2];
type ResolveContext = Parameters<Parameters<typeof registerHooks>[0]["resolve"] & object>[1];

/** TypeScript projects import siblings as "./x.js" or "./x"; the file on disk is x.ts. */
function resolveWithTypeScriptFallback(specifier: string, context: ResolveContext, nextResolve: NextResolve, onError: (error: unknown) => void): { url: string } {
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

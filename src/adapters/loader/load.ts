import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { lstatSync, realpathSync } from "node:fs";
import { readFile, realpath } from "node:fs/promises";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import type { Diagnostic, SourceLocation } from "../../core/diagnostics.js";
import type { JsonObject } from "../../core/json.js";
import type { Definition } from "../../core/model.js";
import { locateFieldLine, locateMissingImport } from "./locate.js";
import { isReadableRelativePath, LOAD_BUDGET, REPLY_FD, REQUEST_FD, type WorkerRequest } from "./protocol.js";
import { findUnknownKind, parseWorkerMessage, ProtocolError, type ReplyExpectations } from "./reply.js";
import { scanRepository } from "./scan.js";

/** Definitions, the raw config file data and load-time diagnostics, before validation. */
export interface LoadResult {
  definitions: Definition[];
  diagnostics: Diagnostic[];
  config?: { spec: JsonObject; source: SourceLocation };
}

/** Variables a definition file may see; everything else (keys, tokens) is withheld. */
const PASSED_ENV = ["PATH", "HOME", "TMPDIR", "TEMP", "TMP", "LANG", "LC_ALL", "TZ", "SYSTEMROOT"];

/** Where to load from; `workerPath` is the bundled worker, next to the bundled SDK. */
export interface LoadOptions {
  root: string;
  dir?: string;
  configFile?: string;
  workerPath: string;
  /** Evaluate only the config file (pull writes definitions; it does not read them). */
  configOnly?: boolean;
  /** Called once the worker has evaluated the config file, before any definition file, with what it read. */
  onConfig?: (loaded: LoadResult) => void;
}

/**
 * Evaluates the definition files in a separate Node process whose environment
 * holds no API key and no token, under Node's permission model with reads
 * limited to what `scanRepository` found safe, and the in-process sandbox of
 * `sandbox.ts` (no network, no `fs`, no processes). The reply arrives on a
 * private descriptor, tagged with a nonce, and is validated strictly. A file
 * that hangs, runs out of memory, never settles or breaks the protocol becomes
 * a diagnostic naming it (invalid definitions), never data.
 */
export async function loadDefinitions(options: LoadOptions): Promise<LoadResult> {
  const [major = 0, minor = 0] = process.versions.node.split(".").map(Number);
  if (major < 22 || (major === 22 && minor < 18)) {
    throw new Error(`definition files are TypeScript, which needs Node.js 22.18 or newer (this is ${process.versions.node})`);
  }
  const root = realpathSync(options.root);
  const configFile = relative(root, resolve(root, options.configFile ?? "posthog.config.ts")).split("\\").join("/");
  if (!isReadableRelativePath(configFile)) {
    return { definitions: [], diagnostics: [{ severity: "error", code: "invalid-config", message: `the config file ${options.configFile} must be inside the repository, outside dot-directories and node_modules/` }] };
  }
  // With no config file (lstat: a dangling link is one, which the scan would refuse by name), a
  // config-only load evaluates nothing: the worker would answer exactly this, so neither the scan
  // nor a process runs for it (issue 14).
  const configExists = lstatSync(join(root, configFile), { throwIfNoEntry: false }) !== undefined;
  if (options.configOnly && !configExists) return { definitions: [], diagnostics: [] };
  // Without a config file the config is the default one: nothing to wait for.
  if (options.onConfig && !configExists) options.onConfig({ definitions: [], diagnostics: [] });
  const scan = scanRepository(root);
  const env: Record<string, string> = {};
  for (const name of PASSED_ENV) {
    const value = process.env[name];
    if (value !== undefined) env[name] = value;
  }
  const nonce = randomBytes(24).toString("hex");
  const request: WorkerRequest = {
    nonce,
    root: scan.root,
    ...(options.dir !== undefined ? { dir: options.dir } : {}),
    configFile,
    configOnly: options.configOnly ?? false,
    announceConfig: options.onConfig !== undefined && configExists && options.configOnly !== true,
    files: scan.files,
    directories: scan.directories,
    refused: scan.refused,
    skipped: scan.skipped,
  };
  // By real path: Node reads the worker and the SDK next to it through their real paths.
  const workerPath = realpathSync(options.workerPath);
  const allow = [...scan.allow, workerPath, join(dirname(workerPath), "sdk.js")].map((path) => `--allow-fs-read=${path}`);
  const child = spawn(
    process.execPath,
    ["--permission", ...allow, "--frozen-intrinsics", "--experimental-vm-modules", "--disable-warning=ExperimentalWarning", `--max-old-space-size=${LOAD_BUDGET.heapMb}`, workerPath],
    { cwd: scan.root, env, stdio: ["ignore", "pipe", "pipe", "pipe", "pipe"] },
  );
  const expected: ReplyExpectations = { nonce, files: new Set(scan.files), refused: new Set([...Object.keys(scan.refused), ...scan.skipped]), configFile };
  const [result, { findKind }] = await Promise.all([superviseWorker(child, request, expected, options.onConfig), import("../../core/kinds/index.js")]);
  const unknownKind = findUnknownKind(result.definitions, (name) => findKind(name) !== undefined);
  if (unknownKind !== undefined) return { definitions: [], diagnostics: [rejectReply(unknownKind)] };
  return { ...result, diagnostics: await locateDiagnostics(result.diagnostics, scan.root) };
}

/** Why nothing the worker sent is used. */
function rejectReply(reason: string): Diagnostic {
  return { severity: "error", code: "loader-protocol", message: `the definitions loader's reply was rejected (${reason}); nothing it sent was used. A definition may have tried to forge it` };
}

type Child = ReturnType<typeof spawn>;

/** Watches one worker run: relays its output, enforces the budgets and turns every way it can end into a result. */
function superviseWorker(child: Child, request: WorkerRequest, expected: ReplyExpectations, onConfig?: (loaded: LoadResult) => void): Promise<LoadResult> {
  return new Promise<LoadResult>((done, fail) => {
    let current: string | undefined;
    let settled = false;
    let stopReason: Diagnostic | undefined;
    let stderrTail = "";
    let replyBytes = 0;
    let pending: Buffer[] = [];

    const blame = (): SourceLocation | undefined => (current === undefined ? undefined : { file: current, line: 1 });
    const settle = (outcome: LoadResult | Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(loadTimer);
      clearTimeout(fileTimer);
      child.kill("SIGKILL");
      if (outcome instanceof Error) fail(outcome);
      else done(outcome);
    };
    const stop = (code: string, message: string) => {
      if (stopReason || settled) return;
      const source = blame();
      stopReason = { severity: "error", code, message, ...(source ? { source } : {}) };
      child.kill("SIGKILL");
    };

    const loadTimer = setTimeout(
      () => stop("load-timeout", `loading the definitions took longer than ${LOAD_BUDGET.loadMs / 1000}s${current ? ` (stopped while evaluating ${current})` : ""}`),
      LOAD_BUDGET.loadMs,
    );
    // One timer for every file, restarted as each begins: hundreds of files set no hundreds of timers.
    let fileTimer: NodeJS.Timeout | undefined;

    const relay = createOutputRelay();
    child.stdout?.on("data", (chunk: Buffer) => relay.write(chunk, "stdout"));
    child.stderr?.on("data", (chunk: Buffer) => {
      stderrTail = (stderrTail + chunk.toString("utf8")).slice(-4096);
      relay.write(chunk, "stderr");
    });
    child.on("close", () => relay.flush());

    let announced = false;
    const receive = (line: string) => {
      const message = parseWorkerMessage(line, expected);
      if (message.type === "config") {
        if (announced || !request.announceConfig) throw new ProtocolError("a config message is not expected here");
        announced = true;
        onConfig?.({ definitions: [], diagnostics: message.diagnostics, ...(message.config ? { config: message.config } : {}) });
        return;
      }
      if (message.type === "file") {
        current = message.file;
        fileTimer ??= setTimeout(
          () => stop("load-timeout", `evaluating ${current} took longer than ${LOAD_BUDGET.fileMs / 1000}s (each file may take ${LOAD_BUDGET.fileMs / 1000}s: a loop that never ends, or a promise that never settles?)`),
          LOAD_BUDGET.fileMs,
        );
        fileTimer.refresh();
        return;
      }
      settle({ definitions: message.definitions, diagnostics: message.diagnostics, ...(message.config ? { config: message.config } : {}) });
    };
    const replies = child.stdio[REPLY_FD] as NodeJS.ReadableStream;
    replies.on("data", (chunk: Buffer) => {
      if (settled || stopReason) return;
      replyBytes += chunk.length;
      if (replyBytes > LOAD_BUDGET.replyBytes) {
        stop("loader-protocol", `the definitions loader's reply was rejected (larger than ${LOAD_BUDGET.replyBytes} bytes); nothing it sent was used`);
        return;
      }
      // Lines are cut from each chunk as it arrives, so a reply without newlines costs linear time.
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
    // On close, not exit: a busy parent can see the exit before it has read the reply the worker wrote just before it.
    child.on("close", (code, signal) => {
      if (settled) return;
      if (stopReason) return settle({ definitions: [], diagnostics: [stopReason] });
      const source = blame();
      if (!source) return settle(new Error(`the definitions loader exited with ${signal ?? `code ${code}`} before reporting${stderrTail ? `: ${stderrTail.trim().split("\n").slice(-3).join(" ")}` : ""}`));
      const outOfMemory = /heap out of memory|Reached heap limit/.test(stderrTail) || signal === "SIGABRT" || signal === "SIGTRAP";
      const message = outOfMemory
        ? `evaluating ${source.file} ran out of memory (the definitions loader may use ${LOAD_BUDGET.heapMb} MB)`
        : code === 13
          ? `${source.file} never finishes: its top-level await waits on a promise that never settles`
          : `the definitions loader stopped (${signal ?? `exit code ${code}`}) while evaluating ${source.file}`;
      settle({ definitions: [], diagnostics: [{ severity: "error", code: outOfMemory ? "load-memory" : "load-failed", message, source }] });
    });

    const requests = child.stdio[REQUEST_FD] as NodeJS.WritableStream;
    requests.on("error", () => undefined);
    requests.end(JSON.stringify(request));
  });
}

/**
 * Relays what definition code prints to stderr, line by line and up to the
 * output budget. A line that starts with `::` is prefixed, so definition code
 * cannot issue GitHub workflow commands (`::set-output`, `::stop-commands`,
 * forged annotations) through the Action's log.
 */
function createOutputRelay(): { write(chunk: Buffer, stream: "stdout" | "stderr"): void; flush(): void } {
  const carry = { stdout: "", stderr: "" };
  let relayed = 0;
  const emit = (lines: string[]) => {
    if (relayed >= LOAD_BUDGET.outputBytes || lines.length === 0) return;
    const text = lines.map((line) => (/^\s*::/.test(line) ? `[definition output] ${line}` : line)).join("\n");
    relayed += Buffer.byteLength(text) + 1;
    process.stderr.write(relayed >= LOAD_BUDGET.outputBytes ? `${text}\n[output of the definition files truncated at ${LOAD_BUDGET.outputBytes} bytes]\n` : `${text}\n`);
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
    },
  };
}

/** Reads a file the worker's reply named, only when it is a readable file inside the repository. */
async function readRepositoryFile(root: string, file: string): Promise<string> {
  if (!isReadableRelativePath(file)) return "";
  try {
    const real = await realpath(join(root, file));
    const inside = relative(await realpath(root), real);
    if (inside.startsWith("..") || isAbsolute(inside) || !isReadableRelativePath(inside)) return "";
    return await readFile(real, "utf8");
  } catch {
    return "";
  }
}

/** Puts field-level diagnostics from validation on the field's own line, and a missing import on its import. */
export async function locateDiagnostics(diagnostics: readonly Diagnostic[], root: string): Promise<Diagnostic[]> {
  const sources = new Map<string, string>();
  const out: Diagnostic[] = [];
  for (const diagnostic of diagnostics) {
    const file = diagnostic.source?.file;
    if (!file) {
      out.push(diagnostic);
      continue;
    }
    if (!sources.has(file)) sources.set(file, await readRepositoryFile(root, file));
    const source = sources.get(file)!;
    out.push(diagnostic.code === "load-failed" ? locateMissingImport(source, diagnostic, root) : locateFieldLine(source, diagnostic));
  }
  return out;
}

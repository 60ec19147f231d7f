import type { Diagnostic, SourceLocation } from "../../core/diagnostics.js";
import { ToolError } from "../../core/errors.js";
import type { JsonObject, JsonValue } from "../../core/json.js";
import type { Definition, KindName } from "../../core/model.js";
import { REPLY_LIMITS } from "./protocol.js";

/** A message from the worker that is not exactly what the protocol allows; nothing in it is used. */
export class ProtocolError extends ToolError {
  constructor(message: string) {
    super("internal", message);
    this.name = "ProtocolError";
  }
}

/** The config file's data as the worker read it, with where it was read. */
export interface LoadedConfig {
  spec: JsonObject;
  source: SourceLocation;
}

/** One message of the worker: its config (before any definition), the next file it evaluates, or the final result. */
export type WorkerMessage =
  | { type: "config"; diagnostics: Diagnostic[]; config?: LoadedConfig }
  | { type: "file"; file: string }
  | { type: "result"; definitions: Definition[]; diagnostics: Diagnostic[]; config?: LoadedConfig };

/** What a genuine message must match: the run's nonce and the names of files the parent's scan found. */
export interface ReplyExpectations {
  nonce: string;
  /** Importable files; progress messages and source locations must name one of these. */
  files: ReadonlySet<string>;
  /** Entries the scan refused or skipped, which diagnostics may name but nothing ever reads. */
  refused: ReadonlySet<string>;
  configFile: string;
}

type Fields = Record<string, unknown>;

function fail(message: string): never {
  throw new ProtocolError(message);
}

function record(value: unknown, what: string, required: readonly string[], optional: readonly string[] = []): Fields {
  if (typeof value !== "object" || value === null || Array.isArray(value)) fail(`${what} is not an object`);
  const fields = value as Fields;
  for (const key of Object.keys(fields)) if (!required.includes(key) && !optional.includes(key)) fail(`${what} has an unexpected field "${key.slice(0, 40)}"`);
  for (const key of required) if (!(key in fields)) fail(`${what} lacks "${key}"`);
  return fields;
}

function text(value: unknown, what: string, max: number): string {
  if (typeof value !== "string") fail(`${what} is not a string`);
  if (value.length > max) fail(`${what} is longer than ${max} characters`);
  return value;
}

function count(value: unknown, what: string): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1 || value > 10_000_000) fail(`${what} is not a line or column number`);
  return value;
}

function list(value: unknown, what: string, max: number): unknown[] {
  if (!Array.isArray(value)) fail(`${what} is not a list`);
  if (value.length > max) fail(`${what} has more than ${max} entries`);
  return value;
}

/**
 * Checks parsed JSON data in place and returns it as it is: `JSON.parse` made every object of it
 * fresh and plain, so a copy would only double what a large reply holds for a moment (issue 14).
 */
function json(value: unknown, what: string, depth: number): JsonValue {
  if (depth > REPLY_LIMITS.depth) fail(`${what} is nested deeper than ${REPLY_LIMITS.depth} levels`);
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : fail(`${what} is not a finite number`);
  if (Array.isArray(value)) {
    for (const item of value) json(item, what, depth + 1);
    return value as JsonValue[];
  }
  if (typeof value !== "object") fail(`${what} is not JSON data`);
  for (const key of Object.keys(value as Fields)) {
    if (key === "__proto__") fail(`${what} has a "__proto__" key`);
    json((value as Fields)[key], what, depth + 1);
  }
  return value as JsonObject;
}

function location(value: unknown, what: string, expected: ReplyExpectations): SourceLocation {
  const fields = record(value, what, ["file", "line"], ["column"]);
  const file = text(fields.file, `${what}.file`, REPLY_LIMITS.path);
  if (!expected.files.has(file) && !expected.refused.has(file)) fail(`${what} names ${JSON.stringify(file.slice(0, 200))}, which is not a file of the repository`);
  return { file, line: count(fields.line, `${what}.line`), ...(fields.column === undefined ? {} : { column: count(fields.column, `${what}.column`) }) };
}

function definition(value: unknown, what: string, expected: ReplyExpectations): Definition {
  const fields = record(value, what, ["kind", "key", "spec"], ["source"]);
  const kind = text(fields.kind, `${what}.kind`, 64);
  if (!/^[a-z][a-z-]*$/.test(kind)) fail(`${what}.kind is not a kind's name`);
  const spec = json(fields.spec, `${what}.spec`, 0);
  if (typeof spec !== "object" || spec === null || Array.isArray(spec)) fail(`${what}.spec is not an object`);
  return {
    kind: kind as KindName,
    key: text(fields.key, `${what}.key`, REPLY_LIMITS.key),
    spec,
    ...(fields.source === undefined ? {} : { source: location(fields.source, `${what}.source`, expected) }),
  };
}

function diagnostic(value: unknown, what: string, expected: ReplyExpectations): Diagnostic {
  const fields = record(value, what, ["severity", "code", "message"], ["source", "field", "resource"]);
  if (fields.severity !== "error" && fields.severity !== "warning") fail(`${what}.severity is not error or warning`);
  const code = text(fields.code, `${what}.code`, 64);
  if (!/^[a-z][a-z0-9-]*$/.test(code)) fail(`${what}.code is not a diagnostic code`);
  return {
    severity: fields.severity,
    code,
    message: text(fields.message, `${what}.message`, REPLY_LIMITS.message),
    ...(fields.source === undefined ? {} : { source: location(fields.source, `${what}.source`, expected) }),
    ...(fields.field === undefined ? {} : { field: text(fields.field, `${what}.field`, REPLY_LIMITS.path) }),
    ...(fields.resource === undefined ? {} : { resource: text(fields.resource, `${what}.resource`, REPLY_LIMITS.path) }),
  };
}

/**
 * The index of the first definition whose kind no declaration has, checked once the reply is
 * complete: the kinds' declarations are parsed beside the worker, not before it starts (issue 14).
 */
export function findUnknownKind(definitions: readonly Definition[], isKind: (name: string) => boolean): string | undefined {
  const index = definitions.findIndex((d) => !isKind(d.kind));
  return index < 0 ? undefined : `definition ${index}.kind "${definitions[index]!.kind}" is not a kind`;
}

/**
 * Parses one line from the worker, strictly: the exact shape, the run's nonce,
 * size limits, and every file name one the parent's own scan found in the
 * repository. Anything else throws a ProtocolError, so a definition that
 * manages to write to the channel cannot make the parent read or plan anything.
 */
export function parseWorkerMessage(line: string, expected: ReplyExpectations): WorkerMessage {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    fail("a message is not JSON");
  }
  const head = record(parsed, "a message", ["nonce", "type"], ["file", "definitions", "diagnostics", "config"]);
  if (head.nonce !== expected.nonce) fail("a message does not carry this run's nonce");
  if (head.type === "file") {
    const fields = record(parsed, "a progress message", ["nonce", "type", "file"]);
    const file = text(fields.file, "a progress message's file", REPLY_LIMITS.path);
    if (!expected.files.has(file)) fail(`a progress message names ${JSON.stringify(file.slice(0, 200))}, which is not a file of the repository`);
    return { type: "file", file };
  }
  if (head.type === "config") {
    const fields = record(parsed, "the config message", ["nonce", "type", "diagnostics"], ["config"]);
    const diagnostics = list(fields.diagnostics, "the config message's diagnostics", REPLY_LIMITS.diagnostics).map((d, i) => diagnostic(d, `diagnostic ${i}`, expected));
    return { type: "config", diagnostics, ...(fields.config === undefined ? {} : { config: loadedConfig(fields.config, expected) }) };
  }
  if (head.type !== "result") fail("a message has an unknown type");
  const fields = record(parsed, "the result", ["nonce", "type", "definitions", "diagnostics"], ["config"]);
  const definitions = list(fields.definitions, "the result's definitions", REPLY_LIMITS.definitions).map((d, i) => definition(d, `definition ${i}`, expected));
  const diagnostics = list(fields.diagnostics, "the result's diagnostics", REPLY_LIMITS.diagnostics).map((d, i) => diagnostic(d, `diagnostic ${i}`, expected));
  return { type: "result", definitions, diagnostics, ...(fields.config === undefined ? {} : { config: loadedConfig(fields.config, expected) }) };
}

function loadedConfig(value: unknown, expected: ReplyExpectations): LoadedConfig {
  const config = record(value, "the config", ["spec", "source"]);
  const spec = json(config.spec, "the config's spec", 0);
  if (typeof spec !== "object" || spec === null || Array.isArray(spec)) fail("the config's spec is not an object");
  const source = location(config.source, "the config's source", expected);
  if (source.file !== expected.configFile) fail("the config's source is not the config file");
  return { spec, source };
}

/**
 * What the parent and the definitions worker say to each other, and the budgets
 * the worker runs under. Shared by both sides so the limits the worker keeps to
 * are the ones the parent enforces.
 */

/**
 * Time and memory a load may take. A file's time runs from the start of its
 * evaluation until its module (top-level await included) has settled; the memory
 * is the worker's whole JavaScript heap, which any one file may use up.
 */
export const LOAD_BUDGET = {
  fileMs: 10_000,
  loadMs: 60_000,
  heapMb: 512,
  /** Bytes the worker may send back in all; more is a protocol violation. */
  replyBytes: 64 * 1024 * 1024,
  /** Bytes of console output from definition code relayed to stderr; the rest is dropped. */
  outputBytes: 1024 * 1024,
} as const;

/** Size limits on what one reply may hold, checked by the parent. */
export const REPLY_LIMITS = {
  definitions: 20_000,
  diagnostics: 10_000,
  /** Characters in a diagnostic message; the worker shortens longer ones. */
  message: 2_000,
  path: 1_000,
  key: 400,
  depth: 64,
} as const;

/**
 * The parent's request, written to the worker's fd 3 and read before any user
 * code runs. The nonce proves that a later message comes from the worker itself:
 * definition code never sees it.
 */
export interface WorkerRequest {
  nonce: string;
  /** Real path of the repository root. */
  root: string;
  dir?: string;
  configFile: string;
  configOnly: boolean;
  /** Send the config as soon as it is read, before any definition file (the parent starts its reads from it). */
  announceConfig: boolean;
  /** Every file definitions may import, relative to the root, as the parent's scan found them. */
  files: string[];
  /** Every directory the scan entered, relative to the root ("" is the root). */
  directories: string[];
  /** Entries the scan refused (symbolic links leaving the repository, to `.git`, or to a directory), with the reason. */
  refused: Record<string, string>;
  /** Code files that are not definitions and cannot be imported, named so each can be reported. */
  skipped: string[];
}

/** File descriptors of the two channels; stdout and stderr carry only definition code's console output. */
export const REQUEST_FD = 3;
export const REPLY_FD = 4;

/** Extensions definition code may import; TypeScript and JavaScript are always evaluated as ES modules. */
export const IMPORTABLE_EXTENSIONS = [".ts", ".mts", ".js", ".mjs", ".json"] as const;

/** Code the loader does not evaluate (`.tsx`, `.js`, `.cts`, …), reported so a misnamed definition is never silently ignored. */
export function isSkippedCode(file: string): boolean {
  return /\.[cm]?[jt]sx?$/.test(file) && !isDefinitionFile(file) && !file.endsWith(".d.ts");
}

/** True for a file the loader evaluates as a definition (not a `.d.ts` declaration file). */
export function isDefinitionFile(file: string): boolean {
  return (file.endsWith(".ts") || file.endsWith(".mts")) && !file.endsWith(".d.ts");
}

/** The first path segment that makes a relative path unreadable (`..`, a dot-entry or `node_modules`), if any. */
export function unreadableSegment(path: string): string | undefined {
  return path.split(/[\\/]/).find((segment) => segment === "" || segment === ".." || segment.startsWith(".") || segment === "node_modules");
}

/** True when a path relative to the root stays inside it and passes through no dot-entry and no `node_modules`. */
export function isReadableRelativePath(path: string): boolean {
  return path !== "" && !/^([a-zA-Z]:)?[\\/]/.test(path) && unreadableSegment(path) === undefined;
}

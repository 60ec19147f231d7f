import { isRecord } from "./json.js";

/**
 * A scripted failure: the next matching API request(s) get this status and body (or a dropped socket)
 * instead of being handled, so client retry and error paths can be exercised deterministically.
 */
export interface EmulatorFault {
  method?: string;
  /** Regular-expression source matched against the URL path. */
  path?: string;
  status: number;
  /** How many matching requests fail; default 1. */
  times?: number;
  body?: unknown;
  retryAfter?: number;
  dropConnection?: boolean;
}

interface PendingFault {
  fault: EmulatorFault;
  pattern: RegExp | undefined;
  remaining: number;
}

/** Validates an untrusted fault description (from the HTTP control API) into an {@link EmulatorFault}. */
export function parseFault(input: unknown): EmulatorFault {
  if (!isRecord(input)) throw new TypeError("A fault must be a JSON object.");
  const { method, path, status, times, body, retryAfter, dropConnection } = input;
  if (typeof status !== "number" || !Number.isInteger(status) || status < 100 || status > 599) {
    throw new TypeError("A fault needs an integer `status` between 100 and 599.");
  }
  if (method !== undefined && typeof method !== "string") throw new TypeError("`method` must be a string.");
  if (path !== undefined && typeof path !== "string") throw new TypeError("`path` must be a regular-expression string.");
  if (times !== undefined && (typeof times !== "number" || !Number.isInteger(times) || times < 1)) throw new TypeError("`times` must be a positive integer.");
  if (retryAfter !== undefined && (typeof retryAfter !== "number" || retryAfter < 0)) throw new TypeError("`retryAfter` must be a non-negative number.");
  if (dropConnection !== undefined && typeof dropConnection !== "boolean") throw new TypeError("`dropConnection` must be a boolean.");
  return { method, path, status, times, body, retryAfter, dropConnection };
}

/** Queue of pending faults, consumed in the order they were injected. */
export class FaultQueue {
  private pending: PendingFault[] = [];

  /** Adds a fault; throws on an invalid path pattern. */
  add(fault: EmulatorFault): void {
    this.pending.push({ fault, pattern: fault.path === undefined ? undefined : new RegExp(fault.path), remaining: fault.times ?? 1 });
  }

  /** Returns the first fault matching the request and uses up one of its occurrences. */
  take(method: string, path: string): EmulatorFault | undefined {
    const entry = this.pending.find(
      (candidate) =>
        (candidate.fault.method === undefined || candidate.fault.method.toUpperCase() === method.toUpperCase()) &&
        (candidate.pattern === undefined || candidate.pattern.test(path)),
    );
    if (entry === undefined) return undefined;
    entry.remaining -= 1;
    if (entry.remaining <= 0) this.pending = this.pending.filter((candidate) => candidate !== entry);
    return entry.fault;
  }

  /** Drops every pending fault. */
  clear(): void {
    this.pending = [];
  }
}

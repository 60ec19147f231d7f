import { timingSafeEqual } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";
import { authenticationFailed, notAuthenticated, permissionDenied } from "./errors.js";
import { isRecord } from "./json.js";

/** A personal API key the emulator accepts. A key without a `scopes` array is a legacy key allowed everything. */
export interface ApiKeyConfig {
  key: string;
  scopes?: string[];
  projectIds?: number[];
}

/** Whether an action reads or writes; `<object>:write` also satisfies a read. */
export type ScopeAction = "read" | "write";

/**
 * Finds the personal API key of a request in PostHog's order (Authorization header, then a
 * `personal_api_key` body field, then the query string); only the first one found is tried.
 */
export function authenticate(headers: IncomingHttpHeaders, body: unknown, query: URLSearchParams, keys: readonly ApiKeyConfig[]): ApiKeyConfig {
  const found = findCredential(headers, body, query);
  if (found === undefined) throw notAuthenticated();
  const match = keys.find((candidate) => candidate.key === found.key);
  if (match === undefined) throw authenticationFailed(`Personal API key found in request ${found.location} is invalid.`);
  return match;
}

function findCredential(headers: IncomingHttpHeaders, body: unknown, query: URLSearchParams): { key: string; location: string } | undefined {
  const authorization = headers.authorization;
  if (typeof authorization === "string") {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (match?.[1] !== undefined) return { key: match[1], location: "Authorization header" };
  }
  if (isRecord(body) && typeof body.personal_api_key === "string") return { key: body.personal_api_key, location: "body" };
  const fromQuery = query.get("personal_api_key");
  if (fromQuery !== null) return { key: fromQuery, location: "query string" };
  return undefined;
}

/** Enforces a viewset's scope object against the key's scopes, with PostHog's 403 wording. */
export function requireScope(key: ApiKeyConfig, scopeObject: string, action: ScopeAction): void {
  if (key.scopes === undefined || key.scopes.includes("*")) return;
  const granted = key.scopes.includes(`${scopeObject}:${action}`) || (action === "read" && key.scopes.includes(`${scopeObject}:write`));
  if (!granted) throw permissionDenied(`API key missing required scope '${scopeObject}:${action}'`);
}

/** Enforces a key's project restriction. */
export function requireProjectAccess(key: ApiKeyConfig, projectId: number): void {
  if (key.projectIds !== undefined && !key.projectIds.includes(projectId)) {
    throw permissionDenied(`API key does not have access to the requested project: ID ${projectId}.`);
  }
}

/** The admin key of an emulator started without one: fine for tests, which share the machine with nothing else. */
export const DEFAULT_ADMIN_KEY = "phx_emulator_admin";

/**
 * Guards the `/_emulator/*` control routes (reset, fault injection, recorded
 * requests, state): they need `Authorization: Bearer <admin key>`, so nothing
 * else on the machine can wipe or read the emulator. Returns the refusal, or
 * undefined when the request may pass. Personal API keys never qualify.
 */
export function refuseControlRequest(headers: IncomingHttpHeaders, adminKey: string): { status: number; body: unknown } | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(typeof headers.authorization === "string" ? headers.authorization : "");
  const given = Buffer.from(match?.[1] ?? "");
  const expected = Buffer.from(adminKey);
  if (given.length === expected.length && timingSafeEqual(given, expected)) return undefined;
  return { status: 401, body: { error: "The /_emulator control routes need the emulator's admin key: send Authorization: Bearer <admin key> (posthog-definitions emulator prints it)." } };
}

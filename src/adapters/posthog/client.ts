import { setTimeout as sleep } from "node:timers/promises";
import type { Dispatcher } from "undici";
import { ToolError } from "../../core/errors.js";
import { isJsonObject, type JsonObject, type JsonValue } from "../../core/json.js";
import type { ApiFailure, ProjectApi, WriteOptions } from "../../core/ports.js";
import { POSTHOG_RATE_LIMITS, RateLimiter, type RateWindow } from "./rate-limiter.js";
import { Agent, request } from "./undici-core.js";

/** How to reach one PostHog project. */
export interface PostHogClientOptions {
  host: string;
  projectId: string;
  apiKey: string;
  /** Where the key came from, named in a 401 so the user knows which secret to fix. */
  apiKeySource?: string;
  /** Override PostHog's throttles (self-hosted instances may differ), or `false` to disable. */
  rateLimits?: { crud: RateWindow[]; clickhouse: RateWindow[] } | false;
  /** Attempts per request for retryable failures. */
  maxAttempts?: number;
  timeoutMs?: number;
  /** Carries every request, reads and writes alike, in place of the client's own pools. */
  dispatcher?: Dispatcher;
  clock?: { now(): number; sleep(ms: number): Promise<void> };
}

/**
 * Collections whose viewsets set `throttle_classes = [ClickHouseBurstRateThrottle,
 * ClickHouseSustainedRateThrottle]` in PostHog's source, so they share the lower ClickHouse budget:
 * InsightViewSet, QueryViewSet (posthog/api/query.py) and SessionRecordingPlaylistViewSet
 * (posthog/session_recordings/session_recording_playlist_api.py).
 */
const CLICKHOUSE_THROTTLED = ["insights", "query", "session_recording_playlists"];

/** A PostHog API failure with the parts a user needs: status, field and PostHog's own words; a refused key (401, 403) is an `auth` failure. */
export class PostHogApiError extends ToolError implements ApiFailure {
  readonly status?: number;
  readonly uncertain: boolean;
  readonly attr?: string | null;
  readonly detail?: JsonValue;
  readonly code?: string;

  constructor(message: string, details: { status?: number; uncertain: boolean; attr?: string | null; detail?: JsonValue; code?: string }) {
    super(details.status === 401 || details.status === 403 ? "auth" : "api", message);
    this.name = "PostHogApiError";
    this.status = details.status;
    this.uncertain = details.uncertain;
    this.attr = details.attr;
    this.detail = details.detail;
    this.code = details.code;
  }
}

/** A ProjectApi that also counts its requests, for progress and benchmarks. */
export interface PostHogProjectApi extends ProjectApi {
  readonly stats: { requests: number; retries: number };
  close(): Promise<void>;
  /** Drops what is in flight or queued (reads started early that the run no longer needs): each fails at once instead of being sent or retried. */
  abandon(): Promise<void>;
}

/**
 * Rows asked for per list page. Every list the tool reads pages with DRF's LimitOffsetPagination
 * and no `max_limit` (REST_FRAMEWORK's default class in posthog/settings/web.py, no viewset sets
 * its own cutoff), so PostHog accepts any limit; 1000 keeps one response small enough to serialise
 * well within a request timeout, and the pages after the first are read in parallel anyway.
 */
const PAGE_LIMIT = 1000;
/**
 * Keep-alive connections per pool. Writes keep eight, as many as an apply runs tasks at once
 * (`APPLY_CONCURRENCY`). GETs have a pool of their own: a plan sends every kind's list at once,
 * then each dashboard's and experiment's detail read as soon as its list is in (about 30, then
 * 110 requests at N = 1,000), which over eight connections queued for 18 round trips. PostHog's
 * throttles count requests per personal API key, never connections (`BurstRateThrottle` and
 * `SustainedRateThrottle` in posthog/rate_limit.py, keyed on the key's hash), and every read still
 * waits for the client's throttle, so more connections change when reads leave, not how many.
 * 64 holds the list round at once and the detail round in two; each new one costs a handshake.
 */
const WRITE_CONNECTIONS = 8;
const READ_CONNECTIONS = 64;
const IDEMPOTENT_METHODS = new Set(["GET", "PATCH", "PUT", "DELETE"]);
/** Failures raised before the request left this machine: resending cannot act twice. */
const NOT_SENT_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "UND_ERR_CONNECT_TIMEOUT"]);
const RETRYABLE_STATUS = new Set([500, 502, 503, 504]);
const MAX_RETRY_AFTER_MS = 60_000;

function explain(status: number, method: string, path: string, body: JsonValue | undefined, keySource: string): string {
  const detail = isJsonObject(body) && typeof body.detail === "string" ? body.detail : undefined;
  const attr = isJsonObject(body) && typeof body.attr === "string" ? body.attr : undefined;
  if (status === 401) return `PostHog rejected the personal API key (401${detail ? `: ${detail}` : ""}). Check ${keySource}.`;
  if (status === 403) {
    const scope = detail && /scope '([^']+)'/.exec(detail)?.[1];
    return scope
      ? `the personal API key lacks the scope "${scope}" needed for ${method} ${path} (403). Add it to the key.`
      : `PostHog refused ${method} ${path} (403${detail ? `: ${detail}` : ""}).`;
  }
  if (status === 400) return `PostHog rejected ${method} ${path} (400): ${attr ? `${attr.replaceAll("__", ".")}: ` : ""}${detail ?? JSON.stringify(body)}`;
  return `PostHog answered ${method} ${path} with ${status}${detail ? `: ${detail}` : ""}`;
}

/**
 * The one place that talks HTTP to PostHog: Bearer auth, client-side throttling
 * within PostHog's limits, retries, pagination to the end, and errors that say
 * what to fix. A 429 (PostHog throttles before handling) and a connection that
 * never opened are retried for every method; 5xx answers, timeouts and dropped
 * connections only for idempotent ones (GET, and PATCH/DELETE unless the caller
 * says otherwise), since the server may have acted already. The key is only
 * ever put in the Authorization header.
 */
export function createPostHogClient(options: PostHogClientOptions): PostHogProjectApi {
  const host = options.host.replace(/\/+$/, "");
  const base = `/api/projects/${encodeURIComponent(options.projectId)}/`;
  const clock = options.clock ?? { now: () => Date.now(), sleep: (ms: number) => sleep(ms) };
  const ownsDispatcher = !options.dispatcher;
  const writes = options.dispatcher ?? new Agent({ connections: WRITE_CONNECTIONS, keepAliveTimeout: 10_000 });
  const reads = options.dispatcher ?? new Agent({ connections: READ_CONNECTIONS, keepAliveTimeout: 10_000 });
  const limits = options.rateLimits === undefined ? POSTHOG_RATE_LIMITS : options.rateLimits;
  const limiters = limits ? { crud: new RateLimiter(limits.crud, clock), clickhouse: new RateLimiter(limits.clickhouse, clock) } : undefined;
  const maxAttempts = options.maxAttempts ?? 5;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const stats = { requests: 0, retries: 0 };
  let abandoned = false;

  const send = async (method: string, pathAndQuery: string, body: JsonObject | undefined, idempotent: boolean): Promise<{ status: number; body: JsonValue | undefined }> => {
    const clickhouse = CLICKHOUSE_THROTTLED.some((collection) => pathAndQuery.startsWith(`${base}${collection}/`));
    const limiter = limiters && (clickhouse ? limiters.clickhouse : limiters.crud);
    for (let attempt = 1; ; attempt++) {
      await limiter?.acquire();
      if (abandoned) throw new PostHogApiError(`${method} ${pathAndQuery} was dropped: the run no longer needs it`, { uncertain: method !== "GET" });
      stats.requests++;
      let status: number;
      let text: string;
      let retryAfter: string | undefined;
      try {
        const response = await request(`${host}${pathAndQuery}`, {
          method: method as Dispatcher.HttpMethod,
          dispatcher: method === "GET" ? reads : writes,
          headers: {
            authorization: `Bearer ${options.apiKey}`,
            accept: "application/json",
            "user-agent": "posthog-definitions",
            ...(body ? { "content-type": "application/json" } : {}),
          },
          body: body ? JSON.stringify(body) : undefined,
          headersTimeout: timeoutMs,
          bodyTimeout: timeoutMs,
        });
        status = response.statusCode;
        text = await response.body.text();
        const header = response.headers["retry-after"];
        retryAfter = Array.isArray(header) ? header[0] : header;
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        const notSent = NOT_SENT_CODES.has(String((error as { code?: unknown }).code));
        if ((idempotent || notSent) && attempt < maxAttempts && !abandoned) {
          stats.retries++;
          await clock.sleep(backoff(attempt));
          continue;
        }
        throw new PostHogApiError(`could not reach PostHog for ${method} ${pathAndQuery}: ${reason}`, { uncertain: !notSent });
      }
      let parsed: JsonValue | undefined;
      try {
        parsed = text === "" ? undefined : (JSON.parse(text) as JsonValue);
      } catch {
        parsed = text;
      }
      if (status === 429 && attempt < maxAttempts) {
        stats.retries++;
        const seconds = Number(retryAfter);
        await clock.sleep(Number.isFinite(seconds) && seconds >= 0 ? Math.min(seconds * 1000, MAX_RETRY_AFTER_MS) : backoff(attempt));
        continue;
      }
      if (RETRYABLE_STATUS.has(status) && idempotent && attempt < maxAttempts) {
        stats.retries++;
        await clock.sleep(backoff(attempt));
        continue;
      }
      return { status, body: parsed };
    }
  };

  const call = async (method: string, path: string, body?: JsonObject, how: { allow404?: boolean } & WriteOptions = {}): Promise<JsonValue | undefined> => {
    const target = path.startsWith("/") ? path : `${base}${path}`;
    const response = await send(method, target, body, how.idempotent ?? IDEMPOTENT_METHODS.has(method));
    if (response.status >= 200 && response.status < 300) return response.body;
    if (how.allow404 && response.status === 404) return undefined;
    const parsed = response.body;
    throw new PostHogApiError(explain(response.status, method, target, parsed, options.apiKeySource ?? "POSTHOG_PERSONAL_API_KEY"), {
      status: response.status,
      uncertain: response.status >= 500,
      attr: isJsonObject(parsed) && typeof parsed.attr === "string" ? parsed.attr : null,
      detail: isJsonObject(parsed) ? parsed.detail : parsed,
      code: isJsonObject(parsed) && typeof parsed.code === "string" ? parsed.code : undefined,
    });
  };

  return {
    stats,
    projectId: options.projectId,
    async list(collection, query = {}) {
      const params = new URLSearchParams({ limit: String(PAGE_LIMIT), ...query });
      const first = await call("GET", `${base}${collection}/?${params.toString()}`);
      if (Array.isArray(first)) return first.filter(isJsonObject);
      const page = readPage(first, collection);
      const rows = [...page.results];
      let next = page.next;
      // The first page's `next` names the page size the server applied and its `count` the total,
      // so every remaining offset is known at once and read in parallel, in order.
      const rest = next === undefined ? [] : remainingPages(next, page.count);
      if (rest.length > 0) {
        const pages = await Promise.all(rest.map(async (path) => readPage(await call("GET", path), collection)));
        for (const later of pages) rows.push(...later.results);
        next = pages.at(-1)!.next;
      }
      // Pages without offsets (a cursor), or objects added while reading: follow `next` to the end.
      while (next !== undefined) {
        const later = readPage(await call("GET", next), collection);
        rows.push(...later.results);
        next = later.next;
      }
      return rows;
    },
    async get(path) {
      const body = await call("GET", path, undefined, { allow404: true });
      return isJsonObject(body) ? body : undefined;
    },
    async post(path, body, writeOptions) {
      return asObject(await call("POST", path, body, writeOptions));
    },
    async patch(path, body, writeOptions) {
      return asObject(await call("PATCH", path, body, writeOptions));
    },
    async delete(path) {
      await call("DELETE", path, undefined, { allow404: true });
    },
    async close() {
      if (ownsDispatcher) await Promise.all([reads.close(), writes.close()]);
    },
    async abandon() {
      abandoned = true;
      if (ownsDispatcher) await Promise.all([reads.destroy(), writes.destroy()]);
    },
  };
}

interface ListPage {
  results: JsonObject[];
  count: number | undefined;
  /** Path and query of the next page; `next` is absolute and may name an internal host behind a proxy. */
  next: string | undefined;
}

function readPage(body: JsonValue | undefined, collection: string): ListPage {
  if (!isJsonObject(body) || !Array.isArray(body.results)) throw new PostHogApiError(`unexpected list response for ${collection}`, { uncertain: false });
  const results = body.results.filter(isJsonObject);
  return { results, count: typeof body.count === "number" ? body.count : undefined, next: typeof body.next === "string" && results.length > 0 ? pathOf(body.next) : undefined };
}

/**
 * Every page after the first of a limit/offset list: the offsets from the first `next` link's
 * `offset` up to `count`, one `limit` apart. Empty when the link carries no offset (a cursor).
 */
function remainingPages(next: string, count: number | undefined): string[] {
  const url = new URL(next, "http://placeholder");
  const limit = Number(url.searchParams.get("limit"));
  const offset = Number(url.searchParams.get("offset"));
  if (count === undefined || !Number.isInteger(limit) || limit <= 0 || !Number.isInteger(offset) || offset <= 0) return [];
  const paths: string[] = [];
  for (let at = offset; at < count; at += limit) {
    url.searchParams.set("offset", String(at));
    paths.push(`${url.pathname}${url.search}`);
  }
  return paths;
}

function asObject(value: JsonValue | undefined): JsonObject {
  return isJsonObject(value) ? value : {};
}

function pathOf(url: string): string {
  const parsed = new URL(url, "http://placeholder");
  return `${parsed.pathname}${parsed.search}`;
}

function backoff(attempt: number): number {
  const base = Math.min(200 * 2 ** (attempt - 1), 5_000);
  return base * (0.8 + Math.random() * 0.4);
}

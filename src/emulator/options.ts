// The emulator's public surface: how to start it, what it records, and the handle tests hold.
import type { ApiKeyConfig } from "./auth.js";
import type { EmulatorFault } from "./faults.js";
import type { RateLimitConfig } from "./rate-limit.js";
import type { PersonSeed } from "./resources/ingestion.js";

/** How to start an emulator; every field has a default suitable for tests. */
export interface EmulatorOptions {
  /** Interface to listen on; default "127.0.0.1". */
  host?: string;
  /** Port; default 0 (any free port). */
  port?: number;
  /**
   * Load state from this file at start (when it exists) and persist it atomically (a temporary file,
   * then a rename): once writes pause for {@link PERSIST_IDLE_MS}, at least every {@link PERSIST_MAX_DELAY_MS}
   * while they go on, right after a reset, and on close.
   */
  stateFile?: string;
  /** Projects to serve; default one project with id 1. */
  projects?: { id: number; name?: string }[];
  /** Accepted personal API keys; default one all-scopes key "phx_emulator". */
  keys?: ApiKeyConfig[];
  /** Per-key throttle rates; default PostHog's. `false` disables throttling. */
  rateLimits?: RateLimitConfig | false;
  /** A round trip added to every API request, and one more before the first request of each new connection (its handshake), in milliseconds; default 0. */
  latencyMs?: number;
  /** Bearer key the `/_emulator/*` control routes require; default "phx_emulator_admin". */
  adminKey?: string;
  /**
   * PostHog's `INSIGHT_DASHBOARDS_OPT_IN_ENFORCED`; default true (where PostHog is heading): insight
   * payloads omit the deprecated `dashboards` field unless the request sends `?include_dashboards=true`.
   */
  insightDashboardsOptInEnforced?: boolean;
  /** PostHog's `EE_AVAILABLE`; default true (PostHog Cloud). False serves the open-source event definition serializer. */
  enterprise?: boolean;
  /** Whether the organization has the `TAGGING` feature; default true. False drops tags silently, as old self-hosted versions do. */
  tagging?: boolean;
  /** PostHog's own feature flags for the organization (`{"logs-saved-views": false}` turns logs views off); a flag not listed is on. */
  posthogFeatureFlags?: Readonly<Record<string, boolean>>;
  /** Whether the key's user is PostHog staff (`/api/users/@me/` `is_staff`); default true. False refuses dashboard template writes, as PostHog does for customers. */
  staffUser?: boolean;
  /** Persons each project starts with (and gets back on reset), for the flag blast radius: `{count, properties, projectId?}`. */
  persons?: PersonSeed[];
}

/** One API request as the emulator saw it; control calls under /_emulator are not recorded. */
export interface RecordedRequest {
  method: string;
  path: string;
  query: string;
  /** The parsed JSON body, the raw text when it is not JSON, or null when there is none. */
  body: unknown;
  /** The status sent, or 0 when the connection was dropped by an injected fault. */
  status: number;
  /** A copy of the JSON body sent back, or null for an empty response (so tests can check responses against PostHog's schemas too). */
  response?: unknown;
  /** How many other API requests were being served when this one arrived, so tests can see which requests a client sent at once; absent when it arrived alone. */
  inFlight?: number;
}

/** A started emulator and the controls tests use to observe and steer it. */
export interface RunningEmulator {
  url: string;
  /** The key `/_emulator/*` control routes require as `Authorization: Bearer <adminKey>`. */
  adminKey: string;
  requests: RecordedRequest[];
  injectFault(fault: EmulatorFault): void;
  clearRequests(): void;
  close(): Promise<void>;
}

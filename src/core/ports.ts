import type { JsonObject, JsonValue } from "./json.js";

/**
 * The HTTP-shaped access the core needs to a PostHog project. The PostHog adapter
 * implements it; the core only calls it, so it stays free of I/O.
 * Paths are relative to the project base, e.g. `feature_flags/12/`.
 */
export interface ProjectApi {
  /**
   * The project id the base path names. PostHog addresses a project's primary
   * environment, where project settings live, by the same id
   * (`/api/environments/{projectId}/`). A path starting with `/` is absolute.
   */
  readonly projectId: string;
  /** Every object of a collection, following pagination to the end. */
  list(collection: string, query?: Record<string, string>): Promise<JsonObject[]>;
  get(path: string): Promise<JsonObject | undefined>;
  /**
   * Without a body for actions that take none (an experiment's `launch/`). A POST is taken as not
   * idempotent unless `options` says otherwise: it is never resent after a failure that may have
   * reached the server.
   */
  post(path: string, body?: JsonObject, options?: WriteOptions): Promise<JsonObject>;
  /** Taken as idempotent unless `options` says otherwise (a PATCH that creates dashboard tiles). */
  patch(path: string, body: JsonObject, options?: WriteOptions): Promise<JsonObject>;
  delete(path: string): Promise<void>;
}

/**
 * Whether a write may be sent twice. PostHog applies some writes once per request: a dashboard
 * PATCH entry in `tiles` without an id always creates a tile, a `launch/` acts. For those, a lost
 * response followed by a resend would act twice, so the transport never resends them blindly; the
 * caller re-reads the object and converges from what it finds instead.
 */
export interface WriteOptions {
  /** Default: true for PATCH and DELETE, false for POST. */
  idempotent?: boolean;
}

/**
 * The time at apply, for the writes PostHog takes a date for (a survey starts when its `start_date`
 * is set). The core reads no clock of its own, so plans never hold the current time.
 */
export interface Clock {
  now(): Date;
}

/** Progress events for long runs; the entry points decide where they go. */
export interface ProgressSink {
  (event: { phase: "read" | "apply"; message: string; done?: number; total?: number }): void;
}

/** A thrown API failure, kept generic so the core can decide what is safe to retry. */
export interface ApiFailure {
  status?: number;
  /** True when the request may have reached the server (timeouts, 5xx, dropped sockets). */
  uncertain: boolean;
  message: string;
  attr?: string | null;
  detail?: JsonValue;
}

/** Recognises failures raised by a ProjectApi implementation. */
export function isApiFailure(error: unknown): error is Error & ApiFailure {
  return error instanceof Error && typeof (error as Partial<ApiFailure>).uncertain === "boolean";
}

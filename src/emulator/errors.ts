/** The error body every PostHog API error carries (drf-exceptions-hog format). */
export interface ErrorBody {
  type: string;
  code: string;
  detail: string;
  attr: string | null;
}

/**
 * An HTTP error response raised anywhere in request handling. A `null` body means an empty
 * response, which PostHog sends for DELETE on soft-delete-only resources.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly body: ErrorBody | null;
  readonly headers: Record<string, string>;

  constructor(status: number, body: ErrorBody | null, headers: Record<string, string> = {}) {
    super(body?.detail ?? `HTTP ${status}`);
    this.status = status;
    this.body = body;
    this.headers = headers;
  }
}

/** A path inside a request body; joined with `__` to form the `attr` of nested field errors. */
export type FieldPath = readonly (string | number)[];

/**
 * A 400 validation error. DRF's generic "invalid" code is reported by PostHog as "invalid_input",
 * so callers can pass DRF codes unchanged.
 */
export function validationError(attr: FieldPath | string | null, detail: string, code = "invalid_input"): ApiError {
  const joined = attr === null ? null : typeof attr === "string" ? attr : attr.join("__");
  return new ApiError(400, { type: "validation_error", code: code === "invalid" ? "invalid_input" : code, detail, attr: joined });
}

/** A 404 with the given detail; PostHog uses "Not found." for missing objects. */
export function notFound(detail = "Not found."): ApiError {
  return new ApiError(404, { type: "invalid_request", code: "not_found", detail, attr: null });
}

/** The 404 PostHog's URL resolver answers for paths no view is registered on. */
export function endpointNotFound(): ApiError {
  return notFound("Endpoint not found.");
}

/** A 400 for malformed JSON or a query that fails schema parsing. */
export function parseError(detail: string): ApiError {
  return new ApiError(400, { type: "invalid_request", code: "parse_error", detail, attr: null });
}

/** A 403; PostHog reports permission and scope failures with the authentication_error type. */
export function permissionDenied(detail: string): ApiError {
  return new ApiError(403, { type: "authentication_error", code: "permission_denied", detail, attr: null });
}

/** A 401 for a credential that was found but does not match any key. */
export function authenticationFailed(detail: string): ApiError {
  return new ApiError(401, { type: "authentication_error", code: "authentication_failed", detail, attr: null }, { "WWW-Authenticate": "Bearer" });
}

/** A 401 for a request that carries no credential at all. */
export function notAuthenticated(): ApiError {
  return new ApiError(
    401,
    { type: "authentication_error", code: "not_authenticated", detail: "Authentication credentials were not provided.", attr: null },
    { "WWW-Authenticate": "Bearer" },
  );
}

/** A 405 for an HTTP method the view does not route. */
export function methodNotAllowed(method: string): ApiError {
  return new ApiError(405, { type: "invalid_request", code: "method_not_allowed", detail: `Method "${method}" not allowed.`, attr: null });
}

/** The empty-bodied 405 PostHog's ForbidDestroyModel returns for DELETE on soft-delete resources. */
export function destroyForbidden(): ApiError {
  return new ApiError(405, null);
}

/** A 409, used for feature-flag edit conflicts. */
export function conflict(detail: string): ApiError {
  return new ApiError(409, { type: "invalid_request", code: "conflict", detail, attr: null });
}

/** A 429 carrying DRF's wording and a whole-second Retry-After. */
export function throttled(waitSeconds: number): ApiError {
  const wait = Math.max(1, Math.ceil(waitSeconds));
  const detail = `Request was throttled. Expected available in ${wait} second${wait === 1 ? "" : "s"}.`;
  return new ApiError(429, { type: "throttled_error", code: "throttled", detail, attr: null }, { "Retry-After": String(wait) });
}

/** The generic 500 body PostHog returns for unhandled exceptions. */
export function serverError(): ApiError {
  return new ApiError(500, { type: "server_error", code: "error", detail: "A server error occurred.", attr: null });
}

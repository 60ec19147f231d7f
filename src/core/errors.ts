/**
 * What went wrong, in the terms both entry points report: the CLI maps each
 * category to an exit code once (`src/cli/main.ts`), the Action to a failure
 * reason once (`src/action/failure.ts`).
 */
export const ERROR_CATEGORIES = [
  /** Definitions that do not load or validate; nothing was sent. */
  "invalid-definitions",
  /** The config file, an environment, a connection setting or a key variable. */
  "configuration",
  /** A command-line argument, an Action input or a selection that cannot be carried out as asked. */
  "usage",
  /** Definitions from an untrusted source (a fork) that were not evaluated. */
  "untrusted-code",
  /** PostHog refused the key (401, 403). */
  "auth",
  /** Any other PostHog failure, including an answer that never came. */
  "api",
  /** A change refused because the live object is no longer what the plan expected. */
  "safety",
  /** A GitHub API failure. */
  "github",
  /** A bug: nothing the user could have done differently. */
  "internal",
] as const;

/** One value of {@link ERROR_CATEGORIES}. */
export type ErrorCategory = (typeof ERROR_CATEGORIES)[number];

/**
 * The product's one error type. Its category is all an entry point needs to
 * report it; subclasses exist only to carry data a caller acts on (an HTTP
 * status, a dependency cycle), never to be classified by type.
 */
export class ToolError extends Error {
  readonly category: ErrorCategory;

  constructor(category: ErrorCategory, message: string) {
    super(message);
    this.name = "ToolError";
    this.category = category;
  }
}

/** The category of anything thrown: a {@link ToolError}'s own, `internal` for everything else. */
export function categoryOf(error: unknown): ErrorCategory {
  return error instanceof ToolError ? error.category : "internal";
}

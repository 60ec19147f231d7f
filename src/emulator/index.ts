/**
 * Local PostHog emulator: a loopback HTTP server implementing the subset of PostHog's REST API that
 * definitions-as-code manages, for tests, demos and offline development.
 */
export { startEmulator } from "./server.js";
export type { EmulatorOptions, RecordedRequest, RunningEmulator } from "./options.js";
export type { EmulatorFault } from "./faults.js";
export type { ApiKeyConfig } from "./auth.js";
export type { RateLimitConfig } from "./rate-limit.js";

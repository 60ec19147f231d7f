import type { Clock } from "../core/ports.js";

/** The machine's clock, which the entry points give the core for the dates an apply writes. */
export const systemClock: Clock = { now: () => new Date() };

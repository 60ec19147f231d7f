import type { StepAction } from "../core/plan/types.js";

/** Glyph, verb and colour of each action, shared by every renderer. */
export const ACTION_STYLE: Record<StepAction, { glyph: string; verb: string; color: "green" | "yellow" | "red" | "dim" }> = {
  create: { glyph: "+", verb: "create", color: "green" },
  update: { glyph: "~", verb: "update", color: "yellow" },
  replace: { glyph: "±", verb: "replace", color: "red" },
  delete: { glyph: "-", verb: "delete", color: "red" },
  "no-op": { glyph: " ", verb: "unchanged", color: "dim" },
};

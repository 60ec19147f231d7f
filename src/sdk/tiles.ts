import type { ButtonTile, TextTile } from "./kinds/dashboards.js";

/** A markdown text tile. */
export function text(spec: Omit<TextTile, "type">): TextTile {
  return { type: "text", ...spec };
}

/** A link button tile. */
export function button(spec: Omit<ButtonTile, "type">): ButtonTile {
  return { type: "button", ...spec };
}

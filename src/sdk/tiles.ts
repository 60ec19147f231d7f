import type { ButtonTile, TextTile } from "./kinds/dashboards.js";

/** A markdown text tile. */
export function text(spec: Omit<Extract<TextTile, { type: "text" }>, "type">): TextTile {
  return { type: "text", ...spec };
}

/** A link button tile. */
export function button(spec: Omit<Extract<ButtonTile, { type: "button" }>, "type">): ButtonTile {
  return { type: "button", ...spec };
}

import type { ButtonTile, TextTile } from "./kinds/dashboards.js";
/** A markdown text tile. */
export declare function text(spec: Omit<TextTile, "type">): TextTile;
/** A link button tile. */
export declare function button(spec: Omit<ButtonTile, "type">): ButtonTile;

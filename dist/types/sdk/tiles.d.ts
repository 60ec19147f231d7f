import type { ButtonTile, TextTile } from "./kinds/dashboards.js";
/** A markdown text tile. */
export declare function text(spec: Omit<Extract<TextTile, {
    type: "text";
}>, "type">): TextTile;
/** A link button tile. */
export declare function button(spec: Omit<Extract<ButtonTile, {
    type: "button";
}>, "type">): ButtonTile;

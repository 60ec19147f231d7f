import type { PropertyFilter } from "../filters.js";
import type { JsonValue } from "../json.js";
import { mark } from "../mark.js";

/** One step of an action; steps are OR-ed. */
export interface ActionStep {
  event?: string | null;
  properties?: { key: string; value?: JsonValue; operator?: PropertyFilter["operator"]; type?: string }[];
  selector?: string | null;
  tag_name?: string | null;
  text?: string | null;
  text_matching?: "exact" | "contains" | "regex" | null;
  href?: string | null;
  href_matching?: "exact" | "contains" | "regex" | null;
  url?: string | null;
  url_matching?: "exact" | "contains" | "regex" | null;
}

/** Fields of `action()`. */
export interface Action {
  key: string;
  name: string;
  description?: string;
  steps: ActionStep[];
  post_to_slack?: boolean;
  slack_message_format?: string;
  tags?: string[];
}

/** Defines an action. */
export function action(spec: Action): Action {
  return mark("actions", spec);
}

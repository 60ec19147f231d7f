import { serverError, validationError } from "../errors.js";
import { hasField, isTruthy, readJson } from "../fields.js";
import { isRecord, type JsonRecord } from "../json.js";

/**
 * `normalize_step` (products/product_tours/backend/api/product_tour.py): `elementTargeting` derived
 * from the legacy members when missing (`useManualSelector: true` is `manual`; `inferenceData`, or
 * `type: "element"`, which becomes `modal`, is `auto`), then `useManualSelector` derived from it for
 * the SDK: true for `manual`, dropped for any other targeting. PostHog runs it on write and on read.
 */
export function normalizeStep(step: JsonRecord): JsonRecord {
  const out: JsonRecord = { ...step };
  if (!("elementTargeting" in out)) {
    if (out.useManualSelector === true) out.elementTargeting = "manual";
    else if (isTruthy(out.inferenceData)) out.elementTargeting = "auto";
    else if (out.type === "element") Object.assign(out, { elementTargeting: "auto", type: "modal" });
  }
  const targeting = out.elementTargeting;
  if (targeting === "manual") out.useManualSelector = true;
  else if (targeting !== null && targeting !== undefined) delete out.useManualSelector;
  return out;
}

/**
 * `[normalize_step(s) for s in value["steps"]]`: Python iterates what it is given, so an empty string
 * or object is no steps, and anything else that is not a list of objects fails (`{**step}` or the
 * iteration raises TypeError: a server error).
 */
function normalizeSteps(steps: unknown): JsonRecord[] {
  if (steps === "" || (isRecord(steps) && Object.keys(steps).length === 0)) return [];
  if (!Array.isArray(steps) || steps.some((step) => !isRecord(step))) throw serverError();
  return (steps as JsonRecord[]).map(normalizeStep);
}

/** `validate_content`: null is `{}`, an object is required, an announcement has exactly one step; the steps are normalised. */
export function readContent(body: JsonRecord): JsonRecord | undefined {
  if (!hasField(body, "content")) return undefined;
  const value = readJson(body, "content");
  if (value === null || value === undefined) return {};
  if (!isRecord(value)) throw validationError("content", "Content must be an object");
  if (value.type === "announcement" && (Array.isArray(value.steps) ? value.steps.length : 0) !== 1) throw validationError("content", "Announcements must have exactly 1 step.");
  return "steps" in value ? { ...value, steps: normalizeSteps(value.steps) } : value;
}

/** `ProductTourSerializer.to_representation`: the read normalises the stored steps again. */
export function readableContent(content: JsonRecord): JsonRecord {
  return Array.isArray(content.steps) ? { ...content, steps: content.steps.map((step) => (isRecord(step) ? normalizeStep(step) : step)) } : content;
}

/**
 * `validate`'s launch check (`_validate_launch`): a tour being launched (a non-null `start_date`
 * sent) or already launched needs each step's element targeting complete, the content sent (or
 * the stored one when none, or empty, is sent) being the one checked.
 */
export function validateLaunch(sent: JsonRecord | undefined, startSent: string | null | undefined, stored: { start_date: string | null; content: JsonRecord } | undefined): void {
  const launching = startSent !== undefined && startSent !== null;
  const launched = stored !== undefined && stored.start_date !== null;
  if (!launching && !launched) return;
  const content = sent !== undefined && Object.keys(sent).length > 0 ? sent : (stored?.content ?? {});
  const steps = Array.isArray(content.steps) ? content.steps : [];
  steps.forEach((step, index) => {
    if (!isRecord(step)) return;
    const targeting = step.elementTargeting;
    if (targeting === "manual" && !isTruthy(step.selector)) throw validationError(null, `Step ${index + 1} is missing an element selector`);
    if (targeting === "auto" && !isTruthy(step.inferenceData)) throw validationError(null, `Step ${index + 1} requires an element to be selected`);
  });
}

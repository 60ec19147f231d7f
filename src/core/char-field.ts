/**
 * The characters Python's `str.strip()` removes (`str.isspace`), which are not quite JavaScript's
 * `trim()` set: Python also strips U+001C–U+001F and U+0085, and keeps U+FEFF.
 */
const PYTHON_SPACE = "\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
const EDGE_SPACE = new RegExp(`^[${PYTHON_SPACE}]+|[${PYTHON_SPACE}]+$`, "gu");

/**
 * The length PostHog holds a `CharField(max_length=…)` to: DRF's CharField strips the value
 * (`trim_whitespace`) before its `MaxLengthValidator` takes Python's `len`, which counts code
 * points, so an emoji is one character here where JavaScript's `length` counts two.
 */
export function charFieldLength(text: string): number {
  return [...text.replace(EDGE_SPACE, "")].length;
}

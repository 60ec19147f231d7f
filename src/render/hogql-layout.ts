/**
 * HogQL laid out for reading in a diff: a query written on one line gets one
 * line per clause and per selected column, so a changed column or condition is
 * one changed line instead of the whole query. For display only; what is sent
 * to PostHog is never reformatted.
 */

const CLAUSES = ["select", "from", "where", "prewhere", "group by", "having", "order by", "limit", "offset", "union all", "union distinct", "left join", "right join", "inner join", "full join", "cross join", "join", "window", "settings"];
const CLAUSE = new RegExp(`^(?:${CLAUSES.map((c) => c.replace(" ", "\\s+")).join("|")})\\b`, "i");
/** Only one-line text that starts like a query is laid out; anything else is shown as written. */
const QUERY_START = /^\s*(?:select|with)\b/i;
const MIN_LENGTH = 80;

/**
 * The query with a line break before each top-level clause and after each
 * top-level comma of the select list, or undefined when the text is not a
 * one-line query (multi-line text keeps the author's own lines).
 */
export function formatHogQL(text: string): string | undefined {
  if (text.includes("\n") || text.length <= MIN_LENGTH || !QUERY_START.test(text)) return undefined;
  const lines: string[] = [];
  let line = "";
  let depth = 0;
  let quote: string | undefined;
  let inSelect = false;
  const flush = () => {
    if (line.trim() !== "") lines.push(line.trimEnd());
    line = "";
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quote) {
      line += char;
      if (char === "\\") line += text[++i] ?? "";
      else if (char === quote) quote = undefined;
      continue;
    }
    if (char === "'" || char === '"' || char === "`") quote = char;
    if (char === "(") depth++;
    if (char === ")") depth = Math.max(0, depth - 1);
    const wordStart = depth === 0 && !/[\w$]/.test(text[i - 1] ?? " ");
    const clause = wordStart && !quote ? CLAUSE.exec(text.slice(i)) : null;
    if (clause) {
      flush();
      inSelect = /^select$/i.test(clause[0]);
      line = clause[0].replace(/\s+/g, " ");
      i += clause[0].length - 1;
      continue;
    }
    if (char === "," && depth === 0 && inSelect) {
      line += ",";
      flush();
      line = "   ";
      while (text[i + 1] === " ") i++;
      continue;
    }
    line += char;
  }
  flush();
  return lines.length > 1 ? lines.map((l, i) => (i > 0 && !CLAUSE.test(l) ? `  ${l.trim()}` : l.trim())).join("\n") : undefined;
}

import type { HogQLString } from "../../core/hogql.js";

/** A problem the parser found, at an offset (UTF-16 code units, as JavaScript counts) into the HogQL text. */
export interface HogQLProblem {
  severity: "error" | "warning";
  message: string;
  offset: number;
}

/** Checks one HogQL string; undefined when it parses. */
export type HogQLChecker = (text: string, grammar: HogQLString["grammar"]) => HogQLProblem | undefined;

interface ParseFailure {
  error: true;
  type: "SyntaxError" | "ParsingError" | "NotImplementedError";
  message: string;
  start: { offset: number };
}

/** ANTLR quotes the whole input up to the error; the tail is what helps. */
function shortenMessage(message: string): string {
  return message.replace(/(at input ')([\s\S]*)(')/, (_all, open: string, input: string, close: string) => {
    const flat = input.replace(/\\[nrt]|\s+/g, " ").replace(/ {2,}/g, " ");
    return `${open}${flat.length > 40 ? `…${flat.slice(-40)}` : flat}${close}`;
  });
}

/** The parser counts Unicode code points; JavaScript strings count UTF-16 code units. */
function toUtf16Offset(text: string, codePoints: number): number {
  return Array.from(text).slice(0, Math.max(0, codePoints)).join("").length;
}

let loaded: Promise<HogQLChecker> | undefined;

/**
 * Loads PostHog's own HogQL parser (`@posthog/hogql-parser`, the ANTLR grammar
 * compiled to WebAssembly, which ships its binary inside the module) on first
 * use, so commands without HogQL never pay for it. One parser serves the whole
 * run and each string is parsed once, however many environments validate it
 * (the Action validates once per environment).
 */
export function loadHogQLChecker(): Promise<HogQLChecker> {
  loaded ??= createChecker();
  return loaded;
}

async function createChecker(): Promise<HogQLChecker> {
  const { default: createHogQLParser } = await import("@posthog/hogql-parser");
  const parser = await createHogQLParser();
  const seen = new Map<string, HogQLProblem | undefined>();
  const parse = (text: string, grammar: HogQLString["grammar"]): HogQLProblem | undefined => {
    const result = JSON.parse(grammar === "select" ? parser.parseSelect(text) : parser.parseExpr(text)) as Partial<ParseFailure>;
    if (result.error !== true) return undefined;
    return {
      severity: result.type === "NotImplementedError" ? "warning" : "error",
      message: `HogQL ${result.type === "SyntaxError" ? "syntax error" : "error"}: ${shortenMessage(result.message ?? "unknown problem")}`,
      offset: toUtf16Offset(text, result.start?.offset ?? 0),
    };
  };
  return (text, grammar) => {
    const key = `${grammar}\u0000${text}`;
    if (!seen.has(key)) seen.set(key, parse(text, grammar));
    return seen.get(key);
  };
}

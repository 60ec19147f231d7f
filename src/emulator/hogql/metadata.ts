import { isRecord, type JsonRecord } from "../json.js";
import { TABLES, type TableSchema } from "./tables.js";
import { QueryError, Resolver, type AstNode, type HogQLNotice } from "./resolve.js";

/** The parts of `@posthog/hogql-parser` the check uses; each returns the AST (or the error) as JSON. */
interface HogQLParser {
  parseSelect(text: string): string;
  parseExpr(text: string): string;
  parseProgram(text: string): string;
  parseFullTemplateString(text: string): string;
}

let parser: HogQLParser | undefined;
let loading: Promise<void> | undefined;

/**
 * Loads PostHog's parser (WebAssembly) once per process; the emulator awaits it
 * at start, because its request handlers are synchronous.
 */
export function prepareHogQLParser(): Promise<void> {
  loading ??= import("@posthog/hogql-parser").then(async ({ default: create }) => {
    parser = (await create()) as HogQLParser;
  });
  return loading;
}

/** The languages `HogLanguage` names. */
export const HOG_LANGUAGES = ["hog", "hogJson", "hogQL", "hogQLExpr", "hogTemplate"] as const;

interface ParseFailure {
  error: true;
  message: string;
  start?: { offset: number };
  end?: { offset: number };
}

function parse(kind: keyof HogQLParser, text: string): AstNode | ParseFailure {
  if (parser === undefined) throw new Error("prepareHogQLParser() was not awaited");
  return JSON.parse(parser[kind](text)) as AstNode | ParseFailure;
}

const isFailure = (value: AstNode | ParseFailure): value is ParseFailure => (value as ParseFailure).error === true;

/** A SELECT's AST from PostHog's parser, or its error message, for resources that check HogQL on write (saved views). */
export function parseSelectQuery(text: string): { ast: AstNode } | { error: string } {
  const ast = parse("parseSelect", text);
  return isFailure(ast) ? { error: ast.message } : { ast };
}

/** `ExposedHogQLError` → notice, with `get_hogql_metadata`'s rewording and start/end swap. */
function noticeOf(message: string, start: number | undefined, end: number | undefined): HogQLNotice {
  const text = message.includes("mismatched input '<EOF>' expecting") ? "Unexpected end of query" : message;
  if (end !== undefined && start !== undefined && end > 0 && start > 0 && end < start) return { end: start, fix: null, message: text, start: end };
  return { end: end ?? null, fix: null, message: text, start: start ?? null };
}

/**
 * `get_hogql_metadata` (`posthog/hogql/metadata.py`) for a validated `HogQLMetadata`
 * node: the query is parsed with PostHog's own parser and its names resolved
 * against PostHog's HogQL tables; nothing is executed. The answer is
 * `HogQLMetadataResponse` as the query API dumps it (`model_dump(by_alias=True)`).
 */
export function describeHogQLMetadata(query: JsonRecord, views: Readonly<Record<string, TableSchema>> = {}): JsonRecord {
  const text = String(query.query);
  const language = String(query.language);
  const response: JsonRecord = {
    ch_table_names: null,
    errors: [] as HogQLNotice[],
    isUsingIndices: null,
    isValid: true,
    notices: [],
    query: text,
    table_names: [] as string[],
    view_metadata: {},
    warnings: [],
  };
  const errors = response.errors as HogQLNotice[];
  const resolver = new Resolver(views);
  try {
    if (language === "hogQL") {
      const ast = parse("parseSelect", text);
      if (isFailure(ast)) throw ast;
      try {
        resolver.resolveQuery(ast);
      } finally {
        response.table_names = [...resolver.tableNames].sort();
      }
      // A view prints as its own query's tables, which the emulator does not expand: views are left out here.
      response.ch_table_names = [...resolver.tableNames].flatMap((name) => (Object.hasOwn(TABLES, name) ? [TABLES[name]!.clickhouse] : [])).sort();
      response.isUsingIndices = "undecisive";
    } else if (language === "hogQLExpr") {
      const ast = parse("parseExpr", text);
      if (isFailure(ast)) throw ast;
      resolver.resolveExpression(ast);
    } else {
      const ast = parse(language === "hogTemplate" ? "parseFullTemplateString" : "parseProgram", language === "hogTemplate" ? `F'${text}` : text);
      if (isFailure(ast)) throw ast;
    }
  } catch (error) {
    response.isValid = false;
    if (error instanceof QueryError && error.internal !== undefined) errors.push({ end: null, fix: null, message: `Unexpected ${error.internal}`, start: null });
    else if (error instanceof QueryError) errors.push(noticeOf(error.message, error.node?.start?.offset, error.node?.end?.offset));
    else if (isRecord(error) && error.error === true) {
      const failure = error as unknown as ParseFailure;
      const shift = language === "hogTemplate" ? 2 : 0;
      const start = failure.start?.offset;
      const end = failure.end?.offset;
      errors.push(noticeOf(failure.message, start !== undefined && start > 0 ? start - shift : start, end !== undefined && start !== undefined && start > 0 ? end - shift : end));
    } else throw error;
  }
  return response;
}

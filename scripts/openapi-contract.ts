// Turns the types openapi-typescript generated from PostHog's OpenAPI description (api.d.ts) into
// plain JSON-Schema-like data the contract check validates requests and responses against, so the
// tests need neither the spec file nor the TypeScript compiler at run time.
import { createHash } from "node:crypto";
import ts from "typescript";

/** A JSON value, as the derived data is written. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** One schema node: `type`, `enum`, `$ref` (a name in `schemas`), `anyOf`, `properties`, `items`, … */
export type SchemaNode = { [key: string]: Json };

/** One operation of the spec: where it lives and what goes in and out. */
export interface OperationData {
  method: string;
  path: string;
  deprecated?: boolean;
  /** The `application/json` request body, or null when the operation takes none. */
  request: SchemaNode | null;
  requestRequired: boolean;
  /** Per status: the `application/json` response body, or null for an empty response. */
  responses: Record<string, SchemaNode | null>;
}

/** The committed data file: where it came from, every operation, and every schema they reach. */
export interface ContractData {
  source: { file: string; repository: string; path: string; commit: string; sha256: string };
  operations: Record<string, OperationData>;
  schemas: Record<string, SchemaNode>;
}

/** Where the spec sits relative to the repository root; it exists only on the maintainers' machines. */
export const SPEC_FILE = "../shared/posthog-openapi/api.d.ts";
/** Where the derived data is committed. */
export const CONTRACT_FILE = "test/contract/openapi/operations.json";

const METHODS = ["get", "put", "post", "delete", "patch"];

/** Derives the contract data from the text of api.d.ts and of the SOURCE.md next to it. */
export function deriveContract(specText: string, sourceNote: string): ContractData {
  const file = ts.createSourceFile("api.d.ts", specText, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const interfaces = new Map<string, ts.InterfaceDeclaration>();
  for (const statement of file.statements) if (ts.isInterfaceDeclaration(statement)) interfaces.set(statement.name.text, statement);
  const [paths, components, operations] = ["paths", "components", "operations"].map((name) => {
    const found = interfaces.get(name);
    if (found === undefined) throw new Error(`api.d.ts has no "interface ${name}": is it openapi-typescript output?`);
    return found;
  }) as [ts.InterfaceDeclaration, ts.InterfaceDeclaration, ts.InterfaceDeclaration];

  const schemaMembers = membersOf(literalOf(member(components.members, "schemas").type, "components.schemas"));
  const allSchemas = new Map<string, SchemaNode>();
  for (const schema of schemaMembers) allSchemas.set(memberName(schema), annotate(convertType(typeOf(schema)), schema));

  const byId = new Map<string, { method: string; path: string; deprecated: boolean }>();
  for (const pathMember of paths.members) {
    const path = memberName(pathMember);
    for (const method of membersOf(literalOf(typeOf(pathMember), path))) {
      const name = memberName(method);
      const type = typeOf(method);
      if (!METHODS.includes(name) || type.kind === ts.SyntaxKind.NeverKeyword) continue;
      byId.set(indexName(type, "operations"), { method: name.toUpperCase(), path, deprecated: docOf(method).deprecated });
    }
  }

  const result: Record<string, OperationData> = {};
  for (const operation of operations.members) {
    const id = memberName(operation);
    const route = byId.get(id);
    if (route === undefined) continue;
    const parts = membersOf(literalOf(typeOf(operation), id));
    const body = parts.find((part) => memberName(part) === "requestBody") as ts.PropertySignature | undefined;
    const responses: Record<string, SchemaNode | null> = {};
    for (const response of membersOf(literalOf(member(parts, "responses").type, `${id}.responses`))) {
      responses[memberName(response)] = jsonContent(typeOf(response), `${id}.responses`);
    }
    result[id] = {
      method: route.method,
      path: route.path,
      ...(route.deprecated ? { deprecated: true } : {}),
      request: body === undefined ? null : jsonContent(typeOf(body), `${id}.requestBody`),
      requestRequired: body !== undefined && body.questionToken === undefined && typeOf(body).kind !== ts.SyntaxKind.NeverKeyword,
      responses,
    };
  }

  return { source: describeSource(specText, sourceNote), operations: result, schemas: reachableSchemas(result, allSchemas) };
}

/** Serialises the data with sorted keys (after the `source` header), so the same spec always gives the same bytes. */
export function serializeContract(data: ContractData): string {
  const ordered = { source: data.source, operations: data.operations, schemas: data.schemas };
  const sorted = Object.fromEntries(Object.entries(ordered).map(([key, value]) => [key, sortKeys(value as unknown as Json)]));
  return `${JSON.stringify(sorted, null, 1)}\n`;
}

function describeSource(specText: string, sourceNote: string): ContractData["source"] {
  const field = (pattern: RegExp, label: string): string => {
    const match = pattern.exec(sourceNote);
    if (match?.[1] === undefined) throw new Error(`SOURCE.md names no ${label}.`);
    return match[1];
  };
  return {
    file: SPEC_FILE,
    repository: field(/^- Repository: (\S+)/m, "repository"),
    path: field(/^- Path: `([^`]+)`/m, "path"),
    commit: field(/^- Commit: `([0-9a-f]{40})`/m, "commit"),
    sha256: createHash("sha256").update(specText).digest("hex"),
  };
}

function reachableSchemas(operations: Record<string, OperationData>, all: Map<string, SchemaNode>): Record<string, SchemaNode> {
  const reached: Record<string, SchemaNode> = {};
  const visit = (node: Json): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node !== null && typeof node === "object") {
      const ref = node.$ref;
      if (typeof ref === "string" && reached[ref] === undefined) {
        const schema = all.get(ref);
        if (schema === undefined) throw new Error(`components["schemas"]["${ref}"] is referenced but not defined.`);
        reached[ref] = schema;
        visit(schema);
      }
      Object.values(node).forEach(visit);
    }
  };
  for (const operation of Object.values(operations)) visit([operation.request, ...Object.values(operation.responses)]);
  return reached;
}

/** `{ content: { "application/json": T } }` → T; `content?: never` or `never` → null. */
function jsonContent(type: ts.TypeNode, where: string): SchemaNode | null {
  if (type.kind === ts.SyntaxKind.NeverKeyword) return null;
  const content = membersOf(literalOf(type, where)).find((part) => memberName(part) === "content");
  if (content === undefined || typeOf(content).kind === ts.SyntaxKind.NeverKeyword) return null;
  const json = membersOf(literalOf(typeOf(content), `${where}.content`)).find((part) => memberName(part) === "application/json");
  return json === undefined ? null : convertType(typeOf(json));
}

function convertType(type: ts.TypeNode): SchemaNode {
  if (ts.isParenthesizedTypeNode(type)) return convertType(type.type);
  if (ts.isUnionTypeNode(type)) return convertUnion(type);
  if (ts.isLiteralTypeNode(type)) return type.literal.kind === ts.SyntaxKind.NullKeyword ? { type: "null" } : { enum: [literalValue(type)] };
  if (ts.isArrayTypeNode(type)) return { type: "array", items: convertType(type.elementType) };
  if (ts.isTupleTypeNode(type)) return { type: "array", prefixItems: type.elements.map((element) => convertType(element)), maxItems: type.elements.length, minItems: type.elements.length };
  if (ts.isIndexedAccessTypeNode(type)) return { $ref: indexName(type, "components", "schemas") };
  if (ts.isTypeLiteralNode(type)) return convertObject(type);
  if (ts.isTypeReferenceNode(type) && type.typeName.getText() === "Record" && type.typeArguments?.length === 2) {
    const value = type.typeArguments[1]!;
    return { type: "object", properties: {}, required: [], additionalProperties: value.kind === ts.SyntaxKind.NeverKeyword ? false : convertType(value) };
  }
  switch (type.kind) {
    case ts.SyntaxKind.StringKeyword:
      return { type: "string" };
    case ts.SyntaxKind.NumberKeyword:
      return { type: "number" };
    case ts.SyntaxKind.BooleanKeyword:
      return { type: "boolean" };
    case ts.SyntaxKind.NullKeyword:
      return { type: "null" };
    case ts.SyntaxKind.UnknownKeyword:
    case ts.SyntaxKind.AnyKeyword:
      return {};
    case ts.SyntaxKind.NeverKeyword:
      return { not: {} };
    default:
      throw new Error(`Unsupported type at api.d.ts:${lineOf(type)}: ${type.getText()}`);
  }
}

function convertUnion(type: ts.UnionTypeNode): SchemaNode {
  const flatten = (node: ts.TypeNode): ts.TypeNode[] => {
    if (ts.isParenthesizedTypeNode(node)) return flatten(node.type);
    return ts.isUnionTypeNode(node) ? node.types.flatMap(flatten) : [node];
  };
  const members = flatten(type).map(convertType);
  const isNull = (node: SchemaNode) => Object.keys(node).length === 1 && node.type === "null";
  if (members.every((node) => isNull(node) || (Object.keys(node).length === 1 && Array.isArray(node.enum)))) {
    return { enum: members.flatMap((node) => (isNull(node) ? [null] : (node.enum as Json[]))) };
  }
  if (members.every((node) => Object.keys(node).length === 1 && typeof node.type === "string")) {
    return { type: [...new Set(members.map((node) => node.type as string))] };
  }
  return { anyOf: members };
}

function convertObject(type: ts.TypeLiteralNode): SchemaNode {
  const properties: Record<string, Json> = {};
  const required: string[] = [];
  let additional: Json = false;
  for (const item of type.members) {
    if (ts.isPropertySignature(item)) {
      const name = memberName(item);
      const readOnly = item.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.ReadonlyKeyword) ?? false;
      properties[name] = annotate({ ...convertType(typeOf(item)), ...(readOnly ? { readOnly: true } : {}) }, item);
      if (item.questionToken === undefined) required.push(name);
    } else if (ts.isIndexSignatureDeclaration(item)) {
      additional = convertType(item.type);
    } else {
      throw new Error(`Unsupported member at api.d.ts:${lineOf(item)}: ${item.getText()}`);
    }
  }
  return { type: "object", properties, required: required.sort(), additionalProperties: additional };
}

/** Adds what the doc comment says: `Format: x`, `@default`, `@deprecated`. */
function annotate(schema: SchemaNode, node: ts.Node): SchemaNode {
  const doc = docOf(node);
  return {
    ...schema,
    ...(doc.format === undefined ? {} : { format: doc.format }),
    ...(doc.default === undefined ? {} : { default: doc.default }),
    ...(doc.deprecated ? { deprecated: true } : {}),
  };
}

function docOf(node: ts.Node): { format?: string; default?: Json; deprecated: boolean } {
  const result: { format?: string; default?: Json; deprecated: boolean } = { deprecated: false };
  for (const doc of ts.getJSDocCommentsAndTags(node)) {
    if (!ts.isJSDoc(doc)) continue;
    const format = /^Format: (\S+)$/m.exec(ts.getTextOfJSDocComment(doc.comment) ?? "");
    if (format?.[1] !== undefined) result.format = format[1];
    for (const tag of doc.tags ?? []) {
      if (tag.tagName.text === "deprecated") result.deprecated = true;
      if (tag.tagName.text === "default") result.default = parseDefault(ts.getTextOfJSDocComment(tag.comment) ?? "");
    }
  }
  return result;
}

function parseDefault(text: string): Json {
  try {
    return JSON.parse(text) as Json;
  } catch {
    return text.trim();
  }
}

function literalValue(type: ts.LiteralTypeNode): Json {
  const literal = type.literal;
  if (literal.kind === ts.SyntaxKind.TrueKeyword) return true;
  if (literal.kind === ts.SyntaxKind.FalseKeyword) return false;
  if (ts.isStringLiteral(literal)) return literal.text;
  if (ts.isNumericLiteral(literal)) return Number(literal.text);
  if (ts.isPrefixUnaryExpression(literal) && literal.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(literal.operand)) return -Number(literal.operand.text);
  throw new Error(`Unsupported literal at api.d.ts:${lineOf(type)}: ${type.getText()}`);
}

/** `root["a"]["b"]` → "b", insisting on the root and the leading keys. */
function indexName(type: ts.TypeNode, root: string, ...keys: string[]): string {
  const chain: string[] = [];
  let node: ts.TypeNode = type;
  while (ts.isIndexedAccessTypeNode(node)) {
    const index = node.indexType;
    if (!ts.isLiteralTypeNode(index) || !ts.isStringLiteral(index.literal)) throw new Error(`Unsupported index at api.d.ts:${lineOf(type)}`);
    chain.unshift(index.literal.text);
    node = node.objectType;
  }
  const expected = [...keys, chain.at(-1)];
  if (!ts.isTypeReferenceNode(node) || node.typeName.getText() !== root || chain.length !== expected.length || keys.some((key, i) => chain[i] !== key)) {
    throw new Error(`Unsupported reference at api.d.ts:${lineOf(type)}: ${type.getText()}`);
  }
  return chain.at(-1)!;
}

function member(members: ts.NodeArray<ts.TypeElement> | readonly ts.TypeElement[], name: string): ts.PropertySignature {
  const found = members.find((item) => ts.isPropertySignature(item) && memberName(item) === name);
  if (found === undefined) throw new Error(`api.d.ts has no member "${name}" where expected.`);
  return found as ts.PropertySignature;
}

function membersOf(type: ts.TypeLiteralNode): ts.TypeElement[] {
  return [...type.members];
}

function literalOf(type: ts.TypeNode | undefined, where: string): ts.TypeLiteralNode {
  if (type === undefined || !ts.isTypeLiteralNode(type)) throw new Error(`Expected an object type for ${where}.`);
  return type;
}

function typeOf(item: ts.TypeElement): ts.TypeNode {
  if (!ts.isPropertySignature(item) || item.type === undefined) throw new Error(`Expected a typed property at api.d.ts:${lineOf(item)}.`);
  return item.type;
}

function memberName(item: ts.TypeElement): string {
  const name = item.name;
  if (name !== undefined && (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name))) return name.text;
  throw new Error(`Unsupported member name at api.d.ts:${lineOf(item)}.`);
}

function lineOf(node: ts.Node): number {
  return node.getSourceFile().getLineAndCharacterOfPosition(node.getStart()).line + 1;
}

function sortKeys(value: Json): Json {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.keys(value).sort().map((key) => [key, sortKeys(value[key]!)]));
}

import type { Json, SchemaNode } from "../../../scripts/openapi-contract.js";

/** Which side of an exchange a value is: requests may not carry read-only or deprecated fields. */
export type Direction = "request" | "response";

/** One place where a value breaks its schema: the field path (`tiles[0].text`) and what is wrong. */
export interface SchemaIssue {
  field: string;
  problem: string;
}

/**
 * Checks a JSON value against a derived schema node and lists every issue. Kept deliberately small:
 * types, enums, formats, patterns, required, unknown, read-only and deprecated properties, arrays,
 * and `anyOf` narrowed by type and by constant discriminators such as `kind`. Unknown fields count
 * only in requests: PostHog's serializers return fields its OpenAPI description leaves out.
 */
export function walkSchema(schemas: Record<string, SchemaNode>, schema: SchemaNode, value: unknown, direction: Direction, field = ""): SchemaIssue[] {
  const walker = new Walker(schemas, direction);
  return walker.walk(schema, value, field);
}

class Walker {
  private readonly schemas: Record<string, SchemaNode>;
  private readonly direction: Direction;

  constructor(schemas: Record<string, SchemaNode>, direction: Direction) {
    this.schemas = schemas;
    this.direction = direction;
  }

  walk(schema: SchemaNode, value: unknown, field: string): SchemaIssue[] {
    const node = this.resolve(schema);
    const issue = (problem: string): SchemaIssue[] => [{ field: field || "(body)", problem }];
    if (isRecord(node.not) && Object.keys(node.not).length === 0) return issue(`no value is allowed here, got ${describeValue(value)}`);
    if (Array.isArray(node.anyOf)) return this.walkAnyOf(node.anyOf as SchemaNode[], value, field);
    if (Array.isArray(node.enum) && !node.enum.some((allowed) => allowed === value)) {
      return issue(`${describeValue(value)} is not one of ${node.enum.map((allowed) => JSON.stringify(allowed)).join(", ")}`);
    }
    const types = typesOf(node);
    if (types !== undefined && !types.includes(jsonType(value)) && !(types.includes("number") && jsonType(value) === "integer")) {
      return issue(`expected ${types.join(" or ")}, got ${describeValue(value)}`);
    }
    const format = this.formatIssue(schema.format ?? node.format, value);
    if (format !== undefined) return issue(format);
    const pattern = schema.pattern ?? node.pattern;
    if (typeof pattern === "string" && typeof value === "string" && !new RegExp(pattern, "u").test(value)) return issue(`${JSON.stringify(value)} does not match ${pattern}`);
    if (isRecord(value) && node.type === "object") return this.walkObject(node, value, field);
    if (Array.isArray(value)) return this.walkArray(node, value, field);
    return [];
  }

  private walkObject(node: SchemaNode, value: Record<string, unknown>, field: string): SchemaIssue[] {
    const properties = (isRecord(node.properties) ? node.properties : {}) as Record<string, SchemaNode>;
    const issues: SchemaIssue[] = [];
    const at = (name: string) => (field === "" ? name : `${field}.${name}`);
    for (const [name, child] of Object.entries(value)) {
      const property = properties[name];
      if (property === undefined) {
        if (node.additionalProperties === false && this.direction === "request") issues.push({ field: at(name), problem: "unknown field" });
        else if (isRecord(node.additionalProperties)) issues.push(...this.walk(node.additionalProperties as SchemaNode, child, at(name)));
        continue;
      }
      if (this.direction === "request" && property.readOnly === true) issues.push({ field: at(name), problem: "read-only field sent" });
      else if (this.direction === "request" && property.deprecated === true) issues.push({ field: at(name), problem: "deprecated field sent" });
      else issues.push(...this.walk(property, child, at(name)));
    }
    for (const name of Array.isArray(node.required) ? (node.required as string[]) : []) {
      const property = properties[name];
      if (name in value || property === undefined || "default" in property) continue;
      if (this.direction === "request" && property.readOnly === true) continue;
      if (this.direction === "response" && property.writeOnly === true) continue;
      issues.push({ field: at(name), problem: "missing required field" });
    }
    return issues;
  }

  private walkArray(node: SchemaNode, value: unknown[], field: string): SchemaIssue[] {
    const issues: SchemaIssue[] = [];
    if (typeof node.minItems === "number" && value.length < node.minItems) issues.push({ field, problem: `expected at least ${node.minItems} items, got ${value.length}` });
    if (typeof node.maxItems === "number" && value.length > node.maxItems) issues.push({ field, problem: `expected at most ${node.maxItems} items, got ${value.length}` });
    const prefix = Array.isArray(node.prefixItems) ? (node.prefixItems as SchemaNode[]) : [];
    value.forEach((item, index) => {
      const itemSchema = prefix[index] ?? (isRecord(node.items) ? (node.items as SchemaNode) : undefined);
      if (itemSchema !== undefined) issues.push(...this.walk(itemSchema, item, `${field}[${index}]`));
    });
    return issues;
  }

  /** Passes when any option passes; otherwise reports the one option the value's type and constants point to. */
  private walkAnyOf(options: SchemaNode[], value: unknown, field: string): SchemaIssue[] {
    const results = options.map((option) => this.walk(option, value, field));
    if (results.some((issues) => issues.length === 0)) return [];
    const typed = options.map((option, index) => ({ option, index })).filter(({ option }) => this.admitsType(option, value));
    const discriminated = typed.filter(({ option }) => this.matchesConstants(option, value));
    const chosen = discriminated.length === 1 ? discriminated : typed;
    if (chosen.length === 1) return results[chosen[0]!.index]!;
    return [{ field: field || "(body)", problem: `${describeValue(value)} matches none of ${options.map((option) => this.describe(option)).join(" | ")}` }];
  }

  private admitsType(option: SchemaNode, value: unknown): boolean {
    const node = this.resolve(option);
    if (Array.isArray(node.anyOf)) return (node.anyOf as SchemaNode[]).some((inner) => this.admitsType(inner, value));
    if (Array.isArray(node.enum)) return node.enum.some((allowed) => jsonType(allowed) === jsonType(value) || (typeof allowed === "number" && typeof value === "number"));
    const types = typesOf(node);
    return types === undefined || types.includes(jsonType(value)) || (types.includes("number") && jsonType(value) === "integer");
  }

  /** True when the option is an object with single-value properties (`kind: "TrendsQuery"`) that the value carries too. */
  private matchesConstants(option: SchemaNode, value: unknown): boolean {
    const node = this.resolve(option);
    if (!isRecord(value) || !isRecord(node.properties)) return false;
    const constants = Object.entries(node.properties as Record<string, SchemaNode>).filter(([, property]) => {
      const resolved = this.resolve(property);
      return Array.isArray(resolved.enum) && resolved.enum.length === 1;
    });
    return constants.length > 0 && constants.every(([name, property]) => value[name] === (this.resolve(property).enum as Json[])[0]);
  }

  private describe(option: SchemaNode): string {
    if (typeof option.$ref === "string") return option.$ref;
    if (Array.isArray(option.enum)) return option.enum.map((allowed) => JSON.stringify(allowed)).join(" | ");
    return typesOf(option)?.join(" | ") ?? "any";
  }

  private resolve(schema: SchemaNode): SchemaNode {
    let node = schema;
    for (let depth = 0; typeof node.$ref === "string"; depth += 1) {
      const target = this.schemas[node.$ref];
      if (target === undefined || depth > 20) throw new Error(`Unknown schema "${node.$ref}" in the contract data.`);
      node = target;
    }
    return node;
  }

  private formatIssue(format: Json | undefined, value: unknown): string | undefined {
    if (typeof format !== "string") return undefined;
    if (typeof value === "number") return (format === "int64" || format === "int32") && !Number.isInteger(value) ? `${value} is not an integer (${format})` : undefined;
    if (typeof value !== "string") return undefined;
    const check = FORMATS[format];
    return check === undefined || check(value) ? undefined : `${JSON.stringify(value)} is not a valid ${format}`;
  }
}

const FORMATS: Record<string, (value: string) => boolean> = {
  "date-time": (value) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(value),
  uuid: (value) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value),
  uri: (value) => URL.canParse(value),
  email: (value) => /^[^@\s]+@[^@\s]+$/.test(value),
  decimal: (value) => /^-?\d+(\.\d+)?$/.test(value),
};

function typesOf(node: SchemaNode): string[] | undefined {
  if (typeof node.type === "string") return [node.type];
  return Array.isArray(node.type) ? (node.type as string[]) : undefined;
}

function jsonType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

function describeValue(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return `${jsonType(value)} ${text.length > 60 ? `${text.slice(0, 57)}...` : text}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

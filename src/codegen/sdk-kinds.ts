import { getKind, KINDS } from "../core/kinds/index.js";
import type { KindModule } from "../core/kinds/kind.js";
import type { Field, ObjectSchema, Schema } from "../core/schema.js";

/** The SDK's hand-written types that kind schemas name, and the module of each, for the generated imports. */
const HAND_WRITTEN: Readonly<Record<string, string>> = {
  JsonValue: "../json.js",
  PropertyFilter: "../filters.js",
  CohortFilter: "../filters.js",
  CohortGroup: "../filters.js",
  InsightQuery: "../queries.js",
  InsightQueryNode: "../queries.js",
  HogQLQuery: "../queries.js",
  ExperimentMetric: "../queries.js",
  Secret: "../secrets.js",
};
const BUILT_IN = new Set(["Record", "Omit", "Partial", "Readonly"]);

/** One generated SDK module: `src/sdk/kinds/<kind>.ts`. */
export interface GeneratedSdkModule {
  path: string;
  content: string;
}

interface Module {
  kind: KindModule;
  /** Named types in dependency order, each rendered once. */
  declarations: Map<string, { schema: Schema; text: string }>;
  /** Type names the module's types mention, resolved to imports at the end. */
  used: Set<string>;
}

/** The SDK name of a kind's defined resources (`FeatureFlag`), which references to it take. */
function resourceType(kind: KindModule): string {
  return kind.sdk.alias?.name ?? kind.sdk.spec;
}

function docLines(doc: string | undefined, indent: string): string[] {
  return doc === undefined ? [] : [`${indent}/** ${doc} */`];
}

/** Identifiers a TypeScript type text names, outside string literals. */
function namesIn(text: string): string[] {
  return [...text.replace(/"(?:[^"\\]|\\.)*"/g, '""').matchAll(/\b[A-Z][A-Za-z0-9]*\b/g)].map((m) => m[0]);
}

/** Wraps a union in parentheses before `[]`, so `A | B` becomes `(A | B)[]`. */
function asArrayItem(type: string): string {
  let depth = 0;
  for (let i = 0; i < type.length; i++) {
    const c = type[i]!;
    if ("({[<".includes(c)) depth++;
    else if (")}]>".includes(c)) depth--;
    else if (c === '"') i = type.indexOf('"', i + 1);
    else if (c === "|" && depth === 0) return `(${type})[]`;
  }
  return `${type}[]`;
}

function propertyName(name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : JSON.stringify(name);
}

function typeOf(schema: Schema, module: Module): string {
  if (schema.sdk?.type !== undefined) {
    // The named types inside are still declared (a generic's constraint may name them), but not imported.
    typeOf({ ...schema, sdk: { ...schema.sdk, type: undefined } }, { ...module, used: new Set() });
    for (const name of namesIn(schema.sdk.type)) module.used.add(name);
    return schema.sdk.type;
  }
  if (schema.sdk?.name !== undefined) {
    declare(schema.sdk.name, schema, module);
    return schema.sdk.name;
  }
  const form = schema.form;
  switch (form.kind) {
    case "string":
    case "number":
    case "boolean":
      return form.kind;
    case "json":
      module.used.add("JsonValue");
      return "JsonValue";
    case "literal":
      return form.values.map((value) => JSON.stringify(value)).join(" | ");
    case "nullable":
      return `${typeOf(form.inner, module)} | null`;
    case "array":
      return asArrayItem(typeOf(form.item, module));
    case "record":
      return `Record<string, ${typeOf(form.member, module)}>`;
    case "ref": {
      const name = resourceType(getKind(form.target));
      module.used.add(name);
      return name;
    }
    case "anyOf":
      return form.options.map((option) => typeOf(option, module)).join(" | ");
    case "object":
      return `{ ${members((schema as ObjectSchema).fields, module).join("; ")} }`;
  }
}

/** `name?: Type` for each field the SDK shows, with the field's doc when `indent` puts it on its own line. */
function members(fields: Readonly<Record<string, Field>>, module: Module, indent?: string, types: Readonly<Record<string, string>> = {}): string[] {
  return Object.entries(fields)
    .filter(([, field]) => !field.internal)
    .map(([name, field]) => {
      const type = types[name] ?? typeOf(field.schema, module);
      const line = `${propertyName(name)}${field.required ? "" : "?"}: ${type}`;
      return indent === undefined ? line : [...docLines(field.doc, indent), `${indent}${line};`].join("\n");
    });
}

function declare(name: string, schema: Schema, module: Module): void {
  const existing = module.declarations.get(name);
  if (existing) {
    if (existing.schema !== schema) throw new Error(`${module.kind.name}: two different schemas are named ${name} in the SDK`);
    return;
  }
  module.declarations.set(name, { schema, text: "" });
  const doc = docLines(schema.sdk?.doc, "");
  const text =
    schema.form.kind === "object"
      ? [...doc, `export interface ${name} {`, ...members((schema as ObjectSchema).fields, module, "  "), "}"].join("\n")
      : [...doc, `export type ${name} = ${typeOf({ ...schema, sdk: { ...schema.sdk, name: undefined } } as Schema, module)};`].join("\n");
  // Declared after what it names, as a reader meets them.
  module.declarations.delete(name);
  module.declarations.set(name, { schema, text });
}

function specFields(kind: KindModule): Readonly<Record<string, Field>> {
  if (kind.sdk.key === undefined) return kind.schema.fields;
  const { key, ...rest } = kind.schema.fields;
  return "overridable" in kind.sdk.key && kind.sdk.key.overridable === true && key ? { key: { ...key, required: false }, ...rest } : rest;
}

function renderSpec(kind: KindModule, module: Module): string[] {
  const { sdk } = kind;
  const generics = sdk.generics ?? [];
  const header = generics.length === 0 ? "" : `<${generics.map((g) => `${g.name} extends ${g.constraint}${g.default === undefined ? "" : ` = ${g.default}`}`).join(", ")}>`;
  for (const g of generics) for (const name of namesIn(`${g.constraint} ${g.default ?? ""}`)) module.used.add(name);
  const fields = specFields(kind);
  if (sdk.variants === undefined) {
    return [...docLines(sdk.doc, ""), `export interface ${sdk.spec}${header} {`, ...members(fields, module, "  "), "}"];
  }
  const variants = sdk.variants.map((changes) => {
    const variant: Record<string, Field> = {};
    const types: Record<string, string> = {};
    for (const [name, field] of Object.entries(fields)) {
      const change = changes[name];
      if (change === "omit") continue;
      if (change === undefined) variant[name] = field;
      else if (change === "required") variant[name] = { ...field, required: true };
      else {
        variant[name] = { ...field, required: change.optional !== true };
        types[name] = change.type;
      }
    }
    return `  | { ${members(variant, module, undefined, types).join("; ")} }`;
  });
  return [...docLines(sdk.doc, ""), `export type ${sdk.spec}${header} =`, ...variants.slice(0, -1), `${variants.at(-1)!};`];
}

function renderConstructor(kind: KindModule): string[] {
  const { sdk } = kind;
  const generics = sdk.generics ?? [];
  const params = generics.length === 0 ? "" : `<${generics.map((g) => `const ${g.name} extends ${g.constraint}`).join(", ")}>`;
  const args = generics.length === 0 ? "" : `<${generics.map((g) => g.name).join(", ")}>`;
  const result = `${resourceType(kind)}${args}`;
  const body =
    sdk.key === undefined
      ? "spec"
      : "from" in sdk.key
        ? `{ key: spec.${sdk.key.from}, ...spec } as ${result}`
        : `{ ...spec, key: ${JSON.stringify(sdk.key.value)} }`;
  return [...docLines(sdk.constructorDoc, ""), `export function ${kind.constructorName}${params}(spec: ${sdk.spec}${args}): ${result} {`, `  return mark(${JSON.stringify(kind.name)}, ${body});`, "}"];
}

function renderImports(module: Module, owners: ReadonlyMap<string, KindModule>, local: ReadonlySet<string>): string[] {
  const byModule = new Map<string, Set<string>>([["../mark.js", new Set()]]);
  for (const name of module.used) {
    if (local.has(name) || BUILT_IN.has(name)) continue;
    const owner = owners.get(name);
    const from = HAND_WRITTEN[name] ?? (owner ? `./${owner.name}.js` : undefined);
    if (from === undefined) throw new Error(`${module.kind.name}: the SDK type ${name} is neither generated nor listed in HAND_WRITTEN (src/codegen/sdk-kinds.ts)`);
    byModule.set(from, (byModule.get(from) ?? new Set()).add(name));
  }
  return [...byModule]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([from, names]) => (from === "../mark.js" ? `import { mark } from "../mark.js";` : `import type { ${[...names].sort().join(", ")} } from "${from}";`));
}

/**
 * The SDK module of every kind, generated from its declaration: named types
 * for its nested schemas, the spec type from its fields (docs, optionality,
 * literal unions, references as the referenced kind's type), an alias, and the
 * constructor that marks the spec with its kind; and `kinds/index.ts`, which
 * re-exports them all. Pure and deterministic, so a test can check that the
 * committed modules are current.
 */
export function generateSdkModules(kinds: readonly KindModule[] = KINDS): GeneratedSdkModule[] {
  // Every registered kind is rendered, so types the given kinds reference resolve to their modules.
  const all = [...KINDS.filter((kind) => !kinds.some((given) => given.name === kind.name)), ...kinds];
  const modules = all.map((kind): Module & { body: string[] } => {
    const module: Module = { kind, declarations: new Map(), used: new Set() };
    const spec = renderSpec(kind, module);
    const alias = kind.sdk.alias ? ["", ...docLines(kind.sdk.alias.doc, ""), `export type ${kind.sdk.alias.name} = ${kind.sdk.spec};`] : [];
    const body = [...[...module.declarations.values()].flatMap((d) => [d.text, ""]), ...spec, ...alias, "", ...renderConstructor(kind)];
    return { ...module, body };
  });
  const owners = new Map<string, KindModule>();
  for (const module of modules) {
    for (const name of [module.kind.sdk.spec, ...(module.kind.sdk.alias ? [module.kind.sdk.alias.name] : []), ...module.declarations.keys()]) owners.set(name, module.kind);
  }
  const generated = modules.filter((module) => kinds.includes(module.kind)).map((module) => {
    const local = new Set([...owners].filter(([, owner]) => owner === module.kind).map(([name]) => name).concat((module.kind.sdk.generics ?? []).map((g) => g.name)));
    const header = `// Generated by \`npm run generate\` from the declaration in src/core/kinds/${module.kind.name}.ts: edit that, not this file.`;
    return { path: `src/sdk/kinds/${module.kind.name}.ts`, content: [header, ...renderImports(module, owners, local), "", ...module.body, ""].join("\n") };
  });
  const index = [
    "// Generated by `npm run generate` from the kind registry in src/core/kinds/index.ts: every kind's SDK module.",
    ...[...kinds].sort((a, b) => (a.name < b.name ? -1 : 1)).map((kind) => `export * from "./${kind.name}.js";`),
    "",
  ].join("\n");
  return [...generated, { path: "src/sdk/kinds/index.ts", content: index }];
}

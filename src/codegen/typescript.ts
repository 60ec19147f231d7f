import type { Options } from "prettier";
import { format } from "prettier/standalone";
import * as babel from "prettier/plugins/babel";
import * as estree from "prettier/plugins/estree";
import { isJsonObject, type JsonObject, type JsonValue } from "../core/json.js";
import { getKind } from "../core/kinds/index.js";
import { formatAddress, readRef, type KindName } from "../core/model.js";
import { readSpecCall } from "../core/spec.js";

/** A resource to write: its address and the spec its kind's `toSpec` produced. */
export interface SpecToWrite {
  kind: KindName;
  key: string;
  spec: JsonObject;
}

/** One generated definition file; `path` is relative to the definitions directory, with `/`. */
export interface GeneratedFile {
  path: string;
  kind: KindName;
  key: string;
  content: string;
}

/** The module users import the SDK from in definition files. */
const SDK_MODULE = "@posthog/definitions";

/** Formatting of every generated file, fixed so that pulling twice gives identical bytes. */
const PRETTIER_OPTIONS: Options = { parser: "babel-ts", plugins: [babel, estree], semi: false, printWidth: 100, trailingComma: "all" };

const RESERVED = new Set(
  (
    "break case catch class const continue debugger default delete do else enum export extends false finally for function if import in " +
    "instanceof new null return super switch this throw true try typeof var void while with yield let static implements interface package " +
    "private protected public await arguments eval undefined NaN Infinity"
  ).split(" "),
);

function words(text: string): string[] {
  return text.split(/[^A-Za-z0-9]+/).filter(Boolean);
}

function pascal(text: string): string {
  return words(text)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join("");
}

/** `weekly-signups` → `weeklySignups`: the local name a referenced resource is imported as. */
function identifierFor(key: string, kind: KindName): string {
  const name = pascal(key);
  const camel = name[0] ? name[0].toLowerCase() + name.slice(1) : "";
  return /^[A-Za-z]/.test(camel) ? camel : `${getKind(kind).constructorName}${name}`;
}

/** A file name from a key: unsafe characters become "-", and case-insensitive clashes get a suffix. */
function assignPaths(resources: readonly SpecToWrite[]): Map<string, string> {
  const paths = new Map<string, string>();
  const taken = new Set<string>();
  const sorted = [...resources].sort((a, b) => formatAddress(a).localeCompare(formatAddress(b), "en"));
  for (const resource of sorted) {
    const folder = getKind(resource.kind).folder;
    const stem = resource.key.replace(/[^A-Za-z0-9_.-]+/g, "-").replace(/^[-.]+|[-.]+$/g, "") || resource.kind;
    let path = `${folder}/${stem}.ts`;
    for (let n = 2; taken.has(path.toLowerCase()); n++) path = `${folder}/${stem}-${n}.ts`;
    taken.add(path.toLowerCase());
    paths.set(formatAddress(resource), path);
  }
  return paths;
}

/** The import specifier of `target` as seen from `from` (both relative to the definitions directory). */
function relativeImport(from: string, target: string): string {
  const fromParts = from.split("/").slice(0, -1);
  const targetParts = target.split("/");
  let common = 0;
  while (common < fromParts.length && common < targetParts.length - 1 && fromParts[common] === targetParts[common]) common++;
  const up = fromParts.length - common;
  return `${up === 0 ? "./" : "../".repeat(up)}${targetParts.slice(common).join("/")}`;
}

/** A string literal; multi-line text (SQL, markdown) becomes a template literal so it reads as written. */
function stringLiteral(text: string): string {
  if (text.includes("\n") && !/[\0-\x08\x0b-\x1f\x7f\u2028\u2029]/.test(text.replace(/\r?\n|\t/g, ""))) {
    return `\`${text.replace(/\\/g, "\\\\").replace(/`/g, "\\`").replace(/\$\{/g, "\\${")}\``;
  }
  return JSON.stringify(text);
}

function propertyName(name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : JSON.stringify(name);
}

/** The SDK helpers a spec calls, which the file must import. */
function collectHelpers(value: JsonValue, out: Set<string>): Set<string> {
  if (Array.isArray(value)) for (const item of value) collectHelpers(item, out);
  else if (isJsonObject(value)) {
    const call = readSpecCall(value);
    if (call) out.add(call.name);
    for (const member of call ? call.args : Object.values(value)) collectHelpers(member, out);
  }
  return out;
}

function renderValue(value: JsonValue, identifierOf: (address: string) => string): string {
  if (typeof value === "string") return stringLiteral(value);
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((item) => renderValue(item, identifierOf)).join(", ")}]`;
  const ref = readRef(value);
  if (ref) return identifierOf(formatAddress(ref));
  const call = readSpecCall(value);
  if (call) return `${call.name}(${call.args.map((arg) => renderValue(arg, identifierOf)).join(", ")})`;
  return `{${Object.entries(value)
    .map(([name, member]) => `${propertyName(name)}: ${renderValue(member, identifierOf)}`)
    .join(", ")}}`;
}

/** The spec's fields in the order its kind's schema declares them, which is the order the SDK types list them in. */
function inSchemaOrder(resource: SpecToWrite): JsonObject {
  const declared = Object.keys(getKind(resource.kind).schema.fields);
  const rank = (name: string) => (declared.includes(name) ? declared.indexOf(name) : declared.length);
  return Object.fromEntries(Object.entries(resource.spec).sort(([a], [b]) => rank(a) - rank(b)));
}

/** The unformatted module for one resource: SDK import, imports of referenced files, default export. */
function renderModule(resource: SpecToWrite, path: string, paths: ReadonlyMap<string, string>): string {
  const constructorName = getKind(resource.kind).constructorName;
  const helpers = collectHelpers(resource.spec, new Set([constructorName]));
  const localNames = new Map<string, string>();
  // Imported resources must not shadow the SDK names the file uses.
  const used = new Set(helpers);
  const identifierOf = (address: string): string => {
    const existing = localNames.get(address);
    if (existing) return existing;
    const target = paths.get(address);
    if (!target) throw new Error(`${formatAddress(resource)} references ${address}, which is not being written`);
    const ref = readRef({ $ref: address })!;
    const base = identifierFor(ref.key, ref.kind);
    let name = base;
    if (RESERVED.has(name) || used.has(name)) name = `${base}${pascal(getKind(ref.kind).constructorName)}`;
    for (let n = 2; RESERVED.has(name) || used.has(name); n++) name = `${base}${n}`;
    used.add(name);
    localNames.set(address, name);
    return name;
  };
  const rendered = renderValue(inSchemaOrder(resource), identifierOf);
  const lines = [`import { ${[...helpers].sort().join(", ")} } from ${JSON.stringify(SDK_MODULE)}`];
  const fileImports = [...localNames].map(([address, name]) => ({ name, from: relativeImport(path, paths.get(address)!) }));
  for (const { name, from } of fileImports.sort((a, b) => a.from.localeCompare(b.from, "en"))) lines.push(`import ${name} from ${JSON.stringify(from)}`);
  return `${lines.join("\n")}\n\nexport default ${constructorName}(${rendered})\n`;
}

/**
 * Renders each resource as one formatted TypeScript module under its kind's
 * folder: `export default <constructor>({...})`, with references to other
 * written resources as imports of their files and SDK helpers where the kind
 * chose them. `referenced` are resources not written this time (`pull --no-cascade`) that written
 * ones import, from the files a full pull writes for them. Pure: the same resources always give the
 * same bytes.
 */
export async function generateDefinitionFiles(resources: readonly SpecToWrite[], referenced: readonly Omit<SpecToWrite, "spec">[] = []): Promise<GeneratedFile[]> {
  const paths = assignPaths([...resources, ...referenced.map((r) => ({ ...r, spec: {} }))]);
  const files: GeneratedFile[] = [];
  for (const resource of resources) {
    const path = paths.get(formatAddress(resource))!;
    const content = await format(renderModule(resource, path, paths), PRETTIER_OPTIONS);
    files.push({ path, kind: resource.kind, key: resource.key, content });
  }
  return files.sort((a, b) => a.path.localeCompare(b.path, "en"));
}

import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  ToolError
} from "./chunk-SLY4HKVV.js";

// src/core/json.ts
import { createHash } from "node:crypto";
function isJsonObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function stringifyStable(value, indent) {
  return JSON.stringify(sortKeysDeep(value), null, indent);
}
function sortKeysDeep(value) {
  if (Array.isArray(value)) return value.map((item) => item === void 0 ? null : sortKeysDeep(item));
  if (isJsonObject(value)) {
    const out = {};
    for (const key of Object.keys(value).sort()) {
      const member = value[key];
      if (member !== void 0) out[key] = sortKeysDeep(member);
    }
    return out;
  }
  return value;
}
function isDeepEqual(a, b) {
  if (a === b) return true;
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((item, i) => isDeepEqual(item, b[i]));
  }
  if (isJsonObject(a) && isJsonObject(b)) {
    const keysA = Object.keys(a).filter((k) => a[k] !== void 0);
    const keysB = Object.keys(b).filter((k) => b[k] !== void 0);
    return keysA.length === keysB.length && keysA.every((k) => isDeepEqual(a[k], b[k]));
  }
  return false;
}
function hashJson(value) {
  const hash = createHash("sha256");
  let pending = "";
  const write = (text) => {
    pending += text;
    if (pending.length >= 1 << 16) {
      hash.update(pending);
      pending = "";
    }
  };
  const visit = (member) => {
    if (Array.isArray(member)) {
      write("[");
      member.forEach((item, i) => {
        if (i > 0) write(",");
        if (!visit(item)) write("null");
      });
      write("]");
      return true;
    }
    if (isJsonObject(member)) {
      write("{");
      let first = true;
      for (const key of Object.keys(member).sort()) {
        const item = member[key];
        if (item === void 0 || typeof item === "function" || typeof item === "symbol") continue;
        write(`${first ? "" : ","}${JSON.stringify(key)}:`);
        first = false;
        visit(item);
      }
      write("}");
      return true;
    }
    const text = JSON.stringify(member);
    if (text !== void 0) write(text);
    return text !== void 0;
  };
  if (!visit(value)) throw new TypeError("hashJson needs JSON data");
  hash.update(pending);
  return hash.digest("hex").slice(0, 16);
}

// src/core/model.ts
function formatAddress(address) {
  return `${address.kind}/${address.key}`;
}
function readRef(value) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return void 0;
  const ref2 = value.$ref;
  if (typeof ref2 !== "string") return void 0;
  const slash = ref2.indexOf("/");
  return { kind: ref2.slice(0, slash), key: ref2.slice(slash + 1) };
}

// src/core/secrets.ts
var SECRET_NAME = /^[A-Z][A-Z0-9_]{0,127}$/;
var SECRET_SET = { $secret: true };
function readSecretName(value) {
  if (!isJsonObject(value) || typeof value.$secret !== "string") return void 0;
  return Object.keys(value).length === 1 ? value.$secret : void 0;
}
function isSecretSet(value) {
  return isDeepEqual(value, SECRET_SET);
}
var secretSchema = {
  describe: 'a secret (secret("NAME"))',
  form: { kind: "json" },
  sdk: { type: "Secret" },
  check(value, path, report) {
    if (!isJsonObject(value) || !("$secret" in value)) return report(path, 'expected a secret created with secret("NAME")');
    if (typeof value.$secret !== "string" || !SECRET_NAME.test(value.$secret)) report(path, `secret names an environment variable: upper-case letters, digits and _ (got ${JSON.stringify(value.$secret)})`);
    if ("rotate" in value) report(`${path}.rotate`, "this tool does not store rotation tokens; re-send rotated secrets with `apply --rotate-secrets` (the Action's rotate-secrets input)");
    const extra = Object.keys(value).filter((key) => key !== "$secret" && key !== "rotate");
    if (extra.length > 0) report(path, `a secret has no field ${extra.join(", ")}`);
  }
};
function secretOr(inner) {
  return {
    describe: `${inner.describe} or a secret`,
    form: { kind: "anyOf", options: [secretSchema, inner] },
    check(value, path, report) {
      if (isJsonObject(value) && "$secret" in value) secretSchema.check(value, path, report);
      else inner.check(value, path, report);
    }
  };
}
function listSecretNames(value) {
  const names = /* @__PURE__ */ new Set();
  const visit = (member) => {
    const name = readSecretName(member);
    if (name !== void 0) names.add(name);
    else if (Array.isArray(member)) member.forEach(visit);
    else if (isJsonObject(member)) Object.values(member).forEach(visit);
  };
  visit(value);
  return [...names].sort();
}
function warnUnlistedSecrets(resources, allowed) {
  return resources.flatMap(
    (resource) => listSecretNames(resource.fields).filter((name) => !allowed.includes(name)).map((name) => ({
      severity: "warning",
      code: "unlisted-secret",
      message: `names secret ${name}, which posthog.config.ts does not list in secrets: apply reads no value for it, so sending it fails`,
      resource: `${resource.kind}/${resource.key}`,
      ...resource.source ? { source: resource.source } : {}
    }))
  );
}
function keepDeclaredSecrets(live, desired, rotate) {
  if (rotate) return live;
  const visit = (observed, wanted) => {
    if (readSecretName(wanted) !== void 0) return isSecretSet(observed) ? wanted : observed;
    if (!isJsonObject(observed) || !isJsonObject(wanted)) return observed;
    const out = {};
    for (const [key, member] of Object.entries(observed)) out[key] = visit(member, wanted[key]);
    return out;
  };
  return visit(live, desired);
}
function fillSecrets(body, secrets) {
  const visit = (value) => {
    const name = readSecretName(value);
    if (name !== void 0) {
      const found = secrets?.valueOf(name);
      if (found === void 0) throw new ToolError("configuration", `secret ${name} has no value: ${secrets?.explain(name) ?? "this run was given no secrets"}`);
      return found;
    }
    if (Array.isArray(value)) return value.map(visit);
    if (!isJsonObject(value)) return value;
    const out = {};
    for (const [key, member] of Object.entries(value)) out[key] = visit(member);
    return out;
  };
  return visit(body);
}

// src/core/schema.ts
function sdkType(schema, sdk) {
  return { ...schema, sdk: { ...schema.sdk, ...sdk } };
}
function describeValue(value) {
  if (value === void 0) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (isJsonObject(value)) return readRef(value) ? `a reference to ${value.$ref}` : "an object";
  return quote(value);
}
function quote(value) {
  const text = JSON.stringify(value);
  return text.length <= 80 ? text : `${text.slice(0, 60)}…" (${String(value).length} characters)`;
}
function join(path, member) {
  return path ? `${path}.${member}` : String(member);
}
function string(options = {}) {
  return {
    describe: "a string",
    form: { kind: "string" },
    check(value, path, report) {
      if (typeof value !== "string") return report(path, `expected a string, got ${describeValue(value)}`);
      if (options.nonEmpty && value.trim() === "") report(path, "must not be empty");
      const length = options.max === void 0 ? 0 : [...value].length;
      if (options.max !== void 0 && length > options.max) report(path, `must be at most ${options.max} characters (got ${length})`);
      if (options.pattern && !options.pattern.test(value)) {
        report(path, `${quote(value)} is invalid: ${options.patternHint ?? `must match ${options.pattern}`}`);
      }
    }
  };
}
function number(options = {}) {
  return {
    describe: "a number",
    form: { kind: "number" },
    check(value, path, report) {
      if (typeof value !== "number" || !Number.isFinite(value)) return report(path, `expected a number, got ${describeValue(value)}`);
      if (options.integer && !Number.isInteger(value)) report(path, `must be a whole number (got ${value})`);
      if (options.min !== void 0 && value < options.min) report(path, `must be at least ${options.min} (got ${value})`);
      if (options.max !== void 0 && value > options.max) report(path, `must be at most ${options.max} (got ${value})`);
    }
  };
}
var boolean = {
  describe: "true or false",
  form: { kind: "boolean" },
  check(value, path, report) {
    if (typeof value !== "boolean") report(path, `expected true or false, got ${describeValue(value)}`);
  }
};
function oneOf(...values) {
  return {
    describe: values.map((v) => JSON.stringify(v)).join(" | "),
    form: { kind: "literal", values },
    check(value, path, report) {
      if (!values.includes(value)) {
        report(path, `expected one of ${values.map((v) => JSON.stringify(v)).join(", ")}, got ${describeValue(value)}`);
      }
    }
  };
}
var json = { describe: "any JSON value", form: { kind: "json" }, check() {
} };
function nullable(inner) {
  return {
    describe: `${inner.describe} or null`,
    form: { kind: "nullable", inner },
    check(value, path, report) {
      if (value !== null) inner.check(value, path, report);
    }
  };
}
function arrayOf(item, options = {}) {
  return {
    describe: `an array of ${item.describe}`,
    form: { kind: "array", item },
    check(value, path, report) {
      if (!Array.isArray(value)) return report(path, `expected an array, got ${describeValue(value)}`);
      if (options.min !== void 0 && value.length < options.min) report(path, `needs at least ${options.min} item(s)`);
      if (options.max !== void 0 && value.length > options.max) report(path, `allows at most ${options.max} item(s)`);
      value.forEach((member, i) => item.check(member, join(path, i), report));
    }
  };
}
function recordOf(member) {
  return {
    describe: `an object of ${member.describe}`,
    form: { kind: "record", member },
    check(value, path, report) {
      if (!isJsonObject(value) || readRef(value)) return report(path, `expected an object, got ${describeValue(value)}`);
      for (const [key, v] of Object.entries(value)) member.check(v, join(path, key), report);
    }
  };
}
function field(schema, options) {
  return { schema, ...options };
}
function required(schema) {
  return { schema, required: true };
}
function object(shape, options = {}) {
  const fields = Object.fromEntries(Object.entries(shape).map(([name, entry]) => [name, "check" in entry ? { schema: entry } : entry]));
  return {
    describe: "an object",
    form: { kind: "object" },
    fields,
    check(value, path, report) {
      if (!isJsonObject(value) || readRef(value)) return report(path, `expected an object, got ${describeValue(value)}`);
      for (const [name, field2] of Object.entries(fields)) {
        const member = value[name];
        if (member === void 0) {
          if (field2.required) report(join(path, name), "is required");
          continue;
        }
        field2.schema.check(member, join(path, name), report);
      }
      for (const name of Object.keys(value)) {
        if (!(name in shape)) {
          const known = Object.keys(shape).sort().join(", ");
          report(join(path, name), `is not a known field (known fields: ${known})`);
        }
      }
      options.extra?.(value, path, report);
    }
  };
}
function ref(kind, label) {
  return {
    describe: `a ${label}`,
    form: { kind: "ref", target: kind },
    check(value, path, report) {
      const address = readRef(value);
      if (!address) return report(path, `expected a ${label} created with its constructor, got ${describeValue(value)}`);
      if (address.kind !== kind) report(path, `expected a ${label}, got a reference to ${address.kind}/${address.key}`);
    }
  };
}
function anyOf(...schemas) {
  return {
    describe: schemas.map((s) => s.describe).join(" or "),
    form: { kind: "anyOf", options: schemas },
    check(value, path, report) {
      const attempts = schemas.map((schema) => {
        const problems = [];
        schema.check(value, path, (p, m) => problems.push([p, m]));
        return problems;
      });
      if (attempts.some((problems) => problems.length === 0)) return;
      const best = attempts.reduce((a, b) => b.length < a.length ? b : a);
      for (const [p, m] of best) report(p, m);
    }
  };
}

export {
  isJsonObject,
  stringifyStable,
  sortKeysDeep,
  isDeepEqual,
  hashJson,
  formatAddress,
  readRef,
  sdkType,
  string,
  number,
  boolean,
  oneOf,
  json,
  nullable,
  arrayOf,
  recordOf,
  field,
  required,
  object,
  ref,
  anyOf,
  SECRET_NAME,
  SECRET_SET,
  readSecretName,
  isSecretSet,
  secretSchema,
  secretOr,
  warnUnlistedSecrets,
  keepDeclaredSecrets,
  fillSecrets
};

// `npm run contract:derive`: regenerates test/contract/openapi/operations.json from PostHog's
// OpenAPI types in ../shared/posthog-openapi/api.d.ts (present only on maintainers' machines).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { CONTRACT_FILE, SPEC_FILE, deriveContract, serializeContract } from "./openapi-contract.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const spec = resolve(root, SPEC_FILE);
if (!existsSync(spec)) {
  console.error(`The OpenAPI types are not at ${spec}: copy PostHog's generated api.d.ts (and its SOURCE.md) there first.`);
  process.exit(1);
}
const data = deriveContract(readFileSync(spec, "utf8"), readFileSync(join(dirname(spec), "SOURCE.md"), "utf8"));
const output = join(root, CONTRACT_FILE);
mkdirSync(dirname(output), { recursive: true });
writeFileSync(output, serializeContract(data));
console.log(`Wrote ${CONTRACT_FILE}: ${Object.keys(data.operations).length} operations, ${Object.keys(data.schemas).length} schemas, from ${data.source.file} (sha256 ${data.source.sha256}).`);

// Writes src/sdk/kinds/<kind>.ts from each kind's declaration (src/core/kinds/),
// so the SDK's types follow the schema that validates definitions. `npm run build`
// runs it first; test/codegen/sdk-kinds.test.ts fails when a committed module is stale.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateSdkModules } from "../src/codegen/sdk-kinds.js";

const root = fileURLToPath(new URL("..", import.meta.url));
for (const module of generateSdkModules()) {
  const path = join(root, module.path);
  const current = await readFile(path, "utf8").catch(() => undefined);
  if (current !== module.content) {
    await writeFile(path, module.content);
    console.log(`wrote ${module.path}`);
  }
}

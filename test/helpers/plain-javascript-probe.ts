// Run by test/adapters/plain-javascript.test.ts with the loader worker's `--experimental-vm-modules`:
// for each source on stdin (a JSON list), whether the loader would skip stripping it, and whether
// stripping would have changed it.
import { readFileSync } from "node:fs";
import { stripTypeScriptTypes } from "node:module";
import { isPlainJavaScript } from "../../src/adapters/loader/plain-javascript.js";

const sources = JSON.parse(readFileSync(0, "utf8")) as string[];
const strip = (source: string) => {
  try {
    return stripTypeScriptTypes(source);
  } catch {
    return undefined;
  }
};
process.stdout.write(JSON.stringify(sources.map((source) => ({ plain: isPlainJavaScript(source), unchanged: strip(source) === source }))));

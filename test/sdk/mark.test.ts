import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { ROOT } from "../helpers/cli.js";

let dir: string | undefined;
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

/** Runs a definition file against the SDK sources in plain Node, where stack frames are the file's own URL. */
function runDefinitions(source: string): { file: string; out: { kind: unknown; site: unknown; keys: string[] }[] } {
  dir = mkdtempSync(join(tmpdir(), "posthog-mark-"));
  const file = join(dir, "definitions.ts");
  writeFileSync(file, source.replace("SDK", pathToFileURL(join(ROOT, "src", "sdk", "index.ts")).href).replace("MARKERS", pathToFileURL(join(ROOT, "src", "sdk", "markers.ts")).href));
  const stdout = execFileSync(process.execPath, ["--disable-warning=ExperimentalWarning", join(ROOT, "scripts", "run-ts.js"), file], { encoding: "utf8" });
  return { file: pathToFileURL(file).href, out: JSON.parse(stdout) };
}

describe("SDK markers", () => {
  it("record the kind and the line of the user's call, though the SDK spans several modules", () => {
    const { file, out } = runDefinitions(`import { dashboard, featureFlag, propertyGroup } from "SDK";
import { KIND, SITE } from "MARKERS";
const made = [
  featureFlag({ key: "f", filters: { groups: [{}] } }),
  dashboard({ key: "d", name: "D" }),
  propertyGroup({ key: "g", name: "G", properties: {} }),
];
console.log(JSON.stringify(made.map((value) => ({ kind: value[KIND], site: value[SITE], keys: Object.keys(value) }))));
`);
    expect(out).toEqual([
      { kind: "feature-flags", site: { url: file, line: 4, column: 3 }, keys: ["key", "filters"] },
      { kind: "dashboards", site: { url: file, line: 5, column: 3 }, keys: ["key", "name"] },
      { kind: "property-groups", site: { url: file, line: 6, column: 3 }, keys: ["key", "name", "properties"] },
    ]);
  });
});

import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundlePath, ROOT } from "../helpers/cli.js";

// The seed's workflow, as a new user meets it: `npm install --save-dev @posthog/definitions`, then
// `npx posthog-definitions validate`. The package is packed from this run's build of the sources and
// installed from the tarball into a fresh project, offline (the bundles need no dependency).
const work = mkdtempSync(join(tmpdir(), "posthog-package-"));
const app = join(work, "app");
// Node 24 (the `node` dev dependency) first on PATH, as `npm ci` leaves it; npx runs the bin with it.
const env = { ...process.env, PATH: `${join(ROOT, "node_modules", ".bin")}${delimiter}${process.env.PATH ?? ""}`, npm_config_update_notifier: "false" };
let packed: { filename: string; files: { path: string }[] };

function npm(args: string[], cwd: string): string {
  return execFileSync("npm", args, { cwd, env, encoding: "utf8" });
}

function typeCheck(): string[] {
  const run = spawnSync(process.execPath, [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", "."], { cwd: app, encoding: "utf8" });
  return run.stdout.split("\n").filter((line) => line.includes("error TS"));
}

function write(path: string, text: string): void {
  mkdirSync(dirname(join(app, path)), { recursive: true });
  writeFileSync(join(app, path), text);
}

beforeAll(() => {
  const stage = join(work, "package");
  mkdirSync(stage);
  cpSync(join(ROOT, "package.json"), join(stage, "package.json"));
  cpSync(join(ROOT, "README.md"), join(stage, "README.md"));
  cpSync(dirname(bundlePath("sdk.js")), join(stage, "dist"), { recursive: true });
  [packed] = JSON.parse(npm(["pack", "--json", "--ignore-scripts", "--pack-destination", work], stage));
  write("package.json", JSON.stringify({ name: "app", private: true, type: "module" }));
  npm(["install", "--save-dev", "--offline", "--ignore-scripts", "--no-audit", "--no-fund", join(work, packed.filename)], app);
  write(
    "tsconfig.json",
    JSON.stringify({ compilerOptions: { target: "ES2023", module: "NodeNext", moduleResolution: "NodeNext", lib: ["ES2023", "DOM"], types: [], strict: true, noEmit: true, allowImportingTsExtensions: true, skipLibCheck: false }, include: ["posthog", "app.ts"] }),
  );
  write(
    "posthog/events/order-completed.ts",
    [
      'import { eventDefinition, propertyGroup } from "@posthog/definitions";',
      "",
      'const order = propertyGroup({ key: "order", properties: { order_id: { type: "String", required: true }, amount: { type: "Numeric" } } });',
      "",
      'export default eventDefinition({ key: "order-completed", name: "order completed", enforcementMode: "allow", propertyGroups: [order] });',
      "",
    ].join("\n"),
  );
  write(
    "app.ts",
    [
      'import { createTypedPostHog } from "@posthog/definitions";',
      'import orderCompleted from "./posthog/events/order-completed.ts";',
      "",
      "const client = { capture(_event: string, _properties?: Record<string, unknown>): void {} };",
      "const analytics = createTypedPostHog(client, [orderCompleted]);",
      'analytics.capture("order completed", { order_id: "o-1", amount: 42 });',
      'analytics.capture("order completed", { order_id: 17 });',
      "",
    ].join("\n"),
  );
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("the published package", () => {
  it("ships the CLI, the SDK with its declarations and nothing else (no tests, fixtures or sources)", () => {
    const paths = packed.files.map((f) => f.path).sort();
    expect(paths.filter((path) => !/^dist\/(cli\.js|sdk\.js|definitions-worker\.js|chunks\/[^/]+\.js|types\/.+\.d\.ts)$/.test(path))).toEqual(["README.md", "package.json"]);
    expect(paths).toEqual(expect.arrayContaining(["dist/cli.js", "dist/sdk.js", "dist/definitions-worker.js", "dist/types/sdk/index.d.ts"]));
    expect(paths.length).toBeLessThan(100);
    const manifest = JSON.parse(readFileSync(join(app, "node_modules", "@posthog", "definitions", "package.json"), "utf8"));
    expect(manifest.private).toBeUndefined();
    expect(manifest.dependencies).toBeUndefined();
  });

  it("types definitions and typed capture in the user's editor: a misspelt field and a wrong property type are errors at their lines", () => {
    expect(typeCheck()).toEqual([expect.stringMatching(/^app\.ts\(7,40\): error TS2322: Type 'number' is not assignable to type 'string'/)]);
    write("posthog/dashboards/growth.ts", 'import { dashboard } from "@posthog/definitions";\n\nexport default dashboard({\n  key: "growth",\n  name: "Growth",\n  pinnned: true,\n});\n');
    expect(typeCheck()).toEqual([
      expect.stringMatching(/^app\.ts\(7,40\): error TS2322/),
      expect.stringMatching(/^posthog\/dashboards\/growth\.ts\(6,3\): error TS2561: .*'pinnned'.*Did you mean to write 'pinned'\?/),
    ]);
  });

  it("runs with npx: validate names the misspelt field at its line, then passes without it", () => {
    write("posthog/dashboards/growth.ts", 'import { dashboard } from "@posthog/definitions";\n\nexport default dashboard({\n  key: "growth",\n  name: "Growth",\n  pinnned: true,\n});\n');
    const invalid = spawnSync("npx", ["--offline", "posthog-definitions", "validate"], { cwd: app, env, encoding: "utf8" });
    expect(invalid.stderr).toContain("posthog/dashboards/growth.ts:6:3: error: pinnned: is not a known field");
    expect(invalid.status).toBe(1);
    rmSync(join(app, "posthog", "dashboards", "growth.ts"));
    const valid = spawnSync("npx", ["--offline", "posthog-definitions", "validate"], { cwd: app, env, encoding: "utf8" });
    expect(valid.stdout).toBe("2 definition(s) are valid.\n");
    expect(valid.status).toBe(0);
  });
});

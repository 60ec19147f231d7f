import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDefinitions } from "../../src/adapters/loader/load.js";

/**
 * The parent side of the loader protocol, against stand-in workers that write
 * whatever they like to the reply descriptor, as definition code would if it
 * ever reached it. Only an exact, nonce-tagged reply naming the repository's
 * own files is data; everything else is one error and nothing else.
 */

let dir: string;
let root: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "posthog-protocol-"));
  root = join(dir, "repo");
  mkdirSync(join(root, "posthog"), { recursive: true });
  writeFileSync(join(root, "posthog", "flag.ts"), "export default {}\n");
  writeFileSync(join(dir, "outside.ts"), "OUTSIDE\n");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A stand-in worker: reads the request from fd 3, then writes `reply(request)` (a JS expression) as lines to fd 4. */
function standInWorker(name: string, reply: string): string {
  const path = join(dir, `${name}.mjs`);
  writeFileSync(
    path,
    [
      'import { readFileSync, writeSync } from "node:fs"',
      'const request = JSON.parse(readFileSync(3, "utf8"))',
      `const lines = ((request) => ${reply})(request)`,
      'for (const line of lines) writeSync(4, (typeof line === "string" ? line : JSON.stringify(line)) + "\\n")',
      "",
    ].join("\n"),
  );
  return path;
}

const flag = { kind: "feature-flags", key: "forged", spec: { key: "forged", name: "Forged" }, source: { file: "posthog/flag.ts", line: 1 } };
const result = (fields: object) => `[{ nonce: request.nonce, type: "result", definitions: [], diagnostics: [], ...${JSON.stringify(fields)} }]`;

describe("the definitions loader's reply", () => {
  it("is accepted when it is exact, tagged with the run's nonce and names repository files", async () => {
    const loaded = await loadDefinitions({ root, workerPath: standInWorker("valid", result({ definitions: [flag] })) });
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.definitions).toEqual([flag]);
  });

  const forgeries: [string, string, string][] = [
    ["without the nonce", `[{ type: "result", definitions: [${JSON.stringify(flag)}], diagnostics: [] }]`, "lacks \"nonce\""],
    ["with another nonce", `[{ nonce: "0".repeat(48), type: "result", definitions: [${JSON.stringify(flag)}], diagnostics: [] }]`, "does not carry this run's nonce"],
    ["that is not JSON", `["{ definitions: oops"]`, "a message is not JSON"],
    ["naming a file outside the repository", result({ diagnostics: [{ severity: "error", code: "x", message: "m", source: { file: "../outside.ts", line: 1 } }] }), 'names "../outside.ts", which is not a file of the repository'],
    ["naming a file the scan never listed", result({ definitions: [{ ...flag, source: { file: "posthog/missing.ts", line: 1 } }] }), 'names "posthog/missing.ts"'],
    ["with an unknown field", result({ extra: true }), 'has an unexpected field "extra"'],
    ["with a kind that does not exist", result({ definitions: [{ ...flag, kind: "secrets" }] }), 'kind "secrets" is not a kind'],
    ["with a __proto__ key", `[JSON.stringify({ nonce: request.nonce, type: "result", definitions: [], diagnostics: [] }).replace('"diagnostics":[]', '"diagnostics":[], "config": { "spec": { "__proto__": { "polluted": true } }, "source": { "file": "posthog.config.ts", "line": 1 } }')]`, 'has a "__proto__" key'],
    ["with a message over the size limit", result({ diagnostics: [{ severity: "error", code: "x", message: "m".repeat(5000) }] }), "longer than 2000 characters"],
    ["larger than the reply budget", `[{ nonce: request.nonce, type: "file", file: "posthog/flag.ts".padEnd(70 * 1024 * 1024, " ") }]`, "larger than 67108864 bytes"],
  ];
  for (const [what, reply, reason] of forgeries) {
    it(`is rejected ${what}, and nothing in it is used`, async () => {
      const loaded = await loadDefinitions({ root, workerPath: standInWorker(what.replace(/\W+/g, "-"), reply) });
      expect(loaded.definitions).toEqual([]);
      expect(loaded.config).toBeUndefined();
      expect(loaded.diagnostics).toHaveLength(1);
      expect(loaded.diagnostics[0]).toMatchObject({ severity: "error", code: "loader-protocol" });
      expect(loaded.diagnostics[0]!.message).toContain("the definitions loader's reply was rejected");
      expect(loaded.diagnostics[0]!.message).toContain(reason);
    });
  }

  it("announces the config before the result, once, and refuses a second announcement", async () => {
    const config = { spec: { dir: "posthog" }, source: { file: "posthog.config.ts", line: 1 } };
    const announced: unknown[] = [];
    const announcing = standInWorker("announces", `request.announceConfig ? [{ nonce: request.nonce, type: "config", diagnostics: [], config: ${JSON.stringify(config)} }, ...${result({ definitions: [flag], config })}] : []`);
    const twice = standInWorker("announces-twice", `[{ nonce: request.nonce, type: "config", diagnostics: [] }, { nonce: request.nonce, type: "config", diagnostics: [] }, ...${result({})}]`);
    writeFileSync(join(root, "posthog.config.ts"), "export default {}\n");
    try {
      const loaded = await loadDefinitions({ root, workerPath: announcing, onConfig: (early) => announced.push(early) });
      expect(announced).toEqual([{ definitions: [], diagnostics: [], config }]);
      expect(loaded).toEqual({ definitions: [flag], diagnostics: [], config });
      const refused = await loadDefinitions({ root, workerPath: twice, onConfig: () => undefined });
      expect(refused.diagnostics).toEqual([expect.objectContaining({ code: "loader-protocol", message: expect.stringContaining("a config message is not expected here") })]);
    } finally {
      rmSync(join(root, "posthog.config.ts"));
    }
  });

  it("announces the default config at once when there is no config file, and refuses the worker's", async () => {
    const announced: unknown[] = [];
    const worker = standInWorker("announces-unasked", `[{ nonce: request.nonce, type: "config", diagnostics: [] }, ...${result({})}]`);
    const loading = loadDefinitions({ root, workerPath: worker, onConfig: (early) => announced.push(early) });
    expect(announced).toEqual([{ definitions: [], diagnostics: [] }]);
    expect((await loading).diagnostics).toEqual([expect.objectContaining({ code: "loader-protocol" })]);
  });

  it("blames the file being evaluated when a forged message follows a genuine progress message", async () => {
    const loaded = await loadDefinitions({ root, workerPath: standInWorker("after-progress", `[{ nonce: request.nonce, type: "file", file: "posthog/flag.ts" }, { type: "result" }]`) });
    expect(loaded.diagnostics).toEqual([expect.objectContaining({ code: "loader-protocol", source: { file: "posthog/flag.ts", line: 1 } })]);
  });
});

describe("a config-only load", () => {
  const config = { spec: { dir: "posthog" }, source: { file: "posthog.config.ts", line: 1 } };

  it("starts no worker when the repository has no config file, and asks the worker when it has one", async () => {
    const worker = standInWorker("config-only", result({ config }));
    // The worker would answer with a config; unasked, nothing is evaluated and nothing comes back.
    expect(await loadDefinitions({ root, workerPath: worker, configOnly: true })).toEqual({ definitions: [], diagnostics: [] });
    writeFileSync(join(root, "posthog.config.ts"), "export default {}\n");
    try {
      expect(await loadDefinitions({ root, workerPath: worker, configOnly: true })).toEqual({ definitions: [], diagnostics: [], config });
    } finally {
      rmSync(join(root, "posthog.config.ts"));
    }
  });
});

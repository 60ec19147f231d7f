import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));

describe("the client's undici (issue 14)", () => {
  it("loads undici's Agent and request API only, not its fetch, WebSocket and caches with Node's own undici and sqlite", () => {
    const dir = mkdtempSync(join(tmpdir(), "undici-core-"));
    try {
      const probe = join(dir, "probe.ts");
      const client = new URL("../../src/adapters/posthog/client.ts", import.meta.url).href;
      writeFileSync(probe, `await import(${JSON.stringify(client)});\nprocess.stdout.write(JSON.stringify(process.moduleLoadList.filter((m) => /deps\\/undici|sqlite|webstreams/.test(m))));\n`);
      const run = spawnSync(process.execPath, ["--disable-warning=ExperimentalWarning", join(root, "scripts/run-ts.js"), probe], { cwd: root, encoding: "utf8" });
      expect(run.status, run.stderr).toBe(0);
      expect(JSON.parse(run.stdout)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

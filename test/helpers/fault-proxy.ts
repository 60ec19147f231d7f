import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { Agent, request, type Dispatcher } from "undici";

/**
 * What a rule does to a request it hits. The emulator's own faults fire before it handles a
 * request; these fire after it has committed, which is what a lost response or a gateway 5xx is.
 * - `drop`: forward, let the server answer, then close the connection without a byte of the answer;
 * - `error`: forward, then answer `status` (default 500) with PostHog's error body instead;
 * - `delay`: wait `ms`, then forward and answer normally.
 */
export type ProxyFault = { kind: "drop" } | { kind: "error"; status?: number } | { kind: "delay"; ms: number };

/** When a fault fires: requests matching method, path and body, at most `times` of them. */
export interface FaultRule {
  /** Case-insensitive; any method when left out. */
  method?: string;
  /** Tested against the URL path (no query); any path when left out. */
  path?: RegExp;
  /** Tested against the request body as sent (a PATCH holding `"tiles"`); any body when left out. */
  body?: RegExp;
  /** How many requests the rule hits; default 1, `Infinity` for every one. */
  times?: number;
  /**
   * The share of matching requests hit, decided from the proxy's seed and the request itself
   * (method, path, body and how often that exact request was seen), so a sequential run with one
   * seed meets the same faults every time. Default 1.
   */
  probability?: number;
  /** How often the rule may hit one exact request (method, path and body), resends included; unlimited when left out. */
  perRequest?: number;
  fault: ProxyFault;
}

/** One fault the proxy injected, with the status the server had answered. */
export interface InjectedFault {
  method: string;
  path: string;
  fault: ProxyFault["kind"];
  upstreamStatus: number;
}

/** A started fault proxy; stopped by its own handle. */
export interface FaultProxy {
  url: string;
  addRule(rule: FaultRule): void;
  clearRules(): void;
  /** Every fault injected so far, in order. */
  injected: InjectedFault[];
  /** Resolves when the next request matching method and path reaches the proxy, before any fault acts on it. */
  waitForRequest(method: string, path: RegExp): Promise<void>;
  close(): Promise<void>;
}

const PASSED_REQUEST_HEADERS = ["authorization", "content-type", "accept", "user-agent"];
const PASSED_RESPONSE_HEADERS = ["content-type", "retry-after"];
/** PostHog's body for an unhandled exception (`exceptions_hog`). */
const SERVER_ERROR_BODY = JSON.stringify({ type: "server_error", code: "error", detail: "A server error occurred.", attr: null });

interface ActiveRule {
  rule: FaultRule;
  remaining: number;
  hits: Map<string, number>;
}

/**
 * Starts a loopback HTTP proxy on 127.0.0.1 in front of `upstream` (an emulator's url) that
 * injects faults by rule. The server still records every request it handled, so tests assert on
 * `emulator.requests` and on {@link FaultProxy.injected}.
 */
export async function startFaultProxy(upstream: string, options: { seed?: number } = {}): Promise<FaultProxy> {
  const seed = options.seed ?? 0;
  const agent = new Agent({ connections: 16, keepAliveTimeout: 5_000 });
  let rules: ActiveRule[] = [];
  const seen = new Map<string, number>();
  const injected: InjectedFault[] = [];
  let waiters: { method: string; path: RegExp; resolve: () => void }[] = [];

  const pick = (method: string, path: string, body: string): ProxyFault | undefined => {
    const signature = `${method} ${path} ${body}`;
    const occurrence = (seen.get(signature) ?? 0) + 1;
    seen.set(signature, occurrence);
    for (const [index, active] of rules.entries()) {
      const { rule } = active;
      if (active.remaining <= 0) continue;
      if (rule.method !== undefined && rule.method.toUpperCase() !== method) continue;
      if (rule.path !== undefined && !rule.path.test(path)) continue;
      if (rule.body !== undefined && !rule.body.test(body)) continue;
      if (rule.probability !== undefined && draw(seed, index, signature, occurrence) >= rule.probability) continue;
      if (rule.perRequest !== undefined && (active.hits.get(signature) ?? 0) >= rule.perRequest) continue;
      active.hits.set(signature, (active.hits.get(signature) ?? 0) + 1);
      active.remaining -= 1;
      return rule.fault;
    }
    return undefined;
  };

  const handle = async (incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> => {
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString("utf8");
    const method = (incoming.method ?? "GET").toUpperCase();
    const url = new URL(incoming.url ?? "/", upstream);
    const arrived = waiters.filter((w) => w.method === method && w.path.test(url.pathname));
    waiters = waiters.filter((w) => !arrived.includes(w));
    for (const waiter of arrived) waiter.resolve();
    const fault = pick(method, url.pathname, body);
    if (fault?.kind === "delay") await sleep(fault.ms);

    const headers: Record<string, string> = {};
    for (const name of PASSED_REQUEST_HEADERS) {
      const value = incoming.headers[name];
      if (typeof value === "string") headers[name] = value;
    }
    const answer = await request(url, { method: method as Dispatcher.HttpMethod, headers, body: body === "" ? undefined : body, dispatcher: agent });
    const text = await answer.body.text();
    if (fault !== undefined) injected.push({ method, path: url.pathname, fault: fault.kind, upstreamStatus: answer.statusCode });
    if (fault?.kind === "drop") {
      incoming.socket.destroy();
      return;
    }
    if (fault?.kind === "error") {
      outgoing.writeHead(fault.status ?? 500, { "content-type": "application/json" });
      outgoing.end(SERVER_ERROR_BODY);
      return;
    }
    const passed: Record<string, string> = {};
    for (const name of PASSED_RESPONSE_HEADERS) {
      const value = answer.headers[name];
      if (typeof value === "string") passed[name] = value;
    }
    outgoing.writeHead(answer.statusCode, passed);
    outgoing.end(text);
  };

  const server = createServer((incoming, outgoing) => {
    handle(incoming, outgoing).catch((error: unknown) => {
      if (outgoing.headersSent || outgoing.destroyed) return;
      outgoing.writeHead(502, { "content-type": "text/plain" });
      outgoing.end(`fault proxy: ${(error as Error).message}`);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    addRule(rule) {
      rules.push({ rule, remaining: rule.times ?? 1, hits: new Map() });
    },
    clearRules() {
      rules = [];
    },
    injected,
    waitForRequest(method, path) {
      return new Promise((resolve) => waiters.push({ method: method.toUpperCase(), path, resolve }));
    },
    async close() {
      await new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
      await agent.close();
    },
  };
}

/** A number in [0, 1) fixed by the seed, the rule and the request, independent of arrival order. */
function draw(seed: number, rule: number, signature: string, occurrence: number): number {
  return createHash("sha256").update(`${seed}\n${rule}\n${occurrence}\n${signature}`).digest().readUInt32BE(0) / 2 ** 32;
}

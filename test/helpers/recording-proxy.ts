import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { RecordedRequest } from "../../src/emulator/index.js";

/**
 * A loopback server in front of a real PostHog that forwards every request and records it the way
 * the emulator does, so the OpenAPI check also covers what the product sends to, and gets from, a
 * real project.
 */
export interface RecordingProxy {
  url: string;
  requests: RecordedRequest[];
  clearRequests(): void;
  close(): Promise<void>;
}

const PASSED_REQUEST_HEADERS = ["authorization", "content-type", "accept"];
const PASSED_RESPONSE_HEADERS = ["content-type", "retry-after", "www-authenticate"];

/** Starts a recording proxy on 127.0.0.1 that forwards to `upstream` (e.g. https://us.posthog.com). */
export async function startRecordingProxy(upstream: string): Promise<RecordingProxy> {
  const requests: RecordedRequest[] = [];
  const server = createServer((request, response) => {
    forward(upstream, request, response, requests).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(502, { "content-type": "text/plain" });
      response.end(`recording proxy: ${(error as Error).message}`);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    clearRequests: () => {
      requests.length = 0;
    },
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

async function forward(upstream: string, request: IncomingMessage, response: ServerResponse, requests: RecordedRequest[]): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks).toString("utf8");
  const url = new URL(request.url ?? "/", upstream);
  const headers: Record<string, string> = {};
  for (const name of PASSED_REQUEST_HEADERS) {
    const value = request.headers[name];
    if (typeof value === "string") headers[name] = value;
  }
  const method = (request.method ?? "GET").toUpperCase();
  const answer = await fetch(url, { method, headers, body: raw === "" ? undefined : raw, redirect: "manual" });
  const text = await answer.text();
  requests.push({ method, path: url.pathname, query: url.search.replace(/^\?/, ""), body: parse(raw), status: answer.status, response: parse(text) });
  const passed: Record<string, string> = {};
  for (const name of PASSED_RESPONSE_HEADERS) {
    const value = answer.headers.get(name);
    if (value !== null) passed[name] = value;
  }
  response.writeHead(answer.status, passed);
  response.end(text);
}

function parse(text: string): unknown {
  if (text === "") return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

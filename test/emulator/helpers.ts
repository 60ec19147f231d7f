import { startEmulator, type EmulatorOptions, type RunningEmulator } from "../../src/emulator/index.js";

/** A parsed HTTP response; `body` is the decoded JSON, or the raw text when it is not JSON. */
export interface ApiResponse {
  status: number;
  headers: Headers;
  /** Tests index into arbitrary response JSON; `any` keeps the assertions readable. */
  body: any;
  text: string;
}

/** Per-request overrides for {@link TestApi.request}. */
export interface RequestOptions {
  key?: string | null;
  headers?: Record<string, string>;
  rawBody?: string;
}

/** A started emulator plus a tiny fetch-based client bound to it. */
export interface TestApi {
  emulator: RunningEmulator;
  url: string;
  request(method: string, path: string, body?: unknown, options?: RequestOptions): Promise<ApiResponse>;
  get(path: string, options?: RequestOptions): Promise<ApiResponse>;
  post(path: string, body?: unknown, options?: RequestOptions): Promise<ApiResponse>;
  patch(path: string, body?: unknown, options?: RequestOptions): Promise<ApiResponse>;
  delete(path: string, options?: RequestOptions): Promise<ApiResponse>;
  close(): Promise<void>;
}

/** Sends one request and decodes the response. */
export async function send(url: string, method: string, body?: unknown, options: RequestOptions = {}): Promise<ApiResponse> {
  const headers: Record<string, string> = { ...options.headers };
  const key = options.key === undefined ? "phx_emulator" : options.key;
  if (key !== null) headers.Authorization = `Bearer ${key}`;
  let payload: string | undefined = options.rawBody;
  if (payload === undefined && body !== undefined) payload = JSON.stringify(body);
  if (payload !== undefined) headers["Content-Type"] = "application/json";
  const response = await fetch(url, { method, headers, body: payload });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text === "" ? undefined : JSON.parse(text);
  } catch {
    parsed = text;
  }
  return { status: response.status, headers: response.headers, body: parsed, text };
}

/** Starts an in-process emulator on a random port (throttling off unless the options set limits). */
export async function startTestEmulator(options: EmulatorOptions = {}): Promise<TestApi> {
  const emulator = await startEmulator({ rateLimits: false, ...options });
  const request = (method: string, path: string, body?: unknown, requestOptions?: RequestOptions) =>
    send(`${emulator.url}${path}`, method, body, requestOptions);
  return {
    emulator,
    url: emulator.url,
    request,
    get: (path, requestOptions) => request("GET", path, undefined, requestOptions),
    post: (path, body, requestOptions) => request("POST", path, body, requestOptions),
    patch: (path, body, requestOptions) => request("PATCH", path, body, requestOptions),
    delete: (path, requestOptions) => request("DELETE", path, undefined, requestOptions),
    close: () => emulator.close(),
  };
}

/** The query used wherever a test just needs some valid insight. */
export const TRENDS_QUERY = {
  kind: "InsightVizNode",
  source: { kind: "TrendsQuery", series: [{ kind: "EventsNode", event: "$pageview", math: "total" }] },
};

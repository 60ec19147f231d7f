import type { Dispatcher } from "undici";
import Agent from "undici/lib/dispatcher/agent.js";
import requestApi from "undici/lib/api/index.js";
import DispatcherBase from "undici/lib/dispatcher/dispatcher.js";

// undici's index builds on import what the client never uses: fetch, WebSocket, EventSource, the
// cache API, cookies and mock agents, and with them Node's own bundled undici, http2, zlib and
// sqlite. Loading only its Agent and request API takes about 8 MB off a 5,000-resource plan's peak
// RSS and half the code of the engine's chunk (issue 14, docs/performance.md). As undici's index
// does, the request API is put on the dispatchers' prototype.
Object.assign(DispatcherBase.prototype, requestApi);

export { Agent };

/** undici's `request(url, { dispatcher, ... })`: the URL split into the origin and path the dispatcher takes. */
export function request(url: string, options: Omit<Dispatcher.RequestOptions, "origin" | "path"> & { dispatcher: Dispatcher }): Promise<Dispatcher.ResponseData> {
  const { dispatcher, ...rest } = options;
  const target = new URL(url);
  return dispatcher.request({ ...rest, origin: target.origin, path: `${target.pathname}${target.search}` });
}

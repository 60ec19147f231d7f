import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  hasErrors
} from "./chunk-IP6AB7RW.js";

// src/engine/early-reads.ts
var loadEngine = () => import("./project-NYI2BINA.js");
async function readWhileLoading(options) {
  const { locate, progress, config } = options;
  const [early] = await readEachWhileLoading({ config, locate: async (project) => [await locate(project.config)], ...progress ? { progress: () => progress } : {} });
  return early;
}
async function readEachWhileLoading(options) {
  let connections;
  const engine = loadEngine();
  try {
    const project = await options.config;
    if (project === void 0 || hasErrors(project.diagnostics)) return [];
    connections = await options.locate(project);
  } catch {
    return [];
  }
  const { connect, startReading } = await engine;
  return connections.map((connection) => {
    const api = connect(connection);
    return { connection, api, started: startReading(api, connection, options.progress?.(connection)) };
  });
}
async function takeOverReads(early, connection) {
  if (early && sameConnection(early.connection, connection)) return { api: early.api, started: early.started };
  await early?.api.abandon();
  return { api: (await loadEngine()).connect(connection) };
}
function sameConnection(left, right) {
  const fields = (c) => [c.environment, c.host, c.projectId, c.apiKey, c.apiKeySource, c.rateLimited, c.owner];
  const [a, b] = [fields(left), fields(right)];
  return a.every((value, i) => value === b[i]);
}

export {
  readWhileLoading,
  readEachWhileLoading,
  takeOverReads
};

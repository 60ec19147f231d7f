import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/cli/loads.ts
var loadEngine = () => import("./project-JGULLYZ6.js");
async function startLoads(io, options, reads) {
  const [{ loadProjectAnnouncingConfig }, { readWhileLoading }] = await Promise.all([import("./load-project-4KCTNYI4.js"), import("./early-reads-NXTUUVQC.js")]);
  const { loading, config } = loadProjectAnnouncingConfig({ root: io.cwd, dir: options.dir, workerPath: io.workerPath });
  loading.catch(() => void 0);
  const locate = async (config2) => (await loadEngine()).resolveConnection(config2, { environment: options.environment, host: options.host, projectId: options.project, env: io.env });
  if (!reads) return { loading, early: Promise.resolve(void 0), locate };
  const progress = options.verbose ? (e) => io.stderr(`  ${e.message}
`) : void 0;
  const early = readWhileLoading({ config, locate, ...progress ? { progress } : {} });
  return { loading, early, locate };
}

export {
  loadEngine,
  startLoads
};

import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/cli/loads.ts
var loadEngine = () => import("./project-NYI2BINA.js");
async function startLoads(io, options, reads) {
  const [{ loadProjectAnnouncingConfig }, { readWhileLoading }] = await Promise.all([import("./load-project-WVEUTIFY.js"), import("./early-reads-D4RKLJD7.js")]);
  const { loading, config } = loadProjectAnnouncingConfig({ root: io.cwd, dir: options.dir, workerPath: io.workerPath });
  loading.catch(() => void 0);
  const locate = async (projectConfig) => (await loadEngine()).resolveConnection(projectConfig, { environment: options.environment, host: options.host, projectId: options.project, env: io.env });
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

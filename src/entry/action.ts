import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";
import { createRunnerHost } from "../action/host.js";
import { runAction } from "../action/main.js";

// A plan holds a few tens of MB live but allocates hundreds while it parses responses and
// diffs; V8's default young generation then grows by 64 MB at a time. Favouring size keeps the
// peak RSS of a 5,000-resource plan near 150 MB instead of 260 (issue 14, docs/performance.md).
setFlagsFromString("--semi-space-growth-factor=1");

await runAction({
  env: process.env,
  workerPath: fileURLToPath(new URL("./definitions-worker.js", import.meta.url)),
  host: createRunnerHost(),
});

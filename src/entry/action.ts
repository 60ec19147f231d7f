import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";
import { createRunnerHost } from "../action/host.js";
import { runAction } from "../action/main.js";

// A plan holds a few tens of MB live but allocates hundreds while it parses responses and
// diffs, and V8 doubles its young generation whenever many objects survive. Keeping it at its
// starting size holds a 5,000-resource plan's peak RSS near 170 MB instead of 260, for about the
// same GC time (issue 14, docs/performance.md).
setFlagsFromString("--semi-space-growth-factor=1");

await runAction({
  env: process.env,
  workerPath: fileURLToPath(new URL("./definitions-worker.js", import.meta.url)),
  host: createRunnerHost(),
});

import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";
import { createRunnerHost } from "../action/host.js";
import { runAction } from "../action/main.js";

// A plan holds a few tens of MB live but allocates hundreds while it parses responses and
// diffs, and V8 doubles its young generation whenever many objects survive. Keeping it at its
// starting size holds a 5,000-resource plan's peak RSS near 170 MB instead of 260, for about the
// same GC time. WebAssembly (undici's HTTP parser, PostHog's HogQL parser) stays on V8's baseline
// compiler: optimising their large functions took 20-30 MB of compiler memory that the process
// kept, for HogQL parses about 1.5 ms slower each (issue 14, docs/performance.md).
setFlagsFromString("--semi-space-growth-factor=1");
setFlagsFromString("--no-wasm-tier-up");
setFlagsFromString("--no-wasm-dynamic-tiering");

await runAction({
  env: process.env,
  workerPath: fileURLToPath(new URL("./definitions-worker.js", import.meta.url)),
  host: createRunnerHost(),
});

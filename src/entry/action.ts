import { fileURLToPath } from "node:url";
import { createRunnerHost } from "../action/host.js";
import { runAction } from "../action/main.js";

await runAction({
  env: process.env,
  workerPath: fileURLToPath(new URL("./definitions-worker.js", import.meta.url)),
  host: createRunnerHost(),
});

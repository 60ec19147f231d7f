import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  EXIT
} from "./chunk-4THUIUZI.js";
import {
  readPlanFile
} from "./chunk-3AWB2TJW.js";
import {
  renderPlanText,
  renderPlansText
} from "./chunk-37Y2VHEV.js";
import {
  hasChanges
} from "./chunk-VTQAI6QU.js";
import "./chunk-WPARJWHG.js";
import "./chunk-LJQFIKR4.js";
import "./chunk-RHLKEUBH.js";
import "./chunk-2AROFJEV.js";
import {
  ToolError
} from "./chunk-SLY4HKVV.js";
import "./chunk-IP6AB7RW.js";
import "./chunk-HANBNIMK.js";

// src/cli/show-command.ts
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
async function runShow(io, options, files) {
  if (files.length !== 1) throw new ToolError("usage", "show takes one plan file: posthog-definitions show plan.json");
  const name = files[0];
  const text = await readFile(resolve(io.cwd, name), "utf8").catch((error) => {
    throw new ToolError("usage", `cannot read ${name}: ${error instanceof Error ? error.message : String(error)}`);
  });
  const shown = [];
  let changes = false;
  for (const [environment, entry] of Object.entries(readPlanFile(text, name).environments)) {
    if ("error" in entry) {
      io.stderr(`${environment}: planning failed: ${entry.error}
`);
      continue;
    }
    if (entry.offline) io.stderr(`${environment}: an offline plan, of the desired state only (PostHog was not read)
`);
    shown.push(entry.plan);
    changes ||= hasChanges(entry.plan);
  }
  const style = { color: io.color, verbose: options.verbose ?? false };
  io.stdout(shown.length > 1 ? renderPlansText(shown, style) : shown.map((plan) => renderPlanText(plan, style)).join("\n"));
  return options["detailed-exitcode"] && changes ? EXIT.changes : EXIT.ok;
}
export {
  runShow
};

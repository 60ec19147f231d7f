import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { ToolError } from "../core/errors.js";
import { readPlanFile } from "../core/plan/file.js";
import { hasChanges } from "../core/plan/plan.js";
import type { Plan } from "../core/plan/types.js";
import { renderPlansText, renderPlanText } from "../render/terminal.js";
import { EXIT, type CliIo, type Options } from "./options.js";

/**
 * Prints a plan file as `plan` prints a plan, from the file alone: the plan
 * carries every label and link its renderers need. The reader checks the format
 * version, the shape and the fingerprint first.
 */
export async function runShow(io: CliIo, options: Options, files: readonly string[]): Promise<number> {
  if (files.length !== 1) throw new ToolError("usage", "show takes one plan file: posthog-definitions show plan.json");
  const name = files[0]!;
  const text = await readFile(resolve(io.cwd, name), "utf8").catch((error: unknown) => {
    throw new ToolError("usage", `cannot read ${name}: ${error instanceof Error ? error.message : String(error)}`);
  });
  const shown: Plan[] = [];
  let changes = false;
  for (const [environment, entry] of Object.entries(readPlanFile(text, name).environments)) {
    if ("error" in entry) {
      io.stderr(`${environment}: planning failed: ${entry.error}\n`);
      continue;
    }
    if (entry.offline) io.stderr(`${environment}: an offline plan, of the desired state only (PostHog was not read)\n`);
    shown.push(entry.plan);
    changes ||= hasChanges(entry.plan);
  }
  // Several environments' plans show each change they share once.
  const style = { color: io.color, verbose: options.verbose ?? false };
  io.stdout(shown.length > 1 ? renderPlansText(shown, style) : shown.map((plan) => renderPlanText(plan, style)).join("\n"));
  return options["detailed-exitcode"] && changes ? EXIT.changes : EXIT.ok;
}

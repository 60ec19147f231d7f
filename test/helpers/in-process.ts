import type { ActionHost, AnnotationSite } from "../../src/action/host.js";
import { runAction } from "../../src/action/main.js";
import { runCli } from "../../src/cli/main.js";
import { bundlePath, type CliRun, type CliRunOptions } from "./cli.js";
import { readPlanJson, withRunner, type ActionRunOptions, type ActionRunResult, type WorldRunners } from "./runner-env.js";

/**
 * Runs the CLI's sources in this process (`runCli` with a recording `CliIo`),
 * loading definitions through the worker built from the sources. What the
 * worker relays from definition code goes to this process's stderr, as it goes
 * to the CLI's; the tests of that relay run the CLI as a process.
 */
export async function runCliInProcess(args: string[], options: CliRunOptions): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...options.env },
    cwd: options.cwd,
    color: false,
    workerPath: bundlePath("definitions-worker.js"),
  });
  return { code, stdout, stderr };
}

// Workflow-command escaping, as @actions/core's command.js writes it.
const escapeData = (text: string) => text.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
const escapeProperty = (text: string) => escapeData(text).replaceAll(":", "%3A").replaceAll(",", "%2C");

function command(name: string, message: string, site?: AnnotationSite): string {
  // The keys and their order of @actions/core's toCommandProperties; empty values are left out.
  const properties = site ? { title: site.title, file: site.file, line: site.line, col: site.column } : {};
  const listed = Object.entries(properties)
    .filter(([, value]) => value !== undefined && value !== "" && value !== 0)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
  return `::${name}${listed.length > 0 ? ` ${listed.join(",")}` : ""}::${escapeData(message)}`;
}

/** What a memory host kept of one run. */
export interface MemoryHost {
  host: ActionHost;
  /** The log lines the runner would read, workflow commands included. */
  log: string[];
  outputs: Record<string, string>;
  summary: string;
  failed: boolean;
}

/**
 * An `ActionHost` that keeps in memory what `createRunnerHost` hands the runner:
 * inputs as `core.getInput` reads them (trimmed, "" when unset), each log line,
 * annotation, mask and group as the workflow command `@actions/core` prints,
 * outputs, the job summary, and whether the step was failed.
 */
export function createMemoryHost(inputs: Record<string, string>): MemoryHost {
  const byName = new Map(Object.entries(inputs).map(([name, value]) => [name.toUpperCase(), value]));
  const memory: MemoryHost = {
    log: [],
    outputs: {},
    summary: "",
    failed: false,
    host: {
      input: (name) => (byName.get(name.toUpperCase()) ?? "").trim(),
      info: (text) => void memory.log.push(text),
      debug: (text) => void memory.log.push(command("debug", text)),
      warning: (text, site) => void memory.log.push(command("warning", text, site)),
      error: (text, site) => void memory.log.push(command("error", text, site)),
      async group(name, fn) {
        memory.log.push(`::group::${escapeData(name)}`);
        try {
          return await fn();
        } finally {
          memory.log.push("::endgroup::");
        }
      },
      setSecret: (value) => void memory.log.push(`::add-mask::${escapeData(value)}`),
      setOutput: (name, value) => void (memory.outputs[name] = value),
      appendSummary: async (markdown) => void (memory.summary += `${markdown}\n`),
      fail(message) {
        memory.failed = true;
        memory.log.push(command("error", message));
      },
    },
  };
  return memory;
}

/**
 * Runs the action's sources in this process: `runAction` with the variables
 * the runner would set and a memory host, loading definitions through the
 * worker built from the sources.
 */
export function runActionInProcess(options: ActionRunOptions): Promise<ActionRunResult> {
  return withRunner(options, async ({ env }) => {
    const memory = createMemoryHost(options.inputs);
    await runAction({ env, workerPath: bundlePath("definitions-worker.js"), host: memory.host });
    const stdout = memory.log.map((line) => `${line}\n`).join("");
    return { code: memory.failed ? 1 : 0, stdout, outputs: memory.outputs, summary: memory.summary, planJson: readPlanJson(memory.outputs) };
  });
}

/** The action and the CLI run from the sources in this process. */
export const IN_PROCESS_RUNNERS: WorldRunners = { action: runActionInProcess, cli: runCliInProcess };

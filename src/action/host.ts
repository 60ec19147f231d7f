import * as core from "@actions/core";
import type { InputName } from "./inputs.js";
import type { OutputName } from "./outputs.js";

/** A file position for an annotation, relative to the repository root. */
export interface AnnotationSite {
  file: string;
  line: number;
  column?: number;
  title?: string;
}

/**
 * Everything the action does to the runner: inputs, logs, annotations, masks,
 * outputs and the job summary. Only this module imports `@actions/core`, so the
 * rest of the action is plain code with one seam.
 */
export interface ActionHost {
  input(name: InputName): string;
  info(text: string): void;
  /** Detail shown only when the workflow enables step debug logging. */
  debug(text: string): void;
  warning(text: string, site?: AnnotationSite): void;
  error(text: string, site?: AnnotationSite): void;
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
  /** Registers a value the runner must mask in every log line from now on. */
  setSecret(value: string): void;
  setOutput(name: OutputName, value: string): void;
  appendSummary(markdown: string): Promise<void>;
  fail(message: string): void;
}

function annotation(site?: AnnotationSite): core.AnnotationProperties | undefined {
  if (!site) return undefined;
  return { file: site.file, startLine: site.line, ...(site.column ? { startColumn: site.column } : {}), ...(site.title ? { title: site.title } : {}) };
}

/** The host backed by the real runner (`@actions/core`). */
export function createRunnerHost(): ActionHost {
  return {
    input: (name) => core.getInput(name),
    info: (text) => core.info(text),
    debug: (text) => core.debug(text),
    warning: (text, site) => core.warning(text, annotation(site)),
    error: (text, site) => core.error(text, annotation(site)),
    group: (name, fn) => core.group(name, fn),
    setSecret: (value) => core.setSecret(value),
    setOutput: (name, value) => core.setOutput(name, value),
    appendSummary: async (markdown) => {
      await core.summary.addRaw(markdown, true).write();
    },
    fail: (message) => core.setFailed(message),
  };
}

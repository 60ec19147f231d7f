import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startEmulator, type RunningEmulator } from "../../src/emulator/index.js";
import { bundlePath, copyFixture, ROOT, runCliProcess, type CliRun, type CliRunOptions } from "./cli.js";
import { startGitHubFake, type GitHubFake } from "./github-fake.js";
import { resetEmulator } from "./emulator-control.js";

/** What one run of the action left behind. */
export interface ActionRunResult {
  /** The step's exit code: 1 when the action failed the step. */
  code: number | null;
  /** The log as the runner reads it: plain lines and workflow commands (`::error …::`, `::add-mask::`, …). */
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
  /** Contents of the file the `plan-json` output names, read before the runner's temp dir goes. */
  planJson: string;
  /** Only for a run as a process: what it wrote to stderr. */
  stderr?: string;
  /** Only for a run as a process: the raw `GITHUB_OUTPUT` file, for leak checks. */
  outputFile?: string;
}

/** How to run the action: the event, its payload, inputs and extra variables (secrets mapped to env). */
export interface ActionRunOptions {
  workspace: string;
  githubApiUrl: string;
  eventName: string;
  /** A file under fixtures/github/, or a payload object. */
  event: string | object;
  inputs: Record<string, string>;
  env?: Record<string, string>;
  sha: string;
  runNumber?: number;
}

/** Runs the action once, in this process or as one. */
export type ActionRunner = (options: ActionRunOptions) => Promise<ActionRunResult>;

/** Parses the runner's `GITHUB_OUTPUT` file (`name<<delimiter` heredocs). */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (!match) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== match[2]; i++) value.push(lines[i]!);
    outputs[match[1]!] = value.join("\n");
  }
  return outputs;
}

/** The runner's side of one run: its temp directory, the files in it and the variables it sets. */
export interface RunnerFiles {
  env: Record<string, string>;
  outputPath: string;
  summaryPath: string;
}

/**
 * Sets up what GitHub's runner gives a step: inputs as `INPUT_<NAME>`
 * (uppercased, hyphens kept), the event file, empty output and summary files,
 * `RUNNER_TEMP`, and `GITHUB_API_URL` pointing at the loopback fake; runs the
 * step, then removes the runner's directory.
 */
export async function withRunner<T>(options: ActionRunOptions, step: (runner: RunnerFiles) => Promise<T>): Promise<T> {
  const runner = mkdtempSync(join(tmpdir(), "posthog-runner-"));
  try {
    const eventPath = join(runner, "event.json");
    const payload = typeof options.event === "string" ? readFileSync(join(ROOT, "fixtures", "github", options.event), "utf8") : JSON.stringify(options.event);
    writeFileSync(eventPath, payload);
    const outputPath = join(runner, "output");
    const summaryPath = join(runner, "summary.md");
    writeFileSync(outputPath, "");
    writeFileSync(summaryPath, "");
    const inputs = Object.fromEntries(Object.entries(options.inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]));
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      GITHUB_ACTIONS: "true",
      CI: "true",
      GITHUB_EVENT_NAME: options.eventName,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: "acme/analytics",
      GITHUB_SHA: options.sha,
      GITHUB_REF: "refs/heads/main",
      GITHUB_WORKSPACE: options.workspace,
      GITHUB_SERVER_URL: "https://github.com",
      GITHUB_API_URL: options.githubApiUrl,
      GITHUB_RUN_ID: String(9000 + (options.runNumber ?? 1)),
      GITHUB_RUN_NUMBER: String(options.runNumber ?? 1),
      GITHUB_OUTPUT: outputPath,
      GITHUB_STEP_SUMMARY: summaryPath,
      RUNNER_TEMP: runner,
      POSTHOG_RATE_LIMIT: "off",
      ...inputs,
      ...options.env,
    };
    return await step({ env, outputPath, summaryPath });
  } finally {
    rmSync(runner, { recursive: true, force: true });
  }
}

/** Reads the plan file a run's `plan-json` output names, while the runner's directory still exists. */
export function readPlanJson(outputs: Record<string, string>): string {
  return outputs["plan-json"] ? readFileSync(outputs["plan-json"], "utf8") : "";
}

/**
 * Runs an action bundle as the runner does, `node action.js` with `@actions/core`
 * talking to the real stdout and files: for the tests of what only the process
 * shows (that no secret reaches its stdout, stderr or output file) and the
 * smoke test of `dist/action.js`.
 */
export function runActionProcess(options: ActionRunOptions & { bin?: string }): Promise<ActionRunResult> {
  return withRunner(options, async ({ env, outputPath, summaryPath }) => {
    const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
      const child = spawn(process.execPath, [options.bin ?? bundlePath("action.js")], { cwd: options.workspace, env, stdio: ["ignore", "pipe", "pipe"] });
      let out = "";
      let err = "";
      child.stdout.on("data", (chunk) => (out += String(chunk)));
      child.stderr.on("data", (chunk) => (err += String(chunk)));
      child.on("error", reject);
      child.on("close", (exit) => resolve({ code: exit, stdout: out, stderr: err }));
    });
    const outputFile = readFileSync(outputPath, "utf8");
    const outputs = parseOutputFile(outputFile);
    return { code, stdout, stderr, outputs, outputFile, summary: readFileSync(summaryPath, "utf8"), planJson: readPlanJson(outputs) };
  });
}

/** A throwaway copy of fixtures/action whose posthog.config.ts points both environments at `host`. */
export function copyActionRepo(host: string): ReturnType<typeof copyFixture> {
  const repo = copyFixture("action");
  const config = join(repo.dir, "posthog.config.ts");
  writeFileSync(config, readFileSync(config, "utf8").replaceAll("__POSTHOG_HOST__", host));
  return repo;
}

/** Secrets of the end-to-end world; tests check that none of them ever leaves the runner. */
export const SECRETS = {
  token: "ghs_e2eToken0123456789abcdefABCDEF",
  staging: "phx_e2eStagingKey_5d1c2a9b",
  production: "phx_e2eProductionKey_9e8f7a6c",
} as const;

/** The variables a workflow maps its secrets to, as posthog.config.ts names them. */
export const KEY_ENV = { POSTHOG_STAGING_KEY: SECRETS.staging, POSTHOG_PRODUCTION_KEY: SECRETS.production };

/**
 * The pull request and commits of the scenarios: PR 7 with two pushes, merged as
 * MERGE; a fork's PR 8; and a commit pushed straight to main.
 */
export const SHAS = {
  head1: "1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d",
  head2: "2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e",
  fork: "3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f",
  merge: "e2a1c9f0b8d7c6e5f4a3b2c1d0e9f8a7b6c5d4e3",
  direct: "f00dfeedf00dfeedf00dfeedf00dfeedf00dfeed",
} as const;

/** An emulator serving staging (project 1) and production (project 2), each with its own key. */
export function startActionEmulator(): Promise<RunningEmulator> {
  return startEmulator({
    rateLimits: false,
    projects: [{ id: 1, name: "Staging" }, { id: 2, name: "Production" }],
    keys: [{ key: SECRETS.staging, scopes: ["*"], projectIds: [1] }, { key: SECRETS.production, scopes: ["*"], projectIds: [2] }],
  });
}

/**
 * Makes the copy a git repository with one commit, the base of the world's pull
 * requests: the Action reads the trusted posthog.config.ts from it.
 */
export function commitBase(dir: string): string {
  const env = { ...process.env, GIT_AUTHOR_NAME: "e2e", GIT_AUTHOR_EMAIL: "e2e@example.com", GIT_COMMITTER_NAME: "e2e", GIT_COMMITTER_EMAIL: "e2e@example.com", GIT_AUTHOR_DATE: "2026-01-01T00:00:00Z", GIT_COMMITTER_DATE: "2026-01-01T00:00:00Z" };
  const git = (...args: string[]) => execFileSync("git", ["-C", dir, ...args], { env, encoding: "utf8" });
  git("init", "-q");
  git("add", "-A");
  git("commit", "-q", "-m", "base");
  return git("rev-parse", "HEAD").trim();
}

/** A pull request or merge group event whose base is `baseSha`; other events are passed through unchanged. */
export function withBaseSha(event: string | object, baseSha: string): string | object {
  const payload = typeof event === "string" ? (JSON.parse(readFileSync(join(ROOT, "fixtures", "github", event), "utf8")) as Record<string, any>) : (event as Record<string, any>);
  if (payload.merge_group) return { ...payload, merge_group: { ...payload.merge_group, base_sha: baseSha } };
  if (!payload.pull_request) return event;
  return { ...payload, pull_request: { ...payload.pull_request, base: { ...payload.pull_request.base, sha: baseSha } } };
}

/** How a world runs the action and the CLI: in this process, or as processes. */
export interface WorldRunners {
  action: ActionRunner;
  cli(args: string[], options: CliRunOptions): Promise<CliRun>;
}

/** The bundles (`bundlePath`) as child processes, as the runner and a user's shell run them. */
export const PROCESS_RUNNERS: WorldRunners = { action: (options) => runActionProcess(options), cli: (args, options) => runCliProcess(args, options) };

/** One scenario's world: a fresh emulator state, a GitHub fake with PR 7 (merged as SHAS.merge) and a repo copy. */
export interface ActionWorld {
  github: GitHubFake;
  repo: ReturnType<typeof copyFixture>;
  /** The commit of the repo copy as created: the base of pull request events. */
  baseSha: string;
  /** Runs the action in the repo with the token and, unless `env` overrides them, both keys. */
  run(options: { eventName: string; event: string | object; sha: string; inputs?: Record<string, string>; env?: Record<string, string>; runNumber?: number }): Promise<ActionRunResult>;
  /** Applies the repo's definitions to one environment with the CLI, as a known starting state. */
  seed(environment: "staging" | "production"): Promise<void>;
  /** Calls the emulator's API for one project as a user in the PostHog UI would. */
  api(project: 1 | 2, method: string, path: string, body?: unknown): Promise<any>;
  close(): Promise<void>;
}

/** Options of a world: a read-only token or another login for the GitHub fake, and how to run (as processes unless given). */
export interface ActionWorldOptions {
  readOnly?: boolean;
  viewer?: string;
  runners?: WorldRunners;
}

/** Resets the emulator and builds a fresh world around it. */
export async function createActionWorld(emulator: RunningEmulator, { runners = PROCESS_RUNNERS, ...options }: ActionWorldOptions = {}): Promise<ActionWorld> {
  await resetEmulator(emulator);
  emulator.clearRequests();
  const github = await startGitHubFake({ token: SECRETS.token, ...options });
  github.addPullRequest({ number: 7, merged: true, mergeCommitSha: SHAS.merge, commits: [SHAS.head1, SHAS.head2] });
  const repo = copyActionRepo(emulator.url);
  const baseSha = commitBase(repo.dir);
  return {
    github,
    repo,
    baseSha,
    run: (run) =>
      runners.action({
        workspace: repo.dir,
        githubApiUrl: github.url,
        eventName: run.eventName,
        event: withBaseSha(run.event, baseSha),
        sha: run.sha,
        inputs: { "github-token": SECRETS.token, "allowed-hosts": emulator.url, ...run.inputs },
        env: { ...KEY_ENV, ...run.env },
        runNumber: run.runNumber ?? 1,
      }),
    async seed(environment) {
      const result = await runners.cli(["apply", "--environment", environment], { cwd: repo.dir, env: { ...KEY_ENV, POSTHOG_RATE_LIMIT: "off" } });
      if (result.code !== 0) throw new Error(`seeding ${environment} failed: ${result.stderr}`);
      emulator.clearRequests();
    },
    async api(project, method, path, body) {
      const response = await fetch(`${emulator.url}/api/projects/${project}/${path}`, {
        method,
        headers: { authorization: `Bearer ${project === 1 ? SECRETS.staging : SECRETS.production}`, "content-type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      if (response.status >= 400) throw new Error(`${method} ${path}: ${response.status} ${text}`);
      return text ? JSON.parse(text) : undefined;
    },
    async close() {
      await github.close();
      repo.cleanup();
    },
  };
}

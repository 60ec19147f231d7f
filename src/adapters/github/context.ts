import { readFile } from "node:fs/promises";

/** The pull request a run is about, as far as trust and provenance go. */
export interface PullRequestInfo {
  number: number;
  headSha: string;
  /** True when the head branch lives in another repository (a fork), or its repository is gone. */
  fromFork: boolean;
}

/**
 * Everything the action needs from the runner's environment and the event file,
 * read once into plain values so nothing else touches `process.env` or the
 * webhook payload.
 */
export interface RunContext {
  eventName: string;
  owner: string;
  repo: string;
  /** The commit this run is for: the PR head on pull requests, else `GITHUB_SHA`. */
  sha: string;
  workspace: string;
  apiUrl: string;
  /** Link to this workflow run, for comments and issues. */
  runUrl?: string;
  runLabel: string;
  pullRequest?: PullRequestInfo;
}

type Payload = {
  pull_request?: {
    number?: number;
    head?: { sha?: string; repo?: { fork?: boolean; full_name?: string } | null };
    base?: { repo?: { full_name?: string } };
  };
};

/** Reads the run context from the runner's variables and `GITHUB_EVENT_PATH`. */
export async function readRunContext(env: Record<string, string | undefined>): Promise<RunContext> {
  const repository = env.GITHUB_REPOSITORY ?? "";
  const [owner, repo] = repository.split("/");
  if (!owner || !repo) throw new Error(`GITHUB_REPOSITORY must be "owner/name"; got "${repository}"`);
  const payload: Payload = env.GITHUB_EVENT_PATH ? (JSON.parse(await readFile(env.GITHUB_EVENT_PATH, "utf8")) as Payload) : {};
  const pr = payload.pull_request;
  const serverUrl = (env.GITHUB_SERVER_URL ?? "https://github.com").replace(/\/+$/, "");
  const runUrl = env.GITHUB_RUN_ID ? `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` : undefined;
  const context: RunContext = {
    eventName: env.GITHUB_EVENT_NAME ?? "",
    owner,
    repo,
    sha: pr?.head?.sha ?? env.GITHUB_SHA ?? "",
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    apiUrl: (env.GITHUB_API_URL ?? "https://api.github.com").replace(/\/+$/, ""),
    runLabel: env.GITHUB_RUN_NUMBER ? `run #${env.GITHUB_RUN_NUMBER}` : "this run",
    ...(runUrl ? { runUrl } : {}),
  };
  if (pr && typeof pr.number === "number") {
    const headRepo = pr.head?.repo;
    context.pullRequest = {
      number: pr.number,
      headSha: pr.head?.sha ?? "",
      fromFork: !headRepo || headRepo.fork === true || headRepo.full_name !== (pr.base?.repo?.full_name ?? repository),
    };
  }
  return context;
}

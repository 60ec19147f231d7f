import { readFile } from "node:fs/promises";

/** The pull request a run is about, as far as trust and provenance go. */
export interface PullRequestInfo {
  number: number;
  headSha: string;
  /** True when the head branch lives in another repository (a fork), or its repository is gone. */
  fromFork: boolean;
  /** The base branch's commit the event names: its config file is the trusted one. */
  baseSha?: string;
}

/** A merge queue's candidate commit: the merged result of the pull request at the head of the group. */
export interface MergeGroupInfo {
  headSha: string;
  headRef: string;
  /** The pull request the group was built for, read from the queue's branch name (`gh-readonly-queue/main/pr-7-…`). */
  pullRequest?: number;
  /** The target branch's commit the group was built on: its config file is the trusted one. */
  baseSha?: string;
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
  /** The commit this run is for: the merge group's head, the PR head on pull requests, else `GITHUB_SHA`. */
  sha: string;
  workspace: string;
  /** `GITHUB_REF`: on schedule and dispatch runs, the branch whose commit `sha` is (the base of an adopt-drift pull request). */
  ref: string;
  apiUrl: string;
  /** Link to this workflow run, for comments and issues. */
  runUrl?: string;
  runLabel: string;
  pullRequest?: PullRequestInfo;
  mergeGroup?: MergeGroupInfo;
}

type Payload = {
  pull_request?: {
    number?: number;
    head?: { sha?: string; repo?: { fork?: boolean; full_name?: string } | null };
    base?: { sha?: string; repo?: { full_name?: string } };
  };
  merge_group?: { head_sha?: string; head_ref?: string; base_sha?: string };
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
    sha: payload.merge_group?.head_sha ?? pr?.head?.sha ?? env.GITHUB_SHA ?? "",
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    ref: env.GITHUB_REF ?? "",
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
      ...(typeof pr.base?.sha === "string" && /^[0-9a-f]{40}$/.test(pr.base.sha) ? { baseSha: pr.base.sha } : {}),
    };
  }
  const group = payload.merge_group;
  if (group?.head_sha && typeof group.head_ref === "string") {
    const number = /\/pr-(\d+)-[0-9a-f]+$/.exec(group.head_ref)?.[1];
    context.mergeGroup = {
      headSha: group.head_sha,
      headRef: group.head_ref,
      ...(number ? { pullRequest: Number(number) } : {}),
      ...(typeof group.base_sha === "string" && /^[0-9a-f]{40}$/.test(group.base_sha) ? { baseSha: group.base_sha } : {}),
    };
  }
  return context;
}

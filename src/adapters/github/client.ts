import { Octokit } from "@octokit/rest";
import { ToolError } from "../../core/errors.js";

/** An issue or pull-request comment, reduced to what the action reads. */
export interface GitHubComment {
  id: number;
  body: string;
  author: string;
  url: string;
}

/** An issue, reduced to what the drift lifecycle reads. */
export interface GitHubIssue {
  number: number;
  title: string;
  body: string;
  state: "open" | "closed";
  author: string;
  url: string;
}

/** A pull request associated with a commit. */
export interface CommitPullRequest {
  number: number;
  mergedAt?: string;
  mergeCommitSha?: string;
}

/** A completed check run, as the action reports one per environment. */
export interface CheckRunReport {
  name: string;
  headSha: string;
  conclusion: "success" | "failure" | "neutral";
  title: string;
  /** Markdown, at most 65,535 characters. */
  summary: string;
  detailsUrl?: string;
  externalId?: string;
}

/** A pull request as the adopt-drift lifecycle reads it. */
export interface GitHubPullRequest {
  number: number;
  body: string;
  state: "open" | "closed";
  merged: boolean;
  author: string;
  url: string;
}

/** One file of a commit the action writes through the git data API: UTF-8 text at a repository path. */
export interface GitFile {
  path: string;
  content: string;
}

/**
 * The GitHub REST calls the action makes, for one repository. Lists are always
 * read to the last page, because a sticky comment or a drift issue hidden on
 * page two would otherwise be duplicated. Every failure is a {@link GitHubApiError}.
 */
export interface GitHubApi {
  /** Login of the token's own account; GitHub App and Actions tokens cannot read it, so they fall back to `github-actions[bot]`. */
  viewerLogin(): Promise<string>;
  listComments(issue: number): Promise<GitHubComment[]>;
  createComment(issue: number, body: string): Promise<GitHubComment>;
  updateComment(id: number, body: string): Promise<GitHubComment>;
  /** Deletes a comment; one that is already gone counts as deleted. */
  deleteComment(id: number): Promise<void>;
  pullRequestsForCommit(sha: string): Promise<CommitPullRequest[]>;
  /** Issues (never pull requests) carrying a label, open and closed. */
  listIssues(label: string): Promise<GitHubIssue[]>;
  createIssue(issue: { title: string; body: string; labels: string[] }): Promise<GitHubIssue>;
  updateIssue(issue: number, change: { title?: string; body?: string; state?: "open" | "closed"; stateReason?: "completed" | "reopened" }): Promise<GitHubIssue>;
  createCheckRun(check: CheckRunReport): Promise<{ id: number; url: string }>;
  listLabels(issue: number): Promise<string[]>;
  addLabels(issue: number, labels: readonly string[]): Promise<void>;
  /** Removes a label; one that is not there counts as removed. */
  removeLabel(issue: number, label: string): Promise<void>;
  /** The tree of a commit, the base of a commit the action writes on top of it. */
  commitTree(sha: string): Promise<string>;
  /** Writes the files over `baseTree` in one tree (their blobs inline) and one commit on `parent`; answers the commit's SHA. */
  commitFiles(change: { baseTree: string; parent: string; message: string; files: readonly GitFile[] }): Promise<string>;
  /** The commit a branch points at; undefined when there is no such branch. */
  branchHead(branch: string): Promise<string | undefined>;
  /** Points a branch at a commit, creating the branch or moving it (forced: the branch is the action's own). */
  setBranch(branch: string, sha: string, exists: boolean): Promise<void>;
  /** Deletes a branch; one that is already gone counts as deleted. */
  deleteBranch(branch: string): Promise<void>;
  /** Pull requests, open and closed, whose head is `branch` of this repository. */
  listPullRequests(branch: string): Promise<GitHubPullRequest[]>;
  createPullRequest(pull: { title: string; body: string; head: string; base: string }): Promise<GitHubPullRequest>;
  updatePullRequest(pull: number, change: { title?: string; body?: string; state?: "open" | "closed" }): Promise<GitHubPullRequest>;
}

/** The login GitHub uses for comments written with the workflow's `GITHUB_TOKEN`. */
const ACTIONS_BOT_LOGIN = "github-actions[bot]";

/**
 * A GitHub call that failed, with the real cause: GitHub's own status and
 * message, or, when GitHub could not be reached at all, the network error
 * (which has no status).
 */
export class GitHubApiError extends ToolError {
  readonly status: number | undefined;

  constructor(message: string, status?: number) {
    super("github", message);
    this.name = "GitHubApiError";
    this.status = status;
  }
}

/** The HTTP status of a failed GitHub call; undefined when GitHub was not reached, or for other errors. */
export function gitHubStatusOf(error: unknown): number | undefined {
  return error instanceof GitHubApiError ? error.status : undefined;
}

type RawError = { status?: unknown; message?: unknown; response?: { data?: unknown } };

function detailOf(data: unknown): string {
  if (typeof data !== "object" || data === null) return "";
  const { message, errors } = data as { message?: unknown; errors?: unknown };
  const details = Array.isArray(errors) ? errors.map((e) => (typeof e === "string" ? e : typeof e?.message === "string" ? e.message : "")).filter(Boolean) : [];
  return [typeof message === "string" ? message : "", ...details].filter(Boolean).join(": ");
}

/**
 * Octokit reports a refused connection as status 500 without a response; that
 * is told apart here, so nobody reads "GitHub answered 500" for a network error.
 */
function toGitHubError(error: unknown, what: string, baseUrl: string): unknown {
  const raw = error as RawError | null;
  if (typeof raw?.status !== "number") return error;
  const message = typeof raw.message === "string" ? raw.message : String(error);
  if (!raw.response) return new GitHubApiError(`could not reach GitHub at ${baseUrl} to ${what}: ${message}`);
  const detail = detailOf(raw.response.data);
  return new GitHubApiError(`GitHub refused to ${what} (${raw.status}${detail ? ` ${detail}` : ""})`, raw.status);
}

type RawComment = { id: number; body?: string | null; user?: { login?: string } | null; html_url: string };
type RawIssue = { number: number; title: string; body?: string | null; state: string; user?: { login?: string } | null; html_url: string; pull_request?: unknown };

type RawPull = { number: number; body?: string | null; state: string; merged_at?: string | null; user?: { login?: string } | null; html_url: string };

function toPull(raw: RawPull): GitHubPullRequest {
  return { number: raw.number, body: raw.body ?? "", state: raw.state === "closed" ? "closed" : "open", merged: Boolean(raw.merged_at), author: raw.user?.login ?? "", url: raw.html_url };
}

function toComment(raw: RawComment): GitHubComment {
  return { id: raw.id, body: raw.body ?? "", author: raw.user?.login ?? "", url: raw.html_url };
}

function toIssue(raw: RawIssue): GitHubIssue {
  return { number: raw.number, title: raw.title, body: raw.body ?? "", state: raw.state === "closed" ? "closed" : "open", author: raw.user?.login ?? "", url: raw.html_url };
}

/**
 * Builds the client on `@octokit/rest` with the base URL from `GITHUB_API_URL`,
 * so GitHub Enterprise works and tests can point it at a loopback fake.
 */
export function createGitHubApi(options: { token: string; baseUrl: string; owner: string; repo: string }): GitHubApi {
  const octokit = new Octokit({ auth: options.token, baseUrl: options.baseUrl, userAgent: "posthog-definitions-action", log: { debug() {}, info() {}, warn() {}, error() {} } });
  const repo = { owner: options.owner, repo: options.repo };
  const call = async <T>(what: string, work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      throw toGitHubError(error, what, options.baseUrl);
    }
  };
  const gone = (error: unknown) => gitHubStatusOf(error) === 404;
  return {
    viewerLogin: () =>
      call("read the token's account", async () => {
        try {
          const { data } = await octokit.rest.users.getAuthenticated();
          return data.login;
        } catch (error) {
          const status = (error as RawError | null)?.status;
          if ((status === 403 || status === 404) && (error as RawError).response) return ACTIONS_BOT_LOGIN;
          throw error;
        }
      }),
    listComments: (issue) =>
      call(`list the comments of #${issue}`, async () => (await octokit.paginate(octokit.rest.issues.listComments, { ...repo, issue_number: issue, per_page: 100 })).map(toComment)),
    createComment: (issue, body) => call(`comment on #${issue}`, async () => toComment((await octokit.rest.issues.createComment({ ...repo, issue_number: issue, body })).data)),
    updateComment: (id, body) => call(`edit comment ${id}`, async () => toComment((await octokit.rest.issues.updateComment({ ...repo, comment_id: id, body })).data)),
    async deleteComment(id) {
      try {
        await call(`delete comment ${id}`, () => octokit.rest.issues.deleteComment({ ...repo, comment_id: id }));
      } catch (error) {
        if (!gone(error)) throw error;
      }
    },
    pullRequestsForCommit: (sha) =>
      call(`find the pull request of commit ${sha.slice(0, 7)}`, async () => {
        const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({ ...repo, commit_sha: sha, per_page: 100 });
        return data.map((pr) => ({ number: pr.number, ...(pr.merged_at ? { mergedAt: pr.merged_at } : {}), ...(pr.merge_commit_sha ? { mergeCommitSha: pr.merge_commit_sha } : {}) }));
      }),
    listIssues: (label) =>
      call(`list the issues labelled ${label}`, async () => {
        const rows = await octokit.paginate(octokit.rest.issues.listForRepo, { ...repo, labels: label, state: "all", per_page: 100 });
        return rows.filter((row) => !row.pull_request).map(toIssue);
      }),
    createIssue: (issue) => call("open an issue", async () => toIssue((await octokit.rest.issues.create({ ...repo, ...issue })).data)),
    updateIssue: (issue, change) =>
      call(`edit issue #${issue}`, async () => {
        const { data } = await octokit.rest.issues.update({
          ...repo,
          issue_number: issue,
          ...(change.title !== undefined ? { title: change.title } : {}),
          ...(change.body !== undefined ? { body: change.body } : {}),
          ...(change.state ? { state: change.state } : {}),
          ...(change.stateReason ? { state_reason: change.stateReason } : {}),
        });
        return toIssue(data);
      }),
    createCheckRun: (check) =>
      call(`create the check run "${check.name}"`, async () => {
        const { data } = await octokit.rest.checks.create({
          ...repo,
          name: check.name,
          head_sha: check.headSha,
          status: "completed",
          conclusion: check.conclusion,
          ...(check.detailsUrl ? { details_url: check.detailsUrl } : {}),
          ...(check.externalId ? { external_id: check.externalId } : {}),
          output: { title: check.title, summary: check.summary },
        });
        return { id: data.id, url: data.html_url ?? "" };
      }),
    listLabels: (issue) =>
      call(`list the labels of #${issue}`, async () => (await octokit.paginate(octokit.rest.issues.listLabelsOnIssue, { ...repo, issue_number: issue, per_page: 100 })).map((l) => l.name)),
    async addLabels(issue, labels) {
      await call(`label #${issue}`, () => octokit.rest.issues.addLabels({ ...repo, issue_number: issue, labels: [...labels] }));
    },
    async removeLabel(issue, label) {
      try {
        await call(`remove the label ${label} from #${issue}`, () => octokit.rest.issues.removeLabel({ ...repo, issue_number: issue, name: label }));
      } catch (error) {
        if (!gone(error)) throw error;
      }
    },
    commitTree: (sha) => call(`read commit ${sha.slice(0, 7)}`, async () => (await octokit.rest.git.getCommit({ ...repo, commit_sha: sha })).data.tree.sha),
    commitFiles: (change) =>
      call(`write a commit of ${change.files.length} file(s)`, async () => {
        const tree = await octokit.rest.git.createTree({ ...repo, base_tree: change.baseTree, tree: change.files.map((f) => ({ path: f.path, mode: "100644" as const, type: "blob" as const, content: f.content })) });
        return (await octokit.rest.git.createCommit({ ...repo, message: change.message, tree: tree.data.sha, parents: [change.parent] })).data.sha;
      }),
    async branchHead(branch) {
      try {
        return await call(`read the branch ${branch}`, async () => (await octokit.rest.git.getRef({ ...repo, ref: `heads/${branch}` })).data.object.sha);
      } catch (error) {
        if (gone(error)) return undefined;
        throw error;
      }
    },
    async setBranch(branch, sha, exists) {
      await call(`${exists ? "move" : "create"} the branch ${branch}`, async () => {
        if (exists) await octokit.rest.git.updateRef({ ...repo, ref: `heads/${branch}`, sha, force: true });
        else await octokit.rest.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha });
      });
    },
    async deleteBranch(branch) {
      try {
        await call(`delete the branch ${branch}`, () => octokit.rest.git.deleteRef({ ...repo, ref: `heads/${branch}` }));
      } catch (error) {
        // GitHub answers 422 "Reference does not exist" for a branch already deleted.
        if (!gone(error) && gitHubStatusOf(error) !== 422) throw error;
      }
    },
    listPullRequests: (branch) =>
      call(`list the pull requests of ${branch}`, async () => (await octokit.paginate(octokit.rest.pulls.list, { ...repo, head: `${options.owner}:${branch}`, state: "all", per_page: 100 })).map(toPull)),
    createPullRequest: (pull) => call(`open a pull request from ${pull.head}`, async () => toPull((await octokit.rest.pulls.create({ ...repo, ...pull })).data)),
    updatePullRequest: (pull, change) => call(`edit pull request #${pull}`, async () => toPull((await octokit.rest.pulls.update({ ...repo, pull_number: pull, ...change })).data)),
  };
}

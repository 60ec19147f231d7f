import { Octokit } from "@octokit/rest";

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

/**
 * The GitHub REST calls the action makes, for one repository. Lists are always
 * read to the last page, because a sticky comment or a drift issue hidden on
 * page two would otherwise be duplicated.
 */
export interface GitHubApi {
  /** Login of the token's own account; GitHub App and Actions tokens cannot read it, so they fall back to `github-actions[bot]`. */
  viewerLogin(): Promise<string>;
  listComments(issue: number): Promise<GitHubComment[]>;
  createComment(issue: number, body: string): Promise<GitHubComment>;
  updateComment(id: number, body: string): Promise<GitHubComment>;
  pullRequestsForCommit(sha: string): Promise<CommitPullRequest[]>;
  /** Issues (never pull requests) carrying a label, open and closed. */
  listIssues(label: string): Promise<GitHubIssue[]>;
  createIssue(issue: { title: string; body: string; labels: string[] }): Promise<GitHubIssue>;
  updateIssue(issue: number, change: { title?: string; body?: string; state?: "open" | "closed"; stateReason?: "completed" | "reopened" }): Promise<GitHubIssue>;
}

/** The login GitHub uses for comments written with the workflow's `GITHUB_TOKEN`. */
const ACTIONS_BOT_LOGIN = "github-actions[bot]";

/** The HTTP status of a failed GitHub call, or undefined for other errors. */
export function gitHubStatusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === "number" ? status : undefined;
}

type RawComment = { id: number; body?: string | null; user?: { login?: string } | null; html_url: string };
type RawIssue = { number: number; title: string; body?: string | null; state: string; user?: { login?: string } | null; html_url: string; pull_request?: unknown };

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
  return {
    async viewerLogin() {
      try {
        const { data } = await octokit.rest.users.getAuthenticated();
        return data.login;
      } catch (error) {
        if (gitHubStatusOf(error) === 403 || gitHubStatusOf(error) === 404) return ACTIONS_BOT_LOGIN;
        throw error;
      }
    },
    async listComments(issue) {
      const rows = await octokit.paginate(octokit.rest.issues.listComments, { ...repo, issue_number: issue, per_page: 100 });
      return rows.map(toComment);
    },
    async createComment(issue, body) {
      const { data } = await octokit.rest.issues.createComment({ ...repo, issue_number: issue, body });
      return toComment(data);
    },
    async updateComment(id, body) {
      const { data } = await octokit.rest.issues.updateComment({ ...repo, comment_id: id, body });
      return toComment(data);
    },
    async pullRequestsForCommit(sha) {
      const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({ ...repo, commit_sha: sha, per_page: 100 });
      return data.map((pr) => ({ number: pr.number, ...(pr.merged_at ? { mergedAt: pr.merged_at } : {}), ...(pr.merge_commit_sha ? { mergeCommitSha: pr.merge_commit_sha } : {}) }));
    },
    async listIssues(label) {
      const rows = await octokit.paginate(octokit.rest.issues.listForRepo, { ...repo, labels: label, state: "all", per_page: 100 });
      return rows.filter((row) => !row.pull_request).map(toIssue);
    },
    async createIssue(issue) {
      const { data } = await octokit.rest.issues.create({ ...repo, ...issue });
      return toIssue(data);
    },
    async updateIssue(issue, change) {
      const { data } = await octokit.rest.issues.update({
        ...repo,
        issue_number: issue,
        ...(change.title !== undefined ? { title: change.title } : {}),
        ...(change.body !== undefined ? { body: change.body } : {}),
        ...(change.state ? { state: change.state } : {}),
        ...(change.stateReason ? { state_reason: change.stateReason } : {}),
      });
      return toIssue(data);
    },
  };
}

import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createFakeGit, type FakePullRecord } from "./github-fake-git.js";

/** One request as the fake received it. */
export interface RecordedGitHubRequest {
  method: string;
  path: string;
  query: string;
  body: string;
  status: number;
}

interface User {
  login: string;
  type: "User" | "Bot";
}

interface FakeComment {
  id: number;
  issue: number;
  body: string;
  user: User;
}

interface FakeIssue {
  number: number;
  title: string;
  body: string;
  state: "open" | "closed";
  state_reason: string | null;
  labels: string[];
  user: User;
  pull: boolean;
}

interface FakeCheckRun {
  id: number;
  name: string;
  head_sha: string;
  status: string;
  conclusion: string | null;
  details_url: string | null;
  external_id: string | null;
  output: { title: string | null; summary: string | null; text: string | null };
}

/** How the fake behaves: which token it accepts and who that token is. */
export interface GitHubFakeOptions {
  token: string;
  owner?: string;
  repo?: string;
  /** Login `GET /user` returns; undefined answers 403 like a `GITHUB_TOKEN` (which comments as github-actions[bot]). */
  viewer?: string;
  /** Answer every write with 403 "Resource not accessible by integration", like a fork's token. */
  readOnly?: boolean;
}

/** Write permissions a workflow's `permissions:` block may withhold, each refused with 403 as GitHub does. */
export type GitHubScope = "checks" | "pull-requests" | "contents";

/** A running fake: its URL, its state and the requests it saw. */
export interface GitHubFake {
  url: string;
  requests: RecordedGitHubRequest[];
  /** Declares a pull request; `commits` are the SHAs `GET /commits/:sha/pulls` finds it by. */
  addPullRequest(pull: { number: number; mergeCommitSha?: string; merged?: boolean; commits?: string[] }): void;
  addComment(issue: number, body: string, login: string): number;
  comments(issue: number): { id: number; body: string; login: string }[];
  issues(): { number: number; title: string; body: string; state: string; labels: string[]; login: string }[];
  /** Labels on an issue or pull request. */
  labels(issue: number): string[];
  checkRuns(): FakeCheckRun[];
  /** Declares a commit under the SHA a test uses for it, holding `files` (path → content), optionally as a branch's head. */
  addCommit(sha: string, files: Record<string, string>, branch?: string): void;
  /** The commit a branch points at, or undefined when there is no such branch. */
  branch(name: string): string | undefined;
  /** Every file of a commit, path → content. */
  files(sha: string): Record<string, string>;
  commit(sha: string): { parents: string[]; message: string } | undefined;
  /** Pull requests opened through the API (not the ones `addPullRequest` declares). */
  pullRequests(): { number: number; title: string; body: string; state: string; head: string; base: string; login: string }[];
  setReadOnly(readOnly: boolean): void;
  /** Refuses writes that need these scopes (comments and labels on pull requests need pull-requests: write). */
  deny(scopes: readonly GitHubScope[]): void;
  clearRequests(): void;
  close(): Promise<void>;
}

const ACTIONS_BOT: User = { login: "github-actions[bot]", type: "Bot" };

/** GitHub's answer to a body over its limit, as its REST API sends it. */
function tooLong(resource: string, field: string, limit: number) {
  return {
    status: 422,
    json: {
      message: "Validation Failed",
      errors: [{ resource, code: "custom", field, message: `${field} is too long (maximum is ${limit} characters)` }],
      documentation_url: "https://docs.github.com/rest",
      status: "422",
    },
  };
}

/** GitHub counts characters, not bytes or UTF-16 units. */
const characters = (text: string) => [...text].length;

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = "";
    request.setEncoding("utf8");
    request.on("data", (chunk: string) => (text += chunk));
    request.on("end", () => resolve(text));
    request.on("error", reject);
  });
}

/**
 * A loopback GitHub REST API that keeps issues, pull requests, comments and
 * labels in memory, paginates like GitHub (30 per page by default, `Link`
 * headers) and records every request, so tests assert on what the action sent.
 */
export async function startGitHubFake(options: GitHubFakeOptions): Promise<GitHubFake> {
  const owner = options.owner ?? "acme";
  const repo = options.repo ?? "analytics";
  const viewer: User = options.viewer ? { login: options.viewer, type: "User" } : ACTIONS_BOT;
  let readOnly = options.readOnly ?? false;
  let denied = new Set<GitHubScope>();
  const requests: RecordedGitHubRequest[] = [];
  const checkRuns: FakeCheckRun[] = [];
  const issues = new Map<number, FakeIssue>();
  const comments: FakeComment[] = [];
  const pulls: FakePullRecord[] = [];
  let nextComment = 1000;
  let clock = Date.UTC(2026, 0, 1);
  let base = "";

  const tick = () => new Date((clock += 1000)).toISOString();
  const html = (path: string) => `https://github.com/${owner}/${repo}/${path}`;
  const userJson = (u: User) => ({ login: u.login, type: u.type, id: u.login.length });
  const commentJson = (c: FakeComment) => ({
    id: c.id,
    body: c.body,
    user: userJson(c.user),
    html_url: html(`pull/${c.issue}#issuecomment-${c.id}`),
    issue_url: `${base}/repos/${owner}/${repo}/issues/${c.issue}`,
    created_at: tick(),
    updated_at: tick(),
  });
  const issueJson = (i: FakeIssue) => ({
    number: i.number,
    title: i.title,
    body: i.body,
    state: i.state,
    state_reason: i.state_reason,
    labels: i.labels.map((name) => ({ name })),
    user: userJson(i.user),
    html_url: html(`${i.pull ? "pull" : "issues"}/${i.number}`),
    ...(i.pull ? { pull_request: { url: `${base}/repos/${owner}/${repo}/pulls/${i.number}` } } : {}),
  });
  const nextIssueNumber = () => Math.max(0, ...issues.keys()) + 1;

  const paginate = <T>(url: URL, rows: T[], response: ServerResponse): T[] => {
    const perPage = Math.min(100, Number(url.searchParams.get("per_page") ?? 30));
    const page = Number(url.searchParams.get("page") ?? 1);
    if (page * perPage < rows.length) {
      const next = new URL(url.toString());
      next.searchParams.set("page", String(page + 1));
      response.setHeader("link", `<${base}${next.pathname}${next.search}>; rel="next"`);
    }
    return rows.slice((page - 1) * perPage, page * perPage);
  };
  const forbidden = { status: 403, json: { message: "Resource not accessible by integration", documentation_url: "https://docs.github.com/rest", status: "403" } };
  const git = createFakeGit({
    owner,
    repo,
    base: () => base,
    tick,
    html,
    viewer,
    userJson,
    pulls,
    openIssue(pull) {
      const number = nextIssueNumber();
      issues.set(number, { number, title: pull.title, body: pull.body, state: "open", state_reason: null, labels: [], user: viewer, pull: true });
      return number;
    },
    issue: (number) => issues.get(number),
    denied: (scope) => denied.has(scope),
    forbidden,
    tooLong,
    paginate,
  });

  const route = async (method: string, url: URL, body: Record<string, unknown>, response: ServerResponse): Promise<{ status: number; json?: unknown }> => {
    const path = url.pathname;
    if (method === "GET" && path === "/user") {
      return options.viewer ? { status: 200, json: userJson(viewer) } : { status: 403, json: { message: "Resource not accessible by integration" } };
    }
    const prefix = `/repos/${owner}/${repo}`;
    if (!path.startsWith(`${prefix}/`)) return { status: 404, json: { message: "Not Found" } };
    const rest = path.slice(prefix.length);
    if (method !== "GET" && readOnly) return forbidden;

    if (rest === "/check-runs" && method === "POST") {
      if (denied.has("checks")) return forbidden;
      if (typeof body.name !== "string" || typeof body.head_sha !== "string" || !/^[0-9a-f]{40}$/.test(body.head_sha)) return { status: 422, json: { message: "Validation Failed" } };
      const status = typeof body.status === "string" ? body.status : "queued";
      const conclusions = ["action_required", "cancelled", "failure", "neutral", "success", "skipped", "stale", "timed_out"];
      if (status === "completed" && !conclusions.includes(String(body.conclusion))) return { status: 422, json: { message: "Validation Failed", errors: [{ resource: "CheckRun", field: "conclusion", code: "missing" }] } };
      const output = (body.output ?? {}) as Record<string, unknown>;
      if (body.output !== undefined && (typeof output.title !== "string" || typeof output.summary !== "string")) return { status: 422, json: { message: "Validation Failed" } };
      if (typeof output.summary === "string" && characters(output.summary) > 65_535) return tooLong("CheckRun", "summary", 65_535);
      const run: FakeCheckRun = {
        id: 5000 + checkRuns.length,
        name: body.name,
        head_sha: body.head_sha,
        status,
        conclusion: status === "completed" ? String(body.conclusion) : null,
        details_url: typeof body.details_url === "string" ? body.details_url : null,
        external_id: typeof body.external_id === "string" ? body.external_id : null,
        output: { title: typeof output.title === "string" ? output.title : null, summary: typeof output.summary === "string" ? output.summary : null, text: typeof output.text === "string" ? output.text : null },
      };
      checkRuns.push(run);
      return { status: 201, json: { ...run, html_url: html(`runs/${run.id}`), started_at: tick(), completed_at: status === "completed" ? tick() : null } };
    }

    let match = /^\/commits\/([0-9a-f]+)\/pulls$/.exec(rest);
    if (match && method === "GET") {
      const sha = match[1]!;
      const found = pulls.filter((p) => p.merge_commit_sha === sha || p.commits.includes(sha));
      return { status: 200, json: found.map((p) => ({ number: p.number, state: p.merged_at ? "closed" : "open", merged_at: p.merged_at, merge_commit_sha: p.merge_commit_sha, html_url: html(`pull/${p.number}`) })) };
    }
    match = /^\/issues\/(\d+)\/comments$/.exec(rest);
    if (match) {
      const issue = Number(match[1]);
      if (!issues.has(issue)) return { status: 404, json: { message: "Not Found" } };
      if (method === "GET") return { status: 200, json: paginate(url, comments.filter((c) => c.issue === issue), response).map(commentJson) };
      if (method === "POST") {
        if (issues.get(issue)!.pull && denied.has("pull-requests")) return forbidden;
        if (typeof body.body !== "string") return { status: 422, json: { message: "Validation Failed" } };
        if (characters(body.body) > 65_536) return tooLong("IssueComment", "body", 65_536);
        const comment = { id: nextComment++, issue, body: body.body, user: viewer };
        comments.push(comment);
        return { status: 201, json: commentJson(comment) };
      }
    }
    match = /^\/issues\/comments\/(\d+)$/.exec(rest);
    if (match && (method === "PATCH" || method === "DELETE")) {
      const comment = comments.find((c) => c.id === Number(match![1]));
      if (!comment) return { status: 404, json: { message: "Not Found" } };
      if (comment.user.login !== viewer.login) return forbidden;
      if (issues.get(comment.issue)?.pull && denied.has("pull-requests")) return forbidden;
      if (method === "DELETE") {
        comments.splice(comments.indexOf(comment), 1);
        return { status: 204 };
      }
      if (typeof body.body !== "string") return { status: 422, json: { message: "Validation Failed" } };
      if (characters(body.body) > 65_536) return tooLong("IssueComment", "body", 65_536);
      comment.body = body.body;
      return { status: 200, json: commentJson(comment) };
    }
    match = /^\/issues\/(\d+)\/labels(?:\/([^/]+))?$/.exec(rest);
    if (match) {
      const issue = issues.get(Number(match[1]));
      if (!issue) return { status: 404, json: { message: "Not Found" } };
      const labelJson = (name: string) => ({ id: name.length, name, color: "ededed", default: false });
      if (method === "GET" && !match[2]) return { status: 200, json: paginate(url, issue.labels, response).map(labelJson) };
      if (issue.pull && denied.has("pull-requests")) return forbidden;
      if (method === "POST" && !match[2]) {
        if (!Array.isArray(body.labels) || body.labels.some((l) => typeof l !== "string")) return { status: 422, json: { message: "Validation Failed" } };
        for (const label of body.labels as string[]) if (!issue.labels.includes(label)) issue.labels.push(label);
        return { status: 200, json: issue.labels.map(labelJson) };
      }
      if (method === "DELETE" && match[2]) {
        const name = decodeURIComponent(match[2]);
        if (!issue.labels.includes(name)) return { status: 404, json: { message: "Label does not exist", documentation_url: "https://docs.github.com/rest", status: "404" } };
        issue.labels = issue.labels.filter((l) => l !== name);
        return { status: 200, json: issue.labels.map(labelJson) };
      }
    }
    if (rest === "/issues" && method === "GET") {
      const state = url.searchParams.get("state") ?? "open";
      const labels = (url.searchParams.get("labels") ?? "").split(",").filter(Boolean);
      const rows = [...issues.values()]
        .filter((i) => state === "all" || i.state === state)
        .filter((i) => labels.every((l) => i.labels.includes(l)))
        .sort((a, b) => b.number - a.number);
      return { status: 200, json: paginate(url, rows, response).map(issueJson) };
    }
    if (rest === "/issues" && method === "POST") {
      if (typeof body.title !== "string" || body.title === "") return { status: 422, json: { message: "Validation Failed" } };
      if (typeof body.body === "string" && characters(body.body) > 65_536) return tooLong("Issue", "body", 65_536);
      const issue: FakeIssue = {
        number: nextIssueNumber(),
        title: body.title,
        body: typeof body.body === "string" ? body.body : "",
        state: "open",
        state_reason: null,
        labels: Array.isArray(body.labels) ? body.labels.map(String) : [],
        user: viewer,
        pull: false,
      };
      issues.set(issue.number, issue);
      return { status: 201, json: issueJson(issue) };
    }
    match = /^\/issues\/(\d+)$/.exec(rest);
    if (match && method === "PATCH") {
      const issue = issues.get(Number(match[1]));
      if (!issue) return { status: 404, json: { message: "Not Found" } };
      if (typeof body.body === "string" && characters(body.body) > 65_536) return tooLong("Issue", "body", 65_536);
      if (typeof body.title === "string") issue.title = body.title;
      if (typeof body.body === "string") issue.body = body.body;
      if (body.state === "open" || body.state === "closed") issue.state = body.state;
      if (typeof body.state_reason === "string") issue.state_reason = body.state_reason;
      return { status: 200, json: issueJson(issue) };
    }
    return git.route(method, rest, url, body, response) ?? { status: 404, json: { message: "Not Found", documentation_url: "https://docs.github.com/rest" } };
  };

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", base);
    const text = await readBody(request);
    const method = request.method ?? "GET";
    let result: { status: number; json?: unknown };
    const auth = request.headers.authorization ?? "";
    if (auth !== `token ${options.token}` && auth !== `Bearer ${options.token}`) {
      result = { status: 401, json: { message: "Bad credentials" } };
    } else {
      let body: Record<string, unknown> = {};
      try {
        body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
      } catch {
        result = { status: 400, json: { message: "Problems parsing JSON" } };
      }
      result ??= await route(method, url, body, response);
    }
    requests.push({ method, path: url.pathname, query: url.search, body: text, status: result.status });
    response.statusCode = result.status;
    response.setHeader("content-type", "application/json; charset=utf-8");
    response.end(result.json === undefined ? "" : JSON.stringify(result.json));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: base,
    requests,
    addPullRequest(pull) {
      issues.set(pull.number, { number: pull.number, title: `PR ${pull.number}`, body: "", state: pull.merged ? "closed" : "open", state_reason: null, labels: [], user: { login: "octocat", type: "User" }, pull: true });
      pulls.push({ number: pull.number, merge_commit_sha: pull.mergeCommitSha ?? null, merged_at: pull.merged ? tick() : null, commits: pull.commits ?? [] });
    },
    addComment(issue, body, login) {
      const comment = { id: nextComment++, issue, body, user: { login, type: login.endsWith("[bot]") ? ("Bot" as const) : ("User" as const) } };
      comments.push(comment);
      return comment.id;
    },
    comments(issue) {
      return comments.filter((c) => c.issue === issue).map((c) => ({ id: c.id, body: c.body, login: c.user.login }));
    },
    issues() {
      return [...issues.values()].filter((i) => !i.pull).map((i) => ({ number: i.number, title: i.title, body: i.body, state: i.state, labels: i.labels, login: i.user.login }));
    },
    labels(issue) {
      return [...(issues.get(issue)?.labels ?? [])];
    },
    checkRuns() {
      return checkRuns.map((run) => ({ ...run, output: { ...run.output } }));
    },
    addCommit: git.addCommit,
    branch: git.branch,
    files: git.files,
    commit: git.commit,
    pullRequests() {
      return pulls.filter((p) => p.head !== undefined).map((p) => {
        const issue = issues.get(p.number)!;
        return { number: p.number, title: issue.title, body: issue.body, state: issue.state, head: p.head!, base: p.base!, login: issue.user.login };
      });
    },
    setReadOnly(value) {
      readOnly = value;
    },
    deny(scopes) {
      denied = new Set(scopes);
    },
    clearRequests() {
      requests.length = 0;
    },
    close() {
      return new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

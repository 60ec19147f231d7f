import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

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

interface FakePull {
  number: number;
  merge_commit_sha: string | null;
  merged_at: string | null;
  commits: string[];
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

/** A running fake: its URL, its state and the requests it saw. */
export interface GitHubFake {
  url: string;
  requests: RecordedGitHubRequest[];
  /** Declares a pull request; `commits` are the SHAs `GET /commits/:sha/pulls` finds it by. */
  addPullRequest(pull: { number: number; mergeCommitSha?: string; merged?: boolean; commits?: string[] }): void;
  addComment(issue: number, body: string, login: string): number;
  comments(issue: number): { id: number; body: string; login: string }[];
  issues(): { number: number; title: string; body: string; state: string; labels: string[]; login: string }[];
  setReadOnly(readOnly: boolean): void;
  clearRequests(): void;
  close(): Promise<void>;
}

const ACTIONS_BOT: User = { login: "github-actions[bot]", type: "Bot" };

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
  const requests: RecordedGitHubRequest[] = [];
  const issues = new Map<number, FakeIssue>();
  const comments: FakeComment[] = [];
  const pulls: FakePull[] = [];
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

  const route = async (method: string, url: URL, body: Record<string, unknown>, response: ServerResponse): Promise<{ status: number; json?: unknown }> => {
    const path = url.pathname;
    if (method === "GET" && path === "/user") {
      return options.viewer ? { status: 200, json: userJson(viewer) } : { status: 403, json: { message: "Resource not accessible by integration" } };
    }
    const prefix = `/repos/${owner}/${repo}`;
    if (!path.startsWith(`${prefix}/`)) return { status: 404, json: { message: "Not Found" } };
    const rest = path.slice(prefix.length);
    if (method !== "GET" && readOnly) return { status: 403, json: { message: "Resource not accessible by integration" } };

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
        if (typeof body.body !== "string") return { status: 422, json: { message: "Validation Failed" } };
        if (body.body.length > 65_536) return { status: 422, json: { message: "Validation Failed", errors: [{ message: "Body is too long (maximum is 65536 characters)" }] } };
        const comment = { id: nextComment++, issue, body: body.body, user: viewer };
        comments.push(comment);
        return { status: 201, json: commentJson(comment) };
      }
    }
    match = /^\/issues\/comments\/(\d+)$/.exec(rest);
    if (match && method === "PATCH") {
      const comment = comments.find((c) => c.id === Number(match![1]));
      if (!comment) return { status: 404, json: { message: "Not Found" } };
      if (comment.user.login !== viewer.login) return { status: 403, json: { message: "Resource not accessible by integration" } };
      if (typeof body.body !== "string" || body.body.length > 65_536) return { status: 422, json: { message: "Body is too long (maximum is 65536 characters)" } };
      comment.body = body.body;
      return { status: 200, json: commentJson(comment) };
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
      if (typeof body.body === "string" && body.body.length > 65_536) return { status: 422, json: { message: "Body is too long (maximum is 65536 characters)" } };
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
      if (typeof body.body === "string" && body.body.length > 65_536) return { status: 422, json: { message: "Body is too long (maximum is 65536 characters)" } };
      if (typeof body.title === "string") issue.title = body.title;
      if (typeof body.body === "string") issue.body = body.body;
      if (body.state === "open" || body.state === "closed") issue.state = body.state;
      if (typeof body.state_reason === "string") issue.state_reason = body.state_reason;
      return { status: 200, json: issueJson(issue) };
    }
    return { status: 404, json: { message: "Not Found", documentation_url: "https://docs.github.com/rest" } };
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
    setReadOnly(value) {
      readOnly = value;
    },
    clearRequests() {
      requests.length = 0;
    },
    close() {
      return new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

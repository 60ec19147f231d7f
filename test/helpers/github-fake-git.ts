import { createHash } from "node:crypto";
import type { ServerResponse } from "node:http";

/** An answer of the fake: a status and a JSON body. */
export interface FakeAnswer {
  status: number;
  json?: unknown;
}

/** A pull request the fake keeps: its numbers are shared with issues, as on GitHub. */
export interface FakePullRecord {
  number: number;
  merge_commit_sha: string | null;
  merged_at: string | null;
  commits: string[];
  /** Set on pull requests opened through the API: head and base branch names. */
  head?: string;
  base?: string;
  closed_at?: string | null;
}

/** What the git and pulls routes share with the rest of the fake. */
export interface FakeGitContext {
  owner: string;
  repo: string;
  base(): string;
  tick(): string;
  html(path: string): string;
  viewer: { login: string; type: "User" | "Bot" };
  userJson(user: { login: string; type: string }): unknown;
  pulls: FakePullRecord[];
  /** Creates the issue half of a pull request (title, body, author) and answers its number. */
  openIssue(pull: { title: string; body: string }): number;
  issue(number: number): { title: string; body: string; state: "open" | "closed"; user: { login: string; type: "User" | "Bot" } } | undefined;
  /** The scopes the workflow withheld. */
  denied(scope: "contents" | "pull-requests"): boolean;
  forbidden: FakeAnswer;
  tooLong(resource: string, field: string, limit: number): FakeAnswer;
  paginate<T>(url: URL, rows: T[], response: ServerResponse): T[];
}

interface Commit {
  tree: string;
  parents: string[];
  message: string;
  date: string;
}

const invalid = (message: string): FakeAnswer => ({ status: 422, json: { message, documentation_url: "https://docs.github.com/rest", status: "422" } });
const notFound: FakeAnswer = { status: 404, json: { message: "Not Found", documentation_url: "https://docs.github.com/rest", status: "404" } };
const MODES = ["100644", "100755", "040000", "160000", "120000"];
const TYPES = ["blob", "tree", "commit"];
const isSha = (value: unknown): value is string => typeof value === "string" && /^[0-9a-f]{40}$/.test(value);

/** Git's own object id: SHA-1 of "<type> <size>\0<content>", so equal content gives equal ids as on GitHub. */
function objectId(type: string, content: Buffer): string {
  return createHash("sha1").update(Buffer.concat([Buffer.from(`${type} ${content.length}\0`), content])).digest("hex");
}

/**
 * The git data API (blobs inline in trees, commits, refs) and the pulls API of the fake, checked
 * as GitHub's OpenAPI description (`git/create-tree`, `git/create-commit`, `git/create-ref`,
 * `git/update-ref`, `git/delete-ref`, `pulls/create`, `pulls/update`, `pulls/list`) types their
 * requests, and refusing what GitHub refuses: unknown objects, a ref that exists or does not, a
 * move that is not a fast-forward without `force`, a second open pull request for one head, a
 * head without commits over its base. Trees are kept flat (path → content) and hashed the way git
 * hashes them, so the same files give the same tree id.
 */
export function createFakeGit(ctx: FakeGitContext) {
  const blobs = new Map<string, string>();
  /** Tree id → every file under it, path → blob id. */
  const trees = new Map<string, Map<string, string>>();
  const commits = new Map<string, Commit>();
  const refs = new Map<string, string>();

  const storeBlob = (content: string) => {
    const id = objectId("blob", Buffer.from(content, "utf8"));
    blobs.set(id, content);
    return id;
  };
  /** Hashes a nested tree from flat paths, storing the top one (subtrees are hashed, not served). */
  const hashTree = (files: Map<string, string>): string => {
    const children = new Map<string, Map<string, string> | string>();
    for (const [path, blob] of files) {
      const [head, ...rest] = path.split("/");
      if (rest.length === 0) children.set(head!, blob);
      else {
        const sub = (children.get(head!) as Map<string, string> | undefined) ?? new Map<string, string>();
        sub.set(rest.join("/"), blob);
        children.set(head!, sub);
      }
    }
    const entries = [...children].map(([name, child]) => (typeof child === "string" ? { name, mode: "100644", id: child, sortKey: name } : { name, mode: "40000", id: hashTree(child), sortKey: `${name}/` }));
    entries.sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));
    return objectId("tree", Buffer.concat(entries.flatMap((e) => [Buffer.from(`${e.mode} ${e.name}\0`), Buffer.from(e.id, "hex")])));
  };
  const storeTree = (files: Map<string, string>) => {
    const id = hashTree(files);
    trees.set(id, files);
    return id;
  };
  const api = (path: string) => `${ctx.base()}/repos/${ctx.owner}/${ctx.repo}${path}`;
  const treeJson = (id: string) => {
    const files = trees.get(id)!;
    const top = new Map<string, { path: string; mode: string; type: string; sha: string }>();
    for (const [path, blob] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
      const [head, ...rest] = path.split("/");
      if (!top.has(head!)) top.set(head!, rest.length === 0 ? { path: head!, mode: "100644", type: "blob", sha: blob } : { path: head!, mode: "040000", type: "tree", sha: hashTree(new Map([...files].filter(([p]) => p.startsWith(`${head}/`)).map(([p, b]) => [p.slice(head!.length + 1), b]))) });
    }
    return { sha: id, url: api(`/git/trees/${id}`), truncated: false, tree: [...top.values()].map((e) => ({ ...e, url: api(`/git/${e.type}s/${e.sha}`), ...(e.type === "blob" ? { size: Buffer.byteLength(blobs.get(e.sha)!) } : {}) })) };
  };
  const person = (date: string) => ({ name: ctx.viewer.login, email: `${ctx.viewer.login.replace(/\W/g, "")}@users.noreply.github.com`, date });
  const commitJson = (sha: string) => {
    const c = commits.get(sha)!;
    return {
      sha,
      node_id: `C_${sha.slice(0, 12)}`,
      url: api(`/git/commits/${sha}`),
      html_url: ctx.html(`commit/${sha}`),
      author: person(c.date),
      committer: person(c.date),
      message: c.message,
      tree: { sha: c.tree, url: api(`/git/trees/${c.tree}`) },
      parents: c.parents.map((p) => ({ sha: p, url: api(`/git/commits/${p}`), html_url: ctx.html(`commit/${p}`) })),
      verification: { verified: false, reason: "unsigned", signature: null, payload: null, verified_at: null },
    };
  };
  const refJson = (ref: string) => ({ ref, node_id: `REF_${ref.length}`, url: api(`/git/${ref}`), object: { type: "commit", sha: refs.get(ref)!, url: api(`/git/commits/${refs.get(ref)}`) } });
  const isAncestor = (ancestor: string, of: string): boolean => of === ancestor || (commits.get(of)?.parents ?? []).some((p) => isAncestor(ancestor, p));
  const pullJson = (p: FakePullRecord) => {
    const issue = ctx.issue(p.number)!;
    const branch = (name: string | undefined) => ({ label: `${ctx.owner}:${name ?? ""}`, ref: name ?? "", sha: (name && refs.get(`refs/heads/${name}`)) ?? p.commits.at(-1) ?? "", repo: { full_name: `${ctx.owner}/${ctx.repo}` } });
    return {
      url: api(`/pulls/${p.number}`),
      number: p.number,
      state: issue.state,
      title: issue.title,
      body: issue.body,
      user: ctx.userJson(issue.user),
      html_url: ctx.html(`pull/${p.number}`),
      head: branch(p.head),
      base: branch(p.base),
      draft: false,
      merged_at: p.merged_at,
      merge_commit_sha: p.merge_commit_sha,
      closed_at: p.closed_at ?? null,
    };
  };

  const route = (method: string, rest: string, url: URL, body: Record<string, unknown>, response: ServerResponse): FakeAnswer | undefined => {
    let match = /^\/git\/commits\/([^/]+)$/.exec(rest);
    if (match && method === "GET") return commits.has(match[1]!) ? { status: 200, json: commitJson(match[1]!) } : notFound;
    match = /^\/git\/ref\/(.+)$/.exec(rest);
    if (match && method === "GET") {
      const ref = `refs/${decodeURIComponent(match[1]!)}`;
      return refs.has(ref) ? { status: 200, json: refJson(ref) } : notFound;
    }
    if (rest === "/pulls" && method === "GET") {
      const state = url.searchParams.get("state") ?? "open";
      const head = url.searchParams.get("head");
      const rows = ctx.pulls
        .filter((p) => state === "all" || ctx.issue(p.number)!.state === state)
        .filter((p) => head === null || `${ctx.owner}:${p.head}` === head)
        .sort((a, b) => b.number - a.number);
      return { status: 200, json: ctx.paginate(url, rows, response).map(pullJson) };
    }

    const gitWrite = rest.startsWith("/git/");
    if (gitWrite && method !== "GET" && ctx.denied("contents")) return ctx.forbidden;
    if (rest === "/git/trees" && method === "POST") {
      if (!Array.isArray(body.tree)) return invalid("Invalid request.\n\n\"tree\" wasn't supplied.");
      const files = new Map(body.base_tree === undefined ? [] : trees.get(String(body.base_tree)) ?? []);
      if (body.base_tree !== undefined && !trees.has(String(body.base_tree))) return invalid("base_tree is not a valid tree oid");
      for (const entry of body.tree as Record<string, unknown>[]) {
        if (typeof entry !== "object" || entry === null || typeof entry.path !== "string" || entry.path === "" || entry.path.startsWith("/") || entry.path.split("/").includes("..")) return invalid("Invalid tree info");
        if (!MODES.includes(String(entry.mode)) || !TYPES.includes(String(entry.type))) return invalid("Invalid tree info");
        if ((entry.content !== undefined) === (entry.sha !== undefined)) return invalid("Must supply either tree.sha or tree.content");
        if (entry.type !== "blob" || entry.mode !== "100644") return invalid("The fake only keeps regular files");
        if (entry.sha === null) files.delete(entry.path);
        else if (typeof entry.content === "string") files.set(entry.path, storeBlob(entry.content));
        else if (isSha(entry.sha) && blobs.has(entry.sha)) files.set(entry.path, entry.sha);
        else return invalid("tree.sha is not a valid blob");
      }
      const id = storeTree(files);
      response.setHeader("location", api(`/git/trees/${id}`));
      return { status: 201, json: treeJson(id) };
    }
    if (rest === "/git/commits" && method === "POST") {
      if (typeof body.message !== "string" || typeof body.tree !== "string") return invalid("Invalid request.\n\n\"message\" and \"tree\" are required.");
      if (!trees.has(body.tree)) return invalid("Tree SHA does not exist");
      const parents = body.parents === undefined ? [] : body.parents;
      if (!Array.isArray(parents) || parents.some((p) => typeof p !== "string" || !commits.has(p))) return invalid("Parent SHA does not exist or is not a commit object");
      const commit: Commit = { tree: body.tree, parents: parents as string[], message: body.message, date: ctx.tick() };
      const sha = objectId("commit", Buffer.from(`tree ${commit.tree}\n${commit.parents.map((p) => `parent ${p}\n`).join("")}author ${ctx.viewer.login} ${commit.date}\n\n${commit.message}`));
      commits.set(sha, commit);
      response.setHeader("location", api(`/git/commits/${sha}`));
      return { status: 201, json: commitJson(sha) };
    }
    if (rest === "/git/refs" && method === "POST") {
      if (typeof body.ref !== "string" || typeof body.sha !== "string") return invalid("Invalid request.\n\n\"ref\" and \"sha\" are required.");
      if (!body.ref.startsWith("refs/") || body.ref.split("/").length < 3) return invalid("Reference name is not valid");
      if (refs.has(body.ref)) return invalid("Reference already exists");
      if (!commits.has(body.sha)) return invalid("Object does not exist");
      refs.set(body.ref, body.sha);
      return { status: 201, json: refJson(body.ref) };
    }
    match = /^\/git\/refs\/(.+)$/.exec(rest);
    if (match && (method === "PATCH" || method === "DELETE")) {
      const ref = `refs/${decodeURIComponent(match[1]!)}`;
      if (!refs.has(ref)) return invalid("Reference does not exist");
      if (method === "DELETE") {
        refs.delete(ref);
        return { status: 204 };
      }
      if (typeof body.sha !== "string") return invalid("Invalid request.\n\n\"sha\" wasn't supplied.");
      if (!commits.has(body.sha)) return invalid("Object does not exist");
      if (body.force !== true && !isAncestor(refs.get(ref)!, body.sha)) return invalid("Update is not a fast forward");
      refs.set(ref, body.sha);
      return { status: 200, json: refJson(ref) };
    }

    if (rest === "/pulls" && method === "POST") {
      if (ctx.denied("pull-requests")) return ctx.forbidden;
      if (typeof body.title !== "string" || typeof body.head !== "string" || typeof body.base !== "string") return invalid("Invalid request.\n\n\"title\", \"head\" and \"base\" are required.");
      if (typeof body.body === "string" && [...body.body].length > 65_536) return ctx.tooLong("PullRequest", "body", 65_536);
      const head = body.head.replace(`${ctx.owner}:`, "");
      const headSha = refs.get(`refs/heads/${head}`);
      const baseSha = refs.get(`refs/heads/${body.base}`);
      if (headSha === undefined || baseSha === undefined) return { status: 422, json: { message: "Validation Failed", errors: [{ resource: "PullRequest", field: headSha === undefined ? "head" : "base", code: "invalid" }] } };
      if (ctx.pulls.some((p) => p.head === head && p.base === body.base && ctx.issue(p.number)!.state === "open")) return { status: 422, json: { message: "Validation Failed", errors: [{ resource: "PullRequest", code: "custom", message: `A pull request already exists for ${ctx.owner}:${head}.` }] } };
      if (isAncestor(headSha, baseSha)) return { status: 422, json: { message: "Validation Failed", errors: [{ resource: "PullRequest", code: "custom", message: `No commits between ${body.base} and ${head}` }] } };
      const number = ctx.openIssue({ title: body.title, body: typeof body.body === "string" ? body.body : "" });
      const pull: FakePullRecord = { number, merge_commit_sha: null, merged_at: null, commits: [headSha], head, base: body.base, closed_at: null };
      ctx.pulls.push(pull);
      return { status: 201, json: pullJson(pull) };
    }
    match = /^\/pulls\/(\d+)$/.exec(rest);
    if (match && method === "PATCH") {
      const pull = ctx.pulls.find((p) => p.number === Number(match![1]));
      if (!pull) return notFound;
      if (ctx.denied("pull-requests")) return ctx.forbidden;
      if (typeof body.body === "string" && [...body.body].length > 65_536) return ctx.tooLong("PullRequest", "body", 65_536);
      if (body.state !== undefined && body.state !== "open" && body.state !== "closed") return invalid("Invalid request.\n\nstate is not one of open, closed.");
      const issue = ctx.issue(pull.number)!;
      if (typeof body.title === "string") issue.title = body.title;
      if (typeof body.body === "string") issue.body = body.body;
      if (body.state === "open" || body.state === "closed") {
        issue.state = body.state;
        pull.closed_at = body.state === "closed" ? ctx.tick() : null;
      }
      return { status: 200, json: pullJson(pull) };
    }
    return undefined;
  };

  return {
    route,
    /** Declares a commit (by the SHA tests use for it) holding `files`, optionally as a branch's head. */
    addCommit(sha: string, files: Record<string, string>, branch?: string): void {
      const tree = storeTree(new Map(Object.entries(files).map(([path, content]) => [path, storeBlob(content)])));
      commits.set(sha, { tree, parents: [], message: "seed", date: ctx.tick() });
      if (branch) refs.set(`refs/heads/${branch}`, sha);
    },
    /** The commit a branch points at, or undefined. */
    branch(name: string): string | undefined {
      return refs.get(`refs/heads/${name}`);
    },
    /** Every file of a commit: path → content. */
    files(sha: string): Record<string, string> {
      const commit = commits.get(sha);
      if (!commit) throw new Error(`no commit ${sha}`);
      return Object.fromEntries([...trees.get(commit.tree)!].map(([path, blob]) => [path, blobs.get(blob)!]));
    },
    /** A commit's parents and message. */
    commit(sha: string): { parents: string[]; message: string } | undefined {
      const commit = commits.get(sha);
      return commit && { parents: [...commit.parents], message: commit.message };
    },
  };
}

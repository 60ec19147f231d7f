import { afterEach, describe, expect, it } from "vitest";
import { createGitHubApi } from "../../src/adapters/github/client.js";
import { settleComment, type CommentEdit } from "../../src/adapters/github/sticky-comment.js";
import { startGitHubFake, type GitHubFake } from "../helpers/github-fake.js";

const MARKER = "<!-- test:shared -->";
const LOGIN = "github-actions[bot]";
let github: GitHubFake;

afterEach(async () => {
  await github.close();
});

/** A body of `name=value` lines under the marker; each job owns one name. */
function part(name: string, value: string): CommentEdit {
  const parse = (body: string) => new Map(body.split("\n").slice(1).filter(Boolean).map((l) => l.split("=") as [string, string]));
  const render = (parts: Map<string, string>) => `${MARKER}\n${[...parts].sort().map(([k, v]) => `${k}=${v}`).join("\n")}\n`;
  return {
    next: (current) => render(new Map(parse(current?.body ?? "")).set(name, value)),
    holds: (body) => parse(body).get(name) === value,
  };
}

describe("settleComment", () => {
  it("gives one comment with every job's part when jobs that found no comment race to create it", async () => {
    github = await startGitHubFake({ token: "t" });
    github.addPullRequest({ number: 7 });
    const api = () => createGitHubApi({ token: "t", baseUrl: github.url, owner: "acme", repo: "analytics" });
    const results = await Promise.all(["a", "b", "c"].map((name) => settleComment(api(), 7, MARKER, LOGIN, part(name, `v-${name}`))));
    expect(results.map((r) => r.action).every((a) => a === "created" || a === "updated")).toBe(true);
    expect(github.comments(7)).toHaveLength(1);
    expect(github.comments(7)[0]!.body).toBe(`${MARKER}\na=v-a\nb=v-b\nc=v-c\n`);
    const posts = github.requests.filter((r) => r.method === "POST").length;
    expect(posts).toBeGreaterThan(1);
    expect(github.requests.filter((r) => r.method === "DELETE" && r.status === 204).length).toBe(posts - 1);
  });

  it("writes nothing when the comment already holds the part", async () => {
    github = await startGitHubFake({ token: "t" });
    github.addPullRequest({ number: 7 });
    github.addComment(7, `${MARKER}\na=1\n`, LOGIN);
    const result = await settleComment(createGitHubApi({ token: "t", baseUrl: github.url, owner: "acme", repo: "analytics" }), 7, MARKER, LOGIN, part("a", "1"));
    expect(result.action).toBe("unchanged");
    expect(github.requests.map((r) => r.method)).toEqual(["GET"]);
  });
});

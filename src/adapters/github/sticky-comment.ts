import type { GitHubApi, GitHubComment } from "./client.js";

/**
 * The one comment this tool owns on a pull request: it carries the marker and was
 * written by the token's own account. Checking the author means nobody can plant
 * a marker in their own comment and have the action trust or overwrite it. The
 * oldest match wins, so the choice is stable if a duplicate ever appears.
 */
export async function findOwnComment(api: GitHubApi, issue: number, marker: string, login: string): Promise<GitHubComment | undefined> {
  const comments = await api.listComments(issue);
  return comments.find((comment) => comment.author === login && comment.body.includes(marker));
}

/** What an upsert did, so callers can report it and tests can assert it. */
export type UpsertResult = { comment: GitHubComment; action: "created" | "updated" | "unchanged" };

/**
 * Creates the comment, or edits the existing one in place; an unchanged body is
 * not sent again, which saves notifications and rate limit.
 */
export async function upsertComment(api: GitHubApi, issue: number, existing: GitHubComment | undefined, body: string): Promise<UpsertResult> {
  if (!existing) return { comment: await api.createComment(issue, body), action: "created" };
  if (existing.body === body) return { comment: existing, action: "unchanged" };
  return { comment: await api.updateComment(existing.id, body), action: "updated" };
}

import { setTimeout as sleep } from "node:timers/promises";
import type { GitHubApi, GitHubComment } from "./client.js";

/** How long a write must stay put before it counts as written. */
const SETTLE_MS = 400;
/** Writes one job makes before it gives up on a comment other jobs keep editing. */
const MAX_WRITES = 6;

/**
 * The comments this tool owns on a pull request: they carry the marker and were
 * written by the token's own account, oldest first. Checking the author means
 * nobody can plant a marker in their own comment and have the action trust or
 * overwrite it.
 */
export async function listOwnComments(api: GitHubApi, issue: number, marker: string, login: string): Promise<GitHubComment[]> {
  const comments = await api.listComments(issue);
  return comments.filter((comment) => comment.author === login && comment.body.includes(marker));
}

/** The one comment this tool owns on a pull request: the oldest match, so the choice is stable if a duplicate appears. */
export async function findOwnComment(api: GitHubApi, issue: number, marker: string, login: string): Promise<GitHubComment | undefined> {
  return (await listOwnComments(api, issue, marker, login))[0];
}

/** One job's part of a shared comment. */
export interface CommentEdit {
  /** The body to write given the current comment (undefined when there is none yet); undefined writes nothing. */
  next(current: GitHubComment | undefined): string | undefined;
  /** True once a body carries this job's part. */
  holds(body: string): boolean;
}

/** What {@link settleComment} did. */
export type SettleResult =
  | { action: "created" | "updated" | "unchanged"; comment: GitHubComment }
  | { action: "skipped" }
  | { action: "unsettled"; comment: GitHubComment };

/**
 * Writes one job's part into the shared comment with read-merge-write. GitHub
 * has no compare-and-swap for comments, so after a write the job waits and
 * looks again: another job that read the body before our write may still
 * overwrite it, and then our part is merged in again. Two quiet looks in a row
 * count as settled. Two jobs that both found no comment both create one; the
 * oldest is kept, each job merges its part into it, and the others are deleted
 * once the oldest holds this job's part.
 */
export async function settleComment(api: GitHubApi, issue: number, marker: string, login: string, edit: CommentEdit): Promise<SettleResult> {
  let quiet = 0;
  let created: number | undefined;
  for (let writes = 0; ; ) {
    const own = await listOwnComments(api, issue, marker, login);
    const primary = own[0];
    if (primary && edit.holds(primary.body)) {
      if (writes > 0 && ++quiet < 2) {
        await sleep(SETTLE_MS + Math.floor(Math.random() * SETTLE_MS));
        continue;
      }
      for (const duplicate of own.slice(1)) await api.deleteComment(duplicate.id);
      return { action: writes === 0 ? "unchanged" : created === primary.id ? "created" : "updated", comment: primary };
    }
    if (writes >= MAX_WRITES) {
      if (primary) return { action: "unsettled", comment: primary };
      throw new Error(`the comment written on #${issue} cannot be found again`);
    }
    const body = edit.next(primary);
    if (body === undefined) return { action: "skipped" };
    quiet = 0;
    writes++;
    if (primary) await api.updateComment(primary.id, body);
    else created = (await api.createComment(issue, body)).id;
  }
}

import { GitHubApiError, gitHubStatusOf, type GitHubPullRequest } from "../adapters/github/client.js";
import type { Plan } from "../core/plan/types.js";
import type { DriftAdoption } from "../engine/adopt-drift.js";
import { escapeMarkdown, GITHUB_BODY_LIMIT, measure } from "../render/markdown-text.js";
import type { EnvironmentTarget } from "./environments.js";
import { InputError } from "./inputs.js";
import { runLink, shortSha, type ModeContext } from "./workspace.js";

const ADOPT_MARKER = "posthog-definitions:adopt";

/** The login of the workflow's `GITHUB_TOKEN`, whose pull requests start no workflow run. */
const ACTIONS_BOT_LOGIN = "github-actions[bot]";

/** What an adopt pull request was last written from: the commit it builds on and the drift it adopts. */
interface AdoptState {
  environment: string;
  base: string;
  fingerprint: string;
}

/** The branch of one environment's adopt pull request; the action owns it and moves it by force. */
export function adoptBranch(environment: string): string {
  return `posthog/adopt-drift-${environment}`;
}

function readAdoptState(body: string): AdoptState | undefined {
  const match = new RegExp(`^<!-- ${ADOPT_MARKER} (\\{.*\\}) -->$`, "m").exec(body);
  if (!match) return undefined;
  try {
    const state = JSON.parse(match[1]!) as Partial<AdoptState>;
    return typeof state.environment === "string" && typeof state.base === "string" && typeof state.fingerprint === "string" ? (state as AdoptState) : undefined;
  } catch {
    return undefined;
  }
}

/** Runs a write, turning GitHub's refusal (403) into one that names the permission the workflow must grant. */
async function needing<T>(permission: string, what: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (gitHubStatusOf(error) !== 403) throw error;
    throw new GitHubApiError(`drift-adopt-pr could not ${what}: it needs ${permission} in the workflow's permissions (${(error as Error).message})`, 403);
  }
}

function baseBranch(ref: string): string {
  const branch = /^refs\/heads\/(.+)$/.exec(ref)?.[1];
  if (!branch) throw new InputError(`input drift-adopt-pr needs a run on a branch (GITHUB_REF is "${ref}"): the pull request is opened against the branch the definitions were read from`);
  return branch;
}

function pullTitle(target: EnvironmentTarget): string {
  return `Adopt PostHog UI changes in ${target.name} (project ${target.projectId})`;
}

/** Where the pull request was opened from, and what a reviewer must know before merging it. */
interface PullContext {
  issue?: number;
  /** The other environments of posthog.config.ts: the rewritten definitions are theirs too. */
  others: readonly string[];
  login: string;
}

/** The pull request's description: what it rewrites, what it leaves and why, under GitHub's limit. */
function pullBody(ctx: ModeContext, target: EnvironmentTarget, adoption: DriftAdoption, state: AdoptState, about: PullContext): string {
  const { issue } = about;
  const head = [
    `<!-- ${ADOPT_MARKER} ${JSON.stringify(state).replace(/</g, "\\u003c").replace(/>/g, "\\u003e")} -->`,
    `## ${escapeMarkdown(pullTitle(target))}`,
    `The drift check at \`${shortSha(ctx.run.sha)}\` (${runLink(ctx.run)}) found managed resources edited in PostHog${issue ? ` (#${issue})` : ""}. This pull request writes their live values into the definitions, so that the next apply keeps the UI change instead of reverting it. The drift check updates it while the drift lasts and closes it when the drift is gone.`,
    "| Resource | File | Fields written as PostHog holds them |\n| --- | --- | --- |",
  ].join("\n\n");
  const tail: string[] = [];
  if (about.others.length > 0) {
    tail.push(`**Other environments:** ${about.others.map((e) => `\`${e}\``).join(", ")} share these definitions, so once this is merged their next apply makes the same change there.`);
  }
  if (about.login === ACTIONS_BOT_LOGIN) {
    tail.push("GitHub starts no workflow for a pull request opened with the workflow's `GITHUB_TOKEN`: to get the plan comment that apply checks on merge, close and reopen this pull request, or give `github-token` a GitHub App token.");
  }
  if (adoption.skipped.length > 0) tail.push(`**Not adopted** (change the definitions by hand, or let apply revert them):\n\n${adoption.skipped.map((s) => `- ${escapeMarkdown(`${s.kind}/${s.key}`)}: ${escapeMarkdown(s.reason)}`).join("\n")}`);
  if (ctx.settings.driftIgnore.length > 0) tail.push("Fields covered by `drift-ignore` keep the values the definitions give them.");
  if (adoption.warnings.length > 0) tail.push(`**Review:**\n\n${adoption.warnings.map((w) => `- ${escapeMarkdown(w)}`).join("\n")}`);
  const rest = tail.join("\n\n");
  let room = GITHUB_BODY_LIMIT - measure(head) - measure(rest) - 256;
  const rows: string[] = [];
  for (const [i, file] of adoption.files.entries()) {
    const row = `| ${escapeMarkdown(`${file.kind}/${file.key}`)} | \`${file.path}\` | ${file.fields.map((f) => `\`${f}\``).join(", ")} |`;
    if (measure(row) + 1 > room - 100) {
      rows.push(`| … ${adoption.files.length - i} more (see the files changed) | | |`);
      break;
    }
    room -= measure(row) + 1;
    rows.push(row);
  }
  return [`${head}\n${rows.join("\n")}`, rest].filter(Boolean).join("\n\n");
}

/**
 * Keeps one environment's adopt pull request in step with its drift: written
 * (one commit on the commit the check read, its branch created or moved) when
 * there is something to adopt and it changed since the last run, left alone
 * when it did not, and closed with its branch deleted when the drift is gone or
 * nothing is left to adopt. Only pull requests this token opened are touched.
 * Answers the open pull request and whether this run opened or updated it.
 */
export async function syncAdoptPullRequest(
  ctx: ModeContext,
  target: EnvironmentTarget,
  plan: Plan,
  adoption: DriftAdoption | undefined,
  about: Omit<PullContext, "login">,
): Promise<{ pull: GitHubPullRequest; written: boolean } | undefined> {
  const branch = adoptBranch(target.name);
  const login = await ctx.login();
  const pulls = await ctx.github.listPullRequests(branch);
  const open = pulls.find((p) => p.state === "open" && p.author === login && readAdoptState(p.body)?.environment === target.name);
  const where = `\`${shortSha(ctx.run.sha)}\` (${runLink(ctx.run)})`;

  if (!adoption || adoption.files.length === 0) {
    if (!open) return undefined;
    const why = adoption ? "the drift left has nothing this pull request can adopt" : "the project matches the definitions again";
    await needing("pull-requests: write", `close #${open.number}`, async () => {
      await ctx.github.createComment(open.number, `No drift to adopt at ${where}: ${why}. Closing.`);
      await ctx.github.updatePullRequest(open.number, { state: "closed" });
    });
    await needing("contents: write", `delete the branch ${branch}`, () => ctx.github.deleteBranch(branch));
    return undefined;
  }

  const state: AdoptState = { environment: target.name, base: ctx.run.sha, fingerprint: plan.fingerprint };
  const previous = open ? readAdoptState(open.body) : undefined;
  if (open && previous?.base === state.base && previous.fingerprint === state.fingerprint) return { pull: open, written: false };

  const base = baseBranch(ctx.run.ref);
  const commit = await needing("contents: write", `write the branch ${branch}`, async () => {
    const sha = await ctx.github.commitFiles({
      baseTree: await ctx.github.commitTree(ctx.run.sha),
      parent: ctx.run.sha,
      message: `Adopt PostHog UI changes in ${target.name}\n\nThe live values of ${adoption.files.length} resource(s) edited in PostHog, found by the drift check at ${shortSha(ctx.run.sha)}.`,
      files: adoption.files,
    });
    await ctx.github.setBranch(branch, sha, (await ctx.github.branchHead(branch)) !== undefined);
    return sha;
  });
  ctx.host.info(`${target.name}: adopt branch ${branch} at ${shortSha(commit)} (${adoption.files.length} file(s))`);
  const body = pullBody(ctx, target, adoption, state, { ...about, login });
  const pull = await needing("pull-requests: write (and, with the workflow's GITHUB_TOKEN, the repository setting that allows GitHub Actions to create pull requests)", open ? `edit #${open.number}` : `open a pull request from ${branch}`, () =>
    open ? ctx.github.updatePullRequest(open.number, { title: pullTitle(target), body }) : ctx.github.createPullRequest({ title: pullTitle(target), body, head: branch, base }),
  );
  return { pull, written: true };
}

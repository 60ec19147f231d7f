import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { readFileAtCommit } from "../adapters/git/read-file.js";
import { isReadableRelativePath } from "../adapters/loader/protocol.js";
import { DEFAULT_CONFIG, type EnvironmentConfig, type ProjectConfig } from "../core/config.js";
import { loadProject, type LoadedProject } from "../engine/project.js";
import type { Notice } from "../render/markdown-text.js";
import type { EnvironmentTarget } from "./environments.js";
import { resolveTargets, shortSha, type ModeContext } from "./workspace.js";

/** The environments a pull request's plan may use, and why some of them are planned offline. */
export interface TrustedTargets {
  targets: EnvironmentTarget[];
  /** Environments planned without a key, with the reason shown in their row. */
  offline: Map<string, string>;
  /** Warnings for the comment: every change the pull request makes to where keys go. */
  notices: Notice[];
}

const FIELDS = [
  ["host", "host"],
  ["projectId", "project"],
  ["apiKeyEnv", "key variable"],
] as const satisfies readonly (readonly [keyof EnvironmentConfig, string])[];

/**
 * Evaluates the config file as of the pull request's base commit, read from
 * git and evaluated alone in a temporary directory by the same sandboxed
 * loader (so it may import only the SDK, and nothing the pull request changed).
 */
async function loadBaseConfig(ctx: ModeContext, baseSha: string): Promise<{ config: ProjectConfig } | { error: string }> {
  if (!isReadableRelativePath(ctx.settings.configFile)) return { error: `the config file ${ctx.settings.configFile} is not a path inside the working directory` };
  const file = await readFileAtCommit(ctx.settings.root, baseSha, ctx.settings.configFile);
  if (file.status === "missing-file") return { config: DEFAULT_CONFIG };
  if (file.status === "unavailable") return { error: `${file.reason}; check out with fetch-depth: 2 (or more) so the base commit is there` };
  const dir = await mkdtemp(join(ctx.tempDir, "posthog-base-config-"));
  try {
    const path = join(dir, ctx.settings.configFile);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, file.text);
    const base = await loadProject({ root: dir, configFile: ctx.settings.configFile, workerPath: ctx.workerPath, configOnly: true });
    const error = base.diagnostics.find((d) => d.severity === "error");
    if (error) return { error: `it does not evaluate on its own (${error.field ? `${error.field}: ` : ""}${error.message}); a config may import only @posthog/definitions` };
    return { config: base.config };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Describes each field of an environment the pull request changes, e.g. "host https://a → https://b". */
function describeChanges(base: EnvironmentConfig, head: EnvironmentConfig): string[] {
  return FIELDS.filter(([field]) => base[field] !== head[field]).map(([field, label]) => `${label} ${base[field]} → ${head[field]}`);
}

/** An environment only the pull request's config names: shown, planned without a key. */
function untrustedTarget(name: string, spec: EnvironmentConfig): EnvironmentTarget {
  return { name, configured: true, host: spec.host, projectId: spec.projectId, keySource: spec.apiKeyEnv };
}

/**
 * Decides where a pull request's plan may send keys. The pull request's own
 * `posthog.config.ts` is code from the pull request, so each environment's
 * host, project and key variable come from the config as of the base commit
 * (or, without environments, from the workflow's inputs and variables). A
 * change to them is planned with the base values and named in a warning; an
 * environment the base does not have is planned offline. When the base config
 * cannot be read, every environment is planned offline: the plan never falls
 * back to the pull request's values.
 */
export async function resolveTrustedTargets(ctx: ModeContext, project: LoadedProject): Promise<TrustedTargets> {
  // A merge group's candidate commit carries the pull request's config too, so its base decides as well.
  const pr = ctx.run.pullRequest ?? ctx.run.mergeGroup;
  if (!pr) return { targets: resolveTargets(ctx, project), offline: new Map(), notices: [] };
  const head = project.config.environments;
  const wanted = (name: string) => ctx.settings.environment === undefined || ctx.settings.environment === name;
  const configFile = ctx.settings.configFile;
  const base = pr.baseSha ? await loadBaseConfig(ctx, pr.baseSha) : { error: "the event names no base commit" };

  if ("error" in base) {
    const reason = `the base commit's ${configFile} could not be read, so this environment was planned offline, without its key`;
    const names = Object.keys(head).filter(wanted);
    return {
      targets: names.map((name) => untrustedTarget(name, head[name]!)),
      offline: new Map(names.map((name) => [name, reason])),
      notices: [{ level: "warning", text: `Where keys go is decided by ${configFile} as of the base commit, which could not be read: ${base.error}. Every environment was planned offline.` }],
    };
  }

  const trusted = base.config.environments;
  const baseNames = Object.keys(trusted);
  // Without environments at the base, the workflow's inputs define `default`; once the pull request adds some, none is trusted yet.
  const planBase = baseNames.length > 0 ? ctx.settings.environment === undefined || baseNames.includes(ctx.settings.environment) : Object.keys(head).length === 0;
  const targets = planBase ? resolveTargets(ctx, { ...project, config: { ...project.config, environments: trusted } }) : [];
  const offline = new Map<string, string>();
  const changes: string[] = [];
  for (const name of Object.keys(head).filter(wanted)) {
    const spec = head[name]!;
    const known = trusted[name];
    if (!known) {
      targets.push(untrustedTarget(name, spec));
      offline.set(name, `environment ${name} is not in ${configFile} at the base commit, so where its key would go comes from this pull request; it was planned offline, without a key, until the change is merged`);
      changes.push(`${name} is new`);
      continue;
    }
    const changed = describeChanges(known, spec);
    if (changed.length > 0) changes.push(`${name}: ${changed.join(", ")}`);
  }
  for (const name of baseNames.filter((n) => wanted(n) && !head[n])) changes.push(`${name} is removed`);
  const notices: Notice[] =
    changes.length === 0
      ? []
      : [
          {
            level: "warning",
            text: `This pull request changes where PostHog keys go in ${configFile} (${changes.join("; ")}). The plan uses the settings of the base commit ${shortSha(pr.baseSha!)} instead; the new ones apply once merged.`,
          },
        ];
  return { targets, offline, notices };
}

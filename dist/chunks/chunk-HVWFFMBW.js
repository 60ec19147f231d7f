import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/cli/help.ts
var HELP = `Usage: posthog-definitions <command> [options]

Commands:
  validate            Check definitions offline (no credentials needed)
  plan                Show what apply would change (read-only)
  apply               Apply the plan (--dry-run: plan only; --prune: also delete
                      managed resources whose files are gone)
  pull                Write the project's managed resources as definition files,
                      with the resources they reference (--dry-run: list only;
                      --force: overwrite files with local edits; --adopt: also
                      take over UI-built resources, listed before tagging)
  show <file>         Print a saved plan (plan --out, or the Action's plan-json
                      output) as plan does, without reading PostHog; refuses a
                      file from another version or changed after planning
  emulator            Run the local PostHog emulator (--port, --state-file,
                      --latency-ms <n>: added to every API request,
                      --rate-limits off|posthog (default posthog; --no-rate-limits
                      is off), --admin-key; prints the admin key its
                      /_emulator/* control routes require)

Options:
  --dir <path>          Definitions directory (default: posthog)
  --project <id>        PostHog project id (default: $POSTHOG_PROJECT_ID)
  --host <url>          PostHog host (default: $POSTHOG_HOST or https://us.posthog.com)
  --environment <name>  Environment for perEnvironment() values
  --json                Print the plan (and apply results) as JSON on stdout
  --out <file>          Also write the JSON plan to a file
  --prune               Delete managed resources whose definitions were removed
  --max-deletions <n>   With apply --prune: refuse more deletions than this (default: 10)
  --allow-empty-prune   With apply --prune: allow deleting everything when no definition loads
  --dry-run             With apply: plan only, change nothing
  --rotate-secrets      With plan and apply: send every secret() input again, from the
                        variables posthog.config.ts lists in secrets (PostHog never
                        returns one, so a rotated value is re-sent only when asked)
  --detailed-exitcode   Exit 4 when the plan has changes (0 when it has none)
  --kind <kind>         With pull: only this kind (repeatable; e.g. dashboards, insights)
  --key <key>           With pull: only this resource (repeatable; with --adopt also a server id)
  --all                 With pull --adopt: every resource, managed or not
  --adopt               With pull: include unmanaged resources and tag them as managed
  --no-cascade          With pull: only the selected resources, not the ones they reference
  --force               With pull: overwrite files whose content differs
  --base <dir>          With plan and apply: the base branch's checkout (git worktree add);
                        changes its definitions already want are labelled as undoing
                        an edit made in PostHog
  --base-ref <ref>      The same, read from this repository's git history (e.g. main)
  --no-checks           With plan and apply: skip the checks against the live project
                        (names never ingested, HogQL against the schema, rollout reach)
  --fail-on-check-warnings
                        With plan and apply: fail (exit 1) on warnings of those checks too,
                        not only on HogQL errors
  --verbose             Also list unchanged resources, and what each read and check cost
  -h, --help            Show this help

The API key is read from $POSTHOG_PERSONAL_API_KEY only (never a flag, so it
stays out of shell history). Set POSTHOG_RATE_LIMIT=off for self-hosted
instances without throttling.

Exit codes: 0 ok or no changes, 1 invalid definitions, 2 API or safety error,
3 bad arguments or configuration, 4 changes pending (with --detailed-exitcode).
`;

export {
  HELP
};

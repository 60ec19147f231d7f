// The quick start: the Action's main job end to end, on this machine. It starts
// the built-in PostHog emulator (staging and production projects) and a loopback
// GitHub API, then runs the bundled action (dist/action.js) as GitHub's runner
// would: on a pull request it plans both environments into one PR comment; on
// merge it applies each environment; a last plan through the CLI shows that
// nothing is left to do.
import { createActionWorld, KEY_ENV, SHAS, startActionEmulator } from "../test/helpers/runner-env.js";
import { runCliProcess } from "../test/helpers/cli.js";

const rule = (title: string) => process.stdout.write(`\n=== ${title}\n\n`);

const emulator = await startActionEmulator();
const world = await createActionWorld(emulator);
let failed = false;
try {
  rule("Pull request #7 changes posthog/: the action plans staging and production into one comment");
  const plan = await world.run({ eventName: "pull_request", event: "pull_request.opened.json", sha: SHAS.head1 });
  failed ||= plan.code !== 0;
  const comment = world.github.comments(7).find((c) => c.body.includes("posthog-definitions:plan"));
  // Hidden markers (for finding the comment again and for the fingerprints) are not shown.
  const visible = comment?.body.replace(/^<!--[^]*?-->\n/gm, "").replace(/ ?<!--[^]*?-->/g, "");
  process.stdout.write(`${visible ?? plan.stderr}\n`);

  for (const environment of ["staging", "production"]) {
    rule(`Merged to main: the action applies ${environment} (one matrix job per environment)`);
    const apply = await world.run({ eventName: "push", event: "push.json", sha: SHAS.merge, inputs: { environment }, runNumber: 2 });
    failed ||= apply.code !== 0;
    process.stdout.write(`${apply.stdout.split("\n").filter((line) => !line.startsWith("::")).join("\n").trim()}\n`);
  }

  rule("posthog-definitions plan --environment production: nothing left to do");
  const again = await runCliProcess(["plan", "--environment", "production", "--detailed-exitcode"], { cwd: world.repo.dir, env: KEY_ENV });
  failed ||= again.code !== 0;
  process.stdout.write(again.stdout);
} finally {
  await world.close();
  await emulator.close();
}
process.exitCode = failed ? 1 : 0;

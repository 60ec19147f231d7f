// `npm run faults [-- --runs 20 --seed 1 --drop 0.12 --error 0.04 --reruns 3]`: seeded fault runs.
// Each run starts an emulator on 127.0.0.1 with a fault proxy in front of it
// (test/helpers/fault-proxy.ts) that loses answers and answers 502 after the server committed,
// at the given rates per write (a quarter of the drop rate for reads), runs two applies of 60+
// definitions across every kind at once through it, then two applies of an edited set (every
// definition changed), each pair followed by single re-runs until a plan is a no-op. It prints, per
// seed: the applies run, the faults met, the failed steps, the duplicates found (identities, tiles,
// event schema links) and whether each plan afterwards was a no-op. Exits 1 when any run left a
// duplicate or did not converge.
import { parseArgs } from "node:util";
import { runFaultScenario } from "../test/helpers/fault-scenario.js";

const { values } = parseArgs({
  args: process.argv.slice(3),
  options: {
    runs: { type: "string", default: "20" },
    seed: { type: "string", default: "1" },
    drop: { type: "string", default: "0.12" },
    error: { type: "string", default: "0.04" },
    reruns: { type: "string", default: "3" },
  },
});
const runs = Number(values.runs);
const first = Number(values.seed);
const drop = Number(values.drop);
const error = Number(values.error);
const reruns = Number(values.reruns);

const pad = (value: unknown, width: number) => String(value).padEnd(width);
console.log(`fault runs: ${runs}, seeds ${first}–${first + runs - 1}, drop ${drop} and 502 ${error} per write (reads: drop ${drop / 4}), up to ${reruns} re-runs`);
console.log(`${pad("seed", 6)}${pad("applies", 9)}${pad("faults", 8)}${pad("drops", 7)}${pad("5xx", 5)}${pad("failed steps", 14)}${pad("duplicates", 12)}converged`);
let broken = 0;
let duplicatesTotal = 0;
let faultsTotal = 0;
for (let seed = first; seed < first + runs; seed++) {
  const report = await runFaultScenario({ seed, drop, error, reruns });
  const drops = report.injected.filter((f) => f.fault === "drop").length;
  const converged = report.converged && report.serverErrors.length === 0;
  if (!converged || report.duplicates.length > 0) broken++;
  duplicatesTotal += report.duplicates.length;
  faultsTotal += report.injected.length;
  console.log(
    `${pad(seed, 6)}${pad(report.applies, 9)}${pad(report.injected.length, 8)}${pad(drops, 7)}${pad(report.injected.length - drops, 5)}${pad(report.failedSteps, 14)}${pad(report.duplicates.length, 12)}${converged ? "yes" : "no"}`,
  );
  for (const duplicate of report.duplicates) console.log(`      duplicate: ${duplicate}`);
  for (const serverError of report.serverErrors) console.log(`      server error: ${serverError}`);
  for (const failure of report.failures) console.log(`      ${failure}`);
  report.reruns.forEach((changes, i) => console.log(`      re-run ${i + 1} planned: ${changes.join(", ")}`));
}
console.log(`total: ${runs} runs, ${faultsTotal} faults, ${duplicatesTotal} duplicates, ${runs - broken} of ${runs} converged without duplicates`);
process.exitCode = broken === 0 ? 0 : 1;

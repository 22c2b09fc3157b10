/**
 * Command line:  check-cli.ts [DIR]   (default _site)
 *
 * Runs the post-build checks on a built site; prints `file:line:column: problem`
 * and exits 1 when there are problems.
 */
import { checkSite, formatProblem } from './check/index.ts';

const dir = process.argv[2] ?? '_site';
const problems = await checkSite(dir);
for (const p of problems) console.error(formatProblem(p, dir));
console.log(problems.length ? `${problems.length} problem(s) in ${dir}.` : `${dir}: no problems.`);
process.exitCode = problems.length ? 1 : 0;

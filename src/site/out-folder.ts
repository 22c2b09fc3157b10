/**
 * The output folder: a build replaces it whole, so it must be a folder that
 * only ever held a site. `outFolderProblem` refuses anything else before the
 * build starts; `MARK_FILE`, written into every site, is how a later build
 * knows a folder as one of its own.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { within } from './folders.ts';

/** Written into every site: a later build may replace a folder that holds it. */
export const MARK_FILE = '.zh-microsite';
export const MARK_TEXT = 'This folder is a site built by `npm run build`; the next build replaces all of it.\n';

/** The temporary folders a build keeps beside the output folder: `.site-build-PID` (being built), `.site-old-PID` (the site it replaced). */
const TEMPORARY = /^\.site-(?:build|old)-(\d+)$/;

/** The path with symbolic links resolved as far as it exists. */
function realish(p: string): string {
  const abs = path.resolve(p);
  try {
    return fs.realpathSync(abs);
  } catch {
    const parent = path.dirname(abs);
    return parent === abs ? abs : path.join(realish(parent), path.basename(abs));
  }
}

/**
 * Why the build must not replace `out`, or undefined when it may: `out`
 * does not exist, is an empty folder, or is a site a build wrote (it holds
 * MARK_FILE, or, from before the mark, a site's `index.html` and Pagefind
 * index).
 */
export function outFolderProblem(out: string, seeds: string, cwd = process.cwd()): string | undefined {
  const o = realish(out);
  const s = realish(seeds);
  if (o === path.parse(o).root || o === realish(os.homedir())) return `the output folder ${out} is ${o === path.parse(o).root ? 'the file system root' : 'the home folder'}; choose a folder of its own (the build replaces it whole)`;
  if (within(s, o)) return `the output folder ${out} ${o === s ? 'is' : 'holds'} the seeds folder, which the build would remove; choose a folder of its own`;
  if (within(realish(cwd), o)) return `the output folder ${out} holds the folder the build runs in, which the build would remove; choose a folder of its own`;
  if (within(o, s)) return `the output folder ${out} is inside the seeds folder, where the next build would read the site as seeds; choose a folder outside it`;
  let stat: fs.Stats;
  try {
    stat = fs.statSync(o);
  } catch {
    return undefined;
  }
  if (!stat.isDirectory()) return `the output folder ${out} is a file, not a folder`;
  const entries = fs.readdirSync(o);
  if (entries.length === 0 || entries.includes(MARK_FILE)) return undefined;
  if (entries.includes('index.html') && fs.existsSync(path.join(o, 'pagefind', 'pagefind-entry.json'))) return undefined;
  return `the output folder ${out} holds files no build wrote (${entries.slice(0, 3).join(', ')}${entries.length > 3 ? ', …' : ''}), which the build would remove; empty it or choose another folder`;
}

/**
 * Removes the temporary folders that builds killed outright (SIGKILL, a
 * power cut) left beside `out`: those of processes that are no longer running.
 */
export function removeStaleTemporaries(out: string): string[] {
  const parent = path.dirname(path.resolve(out));
  let names: string[];
  try {
    names = fs.readdirSync(parent);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const pid = TEMPORARY.exec(name)?.[1];
    if (pid === undefined || running(Number(pid))) continue;
    fs.rmSync(path.join(parent, name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

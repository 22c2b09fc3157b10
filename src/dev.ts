/**
 * `npm start`: builds the site, serves `_site/` with live reload, and builds
 * again whenever a seed, template, static file or source module changes.
 *
 * Each build runs in a fresh process (the same `build` command as
 * `npm run build`), so changes to `src/` take effect without a restart; a
 * failed build prints its messages and leaves the last good site in place.
 *
 *   npm start [-- --seeds DIR --out DIR --port 8080]
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import EleventyDevServer from '@11ty/eleventy-dev-server';

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: 'seeds' },
    out: { type: 'string', default: '_site' },
    port: { type: 'string', default: '8080' },
  },
});
const seeds = values.seeds!;
const out = values.out!;
const WATCHED = [seeds, 'templates', 'public', 'src', '.eleventy.ts'];

function build(): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'build', '--seeds', seeds, '--out', out], { stdio: 'inherit' });
    child.on('close', (status) => resolve(status === 0));
  });
}

let running = false;
let again = false;
let timer: NodeJS.Timeout | undefined;
let server: ReturnType<typeof EleventyDevServer.getServer> | undefined;

/** Builds; changes that arrive meanwhile trigger one more build afterwards. */
async function rebuild(reason: string): Promise<void> {
  if (running) {
    again = true;
    return;
  }
  running = true;
  console.log(`\n${reason}: building…`);
  const ok = await build();
  running = false;
  if (ok) server?.reload({});
  else console.error(`The build failed; ${out} still holds the last good site.`);
  if (again) {
    again = false;
    await rebuild('more changes');
  }
}

for (const target of WATCHED) {
  if (!fs.existsSync(target)) continue;
  fs.watch(target, { recursive: fs.statSync(target).isDirectory() }, (_event, file) => {
    const changed = file ? path.join(fs.statSync(target).isDirectory() ? target : '', String(file)) : target;
    clearTimeout(timer);
    timer = setTimeout(() => void rebuild(`${changed} changed`), 200);
  });
}

if (!(await build())) console.error(`The first build failed; fix the messages above (watching for changes).`);
fs.mkdirSync(out, { recursive: true });
server = EleventyDevServer.getServer('zh-microsite', out, { port: Number(values.port), domDiff: false });
server.serve(Number(values.port));

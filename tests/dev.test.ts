/**
 * `npm start` serves the site and builds it again when a seed, a template or
 * a source module changes — run on a copy of the project, so the test can
 * edit its files.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ROOT } from './helpers.ts';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, ms = 60_000): Promise<T> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('npm start', { timeout: 180_000 }, () => {
  let dir: string;
  let child: ChildProcess;
  let base: string;
  let log = '';
  // As a browser navigating (the live-reload client is only added to navigations; fetch cannot say so).
  const page = (rel: string) =>
    new Promise<string | undefined>((resolve, reject) => {
      http
        .get(`${base}/${rel}`, { headers: { 'sec-fetch-mode': 'navigate' } }, (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (d) => (body += d));
          res.on('end', () => resolve(res.statusCode === 200 ? body : undefined));
        })
        .on('error', reject);
    });
  const title = async () => /<title>([^<]*)<\/title>/.exec((await page('zh-hant/index.html')) ?? '')?.[1];

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dev-'));
    for (const entry of ['src', 'templates', 'public', 'seeds', '.eleventy.ts', 'package.json', 'tsconfig.json']) {
      fs.cpSync(path.join(ROOT, entry), path.join(dir, entry), { recursive: true });
    }
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
    const port = await freePort();
    base = `http://localhost:${port}`;
    child = spawn(process.execPath, ['--import', 'tsx', 'src/dev.ts', '--port', String(port)], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.on('data', (d) => (log += d));
    child.stderr!.on('data', (d) => (log += d));
    await until('the first build', title);
  });
  after(() => {
    child?.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('serves the built site with live reload', async () => {
    const home = (await page('zh-hant/index.html'))!;
    assert.match(home, /<html lang="zh-Hant">/);
    assert.match(home, /reload-client/, 'the live-reload client is injected');
  });

  it('builds again when a seed changes', async () => {
    const file = path.join(dir, 'seeds', 'site.yaml');
    fs.writeFileSync(file, 'title: 測試標題站\n');
    assert.equal(await until('the new title', async () => ((await title())?.includes('測試標題站') ? 'ok' : undefined)), 'ok', log);
  });

  it('builds again when a template changes', async () => {
    const file = path.join(dir, 'templates', '_includes', 'layouts', 'base.njk');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('<body>', '<body data-edited="template">'));
    await until('the edited layout', async () => ((await page('zh-hant/index.html'))?.includes('data-edited="template"') ? true : undefined));
  });

  it('builds again with the new code when a module under src/ changes', async () => {
    const file = path.join(dir, 'src', 'site', 'ui.ts');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace("home: '首頁'", "home: '首頁（已改）'"));
    await until('the edited interface string', async () => ((await page('zh-hant/index.html'))?.includes('首頁（已改）') ? true : undefined));
  });

  it('keeps the last good site when a build fails', async () => {
    fs.writeFileSync(path.join(dir, 'seeds', 'site.yaml'), 'variants: [zh-XX]\n');
    await until('the failed build', async () => (/The build failed/.test(log) ? true : undefined));
    assert.match((await page('zh-hant/index.html'))!, /首頁（已改）/);
  });
});

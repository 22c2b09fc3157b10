/// <reference lib="dom" />
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import type { Article, Block, Inline } from '../src/model/index.ts';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const WIKI_SEED = path.join(ROOT, 'seeds/000_5761f8771eaf1329.txt');
export const NEWS_SEED = path.join(ROOT, 'seeds/003_1be4c434e8c80aa5.txt');

/** The seed as the export left it: the project's copy without its front matter. */
export function rawSeedText(file: string): string {
  return fs.readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
}

export function inlineText(inlines: readonly Inline[]): string {
  return inlines
    .map((i) => {
      if (i.type === 'text' || i.type === 'code') return i.value;
      if (i.type === 'footnoteRef') return `[${i.n}]`;
      if (i.type === 'break') return '\n';
      return 'children' in i ? inlineText(i.children) : '';
    })
    .join('');
}

export function allBlocks(article: Article): Block[] {
  return [...article.lead, ...article.sections.flatMap((s) => s.blocks)];
}

export function allInlines(article: Article): Inline[] {
  const out: Inline[] = [];
  const walk = (inlines: readonly Inline[]) => {
    for (const i of inlines) {
      out.push(i);
      if ('children' in i) walk(i.children);
    }
  };
  for (const b of allBlocks(article)) {
    if (b.type === 'paragraph' || b.type === 'related') walk(b.children);
    if (b.type === 'figure') walk(b.caption);
  }
  for (const s of article.sections) walk(s.heading);
  for (const n of article.footnotes) if (n.content) walk(n.content);
  return out;
}

/** The plain text of a paragraph, related headline or figure caption (text nodes only); '' for other blocks. */
export function textOf(block: Block): string {
  switch (block.type) {
    case 'paragraph':
    case 'related':
      return block.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
    case 'figure':
      return block.caption.map((c) => (c.type === 'text' ? c.value : '')).join('');
    default:
      return '';
  }
}

/** The text of the paragraphs of an article's lead. */
export const leadParagraphs = (a: Article) => a.lead.filter((b) => b.type === 'paragraph').map(textOf);

export function paragraphText(article: Article, id: string): string {
  const block = allBlocks(article).find((b) => b.id === id);
  if (!block || block.type !== 'paragraph') throw new Error(`no paragraph ${id}`);
  return inlineText(block.children);
}

/** Runs the real build command on a seeds folder. */
export function build(seeds: string, outDir: string, ...options: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'build', '--seeds', seeds, '--out', outDir, ...options], {
    cwd: ROOT,
    encoding: 'utf8',
  });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
};

/** Serves a built site from 127.0.0.1 under a path prefix (e.g. `/sub/`), as a static host would. */
export async function serve(dir: string, prefix = '/'): Promise<{ url: string; close: () => Promise<void>; misses: string[] }> {
  const misses: string[] = [];
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = pathname.startsWith(prefix) ? path.join(dir, pathname.slice(prefix.length)) : '';
    if (file && fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!file || !file.startsWith(dir) || !fs.existsSync(file)) {
      misses.push(pathname);
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(fs.readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}${prefix}`, misses, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

const AXE = fs.readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** axe-core's violations on an open page, as `rule: targets` (the page must allow inline script: open it with bypassCSP). */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run();
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
  });
}

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ingestSeed } from '../src/ingest/index.ts';
import { parseSeed } from '../src/ingest/seed.ts';
import { linkCorpus } from '../src/link/index.ts';
import type { Article, Block, Inline } from '../src/model/index.ts';

const EMPTY = { people: [], terms: [] };
let n = 0;
/** A news report per body, each its own seed (a sentence more, for the seed to read as a report). */
const reports = (...bodies: string[]): Article[] =>
  bodies.flatMap((body) => {
    const seed = `第${++n}篇报道\n\n越通社河内1月${n}日电 ${body}\n\n双方一致同意继续加强各领域的合作，推动两国关系发展。(越通社-VNA)\n`;
    const articles = ingestSeed(parseSeed(`r${n}.txt`, seed));
    assert.equal(articles.length, 1, seed);
    return articles;
  });
const linksIn = (a: Article): string[] => {
  const out: string[] = [];
  const walk = (list: readonly Inline[]) => list.forEach((i) => (i.type === 'link' && i.target.kind === 'entity' ? out.push(i.children.map((c) => ('value' in c ? c.value : '')).join('')) : 'children' in i && walk(i.children)));
  const blocks = (list: readonly Block[]): void => list.forEach((b) => (b.type === 'paragraph' ? walk(b.children) : b.type === 'list' ? b.items.forEach(blocks) : undefined));
  blocks(a.lead);
  a.sections.forEach((s) => blocks(s.blocks));
  return out;
};

describe('names the converter reads from context, as the link pass takes them', () => {
  it('read a transliterated name whole: 米舒斯京 of 俄罗斯总理米舒斯京, in two reports, without a glossary', () => {
    const { articles, entities } = linkCorpus(
      reports('范明政会见了俄罗斯总理米舒斯京(Mikhail Mishustin)。', '俄罗斯总理米舒斯京发来贺电。'),
      { glossary: EMPTY },
    );
    assert.deepEqual(entities.map((e) => e.title), ['米舒斯京']);
    assert.deepEqual(articles.flatMap(linksIn), ['米舒斯京', '米舒斯京']);
  });

  it('take the longer name the corpus knows: 米舒斯京 from the glossary, linked whole', () => {
    const { articles, entities } = linkCorpus(reports('俄罗斯总理米舒斯京(Mikhail Mishustin)访越。', '俄罗斯总理米舒斯京发来贺电。'), {
      glossary: { people: ['米舒斯京'], terms: [] },
    });
    assert.deepEqual(entities.map((e) => e.title), ['米舒斯京']);
    assert.deepEqual(articles.flatMap(linksIn), ['米舒斯京', '米舒斯京']);
  });

  it('leave out a name that runs into the next word (梁强强 of 梁强强调), and keep the name it extends', () => {
    const { articles, entities } = linkCorpus(
      reports('越南国家主席梁强强调，两国友谊深厚。国家主席梁强出席。', '越南国家主席梁强强调合作。', '越南国家主席梁强在河内出席大会。'),
      { glossary: EMPTY },
    );
    assert.deepEqual(entities.map((e) => e.title), ['梁强']);
    assert.deepEqual(articles.map(linksIn), [['梁强'], ['梁强'], ['梁强']]);
  });

  it('keep a name followed by a word no list knows, where it extends no other name: 范平明陪同', () => {
    const { entities } = linkCorpus(reports('外长范平明陪同。', '外长范平明陪同出访。'), { glossary: EMPTY });
    assert.deepEqual(entities.map((e) => [e.title, e.kind]), [['范平明', 'person']]);
  });
});

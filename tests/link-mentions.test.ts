import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseSeed } from '../src/ingest/seed.ts';
import { ingestWiki } from '../src/ingest/wiki/index.ts';
import { linkCorpus } from '../src/link/index.ts';
import type { Inline } from '../src/model/index.ts';

const seed = (name: string, text: string) => ingestWiki(parseSeed(`mentions-${name}.md`, `# ${name}\n\n${text}\n`));
const link = (t: string) => `[${t}](../Page/${t}.md "wikilink")`;

describe('names inside a bold or italic name', () => {
  // 101 武元甲:24: the export links no 越南 there; the mention pass linked 越南 inside the unit's name.
  const { articles, entities } = linkCorpus([
    seed('武元甲', `${link('越南')}的將領。\n\n## 抗法戰爭\n\n1944年12月22日，武元甲在高平組建了**越南解放軍宣傳隊**，成員僅34人。後來他回到越南。\n\n## 評價\n\n**越南**是他的國家；*越南戰爭史*一書。`),
  ]);
  const vietnam = entities.find((e) => e.title === '越南')!;
  const section = (n: number) => articles[0]!.sections[n]!.blocks[0]!;
  const strong = (inlines: readonly Inline[]) => inlines.find((i) => i.type === 'strong');

  it('are part of that name: neither linked nor counted (越南 in **越南解放軍宣傳隊**); the next mention links', () => {
    const p = section(0);
    assert.ok(p.type === 'paragraph');
    assert.deepEqual(strong(p.children), { type: 'strong', children: [{ type: 'text', value: '越南解放軍宣傳隊' }] });
    assert.deepEqual(
      vietnam.mentions.filter((m) => m.sectionId === articles[0]!.sections[0]!.id).map((m) => m.sentence),
      ['後來他回到越南。'],
    );
    assert.ok(p.children.some((i) => i.type === 'link' && i.target.kind === 'entity' && i.target.id === vietnam.id));
  });

  it('still count when the bold text is the entity\'s name itself (**越南**), not in an italic title', () => {
    const p = section(1);
    assert.ok(p.type === 'paragraph');
    const bold = strong(p.children);
    assert.ok(bold?.type === 'strong' && bold.children[0]?.type === 'link');
    assert.deepEqual(
      vietnam.mentions.filter((m) => m.sectionId === articles[0]!.sections[1]!.id).map((m) => m.sentence),
      ['越南是他的國家；'],
    );
  });
});

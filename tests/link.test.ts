import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Sentences } from '../src/link/walk.ts';

describe('the link pass\'s text walking', () => {
  it('walk.ts exports only what other modules use (no dead walkers)', async () => {
    const walk = await import('../src/link/walk.ts');
    assert.deepEqual(Object.keys(walk).sort(), ['Sentences', 'plainText', 'replaceBlocks', 'textUnits', 'unitParts', 'withParts']);
  });

  it('ends a sentence after its closing quotes, and starts the next one after them', () => {
    const sentences = new Sentences('甲說：「好。」乙來了。');
    assert.equal(sentences.at(1), '甲說：「好。」');
    assert.equal(sentences.at(8), '乙來了。');
    assert.equal(new Sentences('甲說：「好。」乙來了').at(11), '乙來了', 'an offset past the text is in the last sentence');
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

describe('the link pass\'s text walking', () => {
  it('walk.ts exports only what other modules use (no dead walkers)', async () => {
    const walk = await import('../src/link/walk.ts');
    assert.deepEqual(Object.keys(walk).sort(), ['Sentences', 'plainText', 'replaceBlocks', 'textUnits', 'unitParts', 'withParts']);
  });

});

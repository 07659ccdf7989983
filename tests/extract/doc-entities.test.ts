// DocEntities lookups shared by the resolution and relation stages: the most recent entity a test holds for, and the one.
import { describe, expect, it } from 'vitest';
import { getLexicon } from '../../server/extract/lexicon.js';
import { DocEntities } from '../../server/extract/resolve.js';

function doc(): DocEntities {
  const d = new DocEntities(getLexicon(), 100);
  d.obtain('unit:', 'a', 'unit', '5th Brigade');
  d.obtain('org:', 'b', 'organization', 'Ministry of Defence');
  d.obtain('unit:', 'c', 'unit', '38th Brigade');
  return d;
}

describe('DocEntities.only', () => {
  it('gives the one entity a test holds for, and nothing when none or several do', () => {
    const d = doc();
    expect(d.only((e) => e.type === 'organization')?.label).toBe('Ministry of Defence');
    expect(d.only((e) => e.type === 'unit')).toBeUndefined();
    expect(d.only((e) => e.type === 'person')).toBeUndefined();
    expect(d.only((e) => e.label.startsWith('38th'))?.label).toBe('38th Brigade');
  });
});

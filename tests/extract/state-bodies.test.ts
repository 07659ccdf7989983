// A state's own bodies named without their state: which cores count, and the label with the state.
import { describe, expect, it } from 'vitest';
import { getLexicon } from '../../server/extract/lexicon.js';
import { stateBodyLabel } from '../../server/extract/names.js';
import { isStateBodyCore, SERVICE_STAFFS } from '../../server/extract/state-bodies.js';
import { run } from './helpers.js';

describe('isStateBodyCore', () => {
  it('knows ministries, general staffs and service staffs, not named bodies', () => {
    expect(isStateBodyCore('ministry of defence')).toBe(true);
    expect(isStateBodyCore('ministry of foreign affairs')).toBe(true);
    expect(isStateBodyCore('general staff')).toBe(true);
    expect(isStateBodyCore('naval staff')).toBe(true);
    expect(isStateBodyCore('security council')).toBe(false);
    expect(isStateBodyCore('african union')).toBe(false);
  });
});

describe('stateBodyLabel', () => {
  it('names the body with its state, and the service a staff heads', () => {
    const lex = getLexicon();
    expect(stateBodyLabel(lex, 'ministry of defence', 'BLR')).toBe('Ministry of Defence of Belarus');
    expect(stateBodyLabel(lex, SERVICE_STAFFS.get('naval staff')!, 'BGD')).toBe('Navy of Bangladesh');
    expect(stateBodyLabel(lex, 'general staff', 'XXX')).toBeUndefined();
  });
});

describe('bare state bodies in a document', () => {
  it('two dispatches from two capitals keep their defence ministries apart', () => {
    const minsk = run('MINSK, April 7. /BelTA/. The Defence Ministry said the drills ended.');
    const hanoi = run('HANOI, April 8. /VNA/. The Defence Ministry said the drills ended.');
    expect(minsk.entities.map((e) => e.label)).toContain('Ministry of Defence of Belarus');
    expect(hanoi.entities.map((e) => e.label)).toContain('Ministry of Defence of Vietnam');
  });

  it('a bare body without a dateline state stays bare', () => {
    expect(run('The Defence Ministry said the drills ended.').entities.map((e) => e.label)).toContain('Defence Ministry');
  });
});

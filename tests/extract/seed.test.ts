// The seed dispatch (000) must give its obvious facts.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../server/extract/index.js';
import { entity, relation, triples } from './helpers.js';

const file = resolve(import.meta.dirname, '../../data/dispatches/000_d79e12fe8218912b.txt');
const x = extractDocument({ text: readFileSync(file, 'utf8'), id: '000_d79e12fe8218912b.txt' });

describe('seed dispatch', () => {
  it('Kim Jong Un LEADER_OF North Korea', () => {
    expect(relation(x, 'Kim Jong Un', 'LEADER_OF', 'North Korea'), triples(x).join('\n')).toBeDefined();
  });
  it('528th Regiment of Engineers DEPLOYED_TO Kursk Region, early August 2025', () => {
    const r = relation(x, '528th Regiment of Engineers', 'DEPLOYED_TO', 'Kursk Region');
    expect(r?.date).toMatchObject({ start: '2025-08-01', end: '2025-08-10' });
  });
  it('Kursk Region LOCATED_IN Russia', () => {
    expect(relation(x, 'Kursk Region', 'LOCATED_IN', 'Russia')).toBeDefined();
  });
  it('Sergey Shoigu OFFICIAL_OF Security Council of Russia as Secretary', () => {
    const r = relation(x, 'Sergey Shoigu', 'OFFICIAL_OF', 'Security Council of Russia');
    expect(r?.role).toBe('Secretary');
  });
  it('one node for North Korea / DPRK / Democratic People’s Republic of Korea, one for Russia / Russian Federation', () => {
    const nk = entity(x, 'North Korea', 'state');
    expect(nk).toBeDefined();
    expect(entity(x, 'DPRK', 'state')?.id).toBe(nk!.id);
    expect(entity(x, "Democratic People's Republic of Korea", 'state')?.id).toBe(nk!.id);
    const ru = entity(x, 'Russia', 'state');
    expect(entity(x, 'Russian Federation', 'state')?.id).toBe(ru!.id);
    expect(x.entities.filter((e) => e.type === 'state')).toHaveLength(2);
  });
  it('every evidence sentence matches the text at its offsets and carries the report date', () => {
    const text = readFileSync(file, 'utf8');
    for (const r of x.relations) for (const ev of r.evidence) {
      expect(text.slice(ev.start, ev.end)).toBe(ev.sentence);
      expect(ev.reported).toBe('2025-12-13');
    }
  });
});

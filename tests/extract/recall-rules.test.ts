// Recall rules for unseen dispatches (tuning3 round): what is sent as help, "his / her country",
// and further participation, leadership, location and membership phrasings. One small invented
// dispatch per row; names and countries are invented or varied on purpose.
import { describe, expect, it } from 'vitest';
import type { EdgeType, NodeType } from '../../server/ontology.js';
import { entity, relation, run, triples } from './helpers.js';

type Triple = [string, EdgeType, string];
interface Want { has?: Triple[]; not?: Triple[]; entities?: Array<[string, NodeType]> }

const cases: Array<[string, { given: string; want: Want }]> = [
  ['"sent aid to X" is help, not a deployment', {
    given: 'Peru sent aid to Bolivia on Monday.',
    want: { has: [['Peru', 'ASSISTED', 'Bolivia']], not: [['Peru', 'DEPLOYED_TO', 'Bolivia']] },
  }],
  ['"delivered relief supplies to X" is help', {
    given: 'Norway delivered relief supplies to Sudan.',
    want: { has: [['Norway', 'ASSISTED', 'Sudan']] },
  }],
  ['"sent troops to X" stays a deployment', {
    given: 'Chile sent 300 troops to Haiti.',
    want: { has: [['Chile', 'DEPLOYED_TO', 'Haiti']], not: [['Chile', 'ASSISTED', 'Haiti']] },
  }],
  ['"her country" is the state of the person just named', {
    given: "Ghana's Foreign Minister Ama Owusu said her country had provided Togo with two boats.",
    want: { has: [['Ghana', 'ASSISTED', 'Togo']], not: [['Ama Owusu', 'ASSISTED', 'Togo']] },
  }],
];

describe('recall rules', () => {
  it.each(cases)('%s', (_name, { given, want }) => {
    const x = run(given);
    const all = triples(x).join('\n');
    for (const [name, type] of want.entities ?? []) expect(entity(x, name, type), `${type}:${name} in ${JSON.stringify(x.entities.map((e) => `${e.type}:${e.label}`))}`).toBeDefined();
    for (const [s, t, o] of want.has ?? []) expect(relation(x, s, t, o), `${s} ${t} ${o} in\n${all}`).toBeDefined();
    for (const [s, t, o] of want.not ?? []) expect(relation(x, s, t, o), `${s} ${t} ${o} in\n${all}`).toBeUndefined();
  });
});

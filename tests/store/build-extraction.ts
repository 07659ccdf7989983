// Test helper: hand-built extractions (the extractor's output) for store and resolution tests.
import { createHash } from 'node:crypto';
import type { DateInterval, DispatchInput, EdgeType, Extraction, NodeType } from '../../server/ontology.js';

export interface EntitySpec {
  id: string;
  type: NodeType;
  label: string;
  aliases?: string[];
  mentions?: number;
}

export interface RelationSpec {
  source: string;
  type: EdgeType;
  target: string;
  /** Text of the sentence stating it; must occur in the document text. */
  sentence: string;
  date?: DateInterval;
  role?: string;
  count?: number;
  negated?: boolean;
  attributedTo?: string;
}

export interface DocSpec {
  id: string;
  text: string;
  date?: string;
  entities: EntitySpec[];
  relations?: RelationSpec[];
}

/** The DispatchInput and Extraction of a hand-described document. */
export function buildDoc(spec: DocSpec): { input: DispatchInput; extraction: Extraction } {
  const input: DispatchInput = { id: spec.id, text: spec.text, ...(spec.date !== undefined ? { date: spec.date } : {}) };
  const extraction: Extraction = {
    document: {
      id: spec.id,
      hash: createHash('sha256').update(spec.text).digest('hex'),
      length: spec.text.length,
      ...(spec.date !== undefined ? { date: spec.date } : {}),
    },
    entities: spec.entities.map((e) => ({ id: e.id, type: e.type, label: e.label, aliases: e.aliases ?? [e.label], mentions: e.mentions ?? 1 })),
    relations: (spec.relations ?? []).map((r) => {
      const start = spec.text.indexOf(r.sentence);
      if (start < 0) throw new Error(`buildDoc: sentence not in text: ${r.sentence}`);
      return {
        source: r.source,
        target: r.target,
        type: r.type,
        evidence: [{ doc: spec.id, sentence: r.sentence, start, end: start + r.sentence.length, ...(r.attributedTo !== undefined ? { attributedTo: r.attributedTo } : {}) }],
        ...(r.date !== undefined ? { date: r.date } : {}),
        ...(r.role !== undefined ? { role: r.role } : {}),
        ...(r.count !== undefined ? { count: r.count } : {}),
        ...(r.negated !== undefined ? { negated: r.negated } : {}),
      };
    }),
    problems: [],
  };
  return { input, extraction };
}

/** Two documents about the same leader under different spellings, sharing one fact. */
export function kimDocs(): [ReturnType<typeof buildDoc>, ReturnType<typeof buildDoc>] {
  const a = buildDoc({
    id: 'a',
    date: '2025-12-13',
    text: 'North Korean leader Kim Jong Un attended the ceremony. Kim praised the regiment.',
    entities: [
      { id: 'kim', type: 'person', label: 'Kim Jong Un', aliases: ['Kim Jong Un', 'North Korean leader Kim Jong Un', 'Kim'], mentions: 2 },
      { id: 'nk', type: 'state', label: 'North Korea', aliases: ['North Korean'] },
      { id: 'cer', type: 'event', label: 'ceremony', aliases: ['the ceremony'] },
    ],
    relations: [
      { source: 'kim', type: 'LEADER_OF', target: 'nk', sentence: 'North Korean leader Kim Jong Un attended the ceremony.', date: { start: '2025-01-01', end: '2025-12-31', text: 'this year' } },
      { source: 'kim', type: 'ATTENDED', target: 'cer', sentence: 'North Korean leader Kim Jong Un attended the ceremony.' },
    ],
  });
  const b = buildDoc({
    id: 'b',
    date: '2025-12-20',
    text: 'DPRK leader Kim Jong-un met Sergey Shoigu in Pyongyang on December 19.',
    entities: [
      { id: 'k', type: 'person', label: 'Kim Jong-un', aliases: ['Kim Jong-un'] },
      { id: 's', type: 'person', label: 'Sergey Shoigu', aliases: ['Sergey Shoigu'] },
      { id: 'dprk', type: 'state', label: 'North Korea', aliases: ['DPRK'] },
    ],
    relations: [
      { source: 'k', type: 'LEADER_OF', target: 'dprk', sentence: 'DPRK leader Kim Jong-un met Sergey Shoigu in Pyongyang on December 19.', date: { start: '2025-12-19', end: '2025-12-19', text: 'December 19' } },
      { source: 's', type: 'MET_WITH', target: 'k', sentence: 'DPRK leader Kim Jong-un met Sergey Shoigu in Pyongyang on December 19.' },
    ],
  });
  return [a, b];
}

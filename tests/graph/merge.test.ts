// Pure merge rules: narrowest date, first role/count, evidence union, fuller labels, node keys.
import { describe, expect, it } from 'vitest';
import { edgeKey, nodeKey, slugify } from '../../server/graph/keys.js';
import { mergeEdgeAttributes, mergeEdgeFacts, mergeNodeAttributes, preferLabel } from '../../server/graph/merge.js';
import type { DateInterval, NodeType } from '../../server/ontology.js';

const day = (d: string): DateInterval => ({ start: d, end: d, text: d });
const month: DateInterval = { start: '2025-08-01', end: '2025-08-31', text: 'in August' };

describe('mergeEdgeFacts', () => {
  it('keeps the narrowest date, the first role and count, the highest confidence', () => {
    expect(mergeEdgeFacts({ date: month, role: 'Secretary', confidence: 0.5 }, { date: day('2025-08-03'), role: 'Minister', count: 1000, confidence: 0.9 }))
      .toEqual({ date: day('2025-08-03'), role: 'Secretary', count: 1000, confidence: 0.9 });
    expect(mergeEdgeFacts({ date: day('2025-08-03') }, { date: month })).toEqual({ date: day('2025-08-03') });
    expect(mergeEdgeFacts(undefined, { count: 5 })).toEqual({ count: 5 });
  });
});

describe('mergeEdgeAttributes', () => {
  it('adds evidence once per document and sentence', () => {
    const e = (doc: string, start: number) => ({ doc, sentence: 's', start, end: start + 1 });
    const merged = mergeEdgeAttributes({ type: 'VISITED', evidence: [e('a', 0)] }, { type: 'VISITED', evidence: [e('a', 0), e('b', 0), e('a', 5)] });
    expect(merged.evidence).toEqual([e('a', 0), e('b', 0), e('a', 5)]);
  });
});

describe('mergeNodeAttributes', () => {
  it('sums mentions, widens the seen interval and unites aliases', () => {
    const merged = mergeNodeAttributes(
      { type: 'person', label: 'Kim Jong Un', aliases: ['Kim Jong Un'], mentions: 2, firstSeen: '2025-02-01', lastSeen: '2025-03-01' },
      { type: 'person', label: 'Kim Jong-un', aliases: ['Kim Jong-un', 'Kim Jong Un'], mentions: 1, firstSeen: '2025-01-01' },
    );
    expect(merged).toEqual({ type: 'person', label: 'Kim Jong Un', aliases: ['Kim Jong Un', 'Kim Jong-un'], mentions: 3, firstSeen: '2025-01-01', lastSeen: '2025-03-01' });
  });
});

describe('preferLabel', () => {
  const cases: [string, { given: [NodeType, string, string]; want: string }][] = [
    ['fuller name wins', { given: ['person', 'Vladimir Putin', 'Vladimir Vladimirovich Putin'], want: 'Vladimir Vladimirovich Putin' }],
    ['shorter name loses', { given: ['person', 'Sergey Shoigu', 'Shoigu'], want: 'Sergey Shoigu' }],
    ['title words do not count', { given: ['person', 'Kim Jong Un', 'Leader Kim Jong Un'], want: 'Kim Jong Un' }],
    ['states keep their canonical label', { given: ['state', 'North Korea', "Democratic People's Republic of Korea"], want: 'North Korea' }],
  ];
  it.each(cases)('%s', (_name, { given, want }) => {
    expect(preferLabel(...given)).toBe(want);
  });
});

describe('keys', () => {
  const cases: [string, { given: [NodeType, string]; want: string }][] = [
    ['person', { given: ['person', 'Kim Jong Un'], want: 'person:kim-jong-un' }],
    ['apostrophes and accents', { given: ['organization', 'Workers’ Party of Korea'], want: 'organization:workers-party-of-korea' }],
    ['accented letters', { given: ['place', 'Zürich-Flughafen'], want: 'place:zurich-flughafen' }],
    ['other scripts kept', { given: ['person', 'Сергей Шойгу'], want: 'person:сергеи-шоигу' }],
  ];
  it.each(cases)('%s', (_name, { given, want }) => {
    expect(nodeKey(...given)).toBe(want);
    expect(decodeURIComponent(encodeURIComponent(want))).toBe(want);
  });

  it('gives a slug to labels without letters', () => {
    expect(slugify('!!!')).toMatch(/^x[0-9a-f]{8}$/);
  });

  it('orders the ends of symmetric edges and marks negated ones', () => {
    expect(edgeKey('person:b', 'MET_WITH', 'person:a')).toBe('person:a|MET_WITH|person:b');
    expect(edgeKey('person:b', 'PRAISED', 'person:a')).toBe('person:b|PRAISED|person:a');
    expect(edgeKey('state:x', 'SIGNED', 'agreement:y', true)).toBe('state:x|SIGNED|agreement:y|not');
  });
});

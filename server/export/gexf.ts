// GEXF 1.3 writer for the knowledge graph: declared node/edge attributes, viz colour, size and a
// deterministic position, XML-safe text, edge ids = graph edge keys. Built as an array of lines.
import { EDGE_TYPE_COLOR, NODE_TYPE_INFO, type EdgeAttributes, type KnowledgeGraph, type NodeAttributes } from '../ontology.js';
import { layoutPositions, type LayoutOptions } from './layout.js';
import { escapeXml } from './xml.js';

export interface GexfOptions {
  creator: string;
  description: string;
  /** Day written as `lastmodifieddate` (ISO yyyy-mm-dd); today when absent. */
  lastModified?: string;
  layout?: Partial<LayoutOptions>;
}

export const GEXF_DEFAULTS: Readonly<GexfOptions> = {
  creator: 'dispatch-graph',
  description: 'Knowledge graph of news dispatches: people, units, states, organizations, agreements, places, events and awards joined by typed, dated, sourced relations',
};

type AttrType = 'string' | 'liststring' | 'integer' | 'double' | 'boolean';
interface Column<A> {
  id: string;
  type: AttrType;
  value: (attrs: A) => string | number | boolean | undefined;
}

const NODE_COLUMNS: Column<NodeAttributes>[] = [
  { id: 'type', type: 'string', value: (a) => a.type },
  { id: 'aliases', type: 'liststring', value: (a) => JSON.stringify(a.aliases ?? []) },
  { id: 'mentions', type: 'integer', value: (a) => (a.mentions === undefined ? undefined : Math.round(a.mentions)) },
  { id: 'firstSeen', type: 'string', value: (a) => a.firstSeen },
  { id: 'lastSeen', type: 'string', value: (a) => a.lastSeen },
  { id: 'description', type: 'string', value: (a) => a.description },
];

const EDGE_COLUMNS: Column<EdgeAttributes>[] = [
  { id: 'type', type: 'string', value: (a) => a.type },
  { id: 'date_start', type: 'string', value: (a) => a.date?.start },
  { id: 'date_end', type: 'string', value: (a) => a.date?.end },
  { id: 'date_text', type: 'string', value: (a) => a.date?.text },
  { id: 'role', type: 'string', value: (a) => a.role },
  { id: 'count', type: 'integer', value: (a) => (a.count === undefined ? undefined : Math.round(a.count)) },
  { id: 'confidence', type: 'double', value: (a) => a.confidence },
  { id: 'evidence_count', type: 'integer', value: (a) => a.evidence?.length ?? 0 },
  { id: 'evidence', type: 'string', value: (a) => a.evidence?.[0]?.sentence },
  { id: 'documents', type: 'liststring', value: (a) => JSON.stringify([...new Set((a.evidence ?? []).map((e) => e.doc))]) },
  { id: 'negated', type: 'boolean', value: (a) => a.negated ?? false },
];

function declare(cls: 'node' | 'edge', columns: Column<never>[]): string[] {
  return [
    `    <attributes class="${cls}" mode="static">`,
    ...columns.map((c) => `      <attribute id="${escapeXml(c.id)}" title="${escapeXml(c.id)}" type="${c.type}"/>`),
    '    </attributes>',
  ];
}

function attvalues<A>(columns: Column<A>[], attrs: A, indent: string): string[] {
  const out: string[] = [];
  for (const c of columns) {
    const v = c.value(attrs);
    if (v === undefined || (typeof v === 'number' && !Number.isFinite(v))) continue;
    out.push(`${indent}  <attvalue for="${escapeXml(c.id)}" value="${escapeXml(String(v))}"/>`);
  }
  return out.length === 0 ? [] : [`${indent}<attvalues>`, ...out, `${indent}</attvalues>`];
}

function rgb(hex: string): string {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  const [r, g, b] = m ? [m[1]!, m[2]!, m[3]!].map((h) => parseInt(h, 16)) : [128, 128, 128];
  return `r="${r}" g="${g}" b="${b}"`;
}

/** Node size on screen from its degree. */
export function sizeFromDegree(degree: number): number {
  return Math.round((3 + 2.5 * Math.sqrt(degree)) * 100) / 100;
}

/** The whole of `graph` as a GEXF 1.3 document (pass a subgraph() to export part of it). */
export function toGexf(graph: KnowledgeGraph, options: Partial<GexfOptions> = {}): string {
  const { creator, description, lastModified, layout } = { ...GEXF_DEFAULTS, ...options };
  const day = lastModified ?? new Date().toISOString().slice(0, 10);
  const positions = layoutPositions(graph, layout);
  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    `  <meta lastmodifieddate="${escapeXml(day)}">`,
    `    <creator>${escapeXml(creator)}</creator>`,
    `    <description>${escapeXml(description)}</description>`,
    '  </meta>',
    '  <graph defaultedgetype="directed" mode="static">',
    ...declare('node', NODE_COLUMNS as Column<never>[]),
    ...declare('edge', EDGE_COLUMNS as Column<never>[]),
    `    <nodes count="${graph.order}">`,
  ];
  graph.forEachNode((id, a) => {
    const pos = positions.get(id) ?? { x: 0, y: 0 };
    lines.push(
      `      <node id="${escapeXml(id)}" label="${escapeXml(a.label ?? id)}">`,
      ...attvalues(NODE_COLUMNS, a, '        '),
      `        <viz:color ${rgb(NODE_TYPE_INFO[a.type]?.color ?? '#808080')}/>`,
      `        <viz:position x="${pos.x}" y="${pos.y}"/>`,
      `        <viz:size value="${sizeFromDegree(graph.degree(id))}"/>`,
      '      </node>',
    );
  });
  lines.push('    </nodes>', `    <edges count="${graph.size}">`);
  graph.forEachEdge((id, a, source, target, _sa, _ta, undirected) => {
    const kind = undirected ? ' type="undirected"' : '';
    const weight = Math.max(1, a.evidence?.length ?? 0);
    lines.push(
      `      <edge id="${escapeXml(id)}" source="${escapeXml(source)}" target="${escapeXml(target)}"${kind} label="${escapeXml(a.type)}" weight="${weight}">`,
      ...attvalues(EDGE_COLUMNS, a, '        '),
      `        <viz:color ${rgb(EDGE_TYPE_COLOR[a.type] ?? '#808080')}/>`,
      '      </edge>',
    );
  });
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return lines.join('\n');
}

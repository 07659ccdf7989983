// GEXF 1.3 writer for the knowledge graph, streamed: gexfChunks() yields the document in pieces
// of about 64 KB, reading attributes from the live graph as it goes (no copy, no whole-document
// string). Declared, typed node/edge attributes; viz colour (stored colour or the type's, r/g/b
// or hex), size and position (stored layout, else a computed one); a dynamic graph with spells
// (timeformat date) when dates are known, so Gephi's timeline works. Text is XML-safe.
import { edgeInterval, type DayInterval } from '../graph/edge-filter.js';
import { EDGE_TYPE_COLOR, NODE_TYPE_INFO, type EdgeAttributes, type KnowledgeGraph, type NodeAttributes } from '../ontology.js';
import { layoutFor, type LayoutOptions, type Point } from './layout.js';
import { wholeGraph, type GraphSelection } from './selection.js';
import { escapeXml, parseHexColor, toHex, type Rgba } from './xml.js';

export interface GexfOptions {
  creator: string;
  description: string;
  /** Day written as `lastmodifieddate` (ISO yyyy-mm-dd); today when absent. */
  lastModified?: string;
  /** Computed layout, for nodes without a stored position. */
  layout?: Partial<LayoutOptions>;
  /** Stored layout: positions by node id (node attributes x/y win over it). */
  positions?: ReadonlyMap<string, Point>;
  /** `rgb` writes r/g/b (read by every GEXF reader); `hex` writes GEXF 1.3's hex="#rrggbb". */
  colorFormat: 'rgb' | 'hex';
  /** Characters per yielded chunk (about). */
  chunkSize: number;
}

export const GEXF_DEFAULTS: Readonly<GexfOptions> = {
  creator: 'dispatch-graph',
  description: 'Knowledge graph of news dispatches: people, units, states, organizations, agreements, places, events and awards joined by typed, dated, sourced relations',
  colorFormat: 'rgb',
  chunkSize: 64 * 1024,
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

function declare(cls: 'node' | 'edge', columns: Column<never>[]): string {
  return [
    `    <attributes class="${cls}" mode="static">`,
    ...columns.map((c) => `      <attribute id="${escapeXml(c.id)}" title="${escapeXml(c.id)}" type="${c.type}"/>`),
    '    </attributes>',
  ].join('\n');
}

/** The text of one attvalue, or undefined when there is none (or it cannot be written as its type). */
function cell(type: AttrType, v: string | number | boolean | undefined): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'number') return Number.isFinite(v) ? (type === 'integer' ? String(Math.trunc(v)) : String(v)) : undefined;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return typeof v === 'string' ? v : JSON.stringify(v);
}

function attvalues<A>(columns: Column<A>[], attrs: A, indent: string): string {
  let out = '';
  for (const c of columns) {
    const v = cell(c.type, c.value(attrs));
    if (v !== undefined) out += `${indent}  <attvalue for="${escapeXml(c.id)}" value="${escapeXml(v)}"/>\n`;
  }
  return out === '' ? '' : `${indent}<attvalues>\n${out}${indent}</attvalues>\n`;
}

function vizColor(color: Rgba, format: GexfOptions['colorFormat']): string {
  const alpha = color.a < 1 ? ` a="${color.a}"` : '';
  return format === 'hex' ? `<viz:color hex="${toHex(color)}"${alpha}/>` : `<viz:color r="${color.r}" g="${color.g}" b="${color.b}"${alpha}/>`;
}

const GREY: Rgba = { r: 128, g: 128, b: 128, a: 1 };

/** Node size on screen from its degree. */
export function sizeFromDegree(degree: number): number {
  return Math.round((3 + 2.5 * Math.sqrt(degree)) * 100) / 100;
}

const spell = (s: DayInterval, indent: string) => `${indent}<spells><spell start="${s.start}" end="${s.end}"/></spells>\n`;

/** Widens `span` to cover `day` (ISO days compare as strings). */
function cover(span: DayInterval | undefined, start: string | undefined, end: string | undefined = start): DayInterval | undefined {
  if (start === undefined || end === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(start) || !/^\d{4}-\d{2}-\d{2}$/.test(end)) return span;
  if (span === undefined) return { start, end };
  return { start: start < span.start ? start : span.start, end: end > span.end ? end : span.end };
}

/** A node's time: its first and last report days widened to every selected edge's time. */
function nodeSpell(sel: GraphSelection, node: string, attrs: NodeAttributes): DayInterval | undefined {
  let span = cover(cover(undefined, attrs.firstSeen), attrs.lastSeen);
  sel.graph.forEachEdge(node, (edge, a) => {
    if (!sel.hasEdge(edge)) return;
    const t = edgeInterval(a);
    if (t) span = cover(span, t.start, t.end);
  });
  return span;
}

/** True when some selected node or edge has a known time (the graph is then written as dynamic). */
function hasDates(sel: GraphSelection): boolean {
  const { graph } = sel;
  for (const edge of sel.edges) if (graph.hasEdge(edge) && edgeInterval(graph.getEdgeAttributes(edge))) return true;
  for (const node of sel.nodes) if (graph.hasNode(node) && cover(undefined, graph.getNodeAttribute(node, 'firstSeen'))) return true;
  return false;
}

/** The selection as a GEXF 1.3 document, in chunks of about `chunkSize` characters. */
export function* gexfChunks(sel: GraphSelection, options: Partial<GexfOptions> = {}): Generator<string> {
  const o = { ...GEXF_DEFAULTS, ...(sel.description ? { description: `${GEXF_DEFAULTS.description}. ${sel.description}` } : {}), ...options };
  const { graph } = sel;
  const day = o.lastModified ?? new Date().toISOString().slice(0, 10);
  const dynamic = hasDates(sel);
  const needLayout = sel.nodes.some((n) => {
    const a = graph.hasNode(n) ? graph.getNodeAttributes(n) : undefined;
    return a !== undefined && !(Number.isFinite(a.x) && Number.isFinite(a.y)) && !o.positions?.has(n);
  });
  const computed = needLayout ? layoutFor(graph, sel.nodes, sel.edges, o.layout) : undefined;
  const position = (id: string, a: NodeAttributes): Point =>
    Number.isFinite(a.x) && Number.isFinite(a.y) ? { x: a.x!, y: a.y! } : (o.positions?.get(id) ?? computed!(id));

  let buffer = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    `  <meta lastmodifieddate="${escapeXml(day)}">`,
    `    <creator>${escapeXml(o.creator)}</creator>`,
    `    <description>${escapeXml(o.description)}</description>`,
    '  </meta>',
    dynamic ? '  <graph defaultedgetype="directed" mode="dynamic" timeformat="date">' : '  <graph defaultedgetype="directed" mode="static">',
    declare('node', NODE_COLUMNS as Column<never>[]),
    declare('edge', EDGE_COLUMNS as Column<never>[]),
    '    <nodes>',
    '',
  ].join('\n');

  for (const id of sel.nodes) {
    if (!graph.hasNode(id)) continue; // removed while the export ran
    const a = graph.getNodeAttributes(id);
    const pos = position(id, a);
    const color = parseHexColor(a.color) ?? parseHexColor(NODE_TYPE_INFO[a.type]?.color) ?? GREY;
    const size = typeof a.size === 'number' && Number.isFinite(a.size) && a.size > 0 ? a.size : sizeFromDegree(graph.degree(id));
    const span = dynamic ? nodeSpell(sel, id, a) : undefined;
    buffer +=
      `      <node id="${escapeXml(id)}" label="${escapeXml(String(a.label ?? id))}">\n` +
      attvalues(NODE_COLUMNS, a, '        ') +
      (span ? spell(span, '        ') : '') +
      `        ${vizColor(color, o.colorFormat)}\n` +
      `        <viz:position x="${pos.x}" y="${pos.y}"/>\n` +
      `        <viz:size value="${size}"/>\n` +
      '      </node>\n';
    if (buffer.length >= o.chunkSize) {
      yield buffer;
      buffer = '';
    }
  }
  buffer += '    </nodes>\n    <edges>\n';
  for (const id of sel.edges) {
    if (!graph.hasEdge(id)) continue;
    const a = graph.getEdgeAttributes(id);
    const [source, target] = graph.extremities(id);
    const kind = graph.isUndirected(id) ? ' type="undirected"' : '';
    const weight = Math.max(1, a.evidence?.length ?? 0);
    const span = dynamic ? edgeInterval(a) : undefined;
    buffer +=
      `      <edge id="${escapeXml(id)}" source="${escapeXml(source)}" target="${escapeXml(target)}"${kind} label="${escapeXml(String(a.type))}" weight="${weight}">\n` +
      attvalues(EDGE_COLUMNS, a, '        ') +
      (span ? spell(span, '        ') : '') +
      `        ${vizColor(parseHexColor(EDGE_TYPE_COLOR[a.type]) ?? GREY, o.colorFormat)}\n` +
      '      </edge>\n';
    if (buffer.length >= o.chunkSize) {
      yield buffer;
      buffer = '';
    }
  }
  yield `${buffer}    </edges>\n  </graph>\n</gexf>\n`;
}

/** The whole of `graph` as one GEXF 1.3 string (small graphs, tests, the export script). */
export function toGexf(graph: KnowledgeGraph, options: Partial<GexfOptions> = {}): string {
  let out = '';
  for (const chunk of gexfChunks(wholeGraph(graph), options)) out += chunk;
  return out;
}

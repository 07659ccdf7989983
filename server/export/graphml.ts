// GraphML writer for the knowledge graph, streamed like the GEXF writer: typed <key>
// declarations, one <data> per known value, edge ids = graph edge keys, a directed multigraph
// (parallel edges kept), position, size and colour from the stored layout or the node type.
import type { EdgeAttributes, NodeAttributes } from '../ontology.js';
import { NODE_TYPE_INFO } from '../ontology.js';
import { edgeInterval } from '../graph/edge-filter.js';
import { sizeFromDegree } from './gexf.js';
import type { Point } from './layout.js';
import type { GraphSelection } from './selection.js';
import { escapeXml, parseHexColor, toHex } from './xml.js';

export interface GraphmlOptions {
  /** Stored layout: positions by node id (node attributes x/y win over it). */
  positions?: ReadonlyMap<string, Point>;
  /** Characters per yielded chunk (about). */
  chunkSize: number;
}

export const GRAPHML_DEFAULTS: Readonly<GraphmlOptions> = { chunkSize: 64 * 1024 };

type KeyType = 'string' | 'int' | 'double' | 'boolean';
interface Key<A> {
  id: string;
  type: KeyType;
  value: (attrs: A, id: string) => string | number | boolean | undefined;
}

function nodeKeys(sel: GraphSelection, positions: ReadonlyMap<string, Point> | undefined): Key<NodeAttributes>[] {
  const pos = (a: NodeAttributes, id: string, axis: 'x' | 'y') => (Number.isFinite(a[axis]) ? a[axis] : positions?.get(id)?.[axis]);
  return [
    { id: 'label', type: 'string', value: (a) => a.label },
    { id: 'type', type: 'string', value: (a) => a.type },
    { id: 'aliases', type: 'string', value: (a) => JSON.stringify(a.aliases ?? []) },
    { id: 'mentions', type: 'int', value: (a) => (a.mentions === undefined ? undefined : Math.round(a.mentions)) },
    { id: 'firstSeen', type: 'string', value: (a) => a.firstSeen },
    { id: 'lastSeen', type: 'string', value: (a) => a.lastSeen },
    { id: 'description', type: 'string', value: (a) => a.description },
    { id: 'x', type: 'double', value: (a, id) => pos(a, id, 'x') },
    { id: 'y', type: 'double', value: (a, id) => pos(a, id, 'y') },
    { id: 'size', type: 'double', value: (a, id) => (typeof a.size === 'number' && Number.isFinite(a.size) ? a.size : sizeFromDegree(sel.graph.degree(id))) },
    { id: 'color', type: 'string', value: (a) => toHex(parseHexColor(a.color) ?? parseHexColor(NODE_TYPE_INFO[a.type]?.color) ?? { r: 128, g: 128, b: 128, a: 1 }) },
  ];
}

const EDGE_KEYS: Key<EdgeAttributes>[] = [
  { id: 'edgeType', type: 'string', value: (a) => a.type },
  { id: 'start', type: 'string', value: (a) => edgeInterval(a)?.start },
  { id: 'end', type: 'string', value: (a) => edgeInterval(a)?.end },
  { id: 'dateText', type: 'string', value: (a) => a.date?.text },
  { id: 'role', type: 'string', value: (a) => a.role },
  { id: 'count', type: 'int', value: (a) => (a.count === undefined ? undefined : Math.round(a.count)) },
  { id: 'confidence', type: 'double', value: (a) => a.confidence },
  { id: 'weight', type: 'double', value: (a) => Math.max(1, a.evidence?.length ?? 0) },
  { id: 'evidence', type: 'string', value: (a) => a.evidence?.[0]?.sentence },
  { id: 'documents', type: 'string', value: (a) => JSON.stringify([...new Set((a.evidence ?? []).map((e) => e.doc))]) },
  { id: 'negated', type: 'boolean', value: (a) => a.negated ?? false },
];

function data<A>(keys: Key<A>[], attrs: A, id: string, prefix: string): string {
  let out = '';
  for (const k of keys) {
    const v = k.value(attrs, id);
    if (v === undefined || v === null || (typeof v === 'number' && !Number.isFinite(v))) continue;
    const text = typeof v === 'number' && k.type === 'int' ? String(Math.trunc(v)) : String(v);
    out += `      <data key="${prefix}${k.id}">${escapeXml(text)}</data>\n`;
  }
  return out;
}

/** The selection as a GraphML document, in chunks of about `chunkSize` characters. */
export function* graphmlChunks(sel: GraphSelection, options: Partial<GraphmlOptions> = {}): Generator<string> {
  const o = { ...GRAPHML_DEFAULTS, ...options };
  const { graph } = sel;
  const nk = nodeKeys(sel, o.positions);
  const declare = (cls: 'node' | 'edge', prefix: string, keys: Key<never>[]) =>
    keys.map((k) => `  <key id="${prefix}${k.id}" for="${cls}" attr.name="${k.id}" attr.type="${k.type}"/>`).join('\n');
  let buffer = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    declare('node', 'n_', nk as Key<never>[]),
    declare('edge', 'e_', EDGE_KEYS as Key<never>[]),
    '  <graph id="dispatch-graph" edgedefault="directed">',
    sel.description ? `    <desc>${escapeXml(sel.description)}</desc>` : '',
    '',
  ]
    .filter((line, i, all) => line !== '' || i === all.length - 1)
    .join('\n');
  for (const id of sel.nodes) {
    if (!graph.hasNode(id)) continue;
    buffer += `    <node id="${escapeXml(id)}">\n${data(nk, graph.getNodeAttributes(id), id, 'n_')}    </node>\n`;
    if (buffer.length >= o.chunkSize) {
      yield buffer;
      buffer = '';
    }
  }
  for (const id of sel.edges) {
    if (!graph.hasEdge(id)) continue;
    const [source, target] = graph.extremities(id);
    const directed = graph.isUndirected(id) ? ' directed="false"' : '';
    buffer += `    <edge id="${escapeXml(id)}" source="${escapeXml(source)}" target="${escapeXml(target)}"${directed}>\n${data(EDGE_KEYS, graph.getEdgeAttributes(id), id, 'e_')}    </edge>\n`;
    if (buffer.length >= o.chunkSize) {
      yield buffer;
      buffer = '';
    }
  }
  yield `${buffer}  </graph>\n</graphml>\n`;
}

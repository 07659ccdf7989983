// GEXF 1.3 of the explorer's current view: the nodes and edges the filters leave shown, with the
// positions, sizes and colours on screen. Pure (no DOM), so it is unit-tested.
import type { KnowledgeGraph } from '../../server/ontology.js';
import type { Visibility } from './filters.js';

/** Escapes text for XML attribute values and content. */
export function xmlEscape(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}

function rgb(color: string): string {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (!m) return 'r="128" g="128" b="128"';
  return `r="${parseInt(m[1]!, 16)}" g="${parseInt(m[2]!, 16)}" b="${parseInt(m[3]!, 16)}"`;
}

/** Position, size and colour of a node as drawn (falls back to its attributes). */
export interface NodeLook {
  x: number;
  y: number;
  size: number;
  color: string;
}

/** GEXF 1.3 of the nodes and edges `visibility` leaves shown. */
export function viewToGexf(graph: KnowledgeGraph, visibility: Visibility, look: (node: string) => NodeLook, description: string): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">',
    `  <meta lastmodifieddate="${new Date().toISOString().slice(0, 10)}"><creator>dispatch-graph explorer</creator><description>${xmlEscape(description)}</description></meta>`,
    '  <graph defaultedgetype="directed" mode="static">',
    '    <attributes class="node"><attribute id="type" title="type" type="string"/><attribute id="aliases" title="aliases" type="string"/></attributes>',
    '    <attributes class="edge"><attribute id="type" title="type" type="string"/><attribute id="date_start" title="date_start" type="string"/><attribute id="date_end" title="date_end" type="string"/><attribute id="evidence_count" title="evidence_count" type="integer"/><attribute id="evidence" title="evidence" type="string"/></attributes>',
    '    <nodes>',
  ];
  graph.forEachNode((node, attr) => {
    if (visibility.hiddenNodes.has(node)) return;
    const l = look(node);
    lines.push(
      `      <node id="${xmlEscape(node)}" label="${xmlEscape(attr.label)}"><attvalues><attvalue for="type" value="${xmlEscape(attr.type)}"/><attvalue for="aliases" value="${xmlEscape((attr.aliases ?? []).join('|'))}"/></attvalues>` +
        `<viz:color ${rgb(l.color)}/><viz:size value="${l.size.toFixed(2)}"/><viz:position x="${l.x.toFixed(3)}" y="${l.y.toFixed(3)}" z="0"/></node>`,
    );
  });
  lines.push('    </nodes>', '    <edges>');
  graph.forEachEdge((edge, attr, source, target) => {
    if (visibility.hiddenEdges.has(edge) || visibility.hiddenNodes.has(source) || visibility.hiddenNodes.has(target)) return;
    const values = [
      `<attvalue for="type" value="${xmlEscape(attr.type)}"/>`,
      attr.date?.start && `<attvalue for="date_start" value="${xmlEscape(attr.date.start)}"/>`,
      attr.date?.end && `<attvalue for="date_end" value="${xmlEscape(attr.date.end)}"/>`,
      `<attvalue for="evidence_count" value="${attr.evidence?.length ?? 0}"/>`,
      attr.evidence?.[0] && `<attvalue for="evidence" value="${xmlEscape(attr.evidence[0].sentence)}"/>`,
    ].filter(Boolean);
    lines.push(`      <edge id="${xmlEscape(edge)}" source="${xmlEscape(source)}" target="${xmlEscape(target)}" label="${xmlEscape(attr.type)}"><attvalues>${values.join('')}</attvalues></edge>`);
  });
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return lines.join('\n');
}

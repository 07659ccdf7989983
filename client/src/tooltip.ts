// The edge tooltip: hovering a line names the relation ("Kim Jong Un → LEADER_OF → North
// Korea"), its date and how many sentences back it.
import type Sigma from 'sigma';
import { EDGE_TYPE_COLOR, isEdgeType, type EdgeAttributes, type KnowledgeGraph, type NodeAttributes } from '../../server/ontology.js';
import { h, replaceChildren } from './dom.js';
import { formatInterval, plural } from './format.js';
import type { Store } from './state.js';

/** Shows `el` next to the pointer while an edge is hovered; the hover itself goes to State. */
export function mountEdgeTooltip(el: HTMLElement, renderer: Sigma<NodeAttributes, EdgeAttributes>, graph: KnowledgeGraph, store: Store): void {
  renderer.on('enterEdge', ({ edge, event }) => {
    const attr = graph.getEdgeAttributes(edge);
    const label = (n: string) => graph.getNodeAttribute(n, 'label');
    const evidence = Array.isArray(attr.evidence) ? attr.evidence.length : 0;
    replaceChildren(
      el,
      h('div', { class: 'tip-line' }, h('strong', {}, label(graph.source(edge)))),
      h('div', { class: 'tip-rel', style: `--rel:${isEdgeType(attr.type) ? EDGE_TYPE_COLOR[attr.type] : '#8a94a3'}` }, `${attr.type} →`),
      h('div', { class: 'tip-line' }, h('strong', {}, label(graph.target(edge)))),
      h('div', { class: 'tip-meta' }, [attr.date && formatInterval(attr.date), attr.role, plural(evidence, 'source')].filter(Boolean).join(' · ')),
    );
    el.style.transform = `translate(${Math.round(event.x + 14)}px, ${Math.round(event.y + 14)}px)`;
    el.hidden = false;
    store.update({ hoveredEdge: edge });
  });
  renderer.on('leaveEdge', () => {
    el.hidden = true;
    store.update({ hoveredEdge: null });
  });
}

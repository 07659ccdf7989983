// The side panel for the selected node: label, type badge, aliases, first/last seen, mentions and
// its relations grouped by type and direction, each with date, role, count and evidence.
import type { EdgeView, NodeResponse } from '../../server/api-types.js';
import { EDGE_TYPES, EDGE_TYPE_COLOR, NODE_TYPE_INFO, isEdgeType, isNodeType, type KnowledgeGraph } from '../../server/ontology.js';
import { h, replaceChildren } from './dom.js';
import { renderEvidence, type EvidenceEvents } from './evidence.js';
import { formatCount, formatDay, formatInterval, plural } from './format.js';
import type { Store } from './state.js';

export interface PanelEvents extends EvidenceEvents {
  onNavigate(node: string): void;
  onClose(): void;
  onCenter(node: string): void;
}

/** Renders the panel whenever the selected node's details change. */
export function mountPanel(el: HTMLElement, graph: KnowledgeGraph, store: Store, events: PanelEvents): () => void {
  const render = () => {
    const { detail } = store.get();
    el.hidden = detail === null;
    document.body.classList.toggle('panel-open', detail !== null);
    if (!detail) return replaceChildren(el);
    if (detail.status === 'loading') return replaceChildren(el, closeBar(events), h('div', { class: 'panel-loading' }, h('div', { class: 'spinner' }), 'Loading relations…'));
    if (detail.status === 'error') return replaceChildren(el, closeBar(events), h('div', { class: 'panel-error' }, h('h2', {}, 'Could not load this node'), h('p', {}, detail.message)));
    replaceChildren(el, closeBar(events), ...renderNode(detail.data, graph, events));
    el.scrollTop = 0;
  };
  return store.subscribe((state, prev) => {
    if (state.detail !== prev.detail) render();
  });
}

function closeBar(events: PanelEvents): HTMLElement {
  return h('button', { class: 'icon-button panel-close', type: 'button', title: 'Close (Esc)', 'aria-label': 'Close panel', onclick: () => events.onClose() }, '×');
}

function typeBadge(type: string): HTMLElement {
  const info = isNodeType(type) ? NODE_TYPE_INFO[type] : null;
  return h('span', { class: 'badge', style: `--badge:${info?.color ?? '#8a94a3'}` }, info?.label ?? type);
}

function renderNode(data: NodeResponse, graph: KnowledgeGraph, events: PanelEvents): HTMLElement[] {
  const { node, edges } = data;
  const aliases = node.aliases.filter((a) => a !== node.label);
  const fact = (label: string, value: string, cls = 'fact') => h('div', { class: cls }, h('dt', {}, label), h('dd', {}, value || '—'));
  const seen = node.firstSeen && node.lastSeen && node.firstSeen !== node.lastSeen ? `${formatDay(node.firstSeen)} – ${formatDay(node.lastSeen)}` : formatDay(node.firstSeen ?? node.lastSeen);
  const head = h(
    'header',
    { class: 'panel-head' },
    h('div', { class: 'panel-kicker' }, typeBadge(node.type), h('button', { class: 'link small', type: 'button', onclick: () => events.onCenter(node.id) }, 'Show on graph')),
    h('h2', { class: 'panel-title' }, node.label),
    aliases.length > 0 && h('ul', { class: 'aliases', 'aria-label': 'Also known as' }, aliases.map((a) => h('li', {}, a))),
    h(
      'dl',
      { class: 'facts' },
      fact('Mentions', formatCount(node.mentions)),
      fact('Relations', formatCount(edges.length)),
      fact(node.firstSeen !== node.lastSeen ? 'First – last seen' : 'Seen', seen, 'fact wide'),
    ),
  );
  return [head, renderRelations(edges, graph, events)];
}

interface Group {
  key: string;
  type: string;
  direction: 'out' | 'in';
  edges: EdgeView[];
}

function groupEdges(edges: EdgeView[]): Group[] {
  const groups = new Map<string, Group>();
  for (const edge of edges) {
    const key = `${edge.direction}:${edge.type}`;
    const group = groups.get(key) ?? { key, type: edge.type, direction: edge.direction, edges: [] };
    group.edges.push(edge);
    groups.set(key, group);
  }
  // Outgoing first, then in ontology order (LEADER_OF, OFFICIAL_OF, PART_OF, ...).
  const rank = (type: string) => (EDGE_TYPES as readonly string[]).indexOf(type) >>> 0;
  return [...groups.values()].sort((a, b) => (a.direction === b.direction ? 0 : a.direction === 'out' ? -1 : 1) || rank(a.type) - rank(b.type));
}

function renderRelations(edges: EdgeView[], graph: KnowledgeGraph, events: PanelEvents): HTMLElement {
  const section = h('section', { class: 'relations' }, h('h3', { class: 'section-title' }, plural(edges.length, 'relation')));
  if (edges.length === 0) {
    section.append(h('p', { class: 'muted' }, 'No relations recorded for this node yet.'));
    return section;
  }
  const groups = groupEdges(edges);
  const blocks = groups.map((group) => {
    const color = isEdgeType(group.type) ? EDGE_TYPE_COLOR[group.type] : '#8a94a3';
    const title = group.direction === 'out' ? `${group.type} →` : `← ${group.type}`;
    return h(
      'div',
      { class: 'relation-group', style: `--rel:${color}` },
      h('h4', { class: 'relation-type' }, h('span', { class: 'rel-name' }, title), h('span', { class: 'count' }, String(group.edges.length))),
      h('ul', { class: 'relation-list' }, group.edges.map((edge) => renderEdge(edge, graph, events))),
    );
  });
  if (groups.length > 2) {
    // An index of the groups: one click scrolls to the relation type wanted.
    section.append(
      h(
        'nav',
        { class: 'rel-index', 'aria-label': 'Relation types' },
        groups.map((group, i) =>
          h(
            'button',
            { class: 'rel-chip', type: 'button', style: `--rel:${isEdgeType(group.type) ? EDGE_TYPE_COLOR[group.type] : '#8a94a3'}`, onclick: () => blocks[i]?.scrollIntoView({ behavior: 'smooth', block: 'start' }) },
            group.direction === 'out' ? `${group.type} →` : `← ${group.type}`,
            h('span', { class: 'count' }, String(group.edges.length)),
          ),
        ),
      ),
    );
  }
  section.append(...blocks);
  return section;
}

function renderEdge(edge: EdgeView, graph: KnowledgeGraph, events: PanelEvents): HTMLElement {
  const other = edge.direction === 'out' ? edge.target : edge.source;
  const otherLabel = edge.direction === 'out' ? edge.targetLabel : edge.sourceLabel;
  const otherType = graph.hasNode(other) ? graph.getNodeAttribute(other, 'type') : null;
  const color = otherType && isNodeType(otherType) ? NODE_TYPE_INFO[otherType].color : '#8a94a3';
  const meta = [
    edge.date && h('span', { class: 'chip date', title: edge.date.text ? `“${edge.date.text}”` : '' }, formatInterval(edge.date)),
    edge.role && h('span', { class: 'chip' }, edge.role),
    edge.count !== undefined && h('span', { class: 'chip', title: 'Number stated in the text' }, `count ${formatCount(edge.count)}`),
  ].filter(Boolean);
  return h(
    'li',
    { class: 'relation', 'data-testid': 'relation' },
    h(
      'div',
      { class: 'relation-head' },
      h('span', { class: 'arrow', 'aria-hidden': 'true' }, edge.direction === 'out' ? '→' : '←'),
      h('button', { class: 'node-link', type: 'button', 'data-node': other, onclick: () => events.onNavigate(other) }, h('span', { class: 'dot', style: `background:${color}` }), otherLabel),
    ),
    meta.length > 0 && h('div', { class: 'relation-meta' }, meta),
    renderEvidence(edge.evidence, events),
  );
}

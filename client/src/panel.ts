// The side panel for the selected node: label, type badge, aliases, first/last seen, mentions and
// its relations grouped by type and direction, each with date, role, count and evidence.
import type { EdgeView, NodeResponse } from '../../server/api-types.js';
import { EDGE_TYPES, EDGE_TYPE_COLOR, NODE_TYPES, NODE_TYPE_INFO, isEdgeType, isNodeType, type KnowledgeGraph, type NodeType } from '../../server/ontology.js';
import { h, replaceChildren } from './dom.js';
import { renderEvidence, type EvidenceEvents } from './evidence.js';
import { formatCount, formatDay, formatInterval, plural } from './format.js';
import type { Store } from './state.js';

export interface PanelEvents extends EvidenceEvents {
  onNavigate(node: string): void;
  onClose(): void;
  onCenter(node: string): void;
  /** Brings the node's neighbourhood forward (server query with type filter and cap). */
  onExpand(node: string, options: { depth: number; limit: number; nodeTypes: NodeType[] }): Promise<number>;
  /** Opens the path finder from this node. */
  onPathFrom(node: string): void;
}

/** Names of a node (label and aliases) as known to the local graph, for marking in sentences. */
function namesOf(graph: KnowledgeGraph, id: string, fallback: string): string[] {
  if (!graph.hasNode(id)) return [fallback];
  const a = graph.getNodeAttributes(id);
  return [a.label, ...(Array.isArray(a.aliases) ? a.aliases : [])];
}

/** Distinct neighbours by node type and relations by type, for the panel's summary. */
export function neighbourCounts(edges: EdgeView[], graph: KnowledgeGraph): { byType: Map<string, number>; byRelation: Map<string, number> } {
  const seen = new Map<string, string>();
  const byRelation = new Map<string, number>();
  for (const e of edges) {
    const other = e.direction === 'out' ? e.target : e.source;
    seen.set(other, graph.hasNode(other) ? graph.getNodeAttribute(other, 'type') : 'unknown');
    byRelation.set(e.type, (byRelation.get(e.type) ?? 0) + 1);
  }
  const byType = new Map<string, number>();
  for (const t of seen.values()) byType.set(t, (byType.get(t) ?? 0) + 1);
  return { byType, byRelation };
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
  const counts = neighbourCounts(edges, graph);
  const summary = h(
    'section',
    { class: 'neighbour-summary', 'aria-label': 'Neighbours by type and relation' },
    h('div', { class: 'chips', 'data-testid': 'neighbour-types' }, [...counts.byType].map(([t, n]) =>
      h('span', { class: 'chip', style: `--chip:${isNodeType(t) ? NODE_TYPE_INFO[t].color : '#8a94a3'}` }, h('span', { class: 'dot', style: `background:${isNodeType(t) ? NODE_TYPE_INFO[t].color : '#8a94a3'}` }), `${n} ${isNodeType(t) ? NODE_TYPE_INFO[t].label.toLowerCase() : t}`))),
    h('div', { class: 'chips', 'data-testid': 'neighbour-relations' }, [...counts.byRelation].map(([t, n]) =>
      h('span', { class: 'chip rel', style: `--rel:${isEdgeType(t) ? EDGE_TYPE_COLOR[t] : '#8a94a3'}` }, `${t} ${n}`))),
  );
  return [head, summary, renderExpand(node.id, graph, events), renderRelations(node.id, edges, graph, events)];
}

/** The "expand" control: depth, node types and a cap on how many neighbours come forward. */
function renderExpand(id: string, graph: KnowledgeGraph, events: PanelEvents): HTMLElement {
  const present = new Set<string>();
  graph.forEachNode((_n, a) => present.add(a.type));
  const boxes = NODE_TYPES.filter((t) => present.has(t)).map((t) => h('input', { type: 'checkbox', value: t, checked: true, 'aria-label': NODE_TYPE_INFO[t].label }));
  const depth = h('select', { 'aria-label': 'Hops' }, h('option', { value: '1' }, '1 hop'), h('option', { value: '2' }, '2 hops'));
  const cap = h('input', { type: 'number', min: 2, max: 500, value: 50, 'aria-label': 'Most nodes', class: 'cap' });
  const status = h('span', { class: 'muted small', 'aria-live': 'polite' });
  const go = h('button', { class: 'button', type: 'submit', 'data-testid': 'expand' }, 'Expand');
  const form = h(
    'form',
    { class: 'expand-form' },
    h('div', { class: 'expand-row' }, go, depth, h('label', { class: 'small' }, 'max ', cap), h('button', { class: 'button ghost', type: 'button', onclick: () => events.onPathFrom(id) }, 'Path from here…')),
    h('div', { class: 'expand-types' }, boxes.map((b) => h('label', { class: 'small' }, b, ` ${NODE_TYPE_INFO[b.value as NodeType].label}`))),
    status,
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    go.disabled = true;
    const nodeTypes = boxes.filter((b) => b.checked).map((b) => b.value as NodeType);
    const limit = Math.min(500, Math.max(2, Number(cap.value) || 50));
    events.onExpand(id, { depth: Number(depth.value), limit, nodeTypes: nodeTypes.length === boxes.length ? [] : nodeTypes }).then(
      (n) => replaceChildren(status, `${plural(n, 'entity', 'entities')} brought forward (Esc to clear)`),
      (err: unknown) => replaceChildren(status, err instanceof Error ? err.message : String(err)),
    ).finally(() => (go.disabled = false));
  });
  return h('details', { class: 'expand' }, h('summary', {}, 'Expand neighbourhood'), form);
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

function renderRelations(self: string, edges: EdgeView[], graph: KnowledgeGraph, events: PanelEvents): HTMLElement {
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
      { class: 'relation-group', style: `--rel:${color}`, 'data-type': group.type, 'data-direction': group.direction },
      h('h4', { class: 'relation-type' }, h('span', { class: 'rel-name' }, title), h('span', { class: 'count' }, String(group.edges.length))),
      h('ul', { class: 'relation-list' }, group.edges.map((edge) => renderEdge(self, edge, graph, events))),
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

function renderEdge(self: string, edge: EdgeView, graph: KnowledgeGraph, events: PanelEvents): HTMLElement {
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
    renderEvidence(edge.evidence, events, [namesOf(graph, self, edge.direction === 'out' ? edge.sourceLabel : edge.targetLabel), namesOf(graph, other, otherLabel)]),
  );
}

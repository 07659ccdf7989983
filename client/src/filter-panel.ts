// Filters beside the legend: relation types (with counts and colours, each a toggle), minimum
// number of sources per relation, hiding nodes left isolated, and what node sizes stand for.
import { EDGE_TYPES, EDGE_TYPE_COLOR, EDGE_TYPE_SPECS, type EdgeType, type KnowledgeGraph } from '../../server/ontology.js';
import { h, replaceChildren } from './dom.js';
import { formatCount } from './format.js';
import { toggled, type SizeMeasure, type Store } from './state.js';

/** Counts the graph's edges per relation type. */
export function countRelations(graph: KnowledgeGraph): Map<EdgeType, number> {
  const counts = new Map<EdgeType, number>();
  graph.forEachEdge((_e, attr) => counts.set(attr.type, (counts.get(attr.type) ?? 0) + 1));
  return counts;
}

/** Renders the filter card into `el`; returns a re-render (after the graph changed). */
export function mountFilterPanel(el: HTMLElement, graph: KnowledgeGraph, store: Store): () => void {
  let open = false;
  const toggle = (type: EdgeType) => store.update((s) => ({ hiddenRelations: toggled(s.hiddenRelations, type) }));

  const render = () => {
    const counts = countRelations(graph);
    const s = store.get();
    const present = EDGE_TYPES.filter((t) => (counts.get(t) ?? 0) > 0);
    el.hidden = present.length === 0;
    const min = h('select', { id: 'min-sources', 'aria-label': 'Minimum sources per relation', 'data-testid': 'min-sources' },
      [1, 2, 3, 5].map((n) => h('option', { value: String(n), selected: s.minSources === n }, n === 1 ? 'any' : `≥ ${n}`)));
    min.addEventListener('change', () => store.update({ minSources: Number(min.value) || 1 }));
    const size = h('select', { id: 'size-by', 'aria-label': 'Node size', 'data-testid': 'size-by' },
      (['degree', 'mentions', 'sources'] as SizeMeasure[]).map((m) => h('option', { value: m, selected: s.sizeBy === m }, m === 'degree' ? 'relations' : m)));
    size.addEventListener('change', () => store.update({ sizeBy: size.value as SizeMeasure }));
    const isolated = h('input', { type: 'checkbox', id: 'hide-isolated', checked: s.hideIsolated });
    isolated.addEventListener('change', () => store.update({ hideIsolated: isolated.checked }));
    const details = h(
      'details',
      { class: 'rel-filter', open },
      h('summary', {}, 'Relation types', s.hiddenRelations.size > 0 && h('span', { class: 'count' }, ` ${s.hiddenRelations.size} hidden`)),
      h(
        'ul',
        { class: 'legend-list' },
        present.map((type) => {
          const off = s.hiddenRelations.has(type);
          return h(
            'li',
            {},
            h(
              'button',
              {
                class: off ? 'legend-item off' : 'legend-item',
                type: 'button',
                'aria-pressed': off ? 'false' : 'true',
                title: `${EDGE_TYPE_SPECS[type].description}. Click to ${off ? 'show' : 'hide'}.`,
                'data-testid': 'relation-item',
                'data-type': type,
                onclick: () => toggle(type),
              },
              h('span', { class: 'line-swatch', style: `--swatch:${EDGE_TYPE_COLOR[type]}` }),
              h('span', { class: 'legend-label rel' }, type),
              h('span', { class: 'legend-count' }, formatCount(counts.get(type) ?? 0)),
            ),
          );
        }),
      ),
    );
    details.addEventListener('toggle', () => (open = details.open));
    replaceChildren(
      el,
      details,
      h('div', { class: 'filter-row' }, h('label', { for: 'min-sources' }, 'Sources'), min, h('label', { for: 'size-by' }, 'Size'), size),
      h('label', { class: 'filter-check' }, isolated, ' Hide entities left without relations'),
    );
  };
  render();
  store.subscribe((state, prev) => {
    if (state.hiddenRelations !== prev.hiddenRelations || state.minSources !== prev.minSources || state.hideIsolated !== prev.hideIsolated || state.sizeBy !== prev.sizeBy) render();
  });
  return render;
}

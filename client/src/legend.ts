// The legend of node types, which doubles as a filter: click a type to hide or show it, with a
// count of the nodes of each type in the graph.
import { NODE_TYPES, NODE_TYPE_INFO, type KnowledgeGraph, type NodeType } from '../../server/ontology.js';
import { h, replaceChildren } from './dom.js';
import { formatCount } from './format.js';
import { toggled, type Store } from './state.js';

/** Counts the graph's nodes per type. */
function countTypes(graph: KnowledgeGraph): Map<NodeType, number> {
  const counts = new Map<NodeType, number>();
  graph.forEachNode((_, attr) => counts.set(attr.type, (counts.get(attr.type) ?? 0) + 1));
  return counts;
}

/** Renders the legend into `el` and keeps it in step with the filters; returns a re-render. */
export function mountLegend(el: HTMLElement, graph: KnowledgeGraph, store: Store): () => void {
  const toggle = (type: NodeType) => store.update((s) => ({ hiddenTypes: toggled(s.hiddenTypes, type) }));

  const render = () => {
    const counts = countTypes(graph);
    const { hiddenTypes } = store.get();
    const present = NODE_TYPES.filter((t) => (counts.get(t) ?? 0) > 0);
    el.hidden = present.length === 0;
    replaceChildren(
      el,
      h(
        'div',
        { class: 'legend-head' },
        h('span', { class: 'section-title' }, 'Entity types'),
        hiddenTypes.size > 0 && h('button', { class: 'link small', type: 'button', onclick: () => store.update({ hiddenTypes: new Set() }) }, 'Show all'),
      ),
      h(
        'ul',
        { class: 'legend-list' },
        present.map((type) => {
          const off = hiddenTypes.has(type);
          const info = NODE_TYPE_INFO[type];
          return h(
            'li',
            {},
            h(
              'button',
              {
                class: off ? 'legend-item off' : 'legend-item',
                type: 'button',
                'aria-pressed': off ? 'false' : 'true',
                title: `${info.description}. Click to ${off ? 'show' : 'hide'}.`,
                'data-testid': 'legend-item',
                'data-type': type,
                onclick: () => toggle(type),
              },
              h('span', { class: 'swatch', style: `--swatch:${info.color}` }),
              h('span', { class: 'legend-label' }, info.label),
              h('span', { class: 'legend-count' }, formatCount(counts.get(type) ?? 0)),
            ),
          );
        }),
      ),
    );
  };
  render();
  store.subscribe((state, prev) => {
    if (state.hiddenTypes !== prev.hiddenTypes) render();
  });
  return render;
}

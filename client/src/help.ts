// The "How to read this" popover: what colours, sizes, arrows and line widths mean, built from
// the ontology so it always matches what the canvas draws.
import { EDGE_TYPES, EDGE_TYPE_COLOR, EDGE_TYPE_SPECS, NODE_TYPES, NODE_TYPE_INFO, type EdgeType } from '../../server/ontology.js';
import { h, replaceChildren } from './dom.js';
import type { Store } from './state.js';

/** Edge types sharing a colour form one family in the legend. */
function edgeFamilies(): { color: string; types: EdgeType[] }[] {
  const families = new Map<string, EdgeType[]>();
  for (const type of EDGE_TYPES) families.set(EDGE_TYPE_COLOR[type], [...(families.get(EDGE_TYPE_COLOR[type]) ?? []), type]);
  return [...families].map(([color, types]) => ({ color, types }));
}

function content(): HTMLElement[] {
  return [
    h('h2', {}, 'How to read this graph'),
    h(
      'p',
      {},
      'Each dot is an entity named in the dispatches; each line is a relation the text states. ',
      h('strong', {}, 'Every relation carries its evidence'),
      ': the sentence it was read from, the dispatch and, where the text says so, who reported it. Click a dot to read them.',
    ),
    h('h3', {}, 'Dots'),
    h(
      'ul',
      { class: 'help-types' },
      NODE_TYPES.map((t) => h('li', { title: NODE_TYPE_INFO[t].description }, h('span', { class: 'swatch', style: `--swatch:${NODE_TYPE_INFO[t].color}` }), NODE_TYPE_INFO[t].label)),
    ),
    h('p', { class: 'muted' }, 'A bigger dot has more relations. Click a type in the legend to hide or show it.'),
    h('h3', {}, 'Lines'),
    h(
      'ul',
      { class: 'help-edges' },
      edgeFamilies().map(({ color, types }) =>
        h('li', {}, h('span', { class: 'line-swatch', style: `--swatch:${color}` }), types.map((t) => h('code', { title: EDGE_TYPE_SPECS[t].description }, t))),
      ),
    ),
    h('p', { class: 'muted' }, 'Arrows point from subject to object (Kim Jong Un → LEADER_OF → North Korea); MET_WITH has no direction. Thicker lines are backed by more sentences.'),
    h('h3', {}, 'Keys'),
    h('p', { class: 'muted' }, h('kbd', {}, '/'), ' search · ', h('kbd', {}, 'Esc'), ' close · scroll to zoom · drag to pan'),
  ];
}

/** Wires the help button to its popover; open state lives in State.tool. */
export function mountHelp(button: HTMLButtonElement, popover: HTMLElement, store: Store): void {
  replaceChildren(popover, content());
  button.addEventListener('click', (e) => {
    e.stopPropagation();
    store.update((s) => ({ tool: s.tool === 'help' ? 'none' : 'help' }));
  });
  document.addEventListener('click', (e) => {
    if (store.get().tool === 'help' && !popover.contains(e.target as Node)) store.update({ tool: 'none' });
  });
  store.subscribe((state) => {
    popover.hidden = state.tool !== 'help';
    button.setAttribute('aria-expanded', String(state.tool === 'help'));
  });
}

// The header's live parts: graph statistics and the layout run/stop button.
import { h, replaceChildren } from './dom.js';
import { plural } from './format.js';
import type { Store } from './state.js';

/** Renders the statistics into `el` whenever State.stats changes. */
export function mountStats(el: HTMLElement, store: Store): void {
  const render = () => {
    const { stats } = store.get();
    if (!stats) return replaceChildren(el);
    const item = (n: number, noun: string, many?: string) => {
      const [count, ...rest] = plural(n, noun, many).split(' ');
      return h('span', { class: 'stat' }, h('strong', {}, count), ` ${rest.join(' ')}`);
    };
    replaceChildren(el, item(stats.nodes, 'entity', 'entities'), item(stats.edges, 'relation'), item(stats.documents, 'dispatch', 'dispatches'));
  };
  render();
  store.subscribe((state, prev) => state.stats !== prev.stats && render());
}

/** Keeps the layout button's label and pressed state in step with State.layoutRunning. */
export function mountLayoutButton(button: HTMLButtonElement, store: Store, toggle: () => void): void {
  button.addEventListener('click', toggle);
  const render = () => {
    const running = store.get().layoutRunning;
    button.classList.toggle('running', running);
    button.setAttribute('aria-pressed', String(running));
    const saved = store.get().layoutSaved;
    button.title = running ? 'ForceAtlas2 is running in a worker; click to stop' : saved === 'saved' ? 'Layout saved on the server; click to run ForceAtlas2 again' : saved === 'failed' ? 'The layout could not be saved on the server' : 'Run ForceAtlas2';
    replaceChildren(button, h('span', { class: running ? 'pulse' : 'pulse idle', 'aria-hidden': 'true' }), running ? 'Stop layout' : 'Run layout');
  };
  render();
  store.subscribe((state, prev) => (state.layoutRunning !== prev.layoutRunning || state.layoutSaved !== prev.layoutSaved) && render());
}

// Loading, empty and error states over the canvas: a spinner, a first-run hint, or what went
// wrong with a retry button.
import { h, replaceChildren } from './dom.js';
import type { Store } from './state.js';

export interface StatusEvents {
  onRetry(): void;
  onAddDispatch(): void;
}

/** Keeps the overlay in step with State.status. */
export function mountStatus(el: HTMLElement, store: Store, events: StatusEvents): void {
  const render = () => {
    const { status, message } = store.get();
    el.hidden = status === 'ready';
    if (status === 'loading') {
      replaceChildren(el, h('div', { class: 'status-card' }, h('div', { class: 'spinner' }), h('p', {}, 'Loading the graph…')));
    } else if (status === 'empty') {
      replaceChildren(
        el,
        h(
          'div',
          { class: 'status-card' },
          h('h2', {}, 'No dispatches yet'),
          h('p', {}, 'The graph fills up as dispatches are ingested. Add one here, or run ', h('code', {}, 'npm run ingest -- data/dispatches'), ' on the server.'),
          h('button', { class: 'button primary', type: 'button', onclick: () => events.onAddDispatch() }, 'Add a dispatch'),
        ),
      );
    } else if (status === 'error') {
      replaceChildren(
        el,
        h(
          'div',
          { class: 'status-card error', role: 'alert' },
          h('h2', {}, 'Can’t load the graph'),
          h('p', {}, message ?? 'Something went wrong.'),
          h('button', { class: 'button primary', type: 'button', onclick: () => events.onRetry() }, 'Try again'),
        ),
      );
    }
  };
  render();
  store.subscribe((state, prev) => {
    if (state.status !== prev.status || state.message !== prev.message) render();
  });
}

// Keeps the selected node in the address (#node=<id>) so a view can be bookmarked or shared,
// and reads it back on load and on back/forward.
import type { Store } from './state.js';

/** The node id named in the current location hash, if any. */
export function nodeFromHash(hash: string = location.hash): string | null {
  const value = new URLSearchParams(hash.replace(/^#/, '')).get('node');
  return value === null || value === '' ? null : value;
}

/** Mirrors State.selected into the hash; `onNavigate` hears ids arriving from the address bar. */
export function syncSelectionWithHash(store: Store, onNavigate: (id: string | null) => void): void {
  store.subscribe((state, prev) => {
    if (state.selected === prev.selected || state.selected === nodeFromHash()) return;
    const hash = state.selected === null ? '' : `#${new URLSearchParams({ node: state.selected }).toString()}`;
    history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
  });
  window.addEventListener('hashchange', () => {
    const id = nodeFromHash();
    if (id !== store.get().selected) onNavigate(id);
  });
}

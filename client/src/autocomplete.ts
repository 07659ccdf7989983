// Type-ahead dropdown for a text input: suggestions from the search index, arrow keys to move,
// Enter or click to choose, Escape to close. Used by the main search box and the path tool.
import { NODE_TYPE_INFO } from '../../server/ontology.js';
import { h, replaceChildren } from './dom.js';
import type { SearchHit } from './search-index.js';

/** Where suggestions come from: the server's /api/search, or the local index. */
export type SearchSource = (query: string, limit: number) => Promise<SearchHit[]> | SearchHit[];

export interface AutocompleteOptions {
  input: HTMLInputElement;
  source: SearchSource;
  onPick(hit: SearchHit): void;
  /** Value of data-testid on each suggestion. */
  testId?: string;
  limit?: number;
}

/** Attaches a suggestion list to an input; returns a function that clears it. */
export function attachAutocomplete({ input, source, onPick, testId, limit = 8 }: AutocompleteOptions): () => void {
  const list = h('ul', { class: 'suggestions', role: 'listbox', id: `${input.id}-suggestions`, hidden: true });
  input.after(list);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('aria-expanded', 'false');
  let hits: SearchHit[] = [];
  let active = 0;
  let asked = 0;
  let pending: Promise<void> | null = null;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
  };
  const pick = (hit: SearchHit | undefined) => {
    if (!hit) return;
    input.value = hit.label;
    close();
    onPick(hit);
  };
  const render = () => {
    replaceChildren(
      list,
      hits.length === 0
        ? h('li', { class: 'suggestion-empty' }, 'No matching names')
        : hits.map((hit, i) =>
            h(
              'li',
              {
                class: i === active ? 'suggestion active' : 'suggestion',
                role: 'option',
                'aria-selected': i === active ? 'true' : 'false',
                'data-testid': testId,
                'data-node': hit.id,
                onmousedown: (e: Event) => {
                  e.preventDefault();
                  pick(hit);
                },
              },
              h('span', { class: 'dot', style: `background:${NODE_TYPE_INFO[hit.type]?.color ?? '#999'}` }),
              h('span', { class: 'suggestion-text' }, h('span', { class: 'suggestion-label' }, hit.label), hit.alias && h('span', { class: 'suggestion-alias' }, `also “${hit.alias}”`)),
              h('span', { class: 'suggestion-type' }, NODE_TYPE_INFO[hit.type]?.label ?? hit.type),
            ),
          ),
    );
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };
  const refresh = (): Promise<void> => {
    const query = input.value;
    const ticket = ++asked;
    if (query.trim() === '') {
      hits = [];
      close();
      return Promise.resolve();
    }
    pending = Promise.resolve(source(query, limit)).then(
      (found) => {
        if (ticket !== asked) return; // a newer query answered first
        hits = found;
        active = 0;
        if (document.activeElement === input) render();
      },
      () => {
        if (ticket === asked) hits = [];
      },
    );
    return pending;
  };

  input.addEventListener('input', () => void refresh());
  input.addEventListener('focus', () => input.value.trim() && void refresh());
  input.addEventListener('blur', close);
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (list.hidden) {
        void refresh();
        return;
      }
      e.preventDefault();
      active = (active + (e.key === 'ArrowDown' ? 1 : hits.length - 1)) % Math.max(hits.length, 1);
      render();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      // Enter before the answer arrived: wait for it, then take the best match.
      const wait = pending ?? refresh();
      void wait.then(() => pick(hits[active] ?? hits[0]));
    } else if (e.key === 'Escape') {
      close();
    }
  });
  return () => {
    input.value = '';
    close();
  };
}

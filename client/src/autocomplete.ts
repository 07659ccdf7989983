// Type-ahead dropdown for a text input: suggestions from the search index, arrow keys to move,
// Enter or click to choose, Escape to close. Used by the main search box and the path tool.
import { NODE_TYPE_INFO } from '../../server/ontology.js';
import { h, replaceChildren } from './dom.js';
import type { SearchHit, SearchIndex } from './search-index.js';

export interface AutocompleteOptions {
  input: HTMLInputElement;
  index: SearchIndex;
  onPick(hit: SearchHit): void;
  /** Value of data-testid on each suggestion. */
  testId?: string;
  limit?: number;
}

/** Attaches a suggestion list to an input; returns a function that clears it. */
export function attachAutocomplete({ input, index, onPick, testId, limit = 8 }: AutocompleteOptions): () => void {
  const list = h('ul', { class: 'suggestions', role: 'listbox', id: `${input.id}-suggestions`, hidden: true });
  input.after(list);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('aria-expanded', 'false');
  let hits: SearchHit[] = [];
  let active = 0;

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
  const refresh = () => {
    hits = index.search(input.value, limit);
    active = 0;
    if (input.value.trim() === '') close();
    else render();
  };

  input.addEventListener('input', refresh);
  input.addEventListener('focus', () => input.value.trim() && refresh());
  input.addEventListener('blur', close);
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (list.hidden) {
        refresh();
        return;
      }
      e.preventDefault();
      active = (active + (e.key === 'ArrowDown' ? 1 : hits.length - 1)) % Math.max(hits.length, 1);
      render();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (list.hidden) hits = index.search(input.value, limit);
      pick(hits[active] ?? hits[0]);
    } else if (e.key === 'Escape') {
      close();
    }
  });
  return () => {
    input.value = '';
    close();
  };
}

// The "Add dispatch" dialog: paste wire text or drop a text file (optionally a title and date),
// POST it to /api/documents and report what the extractor found; the graph then refreshes and
// the new entities are highlighted.
import type { IngestResponse } from '../../server/api-types.js';
import { ApiError, TOKEN_KEY, type Api } from './api.js';
import { h, replaceChildren } from './dom.js';
import { plural } from './format.js';

/** Fills the dialog and returns a function that opens it. */
export function mountDispatchDialog(dialog: HTMLDialogElement, api: Api, onIngested: (res: IngestResponse) => Promise<void>): () => void {
  const text = h('textarea', { name: 'text', rows: 10, required: true, placeholder: 'date 2025-12-13 SEOUL, December 13. /TASS/. The officers and combatants of the …' });
  const title = h('input', { name: 'title', type: 'text', placeholder: 'Optional' });
  const date = h('input', { name: 'date', type: 'date' });
  const status = h('p', { class: 'dialog-status', 'aria-live': 'polite' });
  const submit = h('button', { class: 'button primary', type: 'submit' }, 'Add to graph');
  const cancel = h('button', { class: 'button', type: 'button', onclick: () => dialog.close() }, 'Close');
  // Servers started with KG_API_TOKEN refuse writes without it: the token is kept in this browser.
  const token = h('input', { type: 'password', autocomplete: 'off', 'aria-label': 'API token', placeholder: 'Only if the server asks for one' });
  const tokenBox = h('details', { class: 'token-box' }, h('summary', { class: 'small muted' }, 'API token'), h('label', { class: 'field small' }, token));
  token.addEventListener('change', () => {
    try {
      if (token.value.trim()) localStorage.setItem(TOKEN_KEY, token.value.trim());
      else localStorage.removeItem(TOKEN_KEY);
    } catch {
      /* storage unavailable: the token is not kept */
    }
  });
  const file = h('input', { type: 'file', accept: '.txt,text/plain', 'aria-label': 'Read a text file', 'data-testid': 'dispatch-file' });
  const readFile = async (f: File | undefined) => {
    if (!f) return;
    if (f.size > 1_000_000) return replaceChildren(status, `${f.name} is larger than 1 MB; paste an excerpt instead.`);
    text.value = await f.text();
    if (!title.value) title.value = f.name.replace(/\.[^.]+$/, '');
    replaceChildren(status, `Read ${f.name}.`);
  };
  file.addEventListener('change', () => void readFile(file.files?.[0]));
  text.addEventListener('dragover', (e) => {
    e.preventDefault();
    text.classList.add('drop');
  });
  text.addEventListener('dragleave', () => text.classList.remove('drop'));
  text.addEventListener('drop', (e) => {
    e.preventDefault();
    text.classList.remove('drop');
    void readFile(e.dataTransfer?.files?.[0]);
  });

  const form = h(
    'form',
    { class: 'dialog-form' },
    h('h2', {}, 'Add a dispatch'),
    h('p', { class: 'muted' }, 'Paste the text of a wire dispatch. A leading “date YYYY-MM-DD” header and a “CITY, Month Day. /AGENCY/.” dateline are read as its date and source.'),
    h('label', { class: 'field' }, h('span', {}, 'Text (paste, or drop a .txt file here)'), text),
    h('label', { class: 'field small' }, h('span', {}, 'Or read a file'), file),
    h('div', { class: 'field-row' }, h('label', { class: 'field' }, h('span', {}, 'Title'), title), h('label', { class: 'field' }, h('span', {}, 'Date'), date)),
    tokenBox,
    status,
    h('div', { class: 'dialog-actions' }, cancel, submit),
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    submit.disabled = true;
    status.className = 'dialog-status';
    replaceChildren(status, 'Extracting entities and relations…');
    try {
      const res = await api.ingest({ text: text.value, title: title.value || undefined, date: date.value || undefined });
      await onIngested(res);
      replaceChildren(
        status,
        res.status === 'added'
          ? `Added ${res.document}: ${plural(res.entities, 'entity', 'entities')}, ${plural(res.relations, 'relation')}.`
          : `Already in the graph as ${res.document}; nothing changed.`,
      );
      status.classList.add('ok');
      if (res.status === 'added') form.reset();
    } catch (err) {
      const auth = err instanceof ApiError && err.status === 401;
      replaceChildren(status, auth ? 'The server needs its API token for changes: enter it under “API token”, then add again.' : err instanceof Error ? err.message : String(err));
      if (auth) tokenBox.open = true;
      status.classList.add('error-text');
    } finally {
      submit.disabled = false;
    }
  });
  replaceChildren(dialog, form);
  return () => {
    replaceChildren(status);
    dialog.showModal();
    text.focus();
  };
}

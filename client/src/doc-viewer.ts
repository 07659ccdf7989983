// The dispatch reader: shows a document's full text with the evidence sentence marked, so an
// analyst can check a relation against its source in context.
import type { EvidenceView } from '../../server/api-types.js';
import { fetchDocument } from './api.js';
import { h, replaceChildren } from './dom.js';
import { formatDay } from './format.js';

/** Returns a function that opens the dialog on the document of an evidence item. */
export function mountDocViewer(dialog: HTMLDialogElement): (evidence: EvidenceView) => void {
  const close = () => dialog.close();
  dialog.addEventListener('click', (e) => {
    if (e.target === dialog) close();
  });
  return (evidence) => {
    replaceChildren(dialog, h('div', { class: 'doc' }, h('p', { class: 'muted' }, 'Loading dispatch…')));
    dialog.showModal();
    fetchDocument(evidence.doc).then(
      (doc) => {
        const { start, end } = evidence;
        const valid = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= doc.text.length && start < end;
        const body = valid
          ? [doc.text.slice(0, start), h('mark', { id: 'evidence-mark' }, doc.text.slice(start, end)), doc.text.slice(end)]
          : [doc.text];
        const place = [doc.dateline?.place, doc.dateline?.agency].filter(Boolean).join(' / ');
        const title = doc.title ?? (place ? `${place} dispatch` : doc.id);
        const meta = [formatDay(doc.date), doc.source, doc.id].filter(Boolean).join(' · ');
        replaceChildren(
          dialog,
          h(
            'article',
            { class: 'doc' },
            h('header', { class: 'doc-head' }, h('div', {}, h('h2', {}, title), h('p', { class: 'muted' }, meta || 'Undated')), h('button', { class: 'icon-button', type: 'button', 'aria-label': 'Close', onclick: close }, '×')),
            h('div', { class: 'doc-text' }, body),
            doc.url && h('p', { class: 'small' }, h('a', { href: doc.url, target: '_blank', rel: 'noopener' }, 'Original source')),
          ),
        );
        dialog.querySelector('#evidence-mark')?.scrollIntoView({ block: 'center' });
      },
      (err: unknown) => replaceChildren(dialog, h('div', { class: 'doc' }, h('p', { class: 'error-text' }, err instanceof Error ? err.message : String(err)), h('button', { class: 'button', type: 'button', onclick: close }, 'Close'))),
    );
  };
}

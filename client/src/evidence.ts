// One relation's evidence in the side panel: each sentence as a quote with its document, date
// and who it is attributed to; long lists fold after the first few.
import type { EvidenceView } from '../../server/api-types.js';
import { h } from './dom.js';
import { formatDay, plural } from './format.js';

const SHOWN = 2;

export interface EvidenceEvents {
  onOpenDocument(evidence: EvidenceView): void;
}

/** A quote with its source line. */
function renderQuote(ev: EvidenceView, events: EvidenceEvents): HTMLElement {
  const date = ev.docDate ?? ev.reported;
  return h(
    'figure',
    { class: 'evidence' },
    h('blockquote', { class: 'evidence-quote', 'data-testid': 'evidence-quote', cite: `/api/documents/${encodeURIComponent(ev.doc)}` }, ev.sentence),
    h(
      'figcaption',
      { class: 'evidence-source' },
      h(
        'button',
        { class: 'link doc-link', type: 'button', title: 'Read the dispatch with this sentence marked', onclick: () => events.onOpenDocument(ev) },
        ev.docTitle ?? ev.doc,
      ),
      date && h('span', { class: 'sep' }, formatDay(date)),
      ev.attributedTo && h('span', { class: 'sep attributed' }, 'reported by ', h('strong', {}, ev.attributedTo)),
    ),
  );
}

/** All evidence of a relation, the first few open and the rest behind a toggle. */
export function renderEvidence(evidence: EvidenceView[], events: EvidenceEvents): HTMLElement {
  const box = h('div', { class: 'evidence-list' });
  if (evidence.length === 0) {
    box.append(h('p', { class: 'muted small' }, 'No evidence sentence recorded.'));
    return box;
  }
  evidence.slice(0, SHOWN).forEach((ev) => box.append(renderQuote(ev, events)));
  const rest = evidence.slice(SHOWN);
  if (rest.length > 0) {
    const more = h('button', { class: 'link more', type: 'button' }, `Show ${plural(rest.length, 'more source')}`);
    more.addEventListener('click', () => {
      more.replaceWith(...rest.map((ev) => renderQuote(ev, events)));
    });
    box.append(more);
  }
  return box;
}

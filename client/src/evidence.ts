// One relation's evidence in the side panel: each sentence as a quote with its document, date
// and who it is attributed to; long lists fold after the first few.
import type { EvidenceView } from '../../server/api-types.js';
import { h } from './dom.js';
import { formatDay, plural } from './format.js';
import { markNames } from './highlight.js';

const SHOWN = 2;

export interface EvidenceEvents {
  onOpenDocument(evidence: EvidenceView): void;
}

/** The sentence as text nodes, the names of the two entities wrapped in <mark>. */
export function quoteText(sentence: string, names: string[][]): (string | HTMLElement)[] {
  return markNames(sentence, names).map((seg) => (seg.mark === null ? seg.text : h('mark', { class: `entity e${seg.mark}` }, seg.text)));
}

/** A quote with its source line. */
function renderQuote(ev: EvidenceView, events: EvidenceEvents, names: string[][]): HTMLElement {
  const date = ev.docDate ?? ev.reported;
  return h(
    'figure',
    { class: 'evidence' },
    h('blockquote', { class: 'evidence-quote', 'data-testid': 'evidence-quote', cite: `/api/documents/${encodeURIComponent(ev.doc)}` }, quoteText(ev.sentence, names)),
    h(
      'figcaption',
      { class: 'evidence-source' },
      h(
        'button',
        { class: 'link doc-link', type: 'button', title: 'Read the dispatch with this sentence marked', onclick: () => events.onOpenDocument(ev) },
        ev.docTitle ?? ev.doc,
      ),
      date && h('span', { class: 'sep' }, formatDay(date)),
      ev.attributedTo && h('span', { class: 'sep attributed', 'data-testid': 'attributed' }, 'according to ', h('strong', {}, ev.attributedTo)),
    ),
  );
}

/** All evidence of a relation, the first few open and the rest behind a toggle. */
export function renderEvidence(evidence: EvidenceView[], events: EvidenceEvents, names: string[][] = []): HTMLElement {
  const box = h('div', { class: 'evidence-list' });
  if (evidence.length === 0) {
    box.append(h('p', { class: 'muted small' }, 'No evidence sentence recorded.'));
    return box;
  }
  evidence.slice(0, SHOWN).forEach((ev) => box.append(renderQuote(ev, events, names)));
  const rest = evidence.slice(SHOWN);
  if (rest.length > 0) {
    const more = h('button', { class: 'link more', type: 'button' }, `Show ${plural(rest.length, 'more source')}`);
    more.addEventListener('click', () => {
      more.replaceWith(...rest.map((ev) => renderQuote(ev, events, names)));
    });
    box.append(more);
  }
  return box;
}

// Types passed between the extractor's stages (document → sentences → mentions → entities →
// relations → dates). The public output types live in ../ontology.ts.
import type { DocumentMeta } from '../ontology.js';

/** A document after header/dateline parsing. Offsets everywhere refer to `text`. */
export interface ParsedDocument {
  meta: DocumentMeta;
  /** The full original text (offsets of evidence refer to it). */
  text: string;
  /** Offset where the body starts, after the `date YYYY-MM-DD` header and the dateline. */
  bodyStart: number;
}

/** One sentence: `text === document.text.slice(start, end)`. */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
}

/** A date expression found in a sentence. Offsets are relative to the sentence text. */
export interface DateMention {
  start: number;
  end: number;
  text: string;
  /** Resolved ISO interval; absent when the document date is unknown and the text is relative. */
  interval?: { start: string; end: string };
}

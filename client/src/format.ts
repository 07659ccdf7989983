// Display formatting shared by the panel, legend and path tool: dates, counts, relation names.
import type { DateInterval, EdgeType } from '../../server/ontology.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2025-12-13" → "13 Dec 2025"; anything else is returned unchanged. */
export function formatDay(iso: string | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}

/** An interval as one day or "start – end". */
export function formatInterval(date: DateInterval): string {
  if (!date.start && !date.end) return date.text;
  if (date.start === date.end || !date.end) return formatDay(date.start);
  if (!date.start) return formatDay(date.end);
  return `${formatDay(date.start)} – ${formatDay(date.end)}`;
}

/** 12345 → "12,345". */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

/** "RECEIVED_AWARD" → "received award". */
export function relationName(type: EdgeType): string {
  return type.toLowerCase().replace(/_/g, ' ');
}

/** Singular or plural noun for a count: plural(3, 'relation') → "3 relations". */
export function plural(n: number, noun: string, many = `${noun}s`): string {
  return `${formatCount(n)} ${n === 1 ? noun : many}`;
}

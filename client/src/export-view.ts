// Exports from the explorer: GEXF 1.3 of the current view (filters and time window applied, the
// positions and colours on screen), GEXF of the whole graph from the server, and a PNG of the view.
import { downloadAsPNG } from '@sigma/export-image';
import type Sigma from 'sigma';
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from '../../server/ontology.js';
import { h } from './dom.js';
import type { Visibility } from './filters.js';
import { viewToGexf, type NodeLook } from './gexf-view.js';

/** Offers `text` as a file download. */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h('a', { href: url, download: fileName });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 5_000);
}

/** Downloads the current view as GEXF. */
export function downloadViewGexf(renderer: Sigma<NodeAttributes, EdgeAttributes>, graph: KnowledgeGraph, visibility: Visibility, description: string): void {
  const look = (node: string): NodeLook => {
    const d = renderer.getNodeDisplayData(node);
    const a = graph.getNodeAttributes(node);
    return { x: a.x ?? 0, y: a.y ?? 0, size: d?.size ?? a.size ?? 4, color: a.color ?? '#888888' };
  };
  downloadText(viewToGexf(graph, visibility, look, description), 'dispatch-graph-view.gexf', 'application/gexf+xml');
}

/** Downloads a PNG of the view as drawn. */
export function downloadViewPng(renderer: Sigma<NodeAttributes, EdgeAttributes>): Promise<void> {
  return downloadAsPNG(renderer as unknown as Sigma, { fileName: 'dispatch-graph', backgroundColor: '#f7f8fa' });
}

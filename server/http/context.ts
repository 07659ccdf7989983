// What route handlers share: the store, the live in-memory graph (with a version bumped on each
// change, for caches), a cached lookup of document titles and dates for evidence, and the check
// that ids given in a parameter name nodes of the graph (404 naming the parameter).
import type { GraphSource } from '../graph/merge.js';
import type { DocInfo, DocLookup } from '../graph/summaries.js';
import type { KnowledgeGraph } from '../ontology.js';
import type { GraphStore } from '../store/graph-store.js';
import { UnknownIdError } from './http-errors.js';

/** The store operations the API uses. */
export type ApiStore = GraphSource & Pick<GraphStore, 'ingest' | 'getDocument' | 'listDocuments' | 'counts' | 'deleteDocument' | 'documentEdges'>;

export interface ApiContext {
  store: ApiStore;
  graph: KnowledgeGraph;
  /** Incremented by the routes that change `graph` (attributes changed in place emit no graph event). */
  version: number;
  /** Moves whenever `graph` changes: `version` plus every mutation event of the graph. */
  revision(): number;
  docInfo: DocLookup;
  /** Drops a document from the docInfo cache (after it was deleted). */
  forgetDocument(id: string): void;
}

/** Every graphology event that reports a change of the graph. */
const GRAPH_MUTATIONS = [
  'nodeAdded', 'edgeAdded', 'nodeDropped', 'edgeDropped', 'cleared', 'edgesCleared', 'attributesUpdated',
  'nodeAttributesUpdated', 'edgeAttributesUpdated', 'eachNodeAttributesUpdated', 'eachEdgeAttributesUpdated',
] as const;

/** A context over `store` and `graph` with an in-memory cache of document titles and dates. */
export function createContext(store: ApiStore, graph: KnowledgeGraph): ApiContext {
  // Documents never change once stored (they may only be deleted), so their title and date can be cached.
  const infos = new Map<string, DocInfo | undefined>();
  const docInfo: DocLookup = (id) => {
    if (infos.has(id)) return infos.get(id);
    const doc = store.getDocument(id);
    const info: DocInfo | undefined = doc === undefined ? undefined : {};
    if (doc && info) {
      const title = doc.title ?? ([doc.dateline?.place, doc.dateline?.agency].filter(Boolean).join(' / ') || undefined);
      if (title) info.title = title;
      if (doc.date) info.date = doc.date;
    }
    if (info !== undefined) infos.set(id, info);
    return info;
  };
  let events = 0;
  const changed = () => {
    events++;
  };
  for (const name of GRAPH_MUTATIONS) graph.on(name, changed);
  const ctx: ApiContext = { store, graph, version: 0, revision: () => ctx.version + events, docInfo, forgetDocument: (id) => infos.delete(id) };
  return ctx;
}

/** Throws UnknownIdError (404 naming `parameter`) for the first of `ids` that is not a node of `graph`. */
export function requireNodes(graph: KnowledgeGraph, ids: readonly string[], parameter: string): void {
  for (const id of ids) {
    if (!graph.hasNode(id)) throw new UnknownIdError(`${parameter}: no node with id "${id}". Expected an id from /api/search`, parameter);
  }
}

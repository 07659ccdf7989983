// Document routes: list (paged), one document with its text and the spans that gave the graph
// its nodes and edges, POST to ingest a dispatch (JSON, or text/plain with metadata in the query
// string) and merge it into the live graph, DELETE to remove a document and whatever only it
// supported, from the store and the live graph alike.
import type { DeleteDocumentResponse, DocumentResponse, DocumentsResponse, IngestResponse } from '../../api-types.js';
import { DocumentError } from '../../errors.js';
import { applyToGraph } from '../../graph/merge.js';
import { documentSpans, documentStatements, edgeSummary, nodeSummary } from '../../graph/summaries.js';
import type { DispatchInput } from '../../ontology.js';
import type { DeletedDocument } from '../../store/graph-store.js';
import type { ApiContext } from '../context.js';
import { UnknownIdError } from '../http-errors.js';
import { defineRoute, problemResponse as problem, type RouteDef } from '../route.js';
import { DOCUMENT_PAGE, deleteDocumentInput, documentInput, documentsInput, postDocumentInput } from '../schemas.js';

const unknownDocument = (id: string) => new UnknownIdError(`documents: no document with id "${id}". Expected an id from /api/documents`, 'id');

/** Brings the live graph in line with the store after a document was deleted. */
function applyDeletion(ctx: ApiContext, deleted: DeletedDocument): void {
  const graph = ctx.graph;
  for (const key of deleted.removedEdges) if (graph.hasEdge(key)) graph.dropEdge(key);
  for (const key of deleted.updatedEdges) {
    const record = ctx.store.getEdge(key);
    if (record !== undefined && graph.hasEdge(key)) graph.replaceEdgeAttributes(key, record.attributes);
  }
  for (const key of deleted.removedNodes) if (graph.hasNode(key)) graph.dropNode(key);
  for (const key of deleted.updatedNodes) {
    const attributes = ctx.store.getNode(key);
    if (attributes !== undefined && graph.hasNode(key)) graph.mergeNodeAttributes(key, attributes);
  }
}

/** The document routes over `ctx`. */
export function documentRoutes(ctx: ApiContext): RouteDef[] {
  return [
    defineRoute({
      method: 'get', path: '/api/documents', summary: 'Stored documents in ingestion order, paged', tags: ['documents'], schema: documentsInput,
      responses: { 200: { description: 'A page of documents', shape: 'DocumentsResponse' }, 400: problem('Bad parameter') },
      handle: ({ query }): DocumentsResponse => ({
        total: ctx.store.counts().documents,
        offset: query.offset,
        limit: query.limit,
        documents: ctx.store
          .listDocuments({ offset: query.offset, limit: Math.min(query.limit, DOCUMENT_PAGE.maxLimit) })
          .map(({ hash: _hash, ...summary }) => summary),
      }),
    }),
    defineRoute({
      method: 'get', path: '/api/documents/:id', summary: 'One document with its text, the spans naming its nodes and the sentences stating its edges', tags: ['documents'], schema: documentInput,
      responses: { 200: { description: 'The document', shape: 'DocumentResponse' }, 404: problem('Unknown document') },
      handle: ({ params }): DocumentResponse => {
        const doc = ctx.store.getDocument(params.id);
        if (doc === undefined) throw unknownDocument(params.id);
        const { hash: _hash, length: _length, ...view } = doc;
        const edges = ctx.store.documentEdges(doc.id).filter((key) => ctx.graph.hasEdge(key));
        const evidence = documentStatements(ctx.graph, doc.id, edges);
        return { ...view, spans: documentSpans(ctx.graph, doc.id, doc.text, edges), evidence };
      },
    }),
    defineRoute({
      method: 'post', path: '/api/documents', summary: 'Ingest a dispatch (JSON, or text/plain with metadata in the query string) and merge it into the graph', tags: ['documents'], schema: postDocumentInput,
      accepts: ['application/json', 'text/plain'],
      responses: {
        201: { description: 'Added: the nodes and edges it gave the graph', shape: 'IngestResponse' },
        200: { description: 'Already stored (same text): skipped', shape: 'IngestResponse' },
        400: problem('Malformed JSON or bad field'),
        413: problem('Body too large'),
        415: problem('Neither application/json nor text/plain'),
        422: problem('Unreadable document (empty, binary...)'),
      },
      handle: ({ body, query }, _req, res): IngestResponse => {
        if (body.text.trim() === '') throw new DocumentError('POST /api/documents: text is empty. Expected the text of a dispatch');
        const input: DispatchInput = { text: body.text };
        for (const key of ['id', 'date', 'title', 'source', 'url'] as const) {
          const value = body[key] ?? query[key];
          if (value !== undefined) input[key] = value;
        }
        const result = ctx.store.ingest(input);
        if (result.status === 'added') {
          applyToGraph(ctx.graph, ctx.store, result);
          ctx.version++;
          ctx.forgetDocument(result.document.id);
        }
        res.status(result.status === 'added' ? 201 : 200);
        return {
          status: result.status,
          document: result.document.id,
          entities: result.entities,
          relations: result.relations,
          nodes: result.nodes.filter((key) => ctx.graph.hasNode(key)).map((key) => nodeSummary(ctx.graph, key)),
          edges: result.edges.filter((key) => ctx.graph.hasEdge(key)).map((key) => edgeSummary(ctx.graph, key)),
        };
      },
    }),
    defineRoute({
      method: 'delete', path: '/api/documents/:id', summary: 'Delete a document: its evidence, and every node and edge left without evidence', tags: ['documents'], schema: deleteDocumentInput,
      responses: { 200: { description: 'Deleted: what was removed and what lost evidence', shape: 'DeleteDocumentResponse' }, 404: problem('Unknown document') },
      handle: ({ params }): DeleteDocumentResponse => {
        const deleted = ctx.store.deleteDocument(params.id);
        if (deleted === undefined) throw unknownDocument(params.id);
        applyDeletion(ctx, deleted);
        ctx.version++;
        ctx.forgetDocument(params.id);
        return { document: deleted.document, removed: { nodes: deleted.removedNodes, edges: deleted.removedEdges }, updated: { edges: deleted.updatedEdges } };
      },
    }),
  ];
}

// Document routes: list (paged), one document with its text, and POST to ingest a new dispatch
// and merge what it adds into the live graph.
import type { DocumentResponse, DocumentsResponse, IngestResponse } from '../../api-types.js';
import { DocumentError, NotFoundError } from '../../errors.js';
import { applyToGraph } from '../../graph/merge.js';
import type { DispatchInput } from '../../ontology.js';
import type { ApiContext } from '../context.js';
import { defineRoute, problemResponse as problem, type RouteDef } from '../route.js';
import { DOCUMENT_PAGE, documentInput, documentsInput, postDocumentInput } from '../schemas.js';

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
      method: 'get', path: '/api/documents/:id', summary: 'One document with its text', tags: ['documents'], schema: documentInput,
      responses: { 200: { description: 'The document', shape: 'DocumentResponse' }, 404: problem('Unknown document') },
      handle: ({ params }): DocumentResponse => {
        const doc = ctx.store.getDocument(params.id);
        if (doc === undefined) throw new NotFoundError(`documents: no document with id "${params.id}". Expected an id from /api/documents`);
        const { hash: _hash, length: _length, ...view } = doc;
        return view;
      },
    }),
    defineRoute({
      method: 'post', path: '/api/documents', summary: 'Ingest a dispatch and merge it into the graph', tags: ['documents'], schema: postDocumentInput,
      responses: {
        201: { description: 'Added', shape: 'IngestResponse' },
        200: { description: 'Already stored (same text): skipped', shape: 'IngestResponse' },
        400: problem('Malformed JSON or bad field'),
        413: problem('Body too large'),
        415: problem('Not application/json'),
        422: problem('Unreadable document (empty, binary...)'),
      },
      handle: ({ body }, _req, res): IngestResponse => {
        if (body.text.trim() === '') throw new DocumentError('POST /api/documents: text is empty. Expected the text of a dispatch');
        const input: DispatchInput = { text: body.text };
        for (const key of ['id', 'date', 'title', 'source', 'url'] as const) {
          const value = body[key];
          if (value !== undefined) input[key] = value;
        }
        const result = ctx.store.ingest(input);
        if (result.status === 'added') {
          applyToGraph(ctx.graph, ctx.store, result);
          ctx.version++;
        }
        res.status(result.status === 'added' ? 201 : 200);
        return { status: result.status, document: result.document.id, entities: result.entities, relations: result.relations };
      },
    }),
  ];
}

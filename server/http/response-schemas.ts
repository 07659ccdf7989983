// Zod schemas of the API's JSON answers, kept equal to the interfaces of ../api-types.ts by
// compile-time checks below. They give the OpenAPI document its response schemas and let the
// tests check real answers against them.
import { z } from 'zod';
import type * as Api from '../api-types.js';
import { EDGE_TYPES, NODE_TYPES } from '../ontology.js';

const nodeType = z.enum(NODE_TYPES);
const edgeType = z.enum(EDGE_TYPES);
const count = z.number().int().min(0);
const isoDay = z.string();

const DateInterval = z.strictObject({ start: isoDay, end: isoDay, text: z.string() });
const DayRange = z.strictObject({ start: isoDay, end: isoDay });
const Evidence = z.strictObject({
  doc: z.string(),
  sentence: z.string(),
  start: count,
  end: count,
  attributedTo: z.string().optional(),
  reported: isoDay.optional(),
});

export const NodeSummary = z.strictObject({
  id: z.string(),
  type: nodeType,
  label: z.string(),
  aliases: z.array(z.string()),
  degree: count,
  mentions: z.number(),
  firstSeen: isoDay.optional(),
  lastSeen: isoDay.optional(),
});
export const EdgeSummary = z.strictObject({
  id: z.string(),
  type: edgeType,
  source: z.string(),
  target: z.string(),
  date: DateInterval.optional(),
  role: z.string().optional(),
  count: z.number().optional(),
  evidenceCount: count,
});
export const EvidenceView = Evidence.extend({ docTitle: z.string().optional(), docDate: isoDay.optional() });
export const EdgeView = EdgeSummary.omit({ evidenceCount: true }).extend({
  sourceLabel: z.string(),
  targetLabel: z.string(),
  direction: z.enum(['out', 'in']),
  evidence: z.array(EvidenceView),
});
export const HealthResponse = z.strictObject({ status: z.literal('ok'), nodes: count, edges: count, documents: count });
export const StatsResponse = z.strictObject({
  nodes: count,
  edges: count,
  documents: count,
  evidence: count,
  nodeTypes: z.partialRecord(nodeType, count),
  edgeTypes: z.partialRecord(edgeType, count),
  dateRange: z.strictObject({ reported: DayRange.nullable(), events: DayRange.nullable() }),
});
export const SearchResult = NodeSummary.extend({ score: z.number() });
export const SearchResponse = z.strictObject({ query: z.string(), results: z.array(SearchResult) });
export const DocumentEvidence = z.strictObject({
  doc: z.string(),
  title: z.string().optional(),
  date: isoDay.optional(),
  statements: z.array(z.strictObject({
    edge: z.string(),
    type: edgeType,
    direction: z.enum(['out', 'in']),
    other: z.string(),
    otherLabel: z.string(),
    sentence: z.string(),
    start: count,
    end: count,
    attributedTo: z.string().optional(),
  })),
});
export const NodeResponse = z.strictObject({
  node: NodeSummary.extend({ description: z.string().optional() }),
  degreeByType: z.partialRecord(edgeType, count),
  edges: z.array(EdgeView),
  edgeCount: count,
  truncated: z.boolean(),
  documents: z.array(DocumentEvidence),
});
export const NeighborsResponse = z.strictObject({ center: z.string(), depth: count, nodes: z.array(NodeSummary), edges: z.array(EdgeSummary), total: count, truncated: z.boolean() });
export const NeighborCount = z.strictObject({ neighbors: count, edges: count, nodeTypes: z.partialRecord(nodeType, count), edgeTypes: z.partialRecord(edgeType, count) });
export const NeighborCountsResponse = z.strictObject({ counts: z.record(z.string(), NeighborCount) });
export const SubgraphResponse = z.strictObject({ nodes: z.array(NodeSummary), edges: z.array(EdgeSummary) });
export const PathHop = z.strictObject({ from: z.string(), to: z.string(), edges: z.array(EdgeView) });
export const PathsResponse = z.strictObject({
  from: z.string(),
  to: z.string(),
  mode: z.enum(['shortest', 'all-shortest', 'k']),
  directed: z.boolean(),
  length: count.nullable(),
  paths: z.array(z.strictObject({ nodes: z.array(z.string()), hops: z.array(PathHop) })),
  nodes: z.array(NodeSummary),
  total: count,
  truncated: z.boolean(),
});
const Dateline = z.strictObject({ place: z.string().optional(), agency: z.string().optional() });
export const DocumentResponse = z.strictObject({
  id: z.string(),
  date: isoDay.optional(),
  title: z.string().optional(),
  source: z.string().optional(),
  url: z.string().optional(),
  dateline: Dateline.optional(),
  text: z.string(),
  ingestedAt: z.string(),
  spans: z.array(z.strictObject({ start: count, end: count, node: z.string(), type: nodeType, label: z.string() })),
  evidence: z.array(z.strictObject({ edge: z.string(), type: edgeType, source: z.string(), target: z.string(), start: count, end: count, attributedTo: z.string().optional() })),
});
export const DocumentSummary = DocumentResponse.omit({ text: true, ingestedAt: true, spans: true, evidence: true }).extend({ length: count, ingestedAt: z.string().optional() });
export const DocumentsResponse = z.strictObject({ total: count, offset: count, limit: count, documents: z.array(DocumentSummary) });
export const IngestResponse = z.strictObject({
  status: z.enum(['added', 'skipped']),
  document: z.string(),
  entities: count,
  relations: count,
  nodes: z.array(NodeSummary),
  edges: z.array(EdgeSummary),
});
export const DeleteDocumentResponse = z.strictObject({
  document: z.string(),
  removed: z.strictObject({ nodes: z.array(z.string()), edges: z.array(z.string()) }),
  updated: z.strictObject({ edges: z.array(z.string()) }),
});
export const Problem = z.strictObject({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  instance: z.string().optional(),
  parameter: z.string().optional(),
  errors: z.array(z.strictObject({ path: z.string(), message: z.string() })).optional(),
});

/** Every named response schema, by the name of its api-types.ts interface. */
export const RESPONSE_SCHEMAS = {
  NodeSummary, EdgeSummary, EvidenceView, EdgeView, HealthResponse, StatsResponse, SearchResult, SearchResponse, DocumentEvidence, NodeResponse,
  NeighborCount, NeighborCountsResponse, SubgraphResponse, DeleteDocumentResponse,
  NeighborsResponse, PathHop, PathsResponse, DocumentResponse, DocumentSummary, DocumentsResponse, IngestResponse, Problem,
} as const;
export type ResponseName = keyof typeof RESPONSE_SCHEMAS;

// Compile-time: each schema's output type and its api-types.ts interface are assignable both ways.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Check<T extends true> = T;
export type ResponseSchemasMatchApiTypes = [
  Check<Same<z.output<typeof NodeSummary>, Api.NodeSummary>>,
  Check<Same<z.output<typeof EdgeSummary>, Api.EdgeSummary>>,
  Check<Same<z.output<typeof EvidenceView>, Api.EvidenceView>>,
  Check<Same<z.output<typeof EdgeView>, Api.EdgeView>>,
  Check<Same<z.output<typeof HealthResponse>, Api.HealthResponse>>,
  Check<Same<z.output<typeof StatsResponse>, Api.StatsResponse>>,
  Check<Same<z.output<typeof SearchResult>, Api.SearchResult>>,
  Check<Same<z.output<typeof SearchResponse>, Api.SearchResponse>>,
  Check<Same<z.output<typeof DocumentEvidence>, Api.DocumentEvidence>>,
  Check<Same<z.output<typeof NeighborCount>, Api.NeighborCount>>,
  Check<Same<z.output<typeof NeighborCountsResponse>, Api.NeighborCountsResponse>>,
  Check<Same<z.output<typeof SubgraphResponse>, Api.SubgraphResponse>>,
  Check<Same<z.output<typeof DeleteDocumentResponse>, Api.DeleteDocumentResponse>>,
  Check<Same<z.output<typeof NodeResponse>, Api.NodeResponse>>,
  Check<Same<z.output<typeof NeighborsResponse>, Api.NeighborsResponse>>,
  Check<Same<z.output<typeof PathHop>, Api.PathHop>>,
  Check<Same<z.output<typeof PathsResponse>, Api.PathsResponse>>,
  Check<Same<z.output<typeof DocumentResponse>, Api.DocumentResponse>>,
  Check<Same<z.output<typeof DocumentSummary>, Api.DocumentSummary>>,
  Check<Same<z.output<typeof DocumentsResponse>, Api.DocumentsResponse>>,
  Check<Same<z.output<typeof IngestResponse>, Api.IngestResponse>>,
  Check<Same<Omit<z.output<typeof Problem>, 'errors'>, Api.Problem>>,
];

// The ontology of ../shared/ontology.md as TypeScript: node and edge types with their domain
// and range, node/edge attributes, the extraction contract and the graph type. This is the one
// source of these types: extractor, store, graph, HTTP server and client all import it.
import type Graph from 'graphology';

// ---------------------------------------------------------------------------------------------
// Node types
// ---------------------------------------------------------------------------------------------

export const NODE_TYPES = [
  'person',
  'unit',
  'state',
  'organization',
  'agreement',
  'place',
  'event',
  'award',
] as const;
export type NodeType = (typeof NODE_TYPES)[number];

/** Human description and display colour of each node type (legend, GEXF viz colour). */
export const NODE_TYPE_INFO: Record<NodeType, { label: string; description: string; color: string }> = {
  person: { label: 'Person', description: 'a named human being', color: '#e4572e' },
  unit: { label: 'Military unit', description: 'a named military formation or contingent', color: '#6c8c3c' },
  state: { label: 'State', description: 'a sovereign country', color: '#2e86ab' },
  organization: { label: 'Organization', description: 'party, government body, ministry, agency, outlet', color: '#9b5de5' },
  agreement: { label: 'Agreement', description: 'treaty, pact, agreement, accord, memorandum', color: '#f1a208' },
  place: { label: 'Place', description: 'region, city, district, facility, body of water', color: '#17a398' },
  event: { label: 'Event', description: 'ceremony, summit, talks, parade, visit, exercise', color: '#d81159' },
  award: { label: 'Award', description: 'title, order, medal or prize', color: '#c9a227' },
};

// ---------------------------------------------------------------------------------------------
// Edge types with domain (source types) and range (target types)
// ---------------------------------------------------------------------------------------------

export const EDGE_TYPES = [
  'LEADER_OF',
  'OFFICIAL_OF',
  'PART_OF',
  'LOCATED_IN',
  'SIGNED',
  'FORMED_BY',
  'COMMANDED_BY',
  'DEPLOYED_TO',
  'RETURNED_TO',
  'VISITED',
  'MET_WITH',
  'ATTENDED',
  'RECEIVED_AWARD',
  'ASSISTED',
  'PRAISED',
  'CRITICIZED',
  'FOUGHT_AGAINST',
] as const;
export type EdgeType = (typeof EDGE_TYPES)[number];

export interface EdgeTypeSpec {
  /** Node types allowed as the source. */
  domain: readonly NodeType[];
  /** Node types allowed as the target. */
  range: readonly NodeType[];
  /** Direction carries no meaning (MET_WITH). */
  symmetric: boolean;
  /** What the relation means, for people reading the legend. */
  description: string;
}

const ANY: readonly NodeType[] = NODE_TYPES;

export const EDGE_TYPE_SPECS: Record<EdgeType, EdgeTypeSpec> = {
  LEADER_OF: { domain: ['person'], range: ['state', 'organization', 'unit'], symmetric: false, description: 'heads it' },
  OFFICIAL_OF: { domain: ['person'], range: ['organization', 'state'], symmetric: false, description: 'holds a named post in it' },
  PART_OF: { domain: ['unit', 'organization'], range: ['unit', 'organization', 'state'], symmetric: false, description: 'institution or formation of' },
  LOCATED_IN: { domain: ['place', 'event'], range: ['place', 'state'], symmetric: false, description: 'is located in' },
  SIGNED: { domain: ['person', 'state', 'organization'], range: ['agreement'], symmetric: false, description: 'signed, concluded, is party to' },
  FORMED_BY: { domain: ['unit', 'organization', 'agreement'], range: ['organization', 'person', 'state'], symmetric: false, description: 'created or established by' },
  COMMANDED_BY: { domain: ['unit', 'person'], range: ['organization', 'person', 'state'], symmetric: false, description: 'acts on the orders of' },
  DEPLOYED_TO: { domain: ['unit', 'state', 'person'], range: ['place', 'state'], symmetric: false, description: 'sent, deployed, stationed in' },
  RETURNED_TO: { domain: ['unit', 'person'], range: ['state', 'place'], symmetric: false, description: 'returned to' },
  VISITED: { domain: ['person'], range: ['state', 'place', 'organization'], symmetric: false, description: 'visited, arrived in' },
  MET_WITH: { domain: ['person'], range: ['person'], symmetric: true, description: 'met, held talks with' },
  ATTENDED: { domain: ['person', 'unit', 'state'], range: ['event'], symmetric: false, description: 'attended, took part in' },
  RECEIVED_AWARD: { domain: ['person', 'unit'], range: ['award'], symmetric: false, description: 'was awarded' },
  ASSISTED: { domain: ['state', 'unit', 'organization', 'person'], range: ['state', 'place', 'unit', 'organization'], symmetric: false, description: 'helped, assisted, supported' },
  PRAISED: { domain: ['person', 'state', 'organization'], range: ANY, symmetric: false, description: 'thanked, praised, congratulated' },
  CRITICIZED: { domain: ['person', 'state', 'organization'], range: ANY, symmetric: false, description: 'condemned, criticised, accused, warned' },
  FOUGHT_AGAINST: { domain: ['unit', 'state'], range: ['unit', 'state'], symmetric: false, description: 'fought, attacked, clashed with' },
};

/** Edge colours for the client and GEXF export (grouped by family of relation). */
export const EDGE_TYPE_COLOR: Record<EdgeType, string> = {
  LEADER_OF: '#8d99ae', OFFICIAL_OF: '#8d99ae', PART_OF: '#adb5bd', LOCATED_IN: '#adb5bd',
  SIGNED: '#f1a208', FORMED_BY: '#adb5bd', COMMANDED_BY: '#8d99ae', DEPLOYED_TO: '#6c8c3c',
  RETURNED_TO: '#6c8c3c', VISITED: '#2e86ab', MET_WITH: '#2e86ab', ATTENDED: '#d81159',
  RECEIVED_AWARD: '#c9a227', ASSISTED: '#17a398', PRAISED: '#17a398', CRITICIZED: '#e4572e',
  FOUGHT_AGAINST: '#e4572e',
};

export function isNodeType(value: unknown): value is NodeType {
  return typeof value === 'string' && (NODE_TYPES as readonly string[]).includes(value);
}

export function isEdgeType(value: unknown): value is EdgeType {
  return typeof value === 'string' && (EDGE_TYPES as readonly string[]).includes(value);
}

/** True when `type` may join a `source` node to a `target` node under the ontology. */
export function allowsEdge(type: EdgeType, source: NodeType, target: NodeType): boolean {
  const spec = EDGE_TYPE_SPECS[type];
  return spec.domain.includes(source) && spec.range.includes(target);
}

// ---------------------------------------------------------------------------------------------
// Attributes
// ---------------------------------------------------------------------------------------------

/** A date as an interval of ISO days, with the text it was read from. */
export interface DateInterval {
  start: string;
  end: string;
  text: string;
}

/** One sentence that states a relation. `sentence === text.slice(start, end)` of the document. */
export interface Evidence {
  /** Document id. */
  doc: string;
  sentence: string;
  start: number;
  end: number;
  /** The speaker or outlet the claim is attributed to, where the text says so. */
  attributedTo?: string;
  /** When it was reported: the document's date (ISO day), if known. */
  reported?: string;
}

export interface NodeAttributes {
  type: NodeType;
  label: string;
  aliases: string[];
  description?: string;
  /** Number of mentions across all documents. */
  mentions: number;
  /** First and last document date the node was seen in (ISO days). */
  firstSeen?: string;
  lastSeen?: string;
  /** Layout and display (filled by the client or export). */
  x?: number;
  y?: number;
  size?: number;
  color?: string;
}

export interface EdgeAttributes {
  type: EdgeType;
  evidence: Evidence[];
  /** When the thing happened (not when it was reported). */
  date?: DateInterval;
  role?: string;
  count?: number;
  confidence?: number;
  /** Stated as not having happened ("did not sign"): kept out of the default graph. */
  negated?: boolean;
}

export type KnowledgeGraph = Graph<NodeAttributes, EdgeAttributes>;

// ---------------------------------------------------------------------------------------------
// The extraction contract (what `npm run extract` prints and the store ingests)
// ---------------------------------------------------------------------------------------------

export interface Dateline {
  place?: string;
  agency?: string;
}

export interface DocumentMeta {
  id: string;
  /** Document date, ISO day, from the header or the record. */
  date?: string;
  dateline?: Dateline;
  title?: string;
  source?: string;
  url?: string;
  /** sha256 of the text, hex. */
  hash: string;
  /** Character length of the text. */
  length: number;
}

export interface ExtractedEntity {
  /** Document-local id, stable for the same text. */
  id: string;
  type: NodeType;
  label: string;
  aliases: string[];
  mentions: number;
}

export interface ExtractedRelation {
  source: string;
  target: string;
  type: EdgeType;
  date?: DateInterval;
  evidence: Evidence[];
  role?: string;
  count?: number;
  confidence?: number;
  negated?: boolean;
}

export interface Extraction {
  document: DocumentMeta;
  entities: ExtractedEntity[];
  relations: ExtractedRelation[];
  /** Per-document problems found while extracting (bounded results, skipped input). */
  problems: string[];
}

/** One dispatch handed to the extractor: a text file's content or a JSON record. */
export interface DispatchInput {
  text: string;
  /** Document id; defaults to a name derived from the file or the content hash. */
  id?: string;
  /** ISO day; overrides nothing if the text carries its own `date YYYY-MM-DD` header. */
  date?: string;
  title?: string;
  source?: string;
  url?: string;
}

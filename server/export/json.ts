// JSON export of the knowledge graph in graphology's serialisation format (`graph.export()`):
// nodes carry type, label, aliases...; edges type, evidence, date... Readable by Graph.from().
import type { SerializedGraph } from 'graphology-types';
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from '../ontology.js';

/** The graph as graphology's serialised JSON object. */
export function toGraphJson(graph: KnowledgeGraph): SerializedGraph<NodeAttributes, EdgeAttributes> {
  return graph.export();
}

// Graphs for query tests: a small hand-made graph with known answers, and a seeded random
// multigraph (parallel edges, isolated nodes) for comparison with the networkx oracle.
import { createKnowledgeGraph } from '../../server/graph/load.js';
import { EDGE_TYPES, NODE_TYPES, type EdgeAttributes, type EdgeType, type KnowledgeGraph, type NodeType } from '../../server/ontology.js';
import { mulberry32 } from '../../scripts/corpus/prng.js';

/** Deterministic PRNG (mulberry32, shared with the corpus generator). */
export const seededRandom = mulberry32;

function edge(type: EdgeType, doc = 'd1', sentence = `${type} sentence.`): EdgeAttributes {
  return { type, evidence: [{ doc, sentence, start: 0, end: sentence.length }] };
}

/**
 * kim -LEADER_OF-> dprk <-PART_OF- kpa <-PART_OF- regiment -DEPLOYED_TO-> kursk -LOCATED_IN-> russia
 * shoigu -OFFICIAL_OF-> council -PART_OF-> russia; shoigu -MET_WITH- kim; putin -LEADER_OF-> russia
 * plus an isolated award node.
 */
export function smallGraph(): KnowledgeGraph {
  const g = createKnowledgeGraph();
  const node = (key: string, type: NodeType, label: string, aliases: string[] = [], mentions = 1) =>
    g.addNode(key, { type, label, aliases: [label, ...aliases], mentions });
  node('person:kim-jong-un', 'person', 'Kim Jong Un', ['Kim'], 9);
  node('state:north-korea', 'state', 'North Korea', ['DPRK', "Democratic People's Republic of Korea"], 12);
  node('organization:kpa', 'organization', "Korean People's Army", ['KPA']);
  node('unit:528th', 'unit', '528th Regiment of Engineers', ['the regiment'], 4);
  node('place:kursk', 'place', 'Kursk Region', ['Kursk']);
  node('state:russia', 'state', 'Russia', ['Russian Federation', 'Россия'], 8);
  node('person:sergey-shoigu', 'person', 'Sergey Shoigu', ['Shoigu'], 3);
  node('organization:security-council', 'organization', 'Security Council of Russia', ['Security Council']);
  node('person:vladimir-putin', 'person', 'Vladimir Putin', ['Putin'], 2);
  node('person:jose', 'person', 'José Müller', ['Jose Muller']);
  node('award:hero', 'award', 'Hero of the DPRK');
  g.addEdgeWithKey('e:kim-lead', 'person:kim-jong-un', 'state:north-korea', edge('LEADER_OF'));
  g.addEdgeWithKey('e:kpa-part', 'organization:kpa', 'state:north-korea', edge('PART_OF'));
  g.addEdgeWithKey('e:reg-part', 'unit:528th', 'organization:kpa', edge('PART_OF'));
  g.addEdgeWithKey('e:reg-deploy', 'unit:528th', 'place:kursk', edge('DEPLOYED_TO', 'd2'));
  g.addEdgeWithKey('e:kursk-in', 'place:kursk', 'state:russia', edge('LOCATED_IN'));
  g.addEdgeWithKey('e:shoigu-off', 'person:sergey-shoigu', 'organization:security-council', edge('OFFICIAL_OF', 'd2'));
  g.addEdgeWithKey('e:council-part', 'organization:security-council', 'state:russia', edge('PART_OF'));
  g.addEdgeWithKey('e:met', 'person:kim-jong-un', 'person:sergey-shoigu', edge('MET_WITH', 'd3'));
  g.addEdgeWithKey('e:putin-lead', 'person:vladimir-putin', 'state:russia', edge('LEADER_OF'));
  g.addEdgeWithKey('e:jose-visit', 'person:jose', 'state:russia', edge('VISITED'));
  return g;
}

/** A seeded random directed multigraph of `n` nodes and about `m` edges (some parallel, no self-loops). */
export function randomGraph(seed: number, n: number, m: number): KnowledgeGraph {
  const rand = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const g = createKnowledgeGraph();
  for (let i = 0; i < n; i++) g.addNode(`n${i}`, { type: pick(NODE_TYPES), label: `Node ${i}`, aliases: [], mentions: 1 });
  for (let k = 0; k < m; k++) {
    const s = `n${Math.floor(rand() * n * 0.9)}`; // the last tenth may stay isolated
    const t = `n${Math.floor(rand() * n * 0.9)}`;
    if (s === t) continue;
    const type = pick(EDGE_TYPES);
    const key = `${s}|${type}|${t}`;
    if (!g.hasEdge(key)) g.addEdgeWithKey(key, s, t, edge(type, `d${k % 7}`));
    if (rand() < 0.1) {
      const other = pick(EDGE_TYPES);
      const key2 = `${s}|${other}|${t}`;
      if (!g.hasEdge(key2)) g.addEdgeWithKey(key2, s, t, edge(other)); // a parallel edge
    }
  }
  return g;
}

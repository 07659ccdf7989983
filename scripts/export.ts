// `npm run export -- --format gexf|graphml|json [--out FILE] [--db FILE] [--node ID --depth N]`:
// writes the stored graph (or a node's neighbourhood) as GEXF 1.3, GraphML (both streamed, with
// the explorer's saved layout) or graphology JSON to FILE or stdout.
import { createWriteStream, existsSync, writeFileSync } from 'node:fs';
import { NotFoundError, ValidationError } from '../server/errors.js';
import { gexfChunks } from '../server/export/gexf.js';
import { graphmlChunks } from '../server/export/graphml.js';
import { toGraphJson } from '../server/export/json.js';
import { egoSelection, wholeGraph } from '../server/export/selection.js';
import { writeChunks } from '../server/export/stream.js';
import { subgraph } from '../server/graph/subgraph.js';
import { resolveDbPath } from '../server/store/default-path.js';
import { GraphStore } from '../server/store/graph-store.js';
import { LayoutStore } from '../server/store/layout.js';

const USAGE = 'usage: npm run export -- --format gexf|graphml|json [--out FILE] [--db FILE] [--node ID [--depth 1..3]]';
const FORMATS = ['gexf', 'graphml', 'json'] as const;

function option(argv: string[], name: string): string | undefined {
  const i = argv.findIndex((a) => a === name || a.startsWith(`${name}=`));
  if (i < 0) return undefined;
  const arg = argv[i]!;
  const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[i + 1];
  if (value === undefined || value === '' || value.startsWith('--')) throw new ValidationError(`${name}: missing value. ${USAGE}`);
  return value;
}

async function run(argv: string[]): Promise<void> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return;
  }
  const format = option(argv, '--format') ?? 'gexf';
  if (!(FORMATS as readonly string[]).includes(format)) throw new ValidationError(`--format is "${format}". Expected gexf, graphml or json`);
  const out = option(argv, '--out');
  const node = option(argv, '--node');
  const depth = Number(option(argv, '--depth') ?? '1');
  const dbPath = resolveDbPath(argv, process.env);
  if (!existsSync(dbPath)) throw new ValidationError(`database ${dbPath} does not exist. Expected --db FILE or KG_DB naming a database made by npm run ingest or npm start`);
  const store = GraphStore.open(dbPath, { readonly: true });
  try {
    const whole = store.loadGraph();
    if (format === 'json') {
      const graph = node === undefined ? whole : subgraph(whole, node, { depth, limit: 2000 });
      const text = `${JSON.stringify(toGraphJson(graph))}\n`;
      if (out === undefined) process.stdout.write(text);
      else writeFileSync(out, text);
      if (out !== undefined) console.error(`export: wrote ${graph.order} nodes and ${graph.size} edges as json to ${out}`);
      return;
    }
    const sel = node === undefined ? wholeGraph(whole) : egoSelection(whole, node, { depth, limit: 2000 });
    const { positions } = new LayoutStore(store.connection).load();
    const saved = positions.size > 0 ? { positions } : {};
    const chunks = format === 'gexf' ? gexfChunks(sel, saved) : graphmlChunks(sel, saved);
    await writeChunks(chunks, out === undefined ? process.stdout : createWriteStream(out));
    if (out !== undefined) console.error(`export: wrote ${sel.nodes.length} nodes and ${sel.edges.length} edges as ${format} to ${out}`);
  } finally {
    store.close();
  }
}

run(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`export: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = error instanceof ValidationError || error instanceof NotFoundError ? 2 : 1;
});

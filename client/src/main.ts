// Entry point of the explorer: loads /api/graph and /api/stats, mounts the page around the
// graph, and reloads after a dispatch is added.
import { api, ApiError } from './api.js';
import { mountDispatchDialog } from './dispatch-dialog.js';
import { byId } from './dom.js';
import { createExplorer, type Explorer } from './explorer.js';
import { buildGraph } from './graph-data.js';
import { mountStats } from './header.js';
import { mountHelp } from './help.js';
import { createStore } from './state.js';
import { mountStatus } from './status.js';
import './styles.css';

function describe(err: unknown): string {
  if (err instanceof ApiError && err.status === 0) return 'The server could not be reached. Check that it is running, then try again.';
  return err instanceof Error ? err.message : String(err);
}

/** Boots the page. */
function main(): void {
  const store = createStore();
  let explorer: Explorer | null = null;

  const load = async () => {
    if (!explorer) store.update({ status: 'loading', message: null });
    try {
      const [data, stats, saved] = await Promise.all([api.graph(), api.stats(), explorer ? null : api.layout().catch(() => null)]);
      performance.mark('kg:fetched');
      if (explorer) {
        const added = explorer.merge(data);
        store.update({ newNodes: new Set(added) });
      } else {
        const graph = buildGraph(data);
        performance.mark('kg:built');
        explorer = createExplorer(graph, store, api, saved);
      }
      store.update({ stats, status: explorer.graph.order === 0 ? 'empty' : 'ready' });
    } catch (err) {
      store.update({ status: 'error', message: describe(err) });
    }
  };

  const openDialog = mountDispatchDialog(byId<HTMLDialogElement>('add-dialog'), api, async (res) => {
    if (res.status === 'added') await load();
  });
  byId('add-btn').addEventListener('click', openDialog);
  mountStatus(byId('overlay'), store, { onRetry: () => void load(), onAddDispatch: openDialog });
  mountStats(byId('stats'), store);
  mountHelp(byId<HTMLButtonElement>('help-btn'), byId('help'), store);
  void load();
}

main();

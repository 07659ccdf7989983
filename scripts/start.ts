// `npm start [-- --db FILE --host HOST --port PORT --no-build]`: the HTTP API and explorer.
// Options also come from KG_DB, HOST and PORT. See server/main.ts.
import { fileURLToPath } from 'node:url';
import { main } from '../server/main.js';

const root = fileURLToPath(new URL('..', import.meta.url));
main(process.argv.slice(2), process.env, root).catch((error: unknown) => {
  console.error(`start: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});

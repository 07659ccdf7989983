// Writes a document given as chunks to a writable stream (an HTTP response, a file), honouring
// back-pressure: the next chunk is made only when the stream has room for it.
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** Pipes `chunks` into `out` and resolves when it is all written or the reader left (rejects if making a chunk fails). */
export async function writeChunks(chunks: Iterable<string>, out: Writable): Promise<void> {
  try {
    await pipeline(Readable.from(chunks, { objectMode: false }), out);
  } catch (error) {
    // The reader went away (closed the connection): nothing is left to write to, and no one to tell.
    if (out.destroyed && (error as { code?: unknown }).code === 'ERR_STREAM_PREMATURE_CLOSE') return;
    throw error;
  }
}

// Identity for closures made on a hot path (per document, per match). Passing an arrow through a
// call keeps it anonymous, so the keepNames transform of tsx/esbuild does not wrap it in __name,
// which costs an Object.defineProperty on every closure created.

/** Returns `f` unchanged. */
export function unnamed<F extends (...args: never[]) => unknown>(f: F): F {
  return f;
}

// A one-line text progress bar for long ingests (the script redraws it on stderr with `\r`).

export interface ProgressState {
  /** Inputs handled so far (documents and failed records). */
  done: number;
  /** Expected number of inputs, when known. */
  total?: number;
  added: number;
  skipped: number;
  failed: number;
  /** Seconds since the start. */
  elapsed: number;
}

/** The progress line: `[#####.....] 50% 500/1000 · 480 added · 15 known · 5 failed · 12 docs/s`. */
export function formatProgress(state: ProgressState, width = 24): string {
  const rate = state.elapsed > 0 ? `${Math.round(state.done / state.elapsed)} docs/s` : '';
  const counts = `${state.added} added · ${state.skipped} known · ${state.failed} failed`;
  if (state.total === undefined || state.total <= 0) {
    return [`${state.done} done`, counts, rate].filter(Boolean).join(' · ');
  }
  const fraction = Math.min(1, state.done / state.total);
  const filled = Math.round(fraction * width);
  const bar = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]`;
  const percent = `${Math.floor(fraction * 100)}%`.padStart(4);
  return [`${bar} ${percent} ${state.done}/${state.total}`, counts, rate].filter(Boolean).join(' · ');
}

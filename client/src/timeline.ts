// Time as a filter: a histogram of edge dates by month with a brush (drag across the bars, or
// use the two sliders from the keyboard), a reset, and a play button that slides the window on.
import type { KnowledgeGraph } from '../../server/ontology.js';
import { h, replaceChildren } from './dom.js';
import { monthHistogram, monthRange } from './filters.js';
import type { Store, TimeWindow } from './state.js';

const SVG = 'http://www.w3.org/2000/svg';
const PLAY_STEP_MS = 900;

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** "2025-06" → "Jun 2025". */
export function monthLabel(month: string): string {
  const [y, m] = month.split('-');
  return `${MONTH_NAMES[Number(m) - 1] ?? m} ${y}`;
}

/** The window `steps` months later, same width, or null past the last month. */
export function shiftWindow(w: TimeWindow, months: string[], steps = 1): TimeWindow | null {
  const a = months.indexOf(w.start);
  const b = months.indexOf(w.end);
  if (a < 0 || b < 0 || b + steps >= months.length) return null;
  return { start: months[a + steps]!, end: months[b + steps]! };
}

/** Mounts the timeline into `el`; returns a re-render (after the graph changed). */
export function mountTimeline(el: HTMLElement, graph: KnowledgeGraph, store: Store): () => void {
  let months: string[] = [];
  let counts = new Map<string, number>();
  let timer: ReturnType<typeof setInterval> | undefined;

  const stopPlaying = () => {
    if (timer !== undefined) clearInterval(timer);
    timer = undefined;
    render();
  };
  const play = () => {
    if (timer !== undefined) return stopPlaying();
    const current = store.get().timeWindow;
    // Start from the first quarter (or the current window's width) at the beginning.
    const width = current ? Math.max(0, months.indexOf(current.end) - months.indexOf(current.start)) : Math.min(2, months.length - 1);
    store.update({ timeWindow: { start: months[0]!, end: months[Math.min(width, months.length - 1)]! } });
    timer = setInterval(() => {
      const w = store.get().timeWindow;
      const next = w && shiftWindow(w, months);
      if (!next) return stopPlaying();
      store.update({ timeWindow: next });
    }, PLAY_STEP_MS);
    render();
  };

  const setWindow = (a: number, b: number) => {
    const [i, j] = a <= b ? [a, b] : [b, a];
    const full = i <= 0 && j >= months.length - 1;
    store.update({ timeWindow: full ? null : { start: months[i]!, end: months[j]! } });
  };

  const render = () => {
    const hist = monthHistogram(graph);
    const keys = [...hist.keys()].sort();
    el.hidden = keys.length === 0;
    if (keys.length === 0) return replaceChildren(el);
    months = monthRange(keys[0]!, keys[keys.length - 1]!);
    counts = hist;
    const w = store.get().timeWindow;
    const lo = w ? Math.max(0, months.indexOf(w.start) < 0 ? 0 : months.indexOf(w.start)) : 0;
    const hi = w ? (months.indexOf(w.end) < 0 ? months.length - 1 : months.indexOf(w.end)) : months.length - 1;
    const max = Math.max(1, ...counts.values());
    const n = months.length;
    const chart = svg('svg', { class: 'histogram', viewBox: `0 0 ${n * 10} 40`, preserveAspectRatio: 'none', role: 'img', 'aria-label': 'Relations per month' });
    months.forEach((m, i) => {
      const c = counts.get(m) ?? 0;
      const height = c === 0 ? 0 : Math.max(2, (c / max) * 38);
      const rect = svg('rect', { x: i * 10 + 1, y: 40 - height, width: 8, height, class: i >= lo && i <= hi ? 'bar in' : 'bar' });
      const title = svg('title', {});
      title.textContent = `${monthLabel(m)}: ${c} relation${c === 1 ? '' : 's'}`;
      rect.append(title);
      chart.append(rect);
    });
    if (w) chart.append(svg('rect', { class: 'brush', x: lo * 10, y: 0, width: (hi - lo + 1) * 10, height: 40 }));
    // Brush: drag across the chart to choose a window.
    let dragFrom: number | null = null;
    const monthAt = (e: PointerEvent) => {
      const box = chart.getBoundingClientRect();
      return Math.min(n - 1, Math.max(0, Math.floor(((e.clientX - box.left) / Math.max(1, box.width)) * n)));
    };
    chart.addEventListener('pointerdown', (e) => {
      dragFrom = monthAt(e);
      chart.setPointerCapture(e.pointerId);
    });
    chart.addEventListener('pointerup', (e) => {
      if (dragFrom === null) return;
      const to = monthAt(e);
      const from = dragFrom;
      dragFrom = null;
      setWindow(from, to);
    });
    const startInput = h('input', { type: 'range', min: 0, max: n - 1, value: lo, 'aria-label': 'Window start', 'data-testid': 'time-start' });
    const endInput = h('input', { type: 'range', min: 0, max: n - 1, value: hi, 'aria-label': 'Window end', 'data-testid': 'time-end' });
    startInput.addEventListener('change', () => setWindow(Number(startInput.value), Math.max(Number(startInput.value), hi)));
    endInput.addEventListener('change', () => setWindow(Math.min(lo, Number(endInput.value)), Number(endInput.value)));
    const playing = timer !== undefined;
    replaceChildren(
      el,
      h(
        'div',
        { class: 'timeline-head' },
        h('button', { class: 'icon-button play', type: 'button', 'aria-label': playing ? 'Pause' : 'Play through time', 'aria-pressed': String(playing), 'data-testid': 'time-play', onclick: play }, playing ? '❚❚' : '▶'),
        h('span', { class: 'section-title' }, 'Time'),
        h('span', { class: 'time-range', 'data-testid': 'time-range', 'aria-live': 'polite' }, w ? `${monthLabel(w.start)} – ${monthLabel(w.end)}` : `All dates · ${monthLabel(months[0]!)} – ${monthLabel(months[n - 1]!)}`),
        w && h('button', { class: 'link small', type: 'button', 'data-testid': 'time-reset', onclick: () => { if (timer !== undefined) stopPlaying(); store.update({ timeWindow: null }); } }, 'All time'),
      ),
      chart,
      h('div', { class: 'time-sliders' }, h('label', {}, h('span', {}, 'From'), startInput), h('label', {}, h('span', {}, 'To'), endInput)),
    );
  };
  render();
  store.subscribe((state, prev) => {
    if (state.timeWindow !== prev.timeWindow) render();
  });
  return render;
}

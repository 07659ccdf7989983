// The explorer in headless Chromium over a real server with the bundled dispatches: network view,
// search, hover, panel with evidence, saved layout, path finder, time window, filters, URL state,
// adding a dispatch, exports, markup in dispatches rendered as text, empty and error states.
// One server and one browser for the whole file; screenshots go to tests/output/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StatsResponse } from '../../server/api-types.js';
import { OUTPUT, startHarness, waitForSettled, type Harness } from './harness.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Kg = any;
/** Runs `fn` in the page with the explorer's debug handle (graph, store, renderer). */
function kg<T>(page: Page, fn: (kg: Kg, arg: any) => T, arg?: unknown): Promise<T> {
  return page.evaluate(([src, a]) => new Function('kg', 'arg', `return (${src})(kg, arg);`)((window as any).__kg, a), [fn.toString(), arg] as const) as Promise<T>;
}

const SHOIGU = 'person:sergey-shoigu';
const COUNCIL = 'organization:security-council-of-russia';
const REGIMENT = 'unit:528th-regiment-of-engineers';

describe('explorer in a browser', () => {
  let h: Harness;
  let page: Page;

  beforeAll(async () => {
    h = await startHarness();
    page = await h.open('/');
    await waitForSettled(page);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('draws the graph with WebGL, a legend with counts, parallel edges as curves', async () => {
    const contexts = await page.$$eval('#graph canvas', (canvases) =>
      canvases.map((c) => ({ cls: c.className, webgl: (c as HTMLCanvasElement).getContext('webgl2') !== null || (c as HTMLCanvasElement).getContext('webgl') !== null })),
    );
    expect(contexts.find((c) => c.cls.includes('sigma-nodes'))?.webgl).toBe(true);
    const stats = await h.json<StatsResponse>('/api/stats');
    await expect.poll(() => page.textContent('#stats')).toContain(`${stats.nodes} entities`);
    for (const [type, n] of Object.entries(stats.nodeTypes)) {
      expect(await page.textContent(`[data-testid=legend-item][data-type=${type}] .legend-count`)).toBe(String(n));
    }
    const drawn = await kg(page, (k) => {
      const types = new Set<string>();
      let sized = 0;
      k.graph.forEachEdge((e: string) => types.add(k.renderer.getEdgeDisplayData(e).type));
      // Size follows degree: the busiest node is drawn larger than a leaf.
      const nodes = k.graph.nodes().sort((a: string, b: string) => k.graph.degree(b) - k.graph.degree(a));
      if (k.renderer.getNodeDisplayData(nodes[0]).size > k.renderer.getNodeDisplayData(nodes[nodes.length - 1]).size) sized = 1;
      return { types: [...types], sized, firstFrame: performance.getEntriesByName('kg:first-frame').length };
    });
    expect(drawn.types).toContain('curvedArrow');
    expect(drawn.sized).toBe(1);
    expect(drawn.firstFrame).toBe(1);
    await page.screenshot({ path: join(OUTPUT, 'explorer-overview.png') });
  });

  it('saved the settled layout on the server, and a reload keeps it without laying out again', async () => {
    await expect.poll(async () => (await h.json<{ count: number }>('/api/layout')).count, { timeout: 15_000 }).toBe(await kg(page, (k) => k.graph.order));
    const saved = await h.json<{ positions: Record<string, [number, number]> }>('/api/layout');
    const again = await h.open('/');
    try {
      await waitForSettled(again);
      const state = await kg(again, (k, id) => ({ running: k.layout().isRunning(), x: k.graph.getNodeAttribute(id, 'x'), y: k.graph.getNodeAttribute(id, 'y') }), SHOIGU);
      expect(state.running).toBe(false);
      expect(state.x).toBeCloseTo(saved.positions[SHOIGU]![0], 1);
      expect(state.y).toBeCloseTo(saved.positions[SHOIGU]![1], 1);
    } finally {
      await again.close();
    }
  });

  it('searches "Shoigu" from the keyboard and shows OFFICIAL_OF Security Council of Russia with its sentence', async () => {
    const before = await kg(page, (k) => k.renderer.getCamera().getState());
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search');
    await page.keyboard.type('Shoigu');
    // Suggestions follow the keystrokes: wait for the answer to the whole word.
    await expect.poll(() => page.locator('[data-testid=search-suggestion]').first().getAttribute('data-node')).toBe(SHOIGU);
    await page.keyboard.press('Enter');
    const panel = page.locator('[data-testid=panel]');
    await expect.poll(() => panel.locator('.panel-title').textContent()).toBe('Sergey Shoigu');
    const group = panel.locator('.relation-group[data-type=OFFICIAL_OF][data-direction=out]');
    const relation = group.locator('[data-testid=relation]', { has: page.locator(`.node-link[data-node="${COUNCIL}"]`) });
    await relation.waitFor();
    expect(await relation.locator('.node-link').textContent()).toBe('Security Council of Russia');
    const quote = relation.locator('[data-testid=evidence-quote]').first();
    expect(await quote.textContent()).toContain('Secretary Sergey Shoigu');
    // Both ends are marked inside the sentence.
    const marks = await quote.locator('mark.entity').allTextContents();
    expect(marks).toContain('Sergey Shoigu');
    expect(marks.some((m) => /Security Council/.test(m))).toBe(true);
    expect(await panel.locator('[data-testid=neighbour-relations]').textContent()).toContain('OFFICIAL_OF');
    await page.waitForTimeout(800); // camera animation
    const after = await kg(page, (k) => k.renderer.getCamera().getState());
    expect(after).not.toEqual(before);
    expect(new URL(page.url()).searchParams.get('node')).toBe(SHOIGU);
    await page.screenshot({ path: join(OUTPUT, 'explorer-search-panel.png') });
  });

  it('highlights a hovered node and its neighbours through the reducers', async () => {
    await page.keyboard.press('Escape');
    await kg(page, (k) => k.view.fit());
    await page.waitForTimeout(700);
    // A node with neighbours whose dot is not under a floating card.
    const target = await kg(page, (k) => {
      const box = document.getElementById('graph')!.getBoundingClientRect();
      const nodes = k.graph.nodes().sort((a: string, b: string) => k.graph.degree(b) - k.graph.degree(a));
      for (const id of nodes) {
        const p = k.renderer.framedGraphToViewport(k.renderer.getNodeDisplayData(id));
        const x = p.x + box.left;
        const y = p.y + box.top;
        const hit = document.elementFromPoint(x, y);
        if (hit instanceof HTMLCanvasElement && hit.closest('#graph')) return { id, x, y };
      }
      return null;
    });
    expect(target).not.toBeNull();
    await page.mouse.move(target!.x, target!.y);
    await expect.poll(() => kg(page, (k) => k.store.get().hovered)).toBe(target!.id);
    const colours = await kg(page, (k, id) => {
      const nb = new Set(k.graph.neighbors(id));
      const far = k.graph.nodes().find((n: string) => n !== id && !nb.has(n));
      return { far: k.renderer.getNodeDisplayData(far).color, farOwn: k.graph.getNodeAttribute(far, 'color'), nb: k.renderer.getNodeDisplayData([...nb][0]).color, nbOwn: k.graph.getNodeAttribute([...nb][0], 'color') };
    }, target!.id);
    expect(colours.far).not.toBe(colours.farOwn);
    expect(colours.nb).toBe(colours.nbOwn);
    await page.screenshot({ path: join(OUTPUT, 'explorer-hover.png') });
    await page.mouse.move(700, 20);
    await expect.poll(() => kg(page, (k) => k.store.get().hovered)).toBe(null);
  });

  it('finds the path Sergey Shoigu → 528th Regiment of Engineers and tells its hops with sentences', async () => {
    await page.click('#path-btn');
    await page.fill('[data-testid=path-from]', 'Sergey Shoigu');
    await page.locator('[data-testid=path-suggestion]').first().waitFor();
    await page.keyboard.press('Enter');
    await page.fill('[data-testid=path-to]', '528th Regiment');
    await page.locator('#path-to-suggestions [data-testid=path-suggestion]').first().waitFor();
    await page.keyboard.press('Enter');
    await page.click('#path-tool button[type=submit]');
    const hops = page.locator('[data-testid=path-hop]');
    await hops.first().waitFor();
    expect(await hops.count()).toBe(2);
    for (let i = 0; i < 2; i++) {
      const hop = hops.nth(i);
      expect(await hop.locator('[data-testid=hop-relation]').count()).toBeGreaterThan(0);
      expect((await hop.locator('blockquote').first().textContent())?.length).toBeGreaterThan(20);
    }
    expect(await hops.first().locator('.hop-title').textContent()).toContain('Sergey Shoigu');
    expect(await hops.last().locator('.hop-title').textContent()).toContain('528th Regiment of Engineers');
    const highlighted = await kg(page, (k) => [...k.store.get().path.nodes]);
    expect(highlighted).toEqual(expect.arrayContaining([SHOIGU, REGIMENT]));
    const url = new URL(page.url());
    expect([url.searchParams.get('from'), url.searchParams.get('to')]).toEqual([SHOIGU, REGIMENT]);
    await page.waitForTimeout(600);
    await page.screenshot({ path: join(OUTPUT, 'explorer-path.png') });
    await page.keyboard.press('Escape');
  });

  it('expands a neighbourhood from the server with a type filter and a cap; lists k paths', async () => {
    await kg(page, (k, id) => k.select(id), 'person:kim-jong-un');
    const panel = page.locator('[data-testid=panel]');
    await panel.locator('.expand summary').click();
    await panel.locator('.expand-types input[value=place]').uncheck();
    await panel.locator('.expand .cap').fill('6');
    await panel.locator('[data-testid=expand]').click();
    await expect.poll(() => kg(page, (k) => (k.store.get().expanded ? k.store.get().expanded.size : 0))).toBeGreaterThan(1);
    const expanded = await kg(page, (k) => [...k.store.get().expanded].map((n: string) => k.graph.getNodeAttribute(n, 'type')));
    expect(expanded.length).toBeLessThanOrEqual(6);
    expect(expanded).not.toContain('place');
    // A node outside the expansion and outside the selection's own neighbourhood (which stays lit) is dimmed.
    const dimmed = await kg(page, (k) => {
      const sel = k.store.get().selected;
      const out = k.graph.nodes().find((n: string) => !k.store.get().expanded.has(n) && n !== sel && !k.graph.areNeighbors(n, sel));
      return k.renderer.getNodeDisplayData(out).color !== k.graph.getNodeAttribute(out, 'color');
    });
    expect(dimmed).toBe(true);
    await page.keyboard.press('Escape');
    expect(await kg(page, (k) => k.store.get().expanded)).toBe(null);

    await page.click('#path-btn');
    await page.fill('[data-testid=path-from]', 'Sergey Shoigu');
    await page.locator('#path-from-suggestions [data-testid=path-suggestion]').first().waitFor();
    await page.keyboard.press('Enter');
    await page.fill('[data-testid=path-to]', 'Vladimir Putin');
    await page.locator('#path-to-suggestions [data-testid=path-suggestion]').first().waitFor();
    await page.keyboard.press('Enter');
    await page.selectOption('[data-testid=path-kind]', 'k');
    await page.click('#path-tool button[type=submit]');
    await page.locator('.path-story').first().waitFor();
    expect(await page.locator('.path-story').count()).toBeGreaterThan(1);
    expect(new URL(page.url()).searchParams.get('paths')).toBe('k');
    await page.keyboard.press('Escape');
  });

  it('a time window of 2024 hides the edges dated 2025; play steps through time', async () => {
    const setSlider = (testId: string, month: string) =>
      page.evaluate(([id, m]) => {
        const input = document.querySelector<HTMLInputElement>(`[data-testid=${id}]`)!;
        const months: string[] = (window as any).__kgMonths ?? [];
        input.value = String(months.indexOf(m));
        input.dispatchEvent(new Event('change'));
      }, [testId, month] as const);
    await page.evaluate(() => {
      const k = (window as any).__kg;
      const seen = new Set<string>();
      k.graph.forEachEdge((_e: string, a: any) => a.date?.start && seen.add(a.date.start.slice(0, 7)));
      const sorted = [...seen].sort();
      const out: string[] = [];
      let [y, m] = sorted[0]!.split('-').map(Number) as [number, number];
      const last = sorted[sorted.length - 1]!;
      while (`${y}-${String(m).padStart(2, '0')}` <= last) {
        out.push(`${y}-${String(m).padStart(2, '0')}`);
        if (++m > 12) [y, m] = [y + 1, 1];
      }
      (window as any).__kgMonths = out;
    });
    await setSlider('time-end', '2024-12');
    await setSlider('time-start', '2024-01');
    await expect.poll(() => kg(page, (k) => k.store.get().timeWindow)).toEqual({ start: '2024-01', end: '2024-12' });
    const check = await kg(page, (k) => {
      const out = { hidden2025: 0, shown2025: 0, shown2024: 0 };
      k.graph.forEachEdge((e: string, a: any) => {
        const y = a.date?.start?.slice(0, 4);
        const hidden = k.renderer.getEdgeDisplayData(e).hidden;
        if (y === '2025' && a.date.end?.slice(0, 4) !== '2024') hidden ? out.hidden2025++ : out.shown2025++;
        if (y === '2024' && !hidden) out.shown2024++;
      });
      return out;
    });
    expect(check.hidden2025).toBeGreaterThan(0);
    expect(check.shown2025).toBe(0);
    expect(check.shown2024).toBeGreaterThan(0);
    expect(await page.textContent('[data-testid=time-range]')).toBe('Jan 2024 – Dec 2024');
    expect(new URL(page.url()).searchParams.get('time')).toBe('2024-01..2024-12');
    await page.screenshot({ path: join(OUTPUT, 'explorer-time-2024.png') });

    await page.click('[data-testid=time-play]');
    const first = await page.textContent('[data-testid=time-range]');
    await expect.poll(() => page.textContent('[data-testid=time-range]'), { timeout: 5_000 }).not.toBe(first);
    await page.click('[data-testid=time-play]'); // pause
    await page.click('[data-testid=time-reset]');
    expect(await kg(page, (k) => k.store.get().timeWindow)).toBe(null);
  });

  it('the person toggle in the legend hides every person; relation and source filters hide edges', async () => {
    await page.click('[data-testid=legend-item][data-type=person]');
    const persons = await kg(page, (k) => {
      let shown = 0, hidden = 0;
      k.graph.forEachNode((n: string, a: any) => a.type === 'person' && (k.renderer.getNodeDisplayData(n).hidden ? hidden++ : shown++));
      return { shown, hidden };
    });
    expect(persons.shown).toBe(0);
    expect(persons.hidden).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get('hide')).toBe('person');
    await page.click('[data-testid=legend-item][data-type=person]');
    expect(await kg(page, (k, id) => k.renderer.getNodeDisplayData(id).hidden, SHOIGU)).toBe(false);

    await page.click('.rel-filter summary');
    await page.click('[data-testid=relation-item][data-type=VISITED]');
    const visited = await kg(page, (k) => k.graph.filterEdges((_e: string, a: any) => a.type === 'VISITED').map((e: string) => k.renderer.getEdgeDisplayData(e).hidden));
    expect(visited.length).toBeGreaterThan(0);
    expect(visited.every(Boolean)).toBe(true);
    await page.click('[data-testid=relation-item][data-type=VISITED]');
    await page.selectOption('[data-testid=min-sources]', '2');
    const weak = await kg(page, (k) => k.graph.filterEdges((_e: string, a: any) => a.evidence.length < 2).every((e: string) => k.renderer.getEdgeDisplayData(e).hidden));
    expect(weak).toBe(true);
    await page.selectOption('[data-testid=min-sources]', '1');
  });

  it('round-trips the view through the URL', async () => {
    await kg(page, (k, ids) => {
      k.select(ids.node);
      k.store.update({ hiddenTypes: new Set(['place']), hiddenRelations: new Set(['PRAISED']), minSources: 2, timeWindow: { start: '2023-06', end: '2025-12' }, hideIsolated: false, sizeBy: 'mentions', pathEnds: { from: ids.from, to: ids.to } });
    }, { node: COUNCIL, from: SHOIGU, to: REGIMENT });
    const link = page.url();
    expect(link).toContain('node=');
    await page.goto(`${h.baseUrl}/`);
    await waitForSettled(page);
    const other = await h.open(new URL(link).pathname + new URL(link).search);
    try {
      await waitForSettled(other);
      await other.locator('[data-testid=panel] .panel-title').waitFor();
      const state = await kg(other, (k) => {
        const s = k.store.get();
        return { selected: s.selected, hiddenTypes: [...s.hiddenTypes], hiddenRelations: [...s.hiddenRelations], minSources: s.minSources, timeWindow: s.timeWindow, hideIsolated: s.hideIsolated, sizeBy: s.sizeBy, pathEnds: s.pathEnds };
      });
      expect(state).toEqual({ selected: COUNCIL, hiddenTypes: ['place'], hiddenRelations: ['PRAISED'], minSources: 2, timeWindow: { start: '2023-06', end: '2025-12' }, hideIsolated: false, sizeBy: 'mentions', pathEnds: { from: SHOIGU, to: REGIMENT } });
      expect(await other.locator('[data-testid=panel] .panel-title').textContent()).toBe('Security Council of Russia');
      await other.locator('[data-testid=path-hop]').first().waitFor();
      expect(new URL(other.url()).search).toBe(new URL(link).search);
    } finally {
      await other.close();
    }
    // Unknown ids and bad values in a link are dropped, not obeyed.
    const bad = await h.open('/?node=nope&hide=person,bogus&min=abc&time=2025-13..2024-01');
    try {
      await waitForSettled(bad);
      const s = await kg(bad, (k) => ({ selected: k.store.get().selected, hidden: [...k.store.get().hiddenTypes], min: k.store.get().minSources, time: k.store.get().timeWindow }));
      expect(s).toEqual({ selected: null, hidden: ['person'], min: 1, time: null });
    } finally {
      await bad.close();
    }
  });

  it('adds a pasted dispatch: its new entities appear highlighted as new', async () => {
    const before = await h.json<StatsResponse>('/api/stats');
    await page.click('#add-btn');
    const dialog = page.locator('#add-dialog');
    await dialog.locator('textarea').fill(
      'date 2026-01-20 MINSK, January 20. /TASS/. Belarusian Defence Minister Viktor Khrenin met Laotian Defence Minister Chansamone Chanyalath in Vientiane on January 19, the Belarusian Defence Ministry said.',
    );
    await dialog.locator('button[type=submit]').click();
    await expect.poll(() => dialog.locator('.dialog-status.ok').textContent(), { timeout: 15_000 }).toMatch(/^Added /);
    await dialog.locator('button', { hasText: 'Close' }).click();
    await expect.poll(() => page.textContent('#stats')).toContain(`${before.documents + 1} dispatches`);
    await page.mouse.move(700, 20); // no hover focus over the canvas
    const added = await kg(page, (k) => [...k.store.get().newNodes].map((n: string) => ({ label: k.graph.getNodeAttribute(n, 'label'), highlighted: k.renderer.getNodeDisplayData(n).highlighted })));
    expect(added.map((a) => a.label)).toEqual(expect.arrayContaining(['Chansamone Chanyalath', 'Laos']));
    expect(added.every((a) => a.highlighted)).toBe(true);
    await waitForSettled(page);
    await page.screenshot({ path: join(OUTPUT, 'explorer-new-dispatch.png') });
  });

  it('renders markup from a dispatch as text and runs nothing', async () => {
    const res = await fetch(`${h.baseUrl}/api/documents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        text: 'date 2026-02-03 MOSCOW, February 3. /TASS/. Russian Defence Minister Andrey Belousov met North Korean leader Kim Jong Un in Pyongyang on February 2, said <img src=x onerror=alert(1)> spokesman <script>window.__pwned=1</script> Ivan Petrov.',
      }),
    });
    expect(res.status).toBe(201);
    const xss = await h.open('/');
    try {
      await waitForSettled(xss);
      await xss.fill('[data-testid=search-input]', 'Andrey Belousov');
      await xss.locator('[data-testid=search-suggestion]').first().waitFor();
      await xss.keyboard.press('Enter');
      const quote = xss.locator('[data-testid=evidence-quote]', { hasText: '<img src=x onerror=alert(1)>' }).first();
      await quote.waitFor();
      expect(await quote.textContent()).toContain('<script>window.__pwned=1</script>');
      await quote.locator('xpath=..').locator('.doc-link').click();
      await xss.locator('#doc-dialog .doc-text').waitFor();
      expect(await xss.textContent('#doc-dialog .doc-text')).toContain('<img src=x onerror=alert(1)>');
      await xss.screenshot({ path: join(OUTPUT, 'explorer-markup-as-text.png') });
      expect(await xss.locator('img[src=x]').count()).toBe(0);
      expect(await xss.locator('body script:not([type=module])').count()).toBe(0);
      expect(await xss.evaluate(() => (window as any).__pwned)).toBeUndefined();
    } finally {
      await xss.close();
    }
  });

  it('exports the current view as GEXF and as PNG', async () => {
    await page.click('[data-testid=legend-item][data-type=place]');
    await page.click('[data-testid=export-menu]');
    const [gexf] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-view]')]);
    const xml = readFileSync((await gexf.path())!, 'utf8');
    expect(xml).toContain('<gexf xmlns="http://gexf.net/1.3"');
    expect(xml).not.toContain('value="place"');
    expect(xml).toContain('value="person"');
    await page.click('[data-testid=legend-item][data-type=place]');
    await page.click('[data-testid=export-menu]');
    await page.click('[data-testid=export-menu]');
    const [png] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-png]')]);
    const bytes = readFileSync((await png.path())!);
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(await page.getAttribute('[data-testid=export-all]', 'href')).toBe('/api/export.gexf');
  });

  it('stays usable on a narrow screen', async () => {
    const narrow = await h.open(`/?node=${encodeURIComponent(SHOIGU)}`, { width: 420, height: 860 });
    try {
      await waitForSettled(narrow);
      await narrow.locator('[data-testid=panel] .panel-title').waitFor();
      await narrow.waitForTimeout(500);
      await narrow.screenshot({ path: join(OUTPUT, 'explorer-narrow.png') });
      expect(await narrow.isVisible('[data-testid=search-input]')).toBe(true);
    } finally {
      await narrow.close();
    }
  });

  it('explains an unreachable server and recovers on retry; explains an empty graph', async () => {
    const other = await h.browser.newPage({ viewport: { width: 1100, height: 700 } });
    try {
      await other.route('**/api/**', (route) => route.abort());
      await other.goto(h.baseUrl);
      const card = other.locator('.status-card[role=alert]');
      await card.waitFor();
      expect(await card.textContent()).toContain('could not be reached');
      await other.unroute('**/api/**');
      await card.locator('button').click();
      await other.locator('#overlay').waitFor({ state: 'hidden' });
    } finally {
      await other.close();
    }
    const empty = await h.browser.newPage({ viewport: { width: 1100, height: 700 } });
    try {
      const graph = { options: { type: 'directed', multi: true, allowSelfLoops: false }, attributes: {}, nodes: [], edges: [] };
      await empty.route('**/api/graph', (route) => route.fulfill({ json: graph }));
      await empty.route('**/api/stats', (route) => route.fulfill({ json: { nodes: 0, edges: 0, documents: 0, evidence: 0, nodeTypes: {}, edgeTypes: {} } }));
      await empty.goto(h.baseUrl);
      await expect.poll(() => empty.locator('.status-card h2').textContent()).toBe('No dispatches yet');
    } finally {
      await empty.close();
    }
  });

  it('logged no console or page errors and opened no dialogs', () => {
    expect(h.problems).toEqual([]);
  });
});

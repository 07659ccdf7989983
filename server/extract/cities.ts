// The states of cities that are no capitals, from the generated gazetteer data/gazetteer/cities.json
// (scripts/gazetteer/build-cities.ts): "ENCARNACIÓN" → Paraguay. Used for a dateline city only, so the
// table (about 550 kB of JSON) is read on the first lookup, not when the extractor is loaded.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** A city name folded for lookup: no diacritics, lower case, single spaces ("ENCARNACIÓN" → "encarnacion"). */
export function foldCityName(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

let table: Map<string, string> | undefined;
let sortedNames: string[] | undefined;

function cityTable(): Map<string, string> {
  table ??= new Map(Object.entries((require('../../data/gazetteer/cities.json') as { cities: Record<string, string> }).cities));
  return table;
}

/**
 * Every state with a city of that name, most populous first, then the states of cities whose longer name
 * starts with it ("SANTA CRUZ": the Philippines, the United States, ... then Bolivia for Santa Cruz de la
 * Sierra): the states a dateline city may stand for.
 */
export function cityStates(name: string): string[] {
  const key = foldCityName(name);
  const t = cityTable();
  const out = (t.get(key) ?? '').split(' ').filter(Boolean);
  sortedNames ??= [...t.keys()].sort();
  const prefix = key + ' ';
  let lo = 0;
  let hi = sortedNames.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sortedNames[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < sortedNames.length && sortedNames[k]!.startsWith(prefix); k++) {
    for (const code of t.get(sortedNames[k]!)!.split(' ')) if (!out.includes(code)) out.push(code);
  }
  return out;
}

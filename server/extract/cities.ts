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

/** The state (alpha-3 code) of the most populous city named `name`, or undefined when no city has that name. */
export function cityState(name: string): string | undefined {
  table ??= new Map(Object.entries((require('../../data/gazetteer/cities.json') as { cities: Record<string, string> }).cities));
  const codes = table.get(foldCityName(name));
  return codes ? codes.slice(0, 3) : undefined;
}

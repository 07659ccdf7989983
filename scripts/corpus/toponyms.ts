// Syllable-built place names (regions, towns, bases) with endings that suit each naming culture,
// plus the ordinals, unit kinds and other vocabulary the world builder recombines.
import type { Culture } from './names.js';
import type { Rng } from './prng.js';

const STEMS = ['Vel', 'Tar', 'Kam', 'Dor', 'Ost', 'Mar', 'Zel', 'Bra', 'Kor', 'Lun', 'Sar', 'Al', 'Ber', 'Nov', 'Gal', 'Tem', 'Rav', 'Sol', 'Hal', 'Mir', 'Pel', 'Rus', 'Tol', 'Ven', 'Gor', 'Lis', 'Dun', 'Fal', 'Kes', 'Sam'];
const MIDDLES = ['', '', 'a', 'en', 'or', 'il', 'u', 'ad'];
const ENDINGS: Record<Culture, readonly string[]> = {
  slavic: ['orsk', 'ovo', 'ograd', 'insk', 'evka', 'omir'],
  anglo: ['ford', 'ton', 'ham', 'field', 'bridge', 'mouth'],
  hispanic: ['anca', 'illo', 'ena', 'oza', 'ares', 'ada'],
  arabic: ['abad', 'ran', 'ira', 'ah', 'ouf', 'eyn'],
  chinese: ['an', 'zhou', 'ning', 'yang', 'shan', 'ling'],
  korean: ['chon', 'ju', 'pho', 'san', 'gang', 'won'],
  westAfrican: ['ugu', 'ali', 'oko', 'amba', 'enne', 'ora'],
  southAsian: ['pur', 'abad', 'garh', 'nagar', 'kot', 'esh'],
  turkic: ['kent', 'tau', 'kol', 'bulak', 'tash', 'su'],
};

/** A one-word place name in the style of a naming culture ("Velorsk", "Kamabad"). */
export function toponym(rng: Rng, culture: Culture): string {
  return rng.pick(STEMS) + rng.pick(MIDDLES) + rng.pick(ENDINGS[culture]);
}

/** English ordinal of a positive integer: 1st, 2nd, 3rd, 11th, 412th. */
export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  const suffix = ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** Named formations: `{n}` is replaced by an ordinal. Short form is what later mentions say. */
export const UNIT_KINDS: ReadonlyArray<{ name: string; short: string; men: [number, number] }> = [
  { name: '{n} Motorized Rifle Brigade', short: 'brigade', men: [2000, 4000] },
  { name: '{n} Artillery Regiment', short: 'regiment', men: [800, 1500] },
  { name: '{n} Army Corps', short: 'corps', men: [20000, 40000] },
  { name: '{n} Engineer Battalion', short: 'battalion', men: [300, 600] },
  { name: '{n} Regiment of Engineers', short: 'regiment', men: [800, 1500] },
  { name: '{n} Air Assault Division', short: 'division', men: [6000, 10000] },
  { name: '{n} Naval Infantry Brigade', short: 'brigade', men: [2000, 4000] },
  { name: '{n} Tank Division', short: 'division', men: [8000, 12000] },
  { name: '{n} Special Forces Battalion', short: 'battalion', men: [200, 500] },
  { name: '{n} Air Defence Regiment', short: 'regiment', men: [600, 1200] },
];

export const REGION_KINDS = ['Region', 'Province', 'District', 'Territory'] as const;
export const FACILITY_KINDS = ['{t} Air Base', '{t} Training Ground', 'Port of {t}', '{t} Naval Base', '{t} International Airport', '{t} Industrial Zone'] as const;
export const PARTY_KINDS = ["{d} People's Party", '{d} Democratic Party', '{d} Labour Party', 'Party of {d} Unity', '{d} Socialist Party', 'National Renewal Party of {c}'] as const;
export const EVENT_KINDS = ['{cap} Security Forum', '{cap} International Economic Forum', '{t} Shield joint military exercise', '{cap} Independence Day parade', '{cap} Summit on Regional Security', '{t} Defence Exhibition'] as const;
export const AGREEMENT_TOPICS = ['Friendship and Cooperation', 'Military-Technical Cooperation', 'Comprehensive Strategic Partnership', 'Trade and Economic Cooperation', 'Visa-Free Travel', 'Energy Security', 'Mutual Legal Assistance', 'Cooperation in Demining'] as const;
export const AGREEMENT_KINDS = ['Treaty', 'Agreement', 'Memorandum of Understanding', 'Accord'] as const;
export const VIRTUES = ['Courage', 'Glory', 'Merit', 'Friendship', 'Valour', 'Honour', 'Military Merit'] as const;

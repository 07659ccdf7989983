// Syllable-built person names for several naming cultures. The names are recombined from
// syllables, not taken from a list of real people, so the extractor cannot have memorised them.
import type { Rng } from './prng.js';

export const CULTURES = ['korean', 'chinese', 'slavic', 'turkic', 'arabic', 'hispanic', 'anglo', 'westAfrican', 'southAsian'] as const;
export type Culture = (typeof CULTURES)[number];

interface Syllables {
  givenA: readonly string[];
  givenB: readonly string[];
  familyA: readonly string[];
  familyB: readonly string[];
  /** Family name first (Korean, Chinese). */
  familyFirst?: boolean;
}

const SYLLABLES: Record<Culture, Syllables> = {
  korean: {
    givenA: ['Song', 'Myong', 'Yong', 'Gwang', 'Hak', 'Chun', 'Jong', 'Kyong', 'Chang', 'Tae', 'Hyon', 'Sang'],
    givenB: ['Chol', 'Hyok', 'Nam', 'Il', 'Su', 'Jin', 'Sun', 'Ok', 'Ung', 'Bok', 'Ho', 'Gil'],
    familyA: ['Ri', 'Pak', 'Choe', 'Kang', 'Han', 'Jon', 'Ryu', 'Yun', 'So', 'Hwang', 'Kye', 'Ro', 'Jang', 'Sin'],
    familyB: [''],
    familyFirst: true,
  },
  chinese: {
    givenA: ['Wei', 'Ming', 'Jian', 'Hong', 'Xiao', 'Jun', 'Yong', 'Hai', 'Zhi', 'Guo', 'Wen', 'Qing'],
    givenB: ['hua', 'lin', 'feng', 'ping', 'qiang', 'bo', 'hui', 'tao', 'rong', 'yuan', 'dong', 'jie'],
    familyA: ['Zhao', 'Liu', 'Chen', 'Wang', 'Huang', 'Zhou', 'Xu', 'Sun', 'Gao', 'Hu', 'Guo', 'Lin', 'Tang', 'Feng'],
    familyB: [''],
    familyFirst: true,
  },
  slavic: {
    givenA: ['Vla', 'Bo', 'Mi', 'Ya', 'Sta', 'Ro', 'Svya', 'Ra', 'Dobro', 'Lyu', 'Ve', 'Zde'],
    givenB: ['dimir', 'slav', 'mir', 'ron', 'gor', 'dan', 'mil', 'sten', 'rik', 'vel'],
    familyA: ['Kor', 'Bel', 'Vol', 'Zar', 'Tikh', 'Mel', 'Sok', 'Lap', 'Grom', 'Rud', 'Sever', 'Kras', 'Dub', 'Zhur'],
    familyB: ['ov', 'ev', 'in', 'enko', 'sky', 'akov', 'anov', 'ashin', 'ich', 'ovets'],
  },
  turkic: {
    givenA: ['Ser', 'Bah', 'Nur', 'Yer', 'Tal', 'Ak', 'Ar', 'Dau', 'Mur', 'Ras', 'Tem', 'Ai'],
    givenB: ['ik', 'tiyar', 'lan', 'bol', 'gat', 'zhan', 'man', 'ren', 'at', 'ul', 'bek', 'dar'],
    familyA: ['Ser', 'Tok', 'Nur', 'Yer', 'Kas', 'Ab', 'Sat', 'Dau', 'Mur', 'Zhak', 'Ish', 'Bai'],
    familyB: ['ov', 'ayev', 'uly', 'bekov', 'baev', 'imov', 'aliev', 'enov'],
  },
  arabic: {
    givenA: ['Kha', 'Sa', 'Ha', 'Ta', 'Na', 'Fa', 'Ra', 'Ja', 'Za', 'Ma', 'Ba', 'Wa'],
    givenB: ['lid', 'mir', 'rek', 'sim', 'bil', 'ruq', 'mal', 'zan', 'hir', 'dil', 'sir', 'ran'],
    familyA: ['Ha', 'Qa', 'Ma', 'Sa', 'Ba', 'Da', 'Na', 'Ta', 'Ka', 'Ja'],
    familyB: ['ddad', 'shimi', 'nsour', 'rwani', 'bbagh', 'lhoub', 'wazi', 'mdan', 'rayef', 'ssoun'],
  },
  hispanic: {
    givenA: ['Ma', 'Ra', 'Se', 'Lo', 'Fe', 'Gu', 'Al', 'Cris', 'Jo', 'E', 'Ar', 'Tel'],
    givenB: ['teo', 'món', 'bastián', 'renzo', 'lipe', 'stavo', 'berto', 'tóbal', 'aquín', 'duardo', 'mando', 'mo'],
    familyA: ['Var', 'Cas', 'Men', 'Ol', 'Sal', 'Ar', 'Gar', 'Ro', 'Fuen', 'Quin', 'Bel', 'Pe'],
    familyB: ['gas', 'tillo', 'doza', 'medo', 'azar', 'ruela', 'tero', 'zales', 'tana', 'mendi', 'ralta', 'nalosa'],
  },
  anglo: {
    givenA: ['Bran', 'Cal', 'Der', 'Gar', 'Hol', 'Jas', 'Mar', 'Wes', 'Tre', 'Col', 'Ed', 'Dal'],
    givenB: ['don', 'vin', 'ek', 'rett', 'ton', 'per', 'shall', 'ley', 'vor', 'by', 'win', 'ric'],
    familyA: ['Whit', 'Ash', 'Black', 'Hart', 'Pem', 'Kings', 'Brad', 'Ship', 'Stan', 'Wood', 'Thorn', 'Gray'],
    familyB: ['combe', 'ford', 'well', 'ley', 'berton', 'worth', 'shaw', 'ton', 'field', 'more', 'bury', 'wick'],
  },
  westAfrican: {
    givenA: ['Kwa', 'Ade', 'Olu', 'Ko', 'Ama', 'Chi', 'Ba', 'Ife', 'Nna', 'Se', 'Ous', 'Ya'],
    givenB: ['me', 'wale', 'segun', 'fi', 'du', 'nedu', 'ba', 'oma', 'mdi', 'kou', 'mane', 'ro'],
    familyA: ['Ofo', 'Ade', 'Men', 'Owu', 'Ako', 'Dia', 'Tra', 'Kou', 'Ba', 'Nwa', 'Oka', 'Sow'],
    familyB: ['su', 'yemi', 'sah', 'nde', 'lo', 'oré', 'ma', 'kari', 'chukwu', 'for', 'ndo', 'bah'],
  },
  southAsian: {
    givenA: ['Ra', 'Vi', 'Ar', 'San', 'De', 'Pra', 'Su', 'Ani', 'Ka', 'Ma', 'Na', 'Hi'],
    givenB: ['jesh', 'kram', 'jun', 'deep', 'vendra', 'kash', 'resh', 'ran', 'dhav', 'til', 'mesh', 'ten'],
    familyA: ['Shar', 'Ver', 'Kap', 'Des', 'Cha', 'Pat', 'Ban', 'Iy', 'Ra', 'Mal', 'Gup', 'Sax'],
    familyB: ['ma', 'mani', 'oor', 'hpande', 'turvedi', 'il', 'erjee', 'engar', 'dhwan', 'hotra', 'tana', 'ena'],
  },
};

/** A generated person's name split into its parts. */
export interface PersonName {
  full: string;
  /** The name the press uses on later mentions (family name; for Korean names the full name). */
  short: string;
  culture: Culture;
}

/** Builds one name of the given culture. */
export function personName(rng: Rng, culture: Culture): PersonName {
  const s = SYLLABLES[culture];
  const family = rng.pick(s.familyA) + rng.pick(s.familyB);
  if (culture === 'korean') {
    const given = `${rng.pick(s.givenA)} ${rng.pick(s.givenB)}`;
    const full = `${family} ${given}`;
    return { full, short: full, culture };
  }
  const given = rng.pick(s.givenA) + rng.pick(s.givenB);
  const full = s.familyFirst ? `${family} ${given}` : `${given} ${family}`;
  return { full, short: family, culture };
}

/** The naming culture used for people of a country, from its UN subregion. */
export function cultureOfSubregion(subregion: string, countryName: string): Culture {
  if (/Korea/.test(countryName)) return 'korean';
  const table: Array<[RegExp, Culture]> = [
    [/Eastern Asia/, 'chinese'],
    [/Eastern Europe|Southeast Europe/, 'slavic'],
    [/Central Asia/, 'turkic'],
    [/Western Asia|Northern Africa/, 'arabic'],
    [/America|Caribbean/, countryName === 'United States' || countryName === 'Canada' ? 'anglo' : 'hispanic'],
    [/Africa/, 'westAfrican'],
    [/Southern Asia|South-Eastern Asia/, 'southAsian'],
  ];
  for (const [re, culture] of table) if (re.test(subregion)) return culture;
  return 'anglo';
}

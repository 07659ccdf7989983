// A phonetic-ish matching key for names, so that transliteration variants of one name meet:
// "Kim Jong-un" / "Kim Jong Un", "Sergei" / "Sergey", "Shoigu" / "Shoygu", "Andrei" / "Andrey",
// "Yury" / "Yuri", "Aleksandr" / "Alexander". Rules only, no lists of names. The store uses it
// to resolve people across documents.

const RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/['’`]/g, ''],
  [/[-‐‑–—_.]/g, ' '],
  [/[^a-z0-9 ]/g, ''],
  [/x/g, 'ks'],
  [/\bh(?=[rl])/g, 'g'],
  [/ph/g, 'f'],
  [/ck/g, 'k'],
  [/q/g, 'k'],
  [/c(?=[eiy])/g, 's'],
  [/c/g, 'k'],
  [/w/g, 'v'],
  [/kh/g, 'h'],
  [/zh/g, 'j'],
  [/tch|tsh|ch/g, 'c'],
  [/sch|sh/g, 's'],
  [/ts|tz/g, 's'],
  [/[yj]/g, 'i'],
  [/ou/g, 'u'],
  [/ie/g, 'i'],
  [/ei/g, 'i'],
  [/ee/g, 'i'],
  [/oo/g, 'u'],
  [/([a-z])\1+/g, '$1'],
  [/ii/g, 'i'],
];

const ENDINGS: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?<=..)i$/, ''],
  [/(?<=..)e$/, ''],
  [/(?<=..)ai$/, 'a'],
  [/(?<=..)ia$/, 'a'],
  [/(?<=[^aeiou ])er$/, 'r'],
];

let memo: Map<string, string> | undefined;
const MEMO_MAX = 50_000;

/** Lower-cased, diacritic-free, transliteration-tolerant key of a name (token order kept). */
export function nameKey(label: string): string {
  memo ??= new Map();
  const hit = memo.get(label);
  if (hit !== undefined) return hit;
  const key = computeKey(label);
  if (memo.size >= MEMO_MAX) memo.clear();
  memo.set(label, key);
  return key;
}

function computeKey(label: string): string {
  let s = label.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  for (const [re, rep] of RULES) s = s.replace(re, rep);
  return s
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => ENDINGS.reduce((acc, [re, rep]) => acc.replace(re, rep), w))
    .join(' ');
}

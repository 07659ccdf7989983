// nameKey: transliteration variants of one name share a key; different names do not.
import { describe, expect, it } from 'vitest';
import { nameKey } from '../../server/extract/name-key.js';

const same: Array<[string, { given: [string, string] }]> = [
  ['hyphenated Korean given name', { given: ['Kim Jong-un', 'Kim Jong Un'] }],
  ['Sergei / Sergey', { given: ['Sergei Shoigu', 'Sergey Shoigu'] }],
  ['Shoigu / Shoygu', { given: ['Shoigu', 'Shoygu'] }],
  ['Andrei / Andrey', { given: ['Andrei Belousov', 'Andrey Belousov'] }],
  ['Yury / Yuri', { given: ['Yury Ushakov', 'Yuri Ushakov'] }],
  ['Aleksandr / Alexander', { given: ['Aleksandr Matsegora', 'Alexander Matsegora'] }],
  ['diacritics', { given: ['Erdoğan', 'Erdogan'] }],
  ['Vietnamese diacritics', { given: ['Nguyễn Thị Lan Anh', 'Nguyen Thi Lan Anh'] }],
  ['Ukrainian h / Russian g', { given: ['Oleksandr Hrytsenko', 'Oleksandr Gritsenko'] }],
  ['Zelenskyy / Zelensky', { given: ['Zelenskyy', 'Zelensky'] }],
  ['curly apostrophe', { given: ['O’Brien', "O'Brien"] }],
];

const different: Array<[string, { given: [string, string] }]> = [
  ['two Kims', { given: ['Kim Jong Un', 'Kim Yo Jong'] }],
  ['two surnames', { given: ['Putin', 'Peskov'] }],
  ['Lavrov / Lavrentiev', { given: ['Lavrov', 'Lavrentiev'] }],
];

describe('nameKey', () => {
  it.each(same)('%s share a key', (_name, { given: [a, b] }) => {
    expect(nameKey(a)).toBe(nameKey(b));
  });
  it.each(different)('%s keep different keys', (_name, { given: [a, b] }) => {
    expect(nameKey(a)).not.toBe(nameKey(b));
  });
  it('is lower case and keeps token order', () => {
    expect(nameKey('Kim Jong Un').split(' ')).toHaveLength(3);
    expect(nameKey('ABC')).toBe(nameKey('abc'));
  });
});

// Mentions and entities: titles, aliases, acronyms, possessives, demonyms, transliteration,
// non-ASCII names, place grammar. Sentences vary countries and names on purpose.
import { describe, expect, it } from 'vitest';
import type { NodeType } from '../../server/ontology.js';
import { entity, run } from './helpers.js';

interface Want { name: string; type: NodeType; alias?: string; sameAs?: string }
const cases: Array<[string, { given: string; want: Want[] }]> = [
  ['full name then surname is one person', {
    given: 'Kim Jong Un visited the plant. Kim said the work went well.',
    want: [{ name: 'Kim Jong Un', type: 'person', sameAs: 'Kim' }],
  }],
  ['surname of a western name', {
    given: 'French President Emmanuel Macron arrived in Berlin. Macron met the chancellor.',
    want: [{ name: 'Emmanuel Macron', type: 'person', sameAs: 'Macron' }],
  }],
  ['acronym after its expansion', {
    given: 'The Korean Central News Agency (KCNA) said the test succeeded. KCNA gave no details.',
    want: [{ name: 'Korean Central News Agency', type: 'organization', sameAs: 'KCNA' }],
  }],
  ['another acronym', {
    given: 'The Shanghai Cooperation Organization (SCO) will meet in Astana.',
    want: [{ name: 'Shanghai Cooperation Organization', type: 'organization', alias: 'SCO' }],
  }],
  ['official, common name and abbreviation are one state', {
    given: "The Democratic People's Republic of Korea said North Korea and the DPRK army were ready.",
    want: [{ name: 'North Korea', type: 'state', sameAs: 'DPRK' }, { name: 'North Korea', type: 'state', sameAs: "Democratic People's Republic of Korea" }],
  }],
  ['demonym names the state', {
    given: 'Brazilian diplomats welcomed the decision.',
    want: [{ name: 'Brazil', type: 'state', alias: 'Brazilian' }],
  }],
  ['possessive organization', {
    given: "Russia’s Security Council met on Monday.",
    want: [{ name: 'Security Council of Russia', type: 'organization', alias: "Russia’s Security Council" }],
  }],
  ['possessive organization of another state', {
    given: "India's Ministry of Defence issued a statement.",
    want: [{ name: 'Ministry of Defence', type: 'organization' }],
  }],
  ['ordinal unit', {
    given: 'The 45th Armored Brigade moved to the border.',
    want: [{ name: '45th Armored Brigade', type: 'unit' }],
  }],
  ['unit with of-complement', {
    given: 'The 528th Regiment of Engineers returned home.',
    want: [{ name: '528th Regiment of Engineers', type: 'unit' }],
  }],
  ['region by head noun', {
    given: 'Shelling hit the Belgorod Region overnight.',
    want: [{ name: 'Belgorod Region', type: 'place' }],
  }],
  ['lower-case facility head', {
    given: 'The minister landed at the Knevichi airfield.',
    want: [{ name: 'Knevichi airfield', type: 'place' }],
  }],
  ['facility named after a person is a place, not a person', {
    given: 'He toured the Yury Gagarin aircraft plant.',
    want: [{ name: 'Yury Gagarin aircraft plant', type: 'place' }],
  }],
  ['square named after a person', {
    given: 'Crowds gathered at Kim Il Sung Square.',
    want: [{ name: 'Kim Il Sung Square', type: 'place' }],
  }],
  ['capital from the gazetteer', {
    given: 'The delegation flew to Hanoi.',
    want: [{ name: 'Hanoi', type: 'place' }],
  }],
  ['capital by role', {
    given: 'Talks were held in the Vietnamese capital.',
    want: [{ name: 'Hanoi', type: 'place', alias: 'Vietnamese capital' }],
  }],
  ['place after a preposition', {
    given: 'The plane landed in Komsomolsk-on-Amur on Friday.',
    want: [{ name: 'Komsomolsk-on-Amur', type: 'place' }],
  }],
  ['seat of government', {
    given: 'The Elysee Palace said the visit would go ahead.',
    want: [{ name: 'Elysee Palace', type: 'organization' }],
  }],
  ['agreement by name', {
    given: 'The two leaders signed the Treaty on Friendship and Cooperation.',
    want: [{ name: 'Treaty on Friendship and Cooperation', type: 'agreement' }],
  }],
  ['agreement by lower-case phrase', {
    given: 'Russia and the DPRK signed a comprehensive strategic partnership agreement.',
    want: [{ name: 'comprehensive strategic partnership agreement', type: 'agreement' }],
  }],
  ['award', {
    given: 'He was awarded the title of Hero of Ukraine.',
    want: [{ name: 'Hero of Ukraine', type: 'award' }],
  }],
  ['delimited event', {
    given: 'The ceremony of welcoming their return took place on December 12.',
    want: [{ name: 'ceremony of welcoming their return', type: 'event', alias: 'ceremony' }],
  }],
  ['non-ASCII name and its plain spelling', {
    given: 'Turkish President Recep Tayyip Erdoğan spoke first. Erdogan said the drills were a success.',
    want: [{ name: 'Recep Tayyip Erdoğan', type: 'person', sameAs: 'Erdogan' }],
  }],
  ['transliteration variants within a document', {
    given: 'Defence Minister Andrei Belousov arrived. Andrey Belousov then met the troops.',
    want: [{ name: 'Andrei Belousov', type: 'person', sameAs: 'Andrey Belousov' }],
  }],
];

const absent: Array<[string, { given: string; want: string[] }]> = [
  ['no weapons, aircraft models or sentence-initial words as names', {
    given: 'The minister presented the Tu-160 and a MiG-31I armed with a Kinzhal missile. Speaking later, officials agreed.',
    want: ['Tu-160', 'MiG-31I', 'Kinzhal', 'Speaking'],
  }],
  ['generic plural agreements are no entity', {
    given: 'No agreements had been signed during the visit.',
    want: ['agreements'],
  }],
  ['press conference is no event', {
    given: 'At a news conference afterwards, he spoke.',
    want: ['news conference'],
  }],
];

describe('entities', () => {
  it.each(cases)('%s', (_name, { given, want }) => {
    const x = run(given);
    for (const w of want) {
      const e = entity(x, w.name, w.type);
      expect(e, `${w.type} ${w.name} in ${JSON.stringify(x.entities.map((y) => `${y.type}:${y.label}`))}`).toBeDefined();
      if (w.alias) expect(e!.aliases.map((a) => a.replace(/’/g, "'"))).toContain(w.alias.replace(/’/g, "'"));
      if (w.sameAs) expect(entity(x, w.sameAs, w.type)?.id).toBe(e!.id);
    }
  });
  it.each(absent)('%s', (_name, { given, want }) => {
    const x = run(given);
    for (const w of want) expect(entity(x, w), w).toBeUndefined();
  });
});

// Mention stage, a party named in brackets after a politician's name: "Defence Minister Ināra
// Sproģe (New Unity) was questioned", "Raivis Dzelzkalns (National Alliance) criticised". The
// capitalised words in the bracket name a body (a party), not a place or a person.
import { addMention, normAlias, spanText, type Builder } from './mention-kit.js';

/** Most words a party's name in brackets has. */
const MAX_WORDS = 4;

/**
 * "X (New Unity)": the capitalised words in a bracket right after a person's name are an organization; a
 * mention already made of them (read as a place or a person) is retyped, none is made of a state or a known
 * place of the gazetteer ("Yaw Mensah (Ghana)" names the person's country), nor of a party's letters ("(S)", "(DP)").
 */
export function bracketedParties(b: Builder): void {
  for (const m of b.mentions) {
    if (m.type !== 'person' || m.via !== 'name' || b.toks[m.j]?.text !== '(') continue;
    const from = m.j + 1;
    let to = from;
    while (to < from + MAX_WORDS && b.toks[to]?.kind === 'w' && b.toks[to]!.cap && /\p{Ll}/u.test(b.toks[to]!.text)) to++;
    if (to === from || (to - from < 2 && b.lex.gazetteer.match([b.lowers[from]!], 0)) || b.toks[to]?.text !== ')') continue;
    if (b.lex.gazetteer.match(b.lowers, from)?.length === to - from) continue;
    const inside = b.mentions.filter((x) => x.i >= from && x.j <= to);
    if (inside.some((x) => x.type === 'state' || x.via === 'gaz')) continue;
    const whole = inside.find((x) => x.i === from && x.j === to);
    if (whole) {
      if (whole.type === 'place' || whole.type === 'person') whole.type = 'organization';
      continue;
    }
    if (inside.length) continue;
    addMention(b, from, to, 'organization', 'name', { core: normAlias(spanText(b, from, to)) });
  }
}

import { sameName, surname } from './personNames';

/**
 * People the article names with a title ("President Trump", "Ukrainian President Volodymyr
 * Zelensky", "Sen. Ben Sasse"), so that "Trump said" and "the president said" can be told to
 * be the same source as "President Trump said", and the popup lists them as one.
 */
export interface TitledName {
  /** The title as the article gives it, lower-cased, abbreviation spelt out: "ukrainian president". */
  title: string;
  /** The name after the title: "Volodymyr Zelensky". */
  name: string;
  /** The whole mention as written: "Ukrainian President Volodymyr Zelensky". */
  mention: string;
}

/** Abbreviated titles and the role a later "the …" calls the same person by. */
const SPELT_OUT: Record<string, string> = {
  sen: 'senator',
  rep: 'representative',
  gov: 'governor',
  gen: 'general',
  lt: 'lieutenant',
  col: 'colonel',
  sgt: 'sergeant',
  capt: 'captain',
  prof: 'professor',
  dr: 'doctor',
};

/** Forms of address that are no role: nobody says "the mister said". */
const ADDRESS = new Set(['mr', 'mrs', 'ms']);

/**
 * The titled mention of a run of capitalised words, given where its title ends and its name
 * starts, or null when the title is only a form of address.
 */
export function titledName(words: string[], lead: number, titleAt: number): TitledName | null {
  const titleWord = (words[titleAt] ?? '').toLowerCase().replace(/\.$/, '');
  if (ADDRESS.has(titleWord)) return null;
  const title = [
    ...words.slice(lead, titleAt).map((w) => w.toLowerCase()),
    SPELT_OUT[titleWord] ?? titleWord,
  ].join(' ');
  const name = words.slice(titleAt + 1).join(' ');
  return { title, name, mention: words.slice(lead).join(' ') };
}

/** How the article introduces a person it also names bare ("Trump" → "President Trump"). */
export function titledMention(name: string, titled: readonly TitledName[]): string | null {
  return (
    titled.find((t) => t.name === name)?.mention ??
    titled.find((t) => sameName(t.name, name))?.mention ??
    null
  );
}

/**
 * Who "the president" or "the prime minister" is: the one person the article gives that title.
 * When several hold it, the one it gives the bare title ("President Trump") rather than a
 * qualified one ("Ukrainian President Volodymyr Zelensky"): a qualifier sets that one apart from
 * the president the story means by "the president". Otherwise no one.
 */
export function roleHolder(role: string, titled: readonly TitledName[]): string | null {
  const holders = titled.filter((t) => t.title === role || t.title.endsWith(` ${role}`));
  const only = (list: TitledName[]) =>
    new Set(list.map((t) => surname(t.name))).size === 1 ? (list[0]?.mention ?? null) : null;
  return only(holders) ?? only(holders.filter((t) => t.title === role));
}

import { checkLabelledPages, type Floor, loadPages } from './labelledPages';

/**
 * Floors on 112 more zyte pages (test/fixtures/claims-blind), labelled in fourteen rounds of eight
 * by helpers who never saw the engine or its output (each file's `source` and `notes`): two rounds
 * on 2026-11-25, twelve on 2026-11-26. First measurements, on the pages' text before any
 * change for them: P 0.910, R 0.792 (first round), P 0.961, R 0.844 (second), P 0.943, R 0.838
 * (third), P 1.000, R 0.580 (fourth), P 0.837, R 0.719 (fifth), P 0.892, R 0.630 (sixth; the
 * fourth and sixth labellers also took forecasts, findings and vague passives for claims), P
 * 0.926, R 0.810 (seventh), P 0.866, R 0.707 (eighth), P 0.818, R 0.545 (ninth: two opinion
 * columns full of "his assertion that", "they feel that"), P 0.900, R 0.692 (tenth, 26 claims),
 * P 0.929, R 0.747 (eleventh), P 0.667, R 0.636 (twelfth, 22 claims; its blog page c582d3b7 labels
 * the writer's own words to himself, which the engine leaves out as narration by rule), P 0.200, R
 * 0.125 (thirteenth) and P 0.500, R 0.375 (fourteenth): 16 pages with 16 claims between them,
 * mostly blogs, reviews and listings, which measure false alarms.
 * General fixes made after reading their errors (labelling verbs, dash-introduced quotes, objects
 * of "told", names in the possessive or family name first, name particles, possessive nouns,
 * parentheses, contractions, a clause's subject before a participle, adverbs before the verb, a
 * tag ending with the one told; then a pronoun after an opening adverbial, "accused … and
 * warned", a role the lexicon does not know before a name, "his doctors say", a weak verb with a
 * pronoun clause, an adjunct and a colon before a quote, "said, adding, “…”", a closed
 * parenthesis before "according to", an adjunct after a tag between commas, "ID. SPACE",
 * "posted:" and "shouts:" before a quote; then compact initials, ", but that …", "laughed",
 * "responded X", "as X put it", a title quoted before the speaker, unnamed news outlets,
 * relatives, a relative clause inside reported speech, "said that was …", "may argue", "a script
 * called “…”", names over the whole article, a weak verb before a clause with its own verb, "if X
 * says", "and has said"; then passives with "said to" and "considered", "citing" a source, opening
 * adverbs) brought them to the floors below. Most of what is left are conventions
 * the corpus labels decide the other way ("A and that B" is one claim; unnamed officials are
 * anonymous), forecasts and findings ("experts expect"), claims carried by nouns ("his assertion
 * that"), vague passives ("is thought to") and rare shapes ("to say", a source's own questions).
 * A later session read the 245 misses left (P 0.942, R 0.796) and took the general shapes among
 * them, each kept only when it cost no false claim on any labelled page: "is accused (by X) of",
 * a verb in a relative clause on its source ("a blog post that said …"), passives in a relative
 * clause or set off by commas ("which is thought to", ", seen as …,"), "has been shown to", a
 * pronoun clause with any verb, "expect" forecasts with an object ("Analysts expect X to grow"),
 * a verb after "to" handed its source by "led X to", "prompted X to", "tried to", "with X
 * warning that", "in the words of X", "it was announced that", answering verbs with "that", a few
 * more speech verbs ("speculates", "mentioned", "volunteered", "related", "ordered", "weighed
 * in"), an inverted noun-like verb in a split quote, a claim noun held by one owner ("his vow
 * that …", "X's announcement that …"), bare clauses opening with a number or a modified plural,
 * and subjects read past "because of", an adverb between commas and a relative clause with
 * "then". That brought P 0.947, R 0.847. Left: claims carried by a group's or an unowned noun
 * ("their charges that", "criticisms that"), findings narrated as discoveries, "reportedly"
 * inside a clause, quotes whose speaker is named in another sentence without a tag, objects of
 * "reported" (more false than right on these pages) and "A, but B" spans on which the labels
 * disagree.
 * The seventeenth session took more of those shapes, under the same rule: verbs of discovery and
 * recognition ("discovered that", "noticed that", "recognizes that"), "shared" and "remembered";
 * "reportedly" and "allegedly" in the clause they stand in; what a source reports having seen or
 * counted ("reported its third case of plague"), not a company's results; "were told that" on any
 * subject; "described" and "dismissed" with "as" and no quote marks; a view of a relative
 * pronoun's antecedent ("which Apple views as …"); "which Nissan claims is …"; an accusation in a
 * relative clause; a participle after ", after"; "isn't expected until"; subjects past "have,
 * however," or "Last week"; brands such as "iFixit"; and kinds read from the head before a
 * participle ("a paper published in …"). That brought P 0.957, R 0.881 (speakers 0.984, kinds
 * 0.901). Still left: opinion verbs ("think", "feel", "assume"), whose objects the labels take on
 * some pages and not on others; findings and announcements with a noun object ("announced the
 * selection of …", "the scan revealed severe inflammation"), labelled both ways; narration before
 * a colon and a quote; and unowned claim nouns ("criticisms that", "reports that").
 */
const FLOORS: Record<string, Floor> = {
  '042bb7b5': { matched: 0, speakers: 0, kinds: 0, predicted: 0 },
  '04a6711c': { matched: 12, speakers: 11, kinds: 11, predicted: 13 },
  '05844573': { matched: 9, speakers: 9, kinds: 9, predicted: 9 },
  '06ee193d': { matched: 8, speakers: 8, kinds: 8, predicted: 8 },
  '076f4f33': { matched: 6, speakers: 6, kinds: 3, predicted: 6 },
  '098bb3e9': { matched: 15, speakers: 15, kinds: 15, predicted: 15 },
  '0d461229': { matched: 14, speakers: 14, kinds: 14, predicted: 14 },
  '0dd13570': { matched: 0, speakers: 0, kinds: 0, predicted: 0 },
  '14cc2a0c': { matched: 6, speakers: 6, kinds: 5, predicted: 6 },
  '156770d6': { matched: 10, speakers: 10, kinds: 9, predicted: 12 },
  '16c30add': { matched: 26, speakers: 26, kinds: 25, predicted: 27 },
  '1ace8c85': { matched: 5, speakers: 5, kinds: 5, predicted: 5 },
  '1ee91d1f': { matched: 27, speakers: 26, kinds: 27, predicted: 29 },
  '1f765c48': { matched: 14, speakers: 13, kinds: 12, predicted: 14 },
  '232a43fb': { matched: 4, speakers: 4, kinds: 4, predicted: 4 },
  '287e4d9f': { matched: 0, speakers: 0, kinds: 0, predicted: 1 },
  '291a8bf3': { matched: 20, speakers: 20, kinds: 20, predicted: 22 },
  '2c46804d': { matched: 11, speakers: 11, kinds: 10, predicted: 11 },
  '2f42ef1d': { matched: 3, speakers: 3, kinds: 3, predicted: 4 },
  '34a73285': { matched: 0, speakers: 0, kinds: 0, predicted: 0 },
  '358cc4a0': { matched: 0, speakers: 0, kinds: 0, predicted: 0 },
  '359fee22': { matched: 7, speakers: 7, kinds: 7, predicted: 7 },
  '35b15891': { matched: 1, speakers: 1, kinds: 1, predicted: 1 },
  '360c732d': { matched: 5, speakers: 5, kinds: 5, predicted: 5 },
  '374ac9a5': { matched: 4, speakers: 4, kinds: 4, predicted: 4 },
  '3c5bf8db': { matched: 10, speakers: 10, kinds: 5, predicted: 10 },
  '3cb22bfa': { matched: 2, speakers: 2, kinds: 2, predicted: 2 },
  '3cb5e2f4': { matched: 5, speakers: 5, kinds: 5, predicted: 5 },
  '3ce1c8fd': { matched: 0, speakers: 0, kinds: 0, predicted: 0 },
  '3d8f3404': { matched: 57, speakers: 57, kinds: 57, predicted: 58 },
  '3f65af7b': { matched: 4, speakers: 4, kinds: 2, predicted: 6 },
  '42aad16b': { matched: 16, speakers: 15, kinds: 14, predicted: 16 },
  '432362af': { matched: 4, speakers: 3, kinds: 3, predicted: 4 },
  '4648a420': { matched: 1, speakers: 0, kinds: 0, predicted: 1 },
  '4a44ab3e': { matched: 6, speakers: 6, kinds: 3, predicted: 6 },
  '51374560': { matched: 2, speakers: 2, kinds: 2, predicted: 2 },
  '51d066b0': { matched: 12, speakers: 12, kinds: 12, predicted: 12 },
  '55bb6340': { matched: 3, speakers: 3, kinds: 2, predicted: 4 },
  '57d46c9d': { matched: 6, speakers: 6, kinds: 6, predicted: 6 },
  '57e2e988': { matched: 3, speakers: 3, kinds: 3, predicted: 3 },
  '5a822960': { matched: 6, speakers: 6, kinds: 6, predicted: 6 },
  '5ae11e58': { matched: 3, speakers: 3, kinds: 3, predicted: 3 },
  '5caf91b8': { matched: 11, speakers: 11, kinds: 10, predicted: 11 },
  '5f9c5ed5': { matched: 10, speakers: 10, kinds: 10, predicted: 10 },
  '5fa3154e': { matched: 3, speakers: 3, kinds: 2, predicted: 4 },
  '5fa5679d': { matched: 2, speakers: 2, kinds: 2, predicted: 2 },
  '624fcd90': { matched: 16, speakers: 15, kinds: 16, predicted: 17 },
  '63db31a1': { matched: 0, speakers: 0, kinds: 0, predicted: 1 },
  '65bf3048': { matched: 4, speakers: 4, kinds: 0, predicted: 6 },
  '65ce3a45': { matched: 2, speakers: 2, kinds: 2, predicted: 3 },
  '680c2848': { matched: 2, speakers: 2, kinds: 0, predicted: 3 },
  '686bb170': { matched: 8, speakers: 7, kinds: 5, predicted: 8 },
  '70cb2d5b': { matched: 20, speakers: 20, kinds: 16, predicted: 20 },
  '776a1c04': { matched: 8, speakers: 8, kinds: 8, predicted: 9 },
  '785affa2': { matched: 6, speakers: 6, kinds: 3, predicted: 6 },
  '7bb1ca90': { matched: 9, speakers: 9, kinds: 8, predicted: 9 },
  '7dfc3e35': { matched: 19, speakers: 18, kinds: 19, predicted: 20 },
  '82b6d780': { matched: 21, speakers: 20, kinds: 19, predicted: 21 },
  '8380689f': { matched: 2, speakers: 2, kinds: 2, predicted: 2 },
  '851498a2': { matched: 64, speakers: 64, kinds: 60, predicted: 66 },
  '8634d121': { matched: 21, speakers: 21, kinds: 20, predicted: 21 },
  '87438a0d': { matched: 1, speakers: 1, kinds: 1, predicted: 1 },
  '87bf6057': { matched: 13, speakers: 13, kinds: 13, predicted: 13 },
  '8b194530': { matched: 6, speakers: 6, kinds: 6, predicted: 6 },
  '8e3efab5': { matched: 7, speakers: 7, kinds: 7, predicted: 7 },
  '92101975': { matched: 5, speakers: 5, kinds: 3, predicted: 5 },
  '9a440270': { matched: 1, speakers: 1, kinds: 1, predicted: 1 },
  '9cb8224b': { matched: 6, speakers: 6, kinds: 6, predicted: 7 },
  '9e8c9f08': { matched: 7, speakers: 7, kinds: 7, predicted: 7 },
  '9ebb3af6': { matched: 11, speakers: 11, kinds: 11, predicted: 11 },
  '9eef8162': { matched: 25, speakers: 25, kinds: 25, predicted: 26 },
  a078b365: { matched: 10, speakers: 10, kinds: 6, predicted: 12 },
  a1fca19b: { matched: 16, speakers: 15, kinds: 13, predicted: 16 },
  aadb38e5: { matched: 2, speakers: 2, kinds: 1, predicted: 3 },
  abd9d629: { matched: 24, speakers: 23, kinds: 16, predicted: 24 },
  ac1bfdd4: { matched: 4, speakers: 4, kinds: 4, predicted: 4 },
  ad9e9e59: { matched: 0, speakers: 0, kinds: 0, predicted: 0 },
  b0cf2bbf: { matched: 5, speakers: 5, kinds: 5, predicted: 5 },
  b37be353: { matched: 5, speakers: 4, kinds: 4, predicted: 5 },
  ba4dfe2d: { matched: 8, speakers: 8, kinds: 8, predicted: 8 },
  bc13ff87: { matched: 12, speakers: 11, kinds: 10, predicted: 12 },
  bdb56ac8: { matched: 34, speakers: 34, kinds: 27, predicted: 41 },
  c00962aa: { matched: 56, speakers: 56, kinds: 54, predicted: 59 },
  c13b9c0e: { matched: 23, speakers: 23, kinds: 23, predicted: 23 },
  c467d507: { matched: 4, speakers: 4, kinds: 4, predicted: 4 },
  c50845a7: { matched: 10, speakers: 10, kinds: 8, predicted: 10 },
  c582d3b7: { matched: 1, speakers: 1, kinds: 1, predicted: 1 },
  c69e539d: { matched: 5, speakers: 5, kinds: 5, predicted: 5 },
  c7e39ac4: { matched: 12, speakers: 10, kinds: 11, predicted: 12 },
  cc4aa22b: { matched: 0, speakers: 0, kinds: 0, predicted: 1 },
  d48aeb9c: { matched: 19, speakers: 19, kinds: 16, predicted: 19 },
  d605bdef: { matched: 5, speakers: 5, kinds: 5, predicted: 5 },
  d90bda7e: { matched: 7, speakers: 7, kinds: 6, predicted: 8 },
  db6b0816: { matched: 7, speakers: 7, kinds: 6, predicted: 7 },
  dc7ccccc: { matched: 4, speakers: 4, kinds: 4, predicted: 5 },
  dfd43bc0: { matched: 2, speakers: 2, kinds: 2, predicted: 2 },
  e100c961: { matched: 2, speakers: 2, kinds: 1, predicted: 2 },
  e1c7023e: { matched: 10, speakers: 10, kinds: 10, predicted: 10 },
  e372e42c: { matched: 1, speakers: 1, kinds: 0, predicted: 1 },
  e4c6a3b4: { matched: 0, speakers: 0, kinds: 0, predicted: 1 },
  e593d7fe: { matched: 41, speakers: 41, kinds: 39, predicted: 41 },
  e7301133: { matched: 1, speakers: 1, kinds: 1, predicted: 1 },
  e7994d55: { matched: 10, speakers: 9, kinds: 6, predicted: 10 },
  ec7fc408: { matched: 0, speakers: 0, kinds: 0, predicted: 0 },
  ecb46e3e: { matched: 0, speakers: 0, kinds: 0, predicted: 0 },
  ef2b3f26: { matched: 3, speakers: 3, kinds: 2, predicted: 3 },
  f344ca5f: { matched: 5, speakers: 5, kinds: 4, predicted: 5 },
  f5c90a6d: { matched: 4, speakers: 4, kinds: 4, predicted: 5 },
  f81c6c05: { matched: 19, speakers: 19, kinds: 17, predicted: 19 },
  f8ff621a: { matched: 10, speakers: 10, kinds: 8, predicted: 11 },
  fde930b0: { matched: 9, speakers: 9, kinds: 7, predicted: 10 },
  ffc109d4: { matched: 9, speakers: 9, kinds: 9, predicted: 10 },
};

checkLabelledPages('claims on the blind-labelled pages', loadPages('claims-blind'), FLOORS, {
  precision: 0.95,
  recall: 0.87,
  speakers: 0.98,
  kinds: 0.89,
});

import type { Claim, Paragraph } from '../model';
import { scriptPattern } from '../text/latin1';
import { type Attribution, attributionsIn, type Piece } from './attribution';
import { findQuoteRegions } from './quotes';
import { splitSentences } from './sentences';
import { OUTLET_RE, PLATFORM_RE, rememberNames } from './sources';
import { type Speaker, SpeakerContext } from './speakers';
import { mainSubject } from './subject';

/** Who a quote region is attributed to, once its tag has been read. */
interface RegionSource extends Speaker {
  cue: string | null;
  via: string | null;
}

interface Pending {
  piece: Piece;
  paragraph: number;
  sentence: { start: number; end: number };
  /** The last claim made before this quote, and how many sentences before it. */
  before: RegionSource | null;
  gap: number;
  sentenceNo: number;
}

const WORDS = scriptPattern(/[\p{L}\p{N}]+/u);
/** A paragraph that is only a short quoted phrase, numbered or not, is a subhead: `3. "Not some irregular channel"`. */
const QUOTED_TITLE = /^(?:\d+\.\s*)?["“‘](?:[^"“”‘’.!?,]|\.(?=[\p{L}-])){1,80}["”’]$/u;
/** Nothing before a cue but blanks and quote marks: the cue opens its sentence. */
const OPENS_WITH_CUE = /^[\s"“”'‘’(]*$/;
/** A quote that continues the previous speaker must follow that claim within this many sentences. */
const CONTINUATION_REACH = 2;

/**
 * The attributed claims of an article body: direct quotes with their tags, reported speech,
 * "according to" clauses and unattributed reports, each with its source, and quoted sentences
 * that carry on a source's words marked as continuations.
 */
export function findClaims(paragraphs: Paragraph[]): Claim[] {
  const memory = rememberNames(paragraphs.filter((p) => p.kind !== 'caption').map((p) => p.text));
  const speakers = new SpeakerContext(memory);
  const claims: Claim[] = [];
  const regionSource = new Map<number, RegionSource>();
  let pending: Pending[] = [];
  let lastSource: RegionSource | null = null;
  let lastSentence = -100;
  let sentenceNo = 0;
  let nextRegion = 0;
  let continuing = false;
  let carriedRegion = -1;
  let lastOutlet: string | null = null;

  const add = (
    index: number,
    text: string,
    sentence: { start: number; end: number },
    quote: { start: number; end: number },
    source: RegionSource,
    form: Claim['form'],
    continuation: boolean,
  ) => {
    if (claims.some((c) => c.paragraph === index && c.start === quote.start && c.end === quote.end))
      return;
    if (!WORDS.test(text.slice(quote.start, quote.end))) return;
    claims.push({
      sentence: text.slice(sentence.start, sentence.end),
      quote: text.slice(quote.start, quote.end),
      speaker: source.speaker,
      resolvedSpeaker: source.resolvedSpeaker,
      cue: source.cue,
      via: source.via,
      form,
      sourceKind: source.sourceKind,
      ...(continuation ? { continuation: true } : {}),
      paragraph: index,
      start: quote.start,
      end: quote.end,
    });
  };

  const settle = (keepRegion: number, keepSentence = -1) => {
    const still: Pending[] = [];
    for (const p of pending) {
      if (p.piece.region === keepRegion || p.sentenceNo === keepSentence) still.push(p);
      else if (p.before && p.gap <= CONTINUATION_REACH) {
        add(
          p.paragraph,
          paragraphs[p.paragraph]?.text ?? '',
          p.sentence,
          p.piece,
          p.before,
          'direct',
          true,
        );
      }
    }
    pending = still;
  };

  paragraphs.forEach((paragraph, index) => {
    const { text } = paragraph;
    const kind = QUOTED_TITLE.test(text) ? 'heading' : paragraph.kind;
    if (kind === 'heading' || kind === 'caption') {
      if (kind === 'heading') {
        settle(-1);
        continuing = false;
        lastSource = null;
      }
      return;
    }
    const { regions, openAtEnd } = findQuoteRegions(text, continuing);
    const ids = regions.map((r, i) =>
      i === 0 && continuing && carriedRegion >= 0 && (!r.opened || r.start <= 2)
        ? carriedRegion
        : nextRegion++,
    );
    let masked = text;
    if (regions.length) {
      const chars = text.split('');
      for (const r of regions) for (let i = r.start; i < r.end; i++) chars[i] = '§';
      masked = chars.join('');
    }
    splitSentences(text).forEach((sentence, sentenceIndex) => {
      sentenceNo++;
      const pieces: Piece[] = [];
      regions.forEach((r, i) => {
        const start = Math.max(r.start, sentence.start);
        const end = Math.min(r.end, sentence.end);
        if (end > start) pieces.push({ start, end, region: ids[i] ?? -1 });
      });
      const found = attributionsIn(text, masked, sentence.start, sentence.end, pieces);
      const used = new Set<Piece>();
      const sources: RegionSource[] = [];
      for (const a of found) {
        const source = sourceOf(a, found, text, masked, sentence, speakers, lastOutlet);
        if (!source) continue;
        if (a.introduction) {
          speakers.remember(source);
          lastSource = source;
          lastSentence = sentenceNo;
          continue;
        }
        if (a.bareTag) {
          const waiting = pending.filter(
            (p) =>
              p.sentenceNo === sentenceNo - 1 ||
              pending.some(
                (q) => q.piece.region === p.piece.region && q.sentenceNo === sentenceNo - 1,
              ),
          );
          if (!waiting.length) continue;
          speakers.remember(source);
          waiting.forEach((p, i) => {
            add(
              p.paragraph,
              paragraphs[p.paragraph]?.text ?? '',
              p.sentence,
              p.piece,
              source,
              'direct',
              i > 0,
            );
          });
          pending = pending.filter((p) => !waiting.includes(p));
          lastSource = source;
          lastSentence = sentenceNo;
          continue;
        }
        sources.push(source);
        add(index, text, sentence, a.quote, source, a.form, false);
        for (const p of a.pieces) {
          used.add(p);
          if (!regionSource.has(p.region)) regionSource.set(p.region, source);
        }
        if (a.aside) continue;
        speakers.remember(source);
        lastSource = source;
        lastSentence = sentenceNo;
      }
      const outlet = OUTLET_RE.exec(masked.slice(sentence.start, sentence.end));
      if (outlet) lastOutlet = outlet[0];
      for (const p of pieces) {
        if (used.has(p)) continue;
        const outside = masked.slice(sentence.start, sentence.end).replace(/§+/g, '');
        if (WORDS.test(outside.replace(/^[\s"“”„«»‹›'‘’]*(?:and|but|so|or)\b/i, ''))) continue;
        const known = regionSource.get(p.region);
        if (known) {
          add(index, text, sentence, p, known, 'direct', true);
          lastSentence = sentenceNo;
          continue;
        }
        // Later sentences of the same quote wait on the same speaker as its first one.
        const first = pending.find((q) => q.piece.region === p.region);
        pending.push({
          piece: p,
          paragraph: index,
          sentence,
          before: first ? first.before : lastSource,
          gap: first ? first.gap : sentenceNo - lastSentence,
          sentenceNo,
        });
      }
      for (const p of pending) {
        const known = regionSource.get(p.piece.region);
        if (known)
          add(
            p.paragraph,
            paragraphs[p.paragraph]?.text ?? '',
            p.sentence,
            p.piece,
            known,
            'direct',
            true,
          );
      }
      pending = pending.filter((p) => !regionSource.has(p.piece.region));
      // A quote closing the previous paragraph may still get its speaker from a bare tag
      // opening this one ("Smith said."); once this first sentence is read, it is settled.
      if (sentenceIndex === 0) settle(continuing ? carriedRegion : -1, sentenceNo);
    });
    continuing = openAtEnd;
    carriedRegion = openAtEnd ? (ids[ids.length - 1] ?? -1) : -1;
    settle(carriedRegion, sentenceNo);
  });
  settle(-1);
  claims.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  return claims;
}

/** The source of an attribution as the claim records it, with the medium it went through. */
function sourceOf(
  a: Attribution,
  all: Attribution[],
  text: string,
  masked: string,
  sentence: { start: number; end: number },
  speakers: SpeakerContext,
  lastOutlet: string | null,
): RegionSource | null {
  let phrase = a.speaker;
  if (!phrase && a.speakerText) {
    return {
      speaker: a.speakerText,
      resolvedSpeaker: a.speakerText,
      sourceKind: 'unattributed',
      cue: a.cue,
      via: null,
    };
  }
  if (!phrase) {
    const host = all.find((o) => o !== a && o.speaker && o.cueStart !== a.cueStart);
    phrase = host?.speaker ?? mainSubject(masked, sentence.start, a.cueStart);
    // "Noting that …, Malaska asked …": a participle opening the sentence is the main clause's
    // subject's, read after the participle's clause.
    if (!phrase && OPENS_WITH_CUE.test(masked.slice(sentence.start, a.cueStart)))
      phrase = mainSubject(masked, a.quote.end, sentence.end);
  }
  if (!phrase) return null;
  // The writer's own "I"/"we" outside quotes is narration, not a source.
  if (/^(?:i|we|you)(?:['’](?:ve|d|ll|m|re))?$/i.test(text.slice(phrase.start, phrase.end).trim()))
    return null;
  const resolved = speakers.resolve(text.slice(phrase.start, phrase.end), phrase.apposition);
  return {
    ...resolved,
    cue: a.cue,
    via: phrase.via
      ? (OUTLET_RE.exec(phrase.via)?.[0] ?? phrase.via)
      : viaOf(a, text, masked, sentence, phrase, lastOutlet),
  };
}

/** The outlet or platform a statement was given through: "told CNN", "said in a tweet", "via USA Today". */
function viaOf(
  a: Attribution,
  text: string,
  masked: string,
  sentence: { start: number; end: number },
  phrase: { start: number; end: number },
  lastOutlet: string | null,
): string | null {
  const chars = masked.slice(sentence.start, sentence.end).split('');
  const blank = (s: number, e: number) => {
    for (let i = Math.max(s, sentence.start); i < Math.min(e, sentence.end); i++)
      chars[i - sentence.start] = ' ';
  };
  blank(a.quote.start, a.quote.end);
  blank(phrase.start, phrase.end);
  const rest = chars.join('');
  const outlet = OUTLET_RE.exec(rest);
  if (outlet)
    return text.slice(
      sentence.start + outlet.index,
      sentence.start + outlet.index + outlet[0].length,
    );
  const platform = PLATFORM_RE.exec(rest);
  if (platform && /\b(?:on|in|via|to)\s+$/.test(rest.slice(0, platform.index))) return platform[0];
  if (/\btweet(?:ed|s)?\b/i.test(rest)) return 'Twitter';
  if (/\b(?:told|to)\s+the\s+(?:outlet|publication|newspaper|network|magazine|paper)\b/.test(rest))
    return lastOutlet;
  return null;
}

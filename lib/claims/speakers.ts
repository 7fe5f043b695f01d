import type { SourceKind } from '../model';
import { PRONOUNS } from './lexicon';
import { classifySource, OUTLET_RE, type SourceMemory } from './sources';
import { roleHolder, titledMention } from './titledNames';

/** A source as the claim records it. */
export interface Speaker {
  speaker: string | null;
  resolvedSpeaker: string | null;
  sourceKind: SourceKind;
}

/**
 * When the subject said it, between subject and verb: "The company on Tuesday said", "Apple last
 * week said", "The ministry earlier this month said".
 */
const TRAILING_TIME =
  /\s+(?:(?:on|last|this|next|early|late|earlier|later)\s+)?(?:(?:this|last|next)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|weekend|month|year|night|morning|afternoon|evening|today|yesterday)$/i;

/** Britain's Sunday papers: "The Mail on Sunday" is a name, not the Mail speaking on a Sunday. */
const SUNDAY_PAPER =
  /\b(?:Mail|Independent|Scotland|Express|Mirror|Times|Telegraph|Observer)\s+on\s+Sunday$/;

/** How the subject said it, between subject and verb: "the British royal blankly denied". */
const TRAILING_ADVERB = /\s+([a-z]{3,}ly)$/;
/** Nouns that end like adverbs: "the family", "a US ally". */
const LY_NOUNS = new Set(
  'family ally assembly supply rally monopoly anomaly homily bully belly jelly lily daily weekly monthly quarterly'.split(
    ' ',
  ),
);

/**
 * The speaker without the time or manner it spoke in ("Alden on Tuesday" is Alden, "the British
 * royal blankly" the British royal), an outlet's name aside ("The Mail on Sunday").
 */
function withoutAdjuncts(speaker: string): string {
  const adverb = TRAILING_ADVERB.exec(speaker);
  if (adverb && adverb.index > 0 && !LY_NOUNS.has(adverb[1] ?? ''))
    return speaker.slice(0, adverb.index);
  const time = TRAILING_TIME.exec(speaker);
  if (!time || time.index === 0) return speaker;
  const outlet = OUTLET_RE.exec(speaker);
  if (outlet && outlet.index + outlet[0].length === speaker.length) return speaker;
  if (SUNDAY_PAPER.test(speaker)) return speaker;
  return speaker.slice(0, time.index);
}

/** "the doctor": one noun after "the". */
const DEFINITE = /^the\s+([a-z]+)$/i;
/**
 * The head noun of a source introduced as "a …": the last word before any preposition or clause
 * ("doctor" in "A doctor on the scene", "diplomat" in "a NATO diplomat").
 */
const INDEFINITE_HEAD =
  /^(?:a|an|another)\s+(?:[\w’'-]+\s+){0,3}?([a-z]+)(?=$|\s+(?:on|in|at|of|for|from|with|who|close|familiar|briefed|involved|based)\b)/i;

/** "the president", "the prime minister": a role, lower-case words after "the". */
const ROLE_PHRASE = /^the\s+((?:[a-z]+\s+)?[a-z]+)$/i;

interface Known extends Speaker {
  gender: 'm' | 'f' | null;
}

/**
 * The sources met so far in an article, most recent last, so that "he", "she", "it" and "they"
 * resolve to the most recent source that fits (a person for he/she, an institution, document or
 * group for it/they), and "he"/"she" teach the gender of whom they resolve to.
 */
export class SpeakerContext {
  private readonly seen: Known[] = [];

  constructor(readonly memory: SourceMemory) {}

  /** The source a phrase names, with `apposition` (", the Defence Undersecretary for Policy,") kept in the resolved name. */
  resolve(phrase: string, apposition: string | null): Speaker {
    const speaker = withoutAdjuncts(
      phrase
        .trim()
        .replace(/^(?:both|also)\s+/i, '')
        .replace(/[,;:]+$/, ''),
    );
    const pronoun = PRONOUNS[speaker.toLowerCase()];
    if (pronoun === 'person') {
      const gender = /^(?:she|her)$/i.test(speaker) ? 'f' : 'm';
      const found = this.find(
        (k) => k.sourceKind === 'person' && k.gender !== (gender === 'f' ? 'm' : 'f'),
      );
      if (found) {
        found.gender = gender;
        return { speaker, resolvedSpeaker: found.resolvedSpeaker, sourceKind: 'person' };
      }
      return { speaker, resolvedSpeaker: speaker, sourceKind: 'person' };
    }
    if (pronoun === 'thing' || pronoun === 'group') {
      const found = this.find((k) =>
        pronoun === 'thing'
          ? k.sourceKind === 'organization' || k.sourceKind === 'document'
          : k.sourceKind === 'organization' || k.sourceKind === 'anonymous',
      );
      const fallback: SourceKind = pronoun === 'thing' ? 'organization' : 'anonymous';
      return {
        speaker,
        resolvedSpeaker: found?.resolvedSpeaker ?? speaker,
        sourceKind: found?.sourceKind ?? fallback,
      };
    }
    if (pronoun === 'self') return { speaker, resolvedSpeaker: speaker, sourceKind: 'person' };
    const introduced = this.introducedAs(speaker);
    if (introduced)
      return {
        speaker,
        resolvedSpeaker: introduced.resolvedSpeaker,
        sourceKind: introduced.sourceKind,
      };
    const info = classifySource(speaker, this.memory);
    let resolved = speaker;
    if (apposition) resolved = `${speaker}, ${apposition}`;
    else if (info.fullName && info.fullName.length > speaker.length) resolved = info.fullName;
    else if (info.kind === 'person') {
      const earlier = this.find(
        (k) =>
          k.sourceKind === 'person' &&
          !!k.speaker &&
          k.resolvedSpeaker !== k.speaker &&
          (k.resolvedSpeaker ?? '').includes(info.fullName ?? speaker),
      );
      if (earlier?.resolvedSpeaker) resolved = earlier.resolvedSpeaker;
    }
    if (info.kind === 'person' && !resolved.includes(','))
      resolved = this.titled(speaker, info.fullName ?? speaker, resolved) ?? resolved;
    return { speaker, resolvedSpeaker: resolved, sourceKind: info.kind };
  }

  /**
   * The titled mention a person's name or role stands for: "President Trump" for "Trump" and for
   * "the president", so that they are one source. Only a fuller form of the name found so far:
   * "Ambassador Volker" says less than "Kurt Volker", "President Donald Trump" than "US President
   * Donald Trump".
   */
  private titled(speaker: string, name: string, resolved: string): string | null {
    const role = ROLE_PHRASE.exec(speaker)?.[1];
    if (role) return roleHolder(role.toLowerCase(), this.memory.titled);
    const mention = titledMention(name, this.memory.titled);
    return mention && mention.length > resolved.length && mention.includes(name) ? mention : null;
  }

  /**
   * The source a definite noun points back to: "the doctor" after "a doctor on the scene", "the
   * diplomat" after "a NATO diplomat", of that source's kind (anonymous there, as it was).
   */
  private introducedAs(speaker: string): Known | undefined {
    const noun = DEFINITE.exec(speaker)?.[1]?.toLowerCase();
    if (!noun) return undefined;
    return this.find((k) => {
      const head = INDEFINITE_HEAD.exec(k.speaker ?? '');
      return !!head && (head[1] ?? '').toLowerCase() === noun;
    });
  }

  /** Records a source that made a claim, so later pronouns can point to it. */
  remember(s: Speaker): void {
    const gender = /\b(?:Mr|he)\b/.test(s.speaker ?? '')
      ? 'm'
      : /\b(?:Mrs|Ms|she)\b/.test(s.speaker ?? '')
        ? 'f'
        : null;
    const last = this.seen[this.seen.length - 1];
    if (last && last.resolvedSpeaker === s.resolvedSpeaker) return;
    const previous = this.seen.find((k) => k.resolvedSpeaker === s.resolvedSpeaker);
    this.seen.push({ ...s, gender: previous?.gender ?? gender });
  }

  private find(test: (k: Known) => boolean): Known | undefined {
    for (let i = this.seen.length - 1; i >= 0; i--) {
      const k = this.seen[i];
      if (k && test(k)) return k;
    }
    return undefined;
  }
}

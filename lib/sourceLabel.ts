import { namedOtherwise } from './claims/personNames';
import type { Claim } from './model';

type Sourced = Pick<Claim, 'speaker' | 'resolvedSpeaker' | 'sourceKind' | 'via'>;

/**
 * Who a claim comes from, as one line of text: "a NATO diplomat · anonymous · via Politico", "he
 * (President Trump) · person", but "President Trump · person" for "Trump" (namedOtherwise).
 */
export function sourceLabel(claim: Sourced): string {
  const who =
    claim.sourceKind === 'unattributed'
      ? 'No source given'
      : claim.resolvedSpeaker && namedOtherwise(claim.speaker, claim.resolvedSpeaker)
        ? `${claim.speaker} (${claim.resolvedSpeaker})`
        : (claim.resolvedSpeaker ?? claim.speaker ?? 'Unknown source');
  const parts = [who, claim.sourceKind];
  if (claim.via) parts.push(`via ${claim.via}`);
  return parts.join(' · ');
}

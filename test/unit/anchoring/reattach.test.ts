import { describe, expect, it } from 'vitest';
import { joinParagraphs } from '@/lib/anchoring/bodyText';
import { describeSpan } from '@/lib/anchoring/quoteSelector';
import { reattach } from '@/lib/anchoring/reattach';
import type { HighlightInput } from '@/lib/db/records';
import type { Paragraph } from '@/lib/model';

const text = (t: string): Paragraph => ({ text: t, kind: 'text' });

const before = [
  text('The talks ended on Monday.'),
  text('"We are not giving up," said the minister.'),
];

function savedFor(paragraphs: Paragraph[], quote: string): HighlightInput {
  const joined = joinParagraphs(paragraphs);
  const start = joined.text.indexOf(quote);
  return {
    sentence: quote,
    quote,
    speaker: 'the minister',
    resolvedSpeaker: 'the minister',
    cue: 'said',
    via: null,
    form: 'direct',
    sourceKind: 'person',
    anchor: describeSpan(joined, start, start + quote.length),
  };
}

describe('reattach', () => {
  const saved = savedFor(before, 'We are not giving up,');

  it('places a saved highlight in the paragraph where its text now is', () => {
    const after = [text('Update: new details.'), ...before];
    const { claims, found, orphaned } = reattach(after, [saved]);
    expect(orphaned).toEqual([]);
    expect(claims).toHaveLength(1);
    const claim = claims[0];
    expect(claim?.paragraph).toBe(2);
    expect(after[2]?.text.slice(claim?.start, claim?.end)).toBe('We are not giving up,');
    expect(found[0]?.anchor.start).toBeGreaterThan(saved.anchor.start);
  });

  it('keeps a highlight whose text is gone as orphaned instead of dropping it', () => {
    const { claims, orphaned } = reattach([text('A rewritten story.')], [saved]);
    expect(claims).toEqual([]);
    expect(orphaned).toEqual([{ ...saved, orphaned: true }]);
  });
});

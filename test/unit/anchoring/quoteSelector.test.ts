import { describe, expect, it } from 'vitest';
import { joinParagraphs, paragraphAt } from '@/lib/anchoring/bodyText';
import { describeSpan, locateAnchor } from '@/lib/anchoring/quoteSelector';

const paragraphs = [
  { text: 'The minister said the plan would work.', kind: 'text' as const },
  { text: 'Critics said the plan would work only on paper.', kind: 'text' as const },
];

describe('text quote selectors', () => {
  const joined = joinParagraphs(paragraphs);
  const second = (joined.starts[1] ?? 0) + 'Critics said '.length;
  const anchor = describeSpan(joined, second, second + 'the plan would work'.length);

  it('records the exact text with its context and position', () => {
    expect(anchor.exact).toBe('the plan would work');
    expect(anchor.prefix.endsWith('Critics said ')).toBe(true);
    expect(anchor.suffix.startsWith(' only on paper')).toBe(true);
    expect(paragraphAt(joined, anchor.start)).toEqual({ paragraph: 1, offset: 13 });
  });

  it('re-attaches to the occurrence whose context matches, not the first one', () => {
    expect(locateAnchor(joined.text, anchor)).toEqual({ start: anchor.start, end: anchor.end });
  });

  it('follows the quote when text is inserted before it', () => {
    const moved = `Breaking update.\n\n${joined.text}`;
    const found = locateAnchor(moved, anchor);
    expect(found && moved.slice(found.start, found.end)).toBe('the plan would work');
    expect(found?.start).toBe(anchor.start + 'Breaking update.\n\n'.length);
  });

  it('matches across changed spacing and case', () => {
    const reflowed = joined.text.replaceAll('the plan would work', 'The  plan\nwould work');
    const found = locateAnchor(reflowed, anchor);
    expect(found && reflowed.slice(found.start, found.end)).toBe('The  plan\nwould work');
    expect(found && reflowed.slice(found.end)).toMatch(/^ only on paper/);
  });

  it('reports an orphan when the quote is gone', () => {
    expect(locateAnchor('An entirely different article.', anchor)).toBeNull();
  });
});

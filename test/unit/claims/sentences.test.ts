import { describe, expect, it } from 'vitest';
import { findQuoteRegions } from '../../../lib/claims/quotes';
import { splitSentences } from '../../../lib/claims/sentences';

const sentences = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe('splitSentences', () => {
  it('does not break after titles, initials and U.S. inside a name', () => {
    expect(
      sentences(
        'Mr. Trump met Dr. J. R. Jones. The U.S. Attorney’s Office said so. Patrick W. Carlineo Jr. pleaded guilty.',
      ),
    ).toEqual([
      'Mr. Trump met Dr. J. R. Jones.',
      'The U.S. Attorney’s Office said so.',
      'Patrick W. Carlineo Jr. pleaded guilty.',
    ]);
  });

  it('breaks inside a quote but keeps a tag after ! or ? with its quote', () => {
    expect(
      sentences(
        '“I come in humbly. I want to listen.” “Don’t mind me!” he told them. “Why now?” Jack Smith asked.',
      ),
    ).toEqual([
      '“I come in humbly.',
      'I want to listen.”',
      '“Don’t mind me!” he told them.',
      '“Why now?” Jack Smith asked.',
    ]);
    expect(sentences('“Vote for Bevin!” Trump tweeted before Election Day.')).toHaveLength(1);
  });

  it('keeps a short name with its dot before a word in capitals, and breaks before a title-case word', () => {
    expect(
      sentences(
        'VW gave the ID. SPACE VIZZION a long range. He works at the FBI. The agency said nothing.',
      ),
    ).toEqual([
      'VW gave the ID. SPACE VIZZION a long range.',
      'He works at the FBI.',
      'The agency said nothing.',
    ]);
  });

  it('keeps times before dates together', () => {
    expect(
      sentences('No checks were made from 10:30 p.m. Aug. 9 to 6:30 a.m. the next day.'),
    ).toHaveLength(1);
  });
});

describe('findQuoteRegions', () => {
  it('pairs mixed marks and leaves apostrophes alone', () => {
    const t = '“Don’t say that," she said of Trump’s plan.';
    const { regions } = findQuoteRegions(t, false);
    expect(regions.map((r) => t.slice(r.start, r.end))).toEqual(['Don’t say that,']);
  });

  it('reports a quote left open at the end of the paragraph', () => {
    expect(findQuoteRegions('He said: "We tried.', false)).toMatchObject({
      openAtEnd: true,
      regions: [{ closed: false }],
    });
  });
});

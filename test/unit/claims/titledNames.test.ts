import { describe, expect, it } from 'vitest';
import { findClaims } from '../../../lib/claims';
import { bareName, namedOtherwise, sameName } from '../../../lib/claims/personNames';
import type { Paragraph } from '../../../lib/model';

const run = (...texts: string[]) =>
  findClaims(texts.map((t): Paragraph => ({ text: t, kind: 'text' }))).map((c) => [
    c.speaker,
    c.resolvedSpeaker,
  ]);

describe('people named with a title', () => {
  it('takes "the president" for the one president named without a qualifier', () => {
    expect(
      run(
        'The meeting came days after President Trump hosted world leaders, including Ukrainian President Volodymyr Zelensky.',
        'The president said that he refuses to send soldiers to Ukraine.',
      ),
    ).toEqual([['The president', 'President Trump']]);
  });

  it('leaves "the president" alone when two presidents are named alike', () => {
    expect(
      run(
        'President Macron met President Biden in Paris.',
        'The president said that the talks went well.',
      ),
    ).toEqual([['The president', 'The president']]);
  });

  it('reads a role of two words and a spelt-out abbreviation', () => {
    expect(
      run(
        'Prime Minister Keir Starmer met Sen. Ben Sasse on Monday.',
        'The prime minister said that the deal was close.',
        'The senator said that he was not so sure.',
      ),
    ).toEqual([
      ['The prime minister', 'Prime Minister Keir Starmer'],
      ['The senator', 'Sen. Ben Sasse'],
    ]);
  });

  it('gives a bare surname the titled mention that introduced it', () => {
    expect(
      run(
        'President Donald Trump spoke to reporters on Friday.',
        'Trump said that the economy was strong.',
      ),
    ).toEqual([['Trump', 'President Donald Trump']]);
  });

  it('never trades a fuller name for a shorter titled one', () => {
    expect(
      run(
        'Kurt Volker testified on Tuesday. Ambassador Volker left at noon.',
        'Volker said that he knew nothing of it.',
        'US President Donald Trump arrived. President Donald Trump waved.',
        'US President Donald Trump said that it was a hoax.',
      ),
    ).toEqual([
      ['Volker', 'Kurt Volker'],
      ['US President Donald Trump', 'US President Donald Trump'],
    ]);
  });
});

describe('a source introduced with "a" and named again with "the"', () => {
  it('is the same source, of the same kind', () => {
    const claims = findClaims(
      [
        'A doctor on the scene told reporters that he tried to save one of the wounded.',
        '“It’s a shame to see a comrade die in this way,” the doctor said.',
      ].map((t): Paragraph => ({ text: t, kind: 'text' })),
    );
    expect(claims.map((c) => [c.speaker, c.resolvedSpeaker, c.sourceKind])).toEqual([
      ['A doctor on the scene', 'A doctor on the scene', 'anonymous'],
      ['the doctor', 'A doctor on the scene', 'anonymous'],
    ]);
  });
});

describe('person names', () => {
  it('finds the name after any title and before any apposition', () => {
    expect(bareName('US President Donald Trump')).toBe('Donald Trump');
    expect(bareName('Elbridge Colby, the Defence Undersecretary for Policy')).toBe(
      'Elbridge Colby',
    );
    expect(bareName('Dr. Sanjay Gupta')).toBe('Sanjay Gupta');
    expect(bareName('The president')).toBeNull();
    expect(bareName('a NATO diplomat')).toBeNull();
    expect(bareName('Vindman and Williams')).toBeNull();
  });

  it('takes a name and the name it ends for one, not two people of one family', () => {
    expect(sameName('Trump', 'Donald Trump')).toBe(true);
    expect(sameName('Donald Trump', 'Trump')).toBe(true);
    expect(sameName('Ivanka Trump', 'Donald Trump')).toBe(false);
    expect(sameName('Rump', 'Donald Trump')).toBe(false);
  });

  it('tells how a claim named its source only when that is no part of the name', () => {
    expect(namedOtherwise('The president', 'President Trump')).toBe('The president');
    expect(namedOtherwise('he', 'President Trump')).toBe('he');
    expect(namedOtherwise('Trump', 'President Trump')).toBeNull();
    expect(namedOtherwise('Mr. Trump', 'President Trump')).toBeNull();
    expect(namedOtherwise('Heyward', 'Cam Heyward, Steelers defensive captain')).toBeNull();
    expect(namedOtherwise(null, 'Cam Heyward')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import type { BodyBlock } from '../../../lib/article';
import { compoundTails, misplacedTails } from '../../../lib/teasers/compoundNames';

const body = (...texts: string[]): BodyBlock[] =>
  texts.map((text) => ({ element: document.createElement('p'), kind: 'text', text }));

const macBody = body(
  'Apple will sell a 13-inch MacBook Pro with the new keyboard, analysts said.',
  'The cheaper MacBook Pro keeps its old display for now.',
);
const profileWords = new Map([
  ['macboo', 5],
  ['pro', 5],
  ['keyboa', 3],
]);

describe('compound names', () => {
  it('takes a name word the body puts after one name, and the headlines after others, for a tail', () => {
    const headlines = ['Mac Pro ships in December', 'iPad Pro gets a keyboard case'];
    expect([...compoundTails(headlines, macBody, profileWords)]).toEqual([['pro', 'macboo']]);
  });

  it('needs two other heads in the headlines: one may be a first name ("Melania Trump")', () => {
    const trumpBody = body(
      'President Trump spoke on Monday.',
      'Aides said President Trump would travel.',
    );
    const words = new Map([
      ['presid', 3],
      ['trump', 5],
    ]);
    const headlines = ['Melania Trump visits a school', 'Trump dismisses the rumours'];
    expect(compoundTails(headlines, trumpBody, words).size).toBe(0);
  });

  it('takes no tail from a body that names the word alone or after several names', () => {
    const headlines = ['Mac Pro ships in December', 'iPad Pro gets a keyboard case'];
    const mixed = body('The MacBook Pro and the iPad Pro both sold well.', 'The MacBook Pro won.');
    expect(compoundTails(headlines, mixed, profileWords).size).toBe(0);
    const alone = body('Reviewers call the Pro a fine machine.', 'The MacBook Pro sold well.');
    expect(compoundTails(headlines, alone, profileWords).size).toBe(0);
  });

  it('finds a tail misplaced only after another name, not alone or after its own head', () => {
    const tails = new Map([['pro', 'macboo']]);
    expect([...misplacedTails('Mac Pro ships in December', tails)]).toEqual(['pro']);
    expect(misplacedTails('Pro tips for a cleaner keyboard', tails).size).toBe(0);
    expect(misplacedTails('16-inch MacBook Pro beside the Mac Pro', tails).size).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { scriptPattern, spellLatin1 } from '../../../lib/text/latin1';

/** Every character the Latin-1 twin may be given: Latin-1, General Punctuation, Currency Symbols. */
const latin1Text = [
  ...Array.from({ length: 0x100 }, (_, i) => i),
  ...Array.from({ length: 0x70 }, (_, i) => 0x2000 + i),
  ...Array.from({ length: 0x30 }, (_, i) => 0x20a0 + i),
].map((code) => String.fromCharCode(code));

describe('Latin-1 twins of letter-class patterns', () => {
  it.each(['L', 'Lu', 'Ll', 'N'])(
    'spells \\p{%s} out exactly for every character it may see',
    (name) => {
      const pattern = scriptPattern(new RegExp(`^\\p{${name}}$`, 'u'));
      const inClass = scriptPattern(new RegExp(`^[.\\p{${name}}]$`, 'u'));
      for (const c of latin1Text) {
        expect(pattern.latin1.test(c), `U+${c.charCodeAt(0).toString(16)}`).toBe(
          pattern.any.test(c),
        );
        expect(inClass.latin1.test(c)).toBe(inClass.any.test(c));
      }
    },
  );

  it('spells classes inside and outside brackets, leaving escapes alone', () => {
    expect(spellLatin1('\\p{Lu}[\\p{Ll}\\]-]\\[\\p{N}')).toBe(
      '[A-Z\\xc0-\\xd6\\xd8-\\xde][a-z\\xb5\\xdf-\\xf6\\xf8-\\xff\\]-]\\[[0-9\\xb2\\xb3\\xb9\\xbc-\\xbe]',
    );
  });

  it('refuses a class it cannot spell rather than change what the pattern means', () => {
    expect(() => spellLatin1('\\p{Lo}')).toThrow(/Lo/);
    expect(() => spellLatin1('\\P{L}')).toThrow(/P\{L\}/);
  });

  it('runs the full pattern on text beyond Latin-1', () => {
    const name = scriptPattern(/^\p{Lu}\p{Ll}+$/u);
    expect(name.for('Zelensky')).toBe(name.latin1);
    expect(name.for('Łukasz')).toBe(name.any);
    expect(name.test('Łukasz')).toBe(true);
    expect(name.test('Émile')).toBe(true);
    expect(name.test('émile')).toBe(false);
  });
});

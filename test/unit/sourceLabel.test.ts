import { describe, expect, it } from 'vitest';
import { canonicalUrl } from '@/lib/pageUrl';
import { sourceLabel } from '@/lib/sourceLabel';

describe('sourceLabel', () => {
  it('names the source, its kind and the outlet', () => {
    expect(
      sourceLabel({
        speaker: 'a NATO diplomat',
        resolvedSpeaker: 'a NATO diplomat',
        sourceKind: 'anonymous',
        via: 'Politico',
      }),
    ).toBe('a NATO diplomat · anonymous · via Politico');
  });
  it('shows who a pronoun stands for', () => {
    expect(
      sourceLabel({
        speaker: 'he',
        resolvedSpeaker: 'Donald Trump',
        sourceKind: 'person',
        via: null,
      }),
    ).toBe('he (Donald Trump) · person');
  });
  it('gives the fuller name alone when the claim named its source by part of it', () => {
    expect(
      sourceLabel({
        speaker: 'Trump',
        resolvedSpeaker: 'President Trump',
        sourceKind: 'person',
        via: 'Fox News',
      }),
    ).toBe('President Trump · person · via Fox News');
  });
  it('says plainly when there is no source', () => {
    expect(
      sourceLabel({ speaker: null, resolvedSpeaker: null, sourceKind: 'unattributed', via: null }),
    ).toBe('No source given · unattributed');
  });
});

describe('canonicalUrl', () => {
  it('resolves a relative canonical link and refuses other schemes', () => {
    document.head.innerHTML = '<link rel="canonical" href="/story/1">';
    expect(canonicalUrl(document)).toMatch(/^http:\/\/localhost(:\d+)?\/story\/1$/);
    document.head.innerHTML = '<link rel="canonical" href="javascript:alert(1)">';
    expect(canonicalUrl(document)).toBeNull();
  });
});

import type { PageClaim, PageState } from '../../../lib/messages';

export const XSS = '<img src=x onerror=alert(1)>';

const claim = (id: string, overrides: Partial<PageClaim>): PageClaim => ({
  id,
  quote: `quote ${id}`,
  speaker: null,
  resolvedSpeaker: null,
  via: null,
  cue: 'said',
  form: 'direct',
  sourceKind: 'person',
  ...overrides,
});

/** Eight claims: three people (one speaking twice, once by pronoun), two anonymous, one unattributed. */
export const claims: PageClaim[] = [
  claim('c1', { speaker: 'Zelensky', resolvedSpeaker: 'Volodymyr Zelensky' }),
  claim('c2', { quote: XSS, speaker: 'he', resolvedSpeaker: 'Volodymyr Zelensky' }),
  claim('c3', { speaker: 'Anna Berg', resolvedSpeaker: 'Anna Berg' }),
  claim('c4', {
    speaker: 'the ministry',
    resolvedSpeaker: 'Ministry of Defence',
    sourceKind: 'organization',
  }),
  claim('c5', {
    speaker: 'Reuters',
    resolvedSpeaker: 'Reuters',
    sourceKind: 'media',
    via: 'Reuters',
  }),
  claim('c6', { speaker: 'officials', sourceKind: 'anonymous' }),
  claim('c7', { speaker: 'a senior diplomat', sourceKind: 'anonymous', form: 'according-to' }),
  claim('c8', { speaker: null, cue: null, sourceKind: 'unattributed', form: 'indirect' }),
];

export const articleState: PageState = {
  status: 'article',
  meta: { title: `Talks ${XSS}`, byline: null, publishedAt: null, siteName: 'Example News' },
  claims,
  hiddenTeaserLinks: 5,
  teasersShown: false,
  saveError: null,
};

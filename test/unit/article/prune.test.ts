import { describe, expect, it } from 'vitest';
import { bodyBlockText } from '../../../lib/article/bodyBlockText';
import { boilerplateName, skipInBody } from '../../../lib/article/prune';
import { blockText } from '../../../lib/text/blockText';

const div = (cls: string, id = '') => {
  const el = document.createElement('div');
  el.className = cls;
  if (id) el.id = id;
  return el;
};

describe('boilerplateName', () => {
  it.each([
    ['related-posts', 'strong'],
    ['Share_Bar', 'strong'],
    ['sidebar', 'weak'],
    ['side-bar', 'weak'],
    ['ad2 box', 'weak'],
    ['sponsored-box', 'weak'],
    ['article-body sidebar-layout', null],
    ['article-body comments', 'strong'],
    ['social-embed', null],
    ['side_bar', null],
    ['sponsor', null],
    ['header-adjust', null],
    ['navigator', null],
    ['', null],
  ])('%s → %s', (cls, verdict) => {
    expect(boilerplateName(div(cls))).toBe(verdict);
    // Asked twice: the verdict cache returns what the rules say.
    expect(boilerplateName(div(cls))).toBe(verdict);
  });

  it('reads the id as well as the class', () => {
    expect(boilerplateName(div('box', 'comments'))).toBe('strong');
  });

  it('never judges kept tags by name', () => {
    const p = document.createElement('p');
    p.className = 'related';
    expect(boilerplateName(p)).toBeNull();
  });
});

describe('bodyBlockText', () => {
  it('is blockText with skipInBody, without the character map', () => {
    document.body.innerHTML = `<div id="x">
      \u00a0 First\tline<br>second <b>bold</b><span hidden>gone</span>
      <div class="share-bar">Share</div><script>x()</script>\u2003end <br> </div>`;
    const el = document.getElementById('x') as Element;
    const text = bodyBlockText(el);
    expect(text).toBe(blockText(el, skipInBody).text);
    expect(text).toBe('First line second bold \u2003end');
  });

  it('is empty for a block that is itself skipped', () => {
    expect(bodyBlockText(div('newsletter'))).toBe('');
  });
});

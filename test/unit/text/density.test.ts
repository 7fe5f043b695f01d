import { describe, expect, it } from 'vitest';
import { lengthOf, scriptWorth } from '../../../lib/text/density';

const titled = (title: string) => {
  const doc = document.implementation.createHTMLDocument(title);
  return doc;
};

describe('lengthOf', () => {
  it('measures a page titled in an alphabet by its characters', () => {
    for (const title of ['Ministers promise funding', 'Министры обещают деньги']) {
      expect(scriptWorth(titled(title))).toBe(1);
      expect(lengthOf(titled(title))('经济 GDP 5%')).toBe(9);
    }
  });

  it('counts Chinese and Japanese characters three times, Korean twice, the rest once', () => {
    expect(lengthOf(titled('前三季度经济运行总体平稳'))('经济 GDP 5%')).toBe(2 * 3 + 7);
    expect(lengthOf(titled('商品の改造が商標法違反に'))('iPhoneを販売')).toBe(6 + 3 * 3);
    expect(lengthOf(titled('정부, 태양광 비용 절감'))('정부 발표 2019')).toBe(4 * 2 + 6);
    expect(scriptWorth(titled('前三季度经济运行总体平稳'))).toBe(3);
    expect(scriptWorth(titled('정부, 태양광 비용 절감'))).toBe(2);
  });
});

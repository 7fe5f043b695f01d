/**
 * A judge of strings that remembers its verdicts. A page repeats a few class strings on most
 * of its elements, so judging each element's names afresh would scan the same strings
 * thousands of times on a large page.
 */
export function memoByString<T extends NonNullable<unknown> | null>(
  judge: (text: string) => T,
): (text: string) => T {
  const verdicts = new Map<string, T>();
  return (text) => {
    let verdict = verdicts.get(text);
    if (verdict === undefined) {
      verdict = judge(text);
      verdicts.set(text, verdict);
    }
    return verdict;
  };
}

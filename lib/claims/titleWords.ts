/** Titles that precede a name ("Sen. Ben Sasse", "White House Press Secretary Karoline Leavitt"). */
export const TITLE_WORDS = new Set(
  'mr mr. mrs mrs. ms ms. dr dr. sen sen. rep rep. gov gov. gen gen. lt lt. col col. sgt sgt. capt capt. prof prof. president secretary minister senator governor mayor chancellor chief ceo director chairman chairwoman chair coach manager attorney judge prosecutor commissioner ambassador general king queen pope premier spokesman spokeswoman spokesperson insider investor author dl lb qb wr rb cb de dt te ol rt lt professor economist analyst scientist officer captain founder pastor rabbi imam justice sheriff'.split(
    ' ',
  ),
);

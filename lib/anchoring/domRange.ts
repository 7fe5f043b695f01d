import type { BlockText } from '../text/blockText';

/** The DOM Range covering characters [start, end) of a block's collapsed text. */
export function rangeForBlockSpan(block: BlockText, start: number, end: number): Range | null {
  const from = positionOf(block, start, false);
  const to = positionOf(block, end, true);
  if (!from || !to) return null;
  const range = from.node.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

function positionOf(
  block: BlockText,
  offset: number,
  isEnd: boolean,
): { node: Text; offset: number } | null {
  // For an end position, use the character before it so the range ends right after that character.
  const target = isEnd ? offset - 1 : offset;
  for (const piece of block.pieces) {
    const local = target - piece.start;
    if (local >= 0 && local < piece.offsets.length) {
      const inNode = piece.offsets[local] as number;
      return { node: piece.node, offset: isEnd ? inNode + 1 : inNode };
    }
  }
  return null;
}

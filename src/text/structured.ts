import { parseTree, type Node, type ParseError } from 'jsonc-parser';
import type { Block } from './blocks.js';

/** String values longer than this are prose (a review, a description) and get sentence splitting. */
const PROSE_CHARS = 80;

/**
 * Blocks of a source that is a JSON record (data-to-text): one block per leaf, `"key": value`, so
 * each fact is its own sentence; long string values are split as prose. Offsets stay in the
 * original string. Returns null when the text is not a JSON object or array.
 */
export function jsonBlocks(text: string): Block[] | null {
  const first = text.trimStart()[0];
  if (first !== '{' && first !== '[') return null;
  const errors: ParseError[] = [];
  let root: Node | undefined;
  try {
    root = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  } catch {
    return null; // nesting too deep for the parser: read it as prose
  }
  if (!root || errors.length > 0) return null;
  const blocks: Block[] = [];
  // depth-first with an explicit stack, in document order, so deep nesting cannot overflow the call stack
  const stack: { node: Node; key?: Node }[] = [{ node: root }];
  while (stack.length > 0) {
    const { node, key } = stack.pop()!;
    if (node.type === 'object' || node.type === 'array') {
      const children: { node: Node; key?: Node }[] = [];
      for (const child of node.children ?? []) {
        if (child.type !== 'property') children.push({ node: child });
        else if (child.children?.[0] && child.children[1]) children.push({ node: child.children[1], key: child.children[0] });
      }
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
    } else if (node.type === 'string' && node.length - 2 > PROSE_CHARS) {
      blocks.push({ start: node.offset + 1, end: node.offset + node.length - 1, kind: 'paragraph' });
    } else {
      blocks.push({ start: key ? key.offset : node.offset, end: node.offset + node.length, kind: 'record' });
    }
  }
  return blocks;
}

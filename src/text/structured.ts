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
  const root = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  if (!root || errors.length > 0) return null;
  const blocks: Block[] = [];
  const visit = (node: Node, keyNode?: Node) => {
    if (node.type === 'object' || node.type === 'array') {
      for (const child of node.children ?? []) {
        if (child.type === 'property') {
          const [key, value] = child.children ?? [];
          if (key && value) visit(value, key);
        } else visit(child);
      }
      return;
    }
    if (node.type === 'string' && node.length - 2 > PROSE_CHARS) {
      blocks.push({ start: node.offset + 1, end: node.offset + node.length - 1, kind: 'paragraph' });
      return;
    }
    const start = keyNode ? keyNode.offset : node.offset;
    blocks.push({ start, end: node.offset + node.length, kind: 'record' });
  };
  visit(root);
  return blocks;
}

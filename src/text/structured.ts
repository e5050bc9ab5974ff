import { parseTree, type Node, type ParseError } from 'jsonc-parser';
import type { Block } from './blocks.js';

/**
 * The parse tree of a text that is one JSON object or array, with offsets into it; null for any
 * other text (prose, JSON with an error, nesting too deep for the parser), which is read as prose.
 */
export function jsonTree(text: string): Node | null {
  const first = text.trimStart()[0];
  if (first !== '{' && first !== '[') return null;
  const errors: ParseError[] = [];
  let root: Node | undefined;
  try {
    root = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  } catch {
    return null;
  }
  return root && errors.length === 0 ? root : null;
}

/** String values longer than this are prose (a review, a description) and get sentence splitting. */
const PROSE_CHARS = 80;

/**
 * Plain fields side by side are one block, up to this many characters: a text says "open 7 am to
 * 3 pm Monday through Thursday", "parking on the street and in a lot" or "takeout and outdoor
 * seating, but no reservations" of several fields at once, and a claim is compared with one passage
 * at a time. A small object of plain fields ("hours": {"Monday": "7:0-15:0", …}) is one block with
 * its key, which names what its fields are.
 */
const GROUP_CHARS = 400;

/** A value with nothing inside to split: a number, a boolean, null, or a string too short to be prose. */
function isPlain(value: Node | undefined): boolean {
  return value !== undefined && value.type !== 'object' && value.type !== 'array' && !(value.type === 'string' && value.length - 2 > PROSE_CHARS);
}

/** The value of an object's property, or an array's element itself. */
const valueOf = (child: Node) => (child.type === 'property' ? child.children?.[1] : child);

type Item = { node: Node; key?: Node } | { start: number; end: number };

/**
 * Blocks of a source that is a JSON record (data-to-text): runs of plain fields (`"key": value, …`)
 * and small objects of them, each a sentence; long string values are split as prose. Offsets stay
 * in the original string. Returns null when the text is not a JSON object or array.
 */
export function jsonBlocks(text: string): Block[] | null {
  const root = jsonTree(text);
  if (!root) return null;
  const blocks: Block[] = [];
  // depth-first with an explicit stack, in document order, so deep nesting cannot overflow the call stack
  const stack: Item[] = [{ node: root }];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (!('node' in item)) {
      blocks.push({ start: item.start, end: item.end, kind: 'record' });
      continue;
    }
    const { node, key } = item;
    const children = node.type === 'object' || node.type === 'array' ? node.children ?? [] : [];
    if ((node.type === 'object' || node.type === 'array') && node !== root && node.length <= GROUP_CHARS && children.every((c) => isPlain(valueOf(c)))) {
      blocks.push({ start: key ? key.offset : node.offset, end: node.offset + node.length, kind: 'record' });
    } else if (node.type === 'object' || node.type === 'array') {
      const items: Item[] = [];
      let run: { start: number; end: number } | undefined;
      for (const child of children) {
        const value = valueOf(child);
        if (!value) continue;
        if (isPlain(value)) {
          const end = value.offset + value.length;
          if (run && end - run.start <= GROUP_CHARS) run.end = end;
          else items.push((run = { start: child.offset, end }));
        } else {
          run = undefined;
          items.push({ node: value, key: child.type === 'property' ? child.children?.[0] : undefined });
        }
      }
      for (let i = items.length - 1; i >= 0; i--) stack.push(items[i]);
    } else if (node.type === 'string' && node.length - 2 > PROSE_CHARS) {
      blocks.push({ start: node.offset + 1, end: node.offset + node.length - 1, kind: 'paragraph' });
    } else {
      blocks.push({ start: key ? key.offset : node.offset, end: node.offset + node.length, kind: 'record' });
    }
  }
  return blocks;
}

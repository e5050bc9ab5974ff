/**
 * Splits text into blocks before sentence segmentation: list items, headings and quoted lines each
 * become their own block (so every bullet is at least one claim, with or without a full stop),
 * while hard-wrapped prose lines are joined back together. Offsets are into the original text and
 * exclude list markers, heading hashes and quote marks.
 */
export interface Block {
  start: number;
  end: number;
  /** `record`: one field of a structured (JSON) source. */
  kind: 'paragraph' | 'item' | 'heading' | 'quote' | 'record';
}

const ITEM = /^[ \t]*(?:[-*+•‣◦▪●–—]|\(?\d{1,3}[.)]|\(?[a-zA-Z][.)](?=[ \t]))[ \t]+/;
const HEADING = /^[ \t]*#{1,6}[ \t]+/;
const QUOTE = /^[ \t]*>[ \t]?/;
const TERMINAL = /[.!?:;"'”’)\]]$/;
/** Lines at least this long that end mid-sentence are taken as hard-wrapped prose. */
const WRAP_WIDTH = 50;

interface Line {
  start: number;
  end: number;
  contentStart: number;
  kind: Exclude<Block['kind'], 'record'> | 'blank';
}

function readLines(text: string): Line[] {
  const lines: Line[] = [];
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    let end = nl;
    if (end > pos && text[end - 1] === '\r') end--;
    const raw = text.slice(pos, end);
    if (raw.trim() === '') {
      lines.push({ start: pos, end, contentStart: end, kind: 'blank' });
    } else {
      const m = HEADING.exec(raw) ?? null;
      const item = m ? null : ITEM.exec(raw);
      const quote = m || item ? null : QUOTE.exec(raw);
      const marker = m ?? item ?? quote;
      const kind: Line['kind'] = m ? 'heading' : item ? 'item' : quote ? 'quote' : 'paragraph';
      let contentStart = pos + (marker ? marker[0].length : 0);
      while (contentStart < end && /\s/.test(text[contentStart])) contentStart++;
      let contentEnd = end;
      while (contentEnd > contentStart && /\s/.test(text[contentEnd - 1])) contentEnd--;
      lines.push({ start: pos, end: contentEnd, contentStart, kind });
    }
    pos = nl + 1;
  }
  return lines;
}

function continues(prev: Block, prevLineLength: number, text: string, line: Line): boolean {
  if (prev.kind === 'heading' || line.kind !== 'paragraph') return false;
  const last = text.slice(prev.start, prev.end).trimEnd();
  if (TERMINAL.test(last)) return false;
  const first = text[line.contentStart] ?? '';
  if (/[\p{Ll}\p{N},(]/u.test(first)) return true;
  return prevLineLength >= WRAP_WIDTH || /[,&]$|\b(?:and|or|but|of|the|a|an|to|in|with)$/i.test(last);
}

export function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let open: Block | null = null;
  let openLineLength = 0;
  for (const line of readLines(text)) {
    if (line.kind === 'blank') {
      open = null;
      continue;
    }
    if (open && continues(open, openLineLength, text, line)) {
      open.end = line.end;
    } else {
      open = { start: line.contentStart, end: line.end, kind: line.kind };
      blocks.push(open);
    }
    openLineLength = line.end - line.contentStart;
  }
  return blocks.filter((b) => b.end > b.start);
}

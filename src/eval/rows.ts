/** One labelled row of a benchmark file (the ../shared/bench format). */
export interface EvalRow {
  id: string;
  dataset: string;
  doc: string;
  claim: string;
  /** 1 = the claim is fully supported by the doc, 0 = not. */
  label: 0 | 1;
  /** Annotated unsupported spans, UTF-16 offsets into `claim`, when the dataset has them. */
  spans?: [number, number][];
  /** For RAG QA rows, the user's question (`question`, or `meta.question` as in ../shared/bench): the answer may restate it. */
  question?: string;
}

/** What check() is asked for a row: its document as the one source, its claim as the text, and the question a RAG QA answer answers. */
export function rowInput(row: EvalRow): { sources: { id: string; text: string }[]; text: string; question?: string } {
  return { sources: [{ id: 'doc', text: row.doc }], text: row.claim, ...(row.question ? { question: row.question } : {}) };
}

/** Turns a parsed JSON line into a row, or returns what is wrong with it. */
export function toEvalRow(value: unknown, fallbackDataset: string): EvalRow | string {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return 'not a JSON object';
  const v = value as Record<string, unknown>;
  if (typeof v.id !== 'string' && typeof v.id !== 'number') return 'missing "id"';
  if (typeof v.doc !== 'string' || v.doc.trim() === '') return '"doc" must be a non-empty string';
  if (typeof v.claim !== 'string' || v.claim.trim() === '') return '"claim" must be a non-empty string';
  const label = v.label === true ? 1 : v.label === false ? 0 : v.label;
  if (label !== 0 && label !== 1) return `"label" must be 0 or 1 (got ${JSON.stringify(v.label)})`;
  let spans: [number, number][] | undefined;
  if (v.spans !== undefined && v.spans !== null) {
    if (!Array.isArray(v.spans)) return '"spans" must be an array of [start, end]';
    spans = [];
    for (const s of v.spans) {
      if (!Array.isArray(s) || s.length !== 2 || !s.every((x) => Number.isInteger(x)) || s[0] < 0 || s[1] < s[0] || s[1] > v.claim.length) {
        return `bad span ${JSON.stringify(s)}: each must be [start, end] inside the claim`;
      }
      spans.push([s[0], s[1]]);
    }
  }
  const dataset = typeof v.dataset === 'string' && v.dataset ? v.dataset : fallbackDataset;
  const meta = v.meta && typeof v.meta === 'object' ? (v.meta as Record<string, unknown>) : {};
  const question = typeof v.question === 'string' ? v.question : typeof meta.question === 'string' ? meta.question : undefined;
  return { id: String(v.id), dataset, doc: v.doc, claim: v.claim, label, spans, ...(question ? { question } : {}) };
}

/**
 * The word-vector file groundcheck ships (models/vectors.bin): unit-length vectors stored as
 * int8 with one float scale per word, so 60k words × 100 dimensions take 6 MB and load in
 * milliseconds. Layout (little-endian): "GCVEC001", uint32 words, uint32 dims, uint32 byte length
 * of the newline-joined UTF-8 word list, the list, zero padding to 4 bytes, float32 scales, int8 rows.
 */
const MAGIC = 'GCVEC001';

export interface WordVectors {
  dims: number;
  /** Row of each word. */
  rows: Map<string, number>;
  /** int8 components; row r is data[r*dims .. (r+1)*dims). */
  data: Int8Array;
  /** Multiplier turning row r's int8 components back into a unit vector's. */
  scales: Float32Array;
}

export function encodeVectors(words: string[], vectors: Float32Array[], dims: number): Buffer {
  const list = Buffer.from(words.join('\n'), 'utf8');
  const headerLength = 8 + 12 + list.length;
  const padded = Math.ceil(headerLength / 4) * 4;
  const out = Buffer.alloc(padded + words.length * 4 + words.length * dims);
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(words.length, 8);
  out.writeUInt32LE(dims, 12);
  out.writeUInt32LE(list.length, 16);
  list.copy(out, 20);
  vectors.forEach((v, r) => {
    let norm = 0;
    for (let d = 0; d < dims; d++) norm += v[d] * v[d];
    norm = Math.sqrt(norm) || 1;
    let max = 0;
    for (let d = 0; d < dims; d++) max = Math.max(max, Math.abs(v[d] / norm));
    const scale = max / 127 || 1;
    out.writeFloatLE(scale, padded + r * 4);
    const base = padded + words.length * 4 + r * dims;
    for (let d = 0; d < dims; d++) out.writeInt8(Math.round(v[d] / norm / scale), base + d);
  });
  return out;
}

export function decodeVectors(bytes: Buffer): WordVectors {
  if (bytes.length < 20 || bytes.toString('latin1', 0, 8) !== MAGIC) throw new Error('not a groundcheck word-vector file (bad header)');
  const count = bytes.readUInt32LE(8);
  const dims = bytes.readUInt32LE(12);
  const listLength = bytes.readUInt32LE(16);
  const padded = Math.ceil((20 + listLength) / 4) * 4;
  if (bytes.length !== padded + count * 4 + count * dims) throw new Error('word-vector file is truncated or has the wrong size');
  const words = bytes.toString('utf8', 20, 20 + listLength).split('\n');
  const rows = new Map<string, number>();
  words.forEach((w, r) => rows.set(w, r));
  // views straight onto the file's bytes when aligned (a file read whole is); else a copy
  const at = bytes.byteOffset + padded;
  const [body, offset] = at % 4 === 0 ? [bytes.buffer, at] : [bytes.buffer.slice(at, bytes.byteOffset + bytes.length), 0];
  const scales = new Float32Array(body, offset, count);
  if (new Uint8Array(new Float32Array([1]).buffer)[3] !== 0x3f) throw new Error('word vectors need a little-endian machine');
  const data = new Int8Array(body, offset + count * 4, count * dims);
  return { dims, rows, data, scales };
}

/** Cosine of two words' vectors, by row. */
export function rowCosine(v: WordVectors, a: number, b: number): number {
  const { data, dims } = v;
  let dot = 0;
  const ia = a * dims;
  const ib = b * dims;
  for (let d = 0; d < dims; d++) dot += data[ia + d] * data[ib + d];
  return dot * v.scales[a] * v.scales[b];
}

/**
 * Some rows' vectors copied side by side (100 bytes a word, as in the table), for finding a word's
 * nearest among them: read in one sweep instead of from rows scattered over the 6 MB table, about
 * 2× faster for a ~1k-word source's 500 rows.
 */
export interface RowBlock {
  rows: number[];
  values: Int8Array;
  scales: Float32Array;
}

export function rowBlock(v: WordVectors, rows: number[]): RowBlock {
  const { data, dims } = v;
  const values = new Int8Array(rows.length * dims);
  const scales = new Float32Array(rows.length);
  rows.forEach((r, i) => {
    values.set(data.subarray(r * dims, (r + 1) * dims), i * dims);
    scales[i] = v.scales[r];
  });
  return { rows, values, scales };
}

/**
 * The largest rowCosine of `row` with the block's rows, 1 when the block has the row itself: the
 * same number as taking rowCosine row by row (each dot product is an exact integer, however it is
 * summed, and is scaled in the same order).
 */
export function maxRowCosine(v: WordVectors, row: number, block: RowBlock): number {
  if (block.rows.includes(row)) return 1;
  const { data, dims } = v;
  const { values, scales } = block;
  const q = new Float64Array(dims);
  for (let d = 0; d < dims; d++) q[d] = data[row * dims + d];
  const scale = v.scales[row];
  const whole = dims - (dims % 4);
  let best = 0;
  for (let i = 0, at = 0; i < scales.length; i++, at += dims) {
    // the word's components as doubles, and four running sums so that the multiplications overlap
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    let d = 0;
    for (; d < whole; d += 4) {
      s0 += q[d] * values[at + d];
      s1 += q[d + 1] * values[at + d + 1];
      s2 += q[d + 2] * values[at + d + 2];
      s3 += q[d + 3] * values[at + d + 3];
    }
    for (; d < dims; d++) s0 += q[d] * values[at + d];
    const cosine = (s0 + s1 + s2 + s3) * scale * scales[i];
    if (cosine > best) best = cosine;
  }
  return best;
}

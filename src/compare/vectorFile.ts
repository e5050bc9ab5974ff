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

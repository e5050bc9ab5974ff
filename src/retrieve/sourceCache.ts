/**
 * A small least-recently-used cache of prepared sources (segmented, indexed, with their lexicon),
 * keyed by the sources' ids and texts. RAG apps and evaluations check several answers against the
 * same documents; preparing a ~1k-word source costs about as much as checking its claims.
 */
export class SourceCache<V> {
  /** Least recently used first. A few entries, so a scan beats building (and hashing) a key of every text joined. */
  private entries: { sources: { id: string; text: string }[]; value: V }[] = [];

  constructor(
    private readonly maxEntries: number,
    private readonly maxKeyChars: number,
  ) {}

  /** The cached value for these sources, or `make()`'s, remembered when the sources are not too large. */
  get(sources: { id: string; text: string }[], make: () => V): V {
    const size = sources.reduce((n, s) => n + s.id.length + s.text.length, 0);
    if (size > this.maxKeyChars || this.maxEntries === 0) return make();
    for (let i = this.entries.length - 1; i >= 0; i--) {
      const entry = this.entries[i];
      if (!sameSources(entry.sources, sources)) continue;
      this.entries.splice(i, 1);
      this.entries.push(entry);
      return entry.value;
    }
    const value = make();
    // copies of the ids and texts only: a caller may change its source objects afterwards
    this.entries.push({ sources: sources.map(({ id, text }) => ({ id, text })), value });
    if (this.entries.length > this.maxEntries) this.entries.shift();
    return value;
  }
}

/** The same ids and texts in the same order (a caller passing the same strings again compares them by reference). */
function sameSources(a: { id: string; text: string }[], b: { id: string; text: string }[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i].id !== b[i].id || a[i].text !== b[i].text) return false;
  return true;
}

/**
 * A small least-recently-used cache of prepared sources (segmented, indexed, with their lexicon),
 * keyed by the sources' ids and texts. RAG apps and evaluations check several answers against the
 * same documents; preparing a ~1k-word source costs about as much as checking its claims.
 */
export class SourceCache<V> {
  private entries = new Map<string, V>();

  constructor(
    private readonly maxEntries: number,
    private readonly maxKeyChars: number,
  ) {}

  /** The cached value for these sources, or `make()`'s, remembered when the sources are not too large. */
  get(sources: { id: string; text: string }[], make: () => V): V {
    const size = sources.reduce((n, s) => n + s.id.length + s.text.length, 0);
    if (size > this.maxKeyChars || this.maxEntries === 0) return make();
    const key = sources.map((s) => `${s.id.length}:${s.id}${s.text.length}:${s.text}`).join('');
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const value = make();
    this.entries.set(key, value);
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    return value;
  }
}

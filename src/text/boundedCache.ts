/**
 * A bounded cache for hot lookups: two generations of plain Maps. New entries go to the young one;
 * when it holds half the bound it becomes the old one and the previous old one is dropped, so an
 * entry used since the last turn survives (read from the old generation, it is copied to the young one).
 * Close to least-recently-used, at the cost of a Map lookup or two: in CPU profiles of warm checks,
 * lru-cache's reads were ~5% of the time (WordNet lookups), this cache's ~3% (mostly hashing new keys:
 * a number key, as for synsets, needs none).
 */
export class BoundedCache<V, K extends string | number = string> {
  private young = new Map<K, V>();
  private old = new Map<K, V>();

  constructor(readonly max: number) {}

  get(key: K): V | undefined {
    const found = this.young.get(key);
    if (found !== undefined) return found;
    const kept = this.old.get(key);
    if (kept !== undefined) this.set(key, kept);
    return kept;
  }

  set(key: K, value: V): void {
    this.young.set(key, value);
    if (this.young.size >= this.max / 2) {
      this.old = this.young;
      this.young = new Map();
    }
  }

  /** Entries held (one copied from old to young counts twice), never more than `max`. */
  get size(): number {
    return this.young.size + this.old.size;
  }
}

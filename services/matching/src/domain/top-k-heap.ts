/**
 * Bounded min-heap keeping the k best (score desc, then id asc) docs seen. The root is the
 * worst kept doc, so a candidate is compared with one entry.
 */
export class TopKHeap {
  private readonly scores: Float64Array;
  private readonly docs: Int32Array;
  size = 0;
  /** Bumped whenever the kept set changes. */
  version = 0;

  /** `before(a, b)`: doc a's startup id sorts before doc b's (the tie-break). */
  constructor(
    readonly k: number,
    private readonly before: (a: number, b: number) => boolean,
  ) {
    this.scores = new Float64Array(Math.max(1, k));
    this.docs = new Int32Array(Math.max(1, k));
  }

  get full(): boolean {
    return this.size >= this.k;
  }

  /** Score of the worst kept doc (-Infinity while not full). */
  get threshold(): number {
    return this.full ? (this.scores[0] ?? 0) : Number.NEGATIVE_INFINITY;
  }

  /** The worst kept doc (valid when size > 0). */
  get minDoc(): number {
    return this.docs[0] ?? -1;
  }

  /** a ranks below b */
  private worse(sa: number, da: number, sb: number, db: number): boolean {
    return sa < sb || (sa === sb && this.before(db, da));
  }

  offer(score: number, doc: number): void {
    if (this.k <= 0) return;
    this.version++;
    if (this.size < this.k) {
      let i = this.size++;
      while (i > 0) {
        const p = (i - 1) >> 1;
        if (!this.worse(score, doc, this.scores[p] ?? 0, this.docs[p] ?? 0)) break;
        this.scores[i] = this.scores[p] ?? 0;
        this.docs[i] = this.docs[p] ?? 0;
        i = p;
      }
      this.scores[i] = score;
      this.docs[i] = doc;
      return;
    }
    if (!this.worse(this.scores[0] ?? 0, this.docs[0] ?? 0, score, doc)) {
      this.version--;
      return;
    }
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= this.size) break;
      const r = l + 1;
      let c = l;
      if (
        r < this.size &&
        this.worse(this.scores[r] ?? 0, this.docs[r] ?? 0, this.scores[l] ?? 0, this.docs[l] ?? 0)
      )
        c = r;
      if (!this.worse(this.scores[c] ?? 0, this.docs[c] ?? 0, score, doc)) break;
      this.scores[i] = this.scores[c] ?? 0;
      this.docs[i] = this.docs[c] ?? 0;
      i = c;
    }
    this.scores[i] = score;
    this.docs[i] = doc;
  }

  /** Kept entries, best first. */
  sorted(): { doc: number; score: number }[] {
    const out: { doc: number; score: number }[] = [];
    for (let i = 0; i < this.size; i++)
      out.push({ doc: this.docs[i] ?? 0, score: this.scores[i] ?? 0 });
    return out.sort((a, b) => b.score - a.score || (this.before(a.doc, b.doc) ? -1 : 1));
  }
}

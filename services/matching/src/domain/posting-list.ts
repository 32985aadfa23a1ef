import { GrowableInt32 } from './growable-array.js';

/** Lists at least this long also keep a bitmap of their docs (for word-wise joins). */
export const BITMAP_MIN_LENGTH = 2048;

/**
 * Docs of one postings list in ascending doc order, each with a copy of the doc's sector mask
 * (`words` ints) stored alongside, so walking a list reads masks sequentially instead of
 * jumping around a per-doc array. Long lists also keep a bitmap over doc numbers.
 */
export class PostingList {
  readonly docs = new GrowableInt32(4);
  readonly masks: GrowableInt32;
  bits: Int32Array | null = null;

  constructor(readonly words: number) {
    this.masks = new GrowableInt32(4 * Math.max(1, words));
  }

  get length(): number {
    return this.docs.length;
  }

  push(doc: number, mask: Int32Array): void {
    this.docs.push(doc);
    for (let w = 0; w < this.words; w++) this.masks.push(mask[w] ?? 0);
    if (this.bits) this.setBit(doc);
    else if (this.docs.length >= BITMAP_MIN_LENGTH) this.buildBits();
  }

  private setBit(doc: number): void {
    let bits = this.bits as Int32Array;
    const word = doc >>> 5;
    if (word >= bits.length) {
      const next = new Int32Array(Math.max(word + 1, bits.length * 2));
      next.set(bits);
      bits = next;
      this.bits = next;
    }
    bits[word] = (bits[word] ?? 0) | (1 << (doc & 31));
  }

  private buildBits(): void {
    const last = this.docs.data[this.docs.length - 1] ?? 0;
    this.bits = new Int32Array((last >>> 5) + 1);
    for (let i = 0; i < this.docs.length; i++) this.setBit(this.docs.data[i] ?? 0);
  }
}

/** An append-only Int32Array that doubles when full (postings, forward entries). */
export class GrowableInt32 {
  data: Int32Array;
  length = 0;

  constructor(capacity = 4) {
    this.data = new Int32Array(Math.max(1, capacity));
  }

  push(value: number): void {
    if (this.length === this.data.length) this.grow(this.length + 1);
    this.data[this.length++] = value;
  }

  /** Makes sure index `i` can be written (fills new slots with `fill`). */
  ensure(i: number, fill = 0): void {
    if (i < this.data.length) return;
    const old = this.data.length;
    this.grow(i + 1);
    if (fill !== 0) this.data.fill(fill, old);
  }

  private grow(min: number): void {
    let cap = this.data.length * 2;
    while (cap < min) cap *= 2;
    const next = new Int32Array(cap);
    next.set(this.data);
    this.data = next;
  }

  /** Shrinks capacity to the used length (after bulk building). */
  trim(): void {
    if (this.data.length > this.length) this.data = this.data.slice(0, Math.max(1, this.length));
  }
}

/** A growable Float32Array for per-entry strengths. */
export class GrowableFloat32 {
  data: Float32Array;
  length = 0;

  constructor(capacity = 4) {
    this.data = new Float32Array(Math.max(1, capacity));
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Float32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }

  trim(): void {
    if (this.data.length > this.length) this.data = this.data.slice(0, Math.max(1, this.length));
  }
}

/** Interns strings to dense integer ids. */
export class Interner {
  private readonly ids = new Map<string, number>();
  readonly values: string[] = [];

  intern(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.ids.set(value, id);
      this.values.push(value);
    }
    return id;
  }

  lookup(value: string): number | undefined {
    return this.ids.get(value);
  }
}

import fc from 'fast-check';

/**
 * Generated request bodies for fuzzing a write route: mostly invalid (wrong types, missing
 * fields, huge strings, odd unicode, prototype-pollution keys, deep nesting, broken bytes),
 * some valid. Shared by the services' fuzz tests.
 */

/** Characters that break naive code: bidi controls, joiners, emoji, NUL and other controls. */
export const ODD_CHARS = [
  'a',
  'Z',
  'ş',
  'İ',
  'م',
  'ی',
  'ـ',
  '\u200c', // ZWNJ
  '\u200d', // ZWJ
  '\u200e', // LRM
  '\u200f', // RLM
  '\u202a', // LRE
  '\u202e', // RLO
  '\u2066', // LRI
  '\u2069', // PDI
  '\u061c', // ALM
  '\ufeff', // BOM
  '\u0301', // combining acute
  '\u0000',
  '\u0007',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u2028',
  '\ud800', // lone surrogate
  '\udc00',
  '🚀',
  '👩‍💻',
  '🇹🇷',
  ' ',
  '\n',
  '\t',
  '<',
  '>',
  '"',
  "'",
  '\\',
  '$',
  '.',
  '{',
  '%',
  '&',
] as const;

/** A string of odd characters (bidi marks, ZWNJ, emoji, NUL, lone surrogates...). */
export const oddString = (maxLength = 40) =>
  fc.array(fc.constantFrom(...ODD_CHARS), { maxLength }).map((cs) => cs.join(''));

/** Plain strings that are valid text in any of the platform's languages. */
export const tameString = () =>
  fc
    .array(fc.constantFrom('a', 'b', 'ş', 'م', 'ی', ' ', '\u200c', '🚀', 'é', '1'), {
      minLength: 1,
      maxLength: 30,
    })
    .map((cs) => `x${cs.join('')}`);

const POLLUTION_KEYS = ['__proto__', 'constructor', 'prototype', '$where', '$set', 'a.b'];

/** A value of a wrong or hostile kind for any field. */
export const hostileValue = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.constant(null),
    fc.boolean(),
    fc.integer(),
    fc.double(),
    fc.constantFrom(Number.MAX_SAFE_INTEGER, -1, 0, 1e308),
    fc.constant(''),
    oddString(),
    fc.string({ unit: 'binary', maxLength: 30 }),
    fc.nat({ max: 70_000 }).map((n) => 'x'.repeat(n)),
    fc.array(oddString(8), { maxLength: 5 }),
    fc.nat({ max: 30 }).map((n) => Array.from({ length: n * 100 }, (_, i) => `t${i}`)),
    fc.dictionary(fc.constantFrom(...POLLUTION_KEYS, 'x'), fc.jsonValue({ maxDepth: 2 }), {
      maxKeys: 3,
    }),
    fc.jsonValue({ maxDepth: 2 }),
    fc.nat({ max: 300 }).map((d) => nested(d)),
  );

function nested(depth: number): unknown {
  let v: unknown = 'deep';
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { a: v };
  return v;
}

/** A JSON text with `key` set as an own property at the top level (JSON.stringify drops __proto__ set by assignment). */
function withRawKey(body: Record<string, unknown>, key: string, value: unknown): string {
  const text = JSON.stringify(body);
  const extra = `${JSON.stringify(key)}:${JSON.stringify(value) ?? 'null'}`;
  return text === '{}' ? `{${extra}}` : `${text.slice(0, -1)},${extra}}`;
}

export type FuzzPayload =
  | { kind: 'json'; body: unknown }
  | { kind: 'raw'; body: string | Buffer; contentType?: string }
  | { kind: 'valid'; body: Record<string, unknown> };

/** A payload and its content type, ready for `app.inject`. */
export function injectable(p: FuzzPayload): {
  payload: string | Buffer;
  headers: Record<string, string>;
} {
  if (p.kind === 'raw') {
    return {
      payload: p.body,
      headers: { 'content-type': p.contentType ?? 'application/json' },
    };
  }
  return {
    payload: JSON.stringify(p.body) ?? 'null',
    headers: { 'content-type': 'application/json' },
  };
}

export interface FuzzBodyOptions {
  /** A valid body to mutate (and to send as it is, now and then). */
  valid: () => Record<string, unknown>;
  /** Valid variations: each valid field may be replaced by one of these (keep them valid). */
  validVariations?: Record<string, fc.Arbitrary<unknown>>;
  /** Share of valid bodies, 0..1 (default 0.02). */
  validShare?: number;
}

/**
 * Bodies for one write route: ~2% valid (with odd but allowed text), the rest mutations of the
 * valid body (a field of a wrong kind, a field missing, an unknown or prototype-polluting key),
 * arbitrary JSON, raw text that is not JSON, invalid UTF-8, deep nesting and wrong content types.
 */
export function fuzzBody(opts: FuzzBodyOptions): fc.Arbitrary<FuzzPayload> {
  const base = opts.valid();
  const keys = Object.keys(base);
  const variations = opts.validVariations ?? {};
  const validShare = Math.round((opts.validShare ?? 0.02) * 1000);

  const valid: fc.Arbitrary<FuzzPayload> = fc
    .record(
      Object.fromEntries(
        Object.entries(variations).map(([k, arb]) => [k, fc.option(arb, { nil: undefined })]),
      ),
    )
    .map((over) => {
      const body = opts.valid();
      for (const [k, v] of Object.entries(over)) if (v !== undefined) body[k] = v;
      return { kind: 'valid' as const, body };
    });

  const mutated: fc.Arbitrary<FuzzPayload> = fc
    .record({
      replace: fc.subarray(keys, {
        minLength: Math.min(1, keys.length),
        maxLength: Math.min(3, keys.length),
      }),
      values: fc.array(hostileValue(), { minLength: 3, maxLength: 3 }),
      drop: fc.subarray(keys, { maxLength: Math.min(2, keys.length) }),
      extra: fc.option(fc.constantFrom('status', 'version', 'orgId', 'id', '_id', 'outbox', 'x'), {
        nil: undefined,
      }),
    })
    .map(({ replace, values, drop, extra }) => {
      const body: Record<string, unknown> = opts.valid();
      replace.forEach((k, i) => {
        body[k] = values[i % values.length];
      });
      for (const k of drop) delete body[k];
      if (extra) body[extra] = values[0] ?? 'x';
      return { kind: 'json' as const, body };
    });

  const polluted: fc.Arbitrary<FuzzPayload> = fc
    .record({
      key: fc.constantFrom('__proto__', 'constructor', 'prototype'),
      value: fc.constantFrom<unknown>(
        { admin: true },
        { prototype: { admin: true } },
        { role: 'admin' },
        null,
        'x',
      ),
      drop: fc.boolean(),
    })
    .map(({ key, value, drop }) => {
      const body = opts.valid();
      if (drop && keys[0]) delete body[keys[0]];
      return { kind: 'raw' as const, body: withRawKey(body, key, value) };
    });

  const raw: fc.Arbitrary<FuzzPayload> = fc.oneof(
    fc.string({ maxLength: 50 }).map((s) => ({ kind: 'raw' as const, body: s })),
    fc.nat({ max: 20_000 }).map((n) => ({ kind: 'raw' as const, body: '['.repeat(n) })),
    fc.nat({ max: 2000 }).map((n) => ({
      kind: 'raw' as const,
      body: `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`,
    })),
    fc
      .constantFrom('', 'null', '[]', '"x"', '1', 'true', '{', '{"a":1', '{}'.repeat(3))
      .map((s) => ({ kind: 'raw' as const, body: s })),
    fc
      .record({
        cut: fc.nat({ max: 200 }),
        bytes: fc.constantFrom([0xff], [0xc0, 0xaf], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0x00]),
      })
      .map(({ cut, bytes }) => {
        const text = JSON.stringify(base);
        const at = Math.min(cut, text.length - 2);
        const insert = text.indexOf('"', at) + 1 || 1;
        return {
          kind: 'raw' as const,
          body: Buffer.concat([
            Buffer.from(text.slice(0, insert)),
            Buffer.from(bytes),
            Buffer.from(text.slice(insert)),
          ]),
        };
      }),
    fc
      .constantFrom(
        'text/plain',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
        'application/xml',
        'application/json; charset=latin1',
      )
      .map((contentType) => ({ kind: 'raw' as const, body: JSON.stringify(base), contentType })),
  );

  const anything: fc.Arbitrary<FuzzPayload> = fc
    .oneof(fc.jsonValue({ maxDepth: 3 }), fc.anything({ maxDepth: 2 }))
    .map((body) => ({ kind: 'json' as const, body }));

  return fc.oneof(
    { arbitrary: valid, weight: validShare },
    { arbitrary: keys.length > 0 ? mutated : anything, weight: 600 },
    { arbitrary: polluted, weight: 80 },
    { arbitrary: raw, weight: 150 },
    { arbitrary: anything, weight: Math.max(0, 170 - validShare) },
  );
}

/** The seed a fuzz run uses (FUZZ_SEED to replay one) and how many runs (FUZZ_RUNS). */
export function fuzzSettings(defaultRuns = 10_000): { seed: number; runs: number } {
  const seed = Number(process.env['FUZZ_SEED'] ?? Date.now() % 2_147_483_647);
  const runs = Number(process.env['FUZZ_RUNS'] ?? defaultRuns);
  return { seed, runs };
}

/** `runs` samples of `arb`, reproducible from `seed`. */
export function sampleFuzz<T>(arb: fc.Arbitrary<T>, seed: number, runs: number): T[] {
  return fc.sample(arb, { seed, numRuns: runs });
}

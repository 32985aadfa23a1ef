import t from 'tap';
import {
  signUnsubscribeToken,
  verifyUnsubscribeToken,
} from '../../src/domain/unsubscribe-token.js';

const SECRET = 'a-test-secret-of-thirty-two-bytes!';
const EXPIRES = new Date('2026-06-01T00:00:00Z');
const BEFORE = new Date('2026-05-31T23:59:59Z');

const tokenA = signUnsubscribeToken({ startupId: 'stp-a', expiresAt: EXPIRES }, SECRET);
const tokenB = signUnsubscribeToken({ startupId: 'stp-b', expiresAt: EXPIRES }, SECRET);

t.test('a token verifies to its startup until it expires', async (t) => {
  t.match(tokenA, /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/, 'compact and URL-safe');
  t.ok(tokenA.length < 120, `short enough for a link (${tokenA.length} chars)`);
  t.same(verifyUnsubscribeToken(tokenA, SECRET, BEFORE), {
    ok: true,
    startupId: 'stp-a',
    expiresAt: EXPIRES,
  });
  t.same(
    verifyUnsubscribeToken(tokenA, SECRET, EXPIRES),
    { ok: false, reason: 'expired' },
    'expired at expiresAt',
  );
  t.same(verifyUnsubscribeToken(tokenA, SECRET, new Date('2027-01-01T00:00:00Z')), {
    ok: false,
    reason: 'expired',
  });
});

t.test("a token cannot be turned into another startup's", async (t) => {
  const [, signatureA] = tokenA.split('.');
  const [payloadB] = tokenB.split('.');
  t.same(verifyUnsubscribeToken(`${payloadB}.${signatureA}`, SECRET, BEFORE), {
    ok: false,
    reason: 'bad_signature',
  });
  const forgedPayload = Buffer.from(JSON.stringify({ s: 'stp-b', e: 1780272000 })).toString(
    'base64url',
  );
  t.same(verifyUnsubscribeToken(`${forgedPayload}.${signatureA}`, SECRET, BEFORE), {
    ok: false,
    reason: 'bad_signature',
  });
  const later = Buffer.from(JSON.stringify({ s: 'stp-a', e: 4102444800 })).toString('base64url');
  t.same(
    verifyUnsubscribeToken(`${later}.${signatureA}`, SECRET, BEFORE),
    { ok: false, reason: 'bad_signature' },
    'expiry cannot be extended',
  );
});

t.test('forged signatures and other secrets are refused', async (t) => {
  const [payload, signature] = tokenA.split('.') as [string, string];
  const flipped = `${signature.slice(0, -1)}${signature.endsWith('A') ? 'B' : 'A'}`;
  t.same(verifyUnsubscribeToken(`${payload}.${flipped}`, SECRET, BEFORE), {
    ok: false,
    reason: 'bad_signature',
  });
  t.same(verifyUnsubscribeToken(`${payload}.${signature.slice(0, 20)}`, SECRET, BEFORE), {
    ok: false,
    reason: 'bad_signature',
  });
  t.same(verifyUnsubscribeToken(tokenA, 'another-secret-of-sufficient-size', BEFORE), {
    ok: false,
    reason: 'bad_signature',
  });
  t.same(
    verifyUnsubscribeToken(tokenA, Buffer.from(SECRET), BEFORE).ok,
    true,
    'a Buffer secret works too',
  );
});

t.test('malformed tokens', async (t) => {
  for (const token of [
    '',
    'abc',
    'a.b.c',
    `${tokenA}.x`,
    'ab$c.def',
    'abc.de+f',
    `${tokenA} `,
    '.abc',
  ]) {
    t.same(
      verifyUnsubscribeToken(token, SECRET, BEFORE),
      { ok: false, reason: 'malformed' },
      JSON.stringify(token),
    );
  }
});

t.test('weak secrets and bad claims are refused when signing', async (t) => {
  t.throws(
    () => signUnsubscribeToken({ startupId: 'stp-a', expiresAt: EXPIRES }, 'short'),
    RangeError,
  );
  t.throws(() => verifyUnsubscribeToken(tokenA, '', BEFORE), RangeError);
  t.throws(() => signUnsubscribeToken({ startupId: '', expiresAt: EXPIRES }, SECRET), RangeError);
  t.throws(
    () => signUnsubscribeToken({ startupId: 'stp-a', expiresAt: new Date('nope') }, SECRET),
    RangeError,
  );
});

t.test('startup ids with any characters survive the round trip', async (t) => {
  const id = 'استارتاپ/۴۲?&=.';
  const token = signUnsubscribeToken({ startupId: id, expiresAt: EXPIRES }, SECRET);
  t.match(token, /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
  t.same(verifyUnsubscribeToken(token, SECRET, BEFORE), {
    ok: true,
    startupId: id,
    expiresAt: EXPIRES,
  });
});

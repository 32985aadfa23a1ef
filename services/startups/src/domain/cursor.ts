import { InvalidCursor } from '../errors.js';

const ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

/** An opaque page cursor: the id of the last item served (lists are ordered by id, newest first). */
export function encodeCursor(lastId: string): string {
  return Buffer.from(JSON.stringify({ after: lastId }), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): string {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    const after = (parsed as { after?: unknown }).after;
    if (typeof after === 'string' && ID.test(after)) return after;
  } catch {
    // falls through to the refusal
  }
  throw new InvalidCursor();
}

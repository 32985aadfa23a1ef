import { etagOf, ifMatchAdmits } from '@citymatch/service-kit';
import { PreconditionFailed, PreconditionRequired } from '../errors.js';

/** Refuse a write whose If-Match does not name the current version (missing: 428 when required). */
export function checkIfMatch(
  header: string | undefined,
  version: number,
  opts: { required: boolean },
): void {
  if (header === undefined || header === '') {
    if (opts.required) throw new PreconditionRequired();
    return;
  }
  if (!ifMatchAdmits(header, version)) throw new PreconditionFailed(header, etagOf(version));
}

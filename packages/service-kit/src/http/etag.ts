/** The ETag of an aggregate at `version` (strong: the version names one exact state). */
export function etagOf(version: number): string {
  return `"v${version}"`;
}

/** Does an `If-Match` header value admit the aggregate at `version`? (`*` admits any.) */
export function ifMatchAdmits(header: string, version: number): boolean {
  const wanted = etagOf(version);
  return header
    .split(',')
    .map((tag) => tag.trim())
    .some((tag) => tag === '*' || tag === wanted);
}

/** The edition shown and the one compared with live in the address, so a view can be shared as a link. */
export interface MethodologySearch {
  edisi?: string | undefined;
  banding?: string | undefined;
}

const refPattern = /^[a-z0-9]+(-[a-z0-9]+)*@[0-9A-Za-z][0-9A-Za-z.-]*$/;

export function parseMethodologySearch(search: Record<string, unknown>): MethodologySearch {
  const refOf = (value: unknown) =>
    typeof value === 'string' && value.length <= 120 && refPattern.test(value) ? value : undefined;
  return { edisi: refOf(search.edisi), banding: refOf(search.banding) };
}

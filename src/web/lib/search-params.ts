/**
 * The address's query stays text, as typed or shared: `?provinsi=16` is the province code "16", and
 * `?search=16.10` keeps its zero (the router's default JSON reading turns them into numbers, so a hand-typed
 * or pasted filter was dropped). Each route's validateSearch turns text into numbers or flags itself.
 */
export function parsePlainSearch(searchText: string): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(searchText.replace(/^\?/, '')));
}

/** Writes filters the same plain way (no quotes around "16"); empty values are left out. */
export function stringifyPlainSearch(search: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

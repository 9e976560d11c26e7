/**
 * Bump when the open-data columns or the CSV/XLSX layout change: exports kept under the old number are then
 * built anew.
 */
// 2: the XLSX has Indonesian headers, readable labels and a "Kamus data" sheet (the CSV is unchanged).
export const publicExportLayoutVersion = 2;

const defaultMaxBytes = 32 * 1024 * 1024;

/**
 * Open-data exports (CSV/XLSX/JSON of a published results table) built once per set of visible snapshots and
 * reused: published rows never change, so the key (snapshot ids, query, format, layout version) names the
 * bytes for good. Building a national XLSX takes seconds of the event loop; answering from here takes none.
 * Bounded by bytes, least recently used dropped first; concurrent requests for one key share one build.
 */
export function createPublicExportCache(maxBytes = defaultMaxBytes) {
  const entries = new Map<string, Buffer>();
  const building = new Map<string, Promise<Buffer>>();
  let totalBytes = 0;

  const keep = (key: string, bytes: Buffer) => {
    if (bytes.length > maxBytes) return;
    entries.set(key, bytes);
    totalBytes += bytes.length;
    for (const [oldKey, old] of entries) {
      if (totalBytes <= maxBytes) break;
      entries.delete(oldKey);
      totalBytes -= old.length;
    }
  };

  return {
    get(key: string, build: () => Promise<Buffer>): Promise<Buffer> {
      const hit = entries.get(key);
      if (hit) {
        // Map order is insertion order: move the hit to the back, the most recently used end.
        entries.delete(key);
        entries.set(key, hit);
        return Promise.resolve(hit);
      }
      const pending = building.get(key);
      if (pending) return pending;
      const entry = build().then((bytes) => {
        keep(key, bytes);
        return bytes;
      });
      building.set(key, entry);
      // A failed build (e.g. no published year) is not kept.
      void entry.then(
        () => building.delete(key),
        () => building.delete(key),
      );
      return entry;
    },
  };
}
export type PublicExportCache = ReturnType<typeof createPublicExportCache>;

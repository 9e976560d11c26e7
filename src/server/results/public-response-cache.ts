import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

export interface CachedResponse {
  body: Buffer;
  /** The same body gzipped once, for clients that accept it (a phone on a slow network). */
  gzipped: Buffer;
  etag: string;
}

/**
 * Serialised public answers keyed by the snapshot ids they were built from. Published snapshots never change,
 * so an entry is valid for as long as the same snapshots are the visible ones, in every app process.
 */
export function createPublicResponseCache(maxEntries = 500) {
  const entries = new Map<string, Promise<CachedResponse>>();
  return {
    get(key: string, build: () => Promise<unknown>): Promise<CachedResponse> {
      const hit = entries.get(key);
      if (hit) return hit;
      const entry = build().then((value) => {
        const body = Buffer.from(JSON.stringify(value));
        const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
        return { body, gzipped: gzipSync(body), etag };
      });
      // A failed build (e.g. a 404) is not kept.
      entry.catch(() => entries.delete(key));
      if (entries.size >= maxEntries) entries.clear();
      entries.set(key, entry);
      return entry;
    },
  };
}
export type PublicResponseCache = ReturnType<typeof createPublicResponseCache>;

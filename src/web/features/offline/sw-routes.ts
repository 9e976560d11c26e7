/** Cache names of the service worker; cleared when the user signs out. */
export const apiCacheName = 'patuh-field-data';
export const evidenceCacheName = 'patuh-evidence';

/** Downloads that are large, printed or exported: fetched when asked, never kept for offline use. */
const notKept = /\.(?:zip|pdf|xlsx|csv)$|\/(?:documents|exports?|audit)\b/;

/** A read of the API the signed-in app may need offline (its own account, cycles, loci, units, forms). */
export function isFieldDataRead(url: URL): boolean {
  if (url.origin !== self.location.origin || !url.pathname.startsWith('/api/')) return false;
  if (url.pathname.startsWith('/api/uploads') || isEvidenceFile(url)) return false;
  return !notKept.test(url.pathname);
}

export function isEvidenceFile(url: URL): boolean {
  return (
    url.origin === self.location.origin && /^\/api\/cycles\/.+\/evidence\/[^/]+\/file$/.test(url.pathname)
  );
}

/** Removes the offline copies of the account's data, so the next person at this device sees none of it. */
export async function clearOfflineCopies(): Promise<void> {
  if (typeof caches === 'undefined') return;
  await Promise.all([caches.delete(apiCacheName), caches.delete(evidenceCacheName)]);
}

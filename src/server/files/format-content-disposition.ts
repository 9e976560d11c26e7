import { sanitiseFileName } from './sanitise-file-name';

/**
 * A Content-Disposition header for a download: the name goes through `sanitiseFileName` (so a stored name from
 * before sanitising, or a generated one holding an entity name, can never break the header), with an ASCII
 * fallback for old clients and the exact name as RFC 5987 `filename*`.
 */
export function formatContentDisposition(kind: 'attachment' | 'inline', fileName: string): string {
  const safeName = sanitiseFileName(fileName);
  const asciiName = safeName.replace(/[^\w.\- ()[\]]+/g, '_');
  const encodedName = encodeURIComponent(safeName).replace(
    /['()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${kind}; filename="${asciiName}"; filename*=UTF-8''${encodedName}`;
}

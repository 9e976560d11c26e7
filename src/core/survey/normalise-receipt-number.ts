/**
 * A registration or receipt number as typed on a phone, in one form so that "ab-12 3" and "AB-123" are the same
 * service: spaces dropped, letters upper case. Null when nothing usable is left (too short, too long, or
 * characters no receipt carries), so the page can say so.
 */
export function normaliseReceiptNumber(input: string): string | null {
  const compact = input.replace(/\s+/g, '').toUpperCase();
  if (compact.length < 3 || compact.length > 64) return null;
  return /^[A-Z0-9./_-]+$/.test(compact) ? compact : null;
}

/** Longest name kept, in characters (code points): well under the 255-byte limit of common file systems. */
export const maxFileNameLength = 120;

// C0 and C1 controls (CR, LF, TAB, NUL included), DEL, and the invisible characters that reorder or hide text
// (bidi overrides such as U+202E turn "fdp.exe" into what reads as "exe.pdf"; zero-width spaces, BOM).
function isInvisible(character: string): boolean {
  const code = character.codePointAt(0) ?? 0;
  return (
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x2028 && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x2069) ||
    code === 0xfeff
  );
}
// Reserved on Windows (and quotes break a Content-Disposition header); path separators go earlier.
const reservedCharacters = /[<>:"|?*]/g;
// Device names Windows refuses as a file name, with or without an extension.
const windowsDeviceName = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;
const extensionPattern = /\.([A-Za-z0-9]{1,10})$/;

/**
 * The one place an uploaded file's name is made safe, for storage, listings, ZIP paths and Content-Disposition:
 * only its last path segment (either separator), no control or invisible characters (so no CR/LF header
 * injection), no Windows-reserved characters or device names, no leading or trailing dots or spaces, at most
 * `maxFileNameLength` characters with the extension kept, and never empty (`fallbackStem` stands in).
 */
export function sanitiseFileName(name: string, fallbackStem = 'berkas'): string {
  const lastSegment = name.normalize('NFC').split(/[\\/]/).pop() ?? '';
  const cleaned = [...lastSegment]
    .filter((character) => !isInvisible(character))
    .join('')
    .replace(reservedCharacters, '_')
    .replace(/\s+/g, ' ')
    .replace(/[\s.]+$/, '');
  // The extension is taken before leading dots go, so ".pdf" keeps it and becomes "berkas.pdf".
  const extension = extensionPattern.exec(cleaned)?.[0] ?? '';
  let stem = cleaned
    .slice(0, cleaned.length - extension.length)
    .replace(/^[\s.]+/, '')
    .replace(/[\s.]+$/, '');
  if (stem === '') stem = fallbackStem;
  if (windowsDeviceName.test(stem)) stem = `_${stem}`;
  const stemCharacters = [...stem];
  const room = maxFileNameLength - extension.length;
  const capped = stemCharacters.length > room ? stemCharacters.slice(0, room).join('').trimEnd() : stem;
  return `${capped}${extension}`;
}

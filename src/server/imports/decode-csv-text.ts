/**
 * The text of a CSV file, whatever Excel saved it as: UTF-8 with or without a byte-order mark, UTF-16 ("Unicode
 * text", with its BOM), or, when the bytes are not valid UTF-8, Windows-1252 — what Excel on an Indonesian or
 * English Windows writes for "CSV (Comma delimited)". Valid UTF-8 is almost never valid by accident in
 * Windows-1252 text with accents (é is the lone byte E9 there, an invalid UTF-8 sequence), so the first decoder
 * that accepts every byte wins.
 */
export function decodeCsvText(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf]))
    return { text: decode('utf-8', bytes.subarray(3)), encoding: 'utf-8' };
  if (startsWith(bytes, [0xff, 0xfe]))
    return { text: decode('utf-16le', bytes.subarray(2)), encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff]))
    return { text: decode('utf-16be', bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

/**
 * Bytes 0x80–0x9F of Windows-1252 (€, curly quotes, dashes, …). Node's TextDecoder reads the 'windows-1252'
 * label as ISO-8859-1 and turns these into control characters, so they are mapped here; the other bytes are
 * the same in both.
 */
const windows1252High =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const slice = 8192;
  for (let start = 0; start < bytes.length; start += slice) {
    const codes = Array.from(bytes.subarray(start, start + slice), (byte) =>
      byte >= 0x80 && byte <= 0x9f ? windows1252High.charCodeAt(byte - 0x80) : byte,
    );
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

function decode(encoding: CsvEncoding, bytes: Uint8Array): string {
  return new TextDecoder(encoding).decode(bytes);
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

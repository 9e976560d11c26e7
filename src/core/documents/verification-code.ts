/**
 * Short codes printed on a piagam (and encoded in its QR code) so anyone can check the certificate online.
 *
 * Format: 9 data symbols + 1 check symbol, shown as `XXXX-XXXX-XX`. The alphabet leaves out 0, 1, I, L and O
 * so nothing can be misread when a code is typed from paper. It has 31 symbols — a prime — so a weighted
 * sum modulo 31 with position weights 1…10 catches every single-symbol typo (weight × difference is never a
 * multiple of a prime larger than both) and every swap of two neighbouring symbols (the sum changes by the
 * difference of the two values). How the 9 data symbols are chosen is the caller's decision: the renderers
 * derive them from an HMAC of snapshot and subject (see docs/documents.md); random bytes work the same way.
 */
export const VERIFICATION_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const VERIFICATION_DATA_LENGTH = 9;
export const VERIFICATION_CODE_LENGTH = VERIFICATION_DATA_LENGTH + 1;

const BASE = BigInt(VERIFICATION_ALPHABET.length);
const DATA_SPACE = BASE ** BigInt(VERIFICATION_DATA_LENGTH);
/** 8 bytes give 64 bits, ~700 000 times the 31⁹ codes, so reducing modulo 31⁹ is practically unbiased. */
export const VERIFICATION_DIGEST_BYTES = 8;

/** The check symbol that makes Σ position · value ≡ 0 (mod 31) over all 10 symbols. */
export function computeCheckSymbol(data: string): string {
  const values = symbolValues(data);
  if (values === null || values.length !== VERIFICATION_DATA_LENGTH) {
    throw new RangeError(`expected ${VERIFICATION_DATA_LENGTH} symbols of the verification alphabet`);
  }
  const size = VERIFICATION_ALPHABET.length;
  const sum = weightedSum(values);
  // The check sits at weight 10: find c with sum + 10·c ≡ 0 (mod 31); 10⁻¹ ≡ 28 (mod 31).
  const inverseOfTen = 28;
  const check = (((size - (sum % size)) % size) * inverseOfTen) % size;
  return VERIFICATION_ALPHABET.charAt(check);
}

/** A code from at least 8 bytes (an HMAC digest or random bytes): 9 data symbols + check, grouped. */
export function verificationCodeFromBytes(bytes: Uint8Array): string {
  if (bytes.length < VERIFICATION_DIGEST_BYTES) {
    throw new RangeError(`need at least ${VERIFICATION_DIGEST_BYTES} bytes, got ${bytes.length}`);
  }
  let value = 0n;
  for (const byte of bytes.subarray(0, VERIFICATION_DIGEST_BYTES)) value = (value << 8n) | BigInt(byte);
  value %= DATA_SPACE;
  let data = '';
  for (let i = 0; i < VERIFICATION_DATA_LENGTH; i += 1) {
    data = VERIFICATION_ALPHABET.charAt(Number(value % BASE)) + data;
    value /= BASE;
  }
  return formatVerificationCode(data + computeCheckSymbol(data));
}

/** `XXXX-XXXX-XX` from the 10 bare symbols. */
export function formatVerificationCode(symbols: string): string {
  return `${symbols.slice(0, 4)}-${symbols.slice(4, 8)}-${symbols.slice(8)}`;
}

/**
 * The 10 bare symbols of what someone typed — upper-cased, spaces and hyphens removed — or null when it has the
 * wrong length or a symbol outside the alphabet. Does not check the check symbol.
 */
export function normaliseVerificationCode(input: string): string | null {
  const symbols = input.toUpperCase().replace(/[\s-]/g, '');
  if (symbols.length !== VERIFICATION_CODE_LENGTH) return null;
  return symbolValues(symbols) === null ? null : symbols;
}

/** True when the input is a code this scheme could have issued: right length, alphabet and check symbol. */
export function isWellFormedVerificationCode(input: string): boolean {
  const symbols = normaliseVerificationCode(input);
  if (symbols === null) return false;
  const values = symbolValues(symbols);
  return values !== null && weightedSum(values) % VERIFICATION_ALPHABET.length === 0;
}

function symbolValues(symbols: string): number[] | null {
  const values: number[] = [];
  for (const symbol of symbols) {
    const value = VERIFICATION_ALPHABET.indexOf(symbol);
    if (value < 0) return null;
    values.push(value);
  }
  return values;
}

function weightedSum(values: readonly number[]): number {
  return values.reduce((sum, value, position) => sum + (position + 1) * value, 0);
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeCheckSymbol,
  formatVerificationCode,
  isWellFormedVerificationCode,
  normaliseVerificationCode,
  VERIFICATION_ALPHABET,
  verificationCodeFromBytes,
} from '../../../src/core/documents';

const bytes = fc.uint8Array({ minLength: 8, maxLength: 32 });
const symbolsOf = (code: string) => code.replace(/-/g, '');

describe('verification codes', () => {
  it('uses 31 symbols without look-alikes (no 0, 1, I, L, O)', () => {
    expect(VERIFICATION_ALPHABET).toHaveLength(31);
    expect(new Set(VERIFICATION_ALPHABET).size).toBe(31);
    for (const lookAlike of '01ILO') expect(VERIFICATION_ALPHABET).not.toContain(lookAlike);
  });

  it('makes grouped XXXX-XXXX-XX codes that pass their own check', () => {
    fc.assert(
      fc.property(bytes, (input) => {
        const code = verificationCodeFromBytes(input);
        expect(code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{2}$/);
        expect(isWellFormedVerificationCode(code)).toBe(true);
      }),
    );
  });

  it('is deterministic and depends on the first 8 bytes', () => {
    const digest = Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(verificationCodeFromBytes(digest)).toBe(verificationCodeFromBytes(digest));
    expect(verificationCodeFromBytes(digest)).not.toBe(
      verificationCodeFromBytes(Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 9, 9])),
    );
    expect(() => verificationCodeFromBytes(new Uint8Array(7))).toThrow(RangeError);
  });

  it('detects every single-symbol typo', () => {
    fc.assert(
      fc.property(bytes, fc.nat(9), fc.nat(29), (input, position, shift) => {
        const symbols = symbolsOf(verificationCodeFromBytes(input));
        const original = VERIFICATION_ALPHABET.indexOf(symbols.charAt(position));
        const typo = VERIFICATION_ALPHABET.charAt((original + 1 + shift) % 31);
        const mistyped = symbols.slice(0, position) + typo + symbols.slice(position + 1);
        expect(mistyped).not.toBe(symbols);
        expect(isWellFormedVerificationCode(formatVerificationCode(mistyped))).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('detects every swap of two different neighbouring symbols', () => {
    fc.assert(
      fc.property(bytes, fc.nat(8), (input, position) => {
        const symbols = symbolsOf(verificationCodeFromBytes(input));
        const [a, b] = [symbols.charAt(position), symbols.charAt(position + 1)];
        fc.pre(a !== b);
        const swapped = symbols.slice(0, position) + b + a + symbols.slice(position + 2);
        expect(isWellFormedVerificationCode(swapped)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('accepts what people type: lower case, spaces, missing hyphens', () => {
    const code = verificationCodeFromBytes(Uint8Array.from([9, 8, 7, 6, 5, 4, 3, 2]));
    const bare = symbolsOf(code);
    expect(normaliseVerificationCode(` ${code.toLowerCase()} `)).toBe(bare);
    expect(isWellFormedVerificationCode(bare.toLowerCase())).toBe(true);
    expect(isWellFormedVerificationCode(`${bare.slice(0, 5)} ${bare.slice(5)}`)).toBe(true);
  });

  it('refuses wrong lengths and symbols outside the alphabet', () => {
    expect(normaliseVerificationCode('ABCD-EFGH-J')).toBeNull();
    expect(normaliseVerificationCode('ABCD-EFGH-JKM')).toBeNull();
    expect(normaliseVerificationCode('ABCD-EFGH-J0')).toBeNull();
    expect(isWellFormedVerificationCode('OOOO-OOOO-OO')).toBe(false);
    expect(isWellFormedVerificationCode('')).toBe(false);
  });

  it('computes the check symbol that balances the weighted sum', () => {
    // 2222-2222-2 are all value 0, so the check is value 0 ("2") too.
    expect(computeCheckSymbol('222222222')).toBe('2');
    expect(isWellFormedVerificationCode('2222-2222-22')).toBe(true);
    expect(() => computeCheckSymbol('22')).toThrow(RangeError);
  });
});

import { describe, expect, it } from 'vitest';
import { normaliseReceiptNumber } from '../../../../src/core/survey/normalise-receipt-number';

describe('normaliseReceiptNumber', () => {
  it('makes one form of a number however it was typed, so one service counts once', () => {
    expect(normaliseReceiptNumber(' reg-2026 / 0042 ')).toBe('REG-2026/0042');
    expect(normaliseReceiptNumber('REG-2026/0042')).toBe('REG-2026/0042');
    expect(normaliseReceiptNumber('a1.b2_c3')).toBe('A1.B2_C3');
  });

  it('refuses what cannot be a receipt number', () => {
    expect(normaliseReceiptNumber('  ')).toBeNull();
    expect(normaliseReceiptNumber('ab')).toBeNull();
    expect(normaliseReceiptNumber('x'.repeat(65))).toBeNull();
    expect(normaliseReceiptNumber('<script>')).toBeNull();
    expect(normaliseReceiptNumber('nomor; drop')).toBeNull();
  });
});

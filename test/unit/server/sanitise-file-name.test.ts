import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatContentDisposition } from '../../../src/server/files/format-content-disposition';
import { maxFileNameLength, sanitiseFileName } from '../../../src/server/files/sanitise-file-name';

function isControl(character: string): boolean {
  const code = character.codePointAt(0) ?? 0;
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}

/** Path separators, Windows-reserved characters, C0/C1 controls (CR, LF, NUL) and bidi overrides. */
function isForbidden(character: string): boolean {
  const code = character.codePointAt(0) ?? 0;
  return (
    '\\/<>:"|?*'.includes(character) ||
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    (code >= 0x202a && code <= 0x202e)
  );
}

/** Issue #15 finding 12a: one sanitiser for every uploaded file name and every Content-Disposition header. */
describe('sanitiseFileName', () => {
  it('turns the reported attack and its relatives into plain names that keep their extension', () => {
    expect(sanitiseFileName('..\\..\\evil\r\n.pdf')).toBe('evil.pdf');
    expect(sanitiseFileName('../../etc/passwd')).toBe('passwd');
    expect(sanitiseFileName('C:\\Users\\budi\\Desktop\\undangan rapat.pdf')).toBe('undangan rapat.pdf');
    expect(sanitiseFileName('laporan "akhir" <v2>|?*:.pdf')).toBe('laporan _akhir_ _v2_____.pdf');
    expect(sanitiseFileName('foto\u0000\u0007\u009b.jpg')).toBe('foto.jpg');
    // A right-to-left override would show "invoice‮fdp.exe" as "invoiceexe.pdf".
    expect(sanitiseFileName('invoice\u202efdp.exe')).toBe('invoicefdp.exe');
    expect(sanitiseFileName('CON.pdf')).toBe('_CON.pdf');
    expect(sanitiseFileName('  .hidden.pdf. ')).toBe('hidden.pdf');
    expect(sanitiseFileName('Berita Acara Rapat.PDF')).toBe('Berita Acara Rapat.PDF');
  });

  it('is never empty: a name of only separators, dots or controls gets the fallback stem', () => {
    expect(sanitiseFileName('')).toBe('berkas');
    expect(sanitiseFileName('..')).toBe('berkas');
    expect(sanitiseFileName('dir/')).toBe('berkas');
    expect(sanitiseFileName('.pdf')).toBe('berkas.pdf');
    expect(sanitiseFileName('\r\n', 'bukti')).toBe('bukti');
  });

  it('caps the length and keeps the extension', () => {
    const long = sanitiseFileName(`${'a'.repeat(500)}.jpeg`);
    expect(long).toHaveLength(maxFileNameLength);
    expect(long.endsWith('.jpeg')).toBe(true);
    // Counted in characters, so a multi-byte name is never cut inside a character.
    const emoji = sanitiseFileName(`${'😀'.repeat(300)}.png`);
    expect([...emoji]).toHaveLength(maxFileNameLength);
    expect(() => encodeURIComponent(emoji)).not.toThrow();
  });

  it('for any input: no separator, control, reserved character or CR/LF; bounded; not empty; idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (name) => {
        const safe = sanitiseFileName(name);
        expect(safe.length).toBeGreaterThan(0);
        expect([...safe].length).toBeLessThanOrEqual(maxFileNameLength);
        expect([...safe].filter(isForbidden)).toEqual([]);
        expect(safe).not.toMatch(/^[.\s]|[.\s]$/);
        expect(sanitiseFileName(safe)).toBe(safe);
        const extension = /\.[A-Za-z0-9]{1,10}$/.exec(name.replace(/[\s.]+$/, ''))?.[0];
        if (extension && !/[\\/]/.test(extension)) expect(safe.endsWith(extension)).toBe(true);
      }),
      { seed: 20261205, numRuns: 300 },
    );
  }, 30_000);
});

describe('formatContentDisposition', () => {
  it('makes a header value without CR/LF or quotes from any stored name, with the exact name in filename*', () => {
    expect(formatContentDisposition('attachment', '..\\..\\evil\r\n.pdf')).toBe(
      `attachment; filename="evil.pdf"; filename*=UTF-8''evil.pdf`,
    );
    expect(formatContentDisposition('inline', 'Piagam Kota Palembang (2024).pdf')).toBe(
      `inline; filename="Piagam Kota Palembang (2024).pdf"; filename*=UTF-8''Piagam%20Kota%20Palembang%20%282024%29.pdf`,
    );
    expect(formatContentDisposition('attachment', 'Ringkasan Ümum.pdf')).toBe(
      `attachment; filename="Ringkasan _mum.pdf"; filename*=UTF-8''Ringkasan%20%C3%9Cmum.pdf`,
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (name) => {
        const header = formatContentDisposition('attachment', name);
        expect([...header].filter(isControl)).toEqual([]);
        expect(header).toMatch(/^attachment; filename="[^"]*"; filename\*=UTF-8''[A-Za-z0-9%._~!-]*$/);
      }),
      { seed: 20261205, numRuns: 1000 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { isWellFormedVerificationCode } from '../../../../src/core/documents';
import { renderPiagamPdf } from '../../../../src/reports/piagam/render-piagam-pdf';
import { decodeQrOnFirstPage, pdfFontTable, pdfInfo, pdfMetadata, pdfText } from '../read-pdf';
import { buildMubaPiagamInput } from './piagam-fixture';

describe('renderPiagamPdf', () => {
  const input = buildMubaPiagamInput();
  const rendering = renderPiagamPdf(input);

  it('prints the recipient, score with a decimal comma, category, opinion, zone, decree, date and code', async () => {
    const text = pdfText(await rendering);
    expect(text).toContain('PIAGAM PENGHARGAAN');
    expect(text).toContain('OMBUDSMAN REPUBLIK INDONESIA');
    expect(text).toContain('Pemerintah Kabupaten Musi Banyuasin');
    expect(text).toContain('93,31');
    expect(text).toMatch(/NILAI\s+KATEGORI\s+OPINI\s+ZONA/);
    expect(text).toMatch(/93,31\s+A\s+Kualitas Tertinggi\s+HIJAU/);
    expect(text).toContain('Kualitas Tertinggi');
    expect(text).toContain('HIJAU');
    expect(text).toContain('SK 252/2024');
    expect(text).toContain('Palembang, 14 November 2024');
    expect(text).toContain('Nama Kepala Perwakilan');
    expect(isWellFormedVerificationCode(input.verification.code)).toBe(true);
    expect(text).toContain(input.verification.code);
  });

  it('is one A4 landscape page', async () => {
    const info = pdfInfo(await rendering);
    expect(info.Pages).toBe('1');
    expect(info['Page size']).toMatch(/^841\.89 x 595\.28 pts/);
  });

  it('carries a QR code that decodes to the verification URL', async () => {
    expect(input.verification.url).toBe(`https://patuh.example.go.id/verifikasi/${input.verification.code}`);
    expect(decodeQrOnFirstPage(await rendering, 150)).toBe(input.verification.url);
  });

  it('prints a unit certificate with its government, in English, and a non-award title below the best zone', async () => {
    const pdf = await renderPiagamPdf(
      buildMubaPiagamInput({
        language: 'en',
        recipient: { name: 'Dinas Sosial', entityName: 'Pemerintah Kabupaten Musi Banyuasin' },
        score: 58.99,
        category: 'C',
        opinion: { id: 'Kualitas Sedang', en: 'Medium quality' },
        zone: { label: { id: 'Kuning', en: 'Yellow' }, colour: '#f9a825' },
        award: false,
      }),
    );
    const text = pdfText(pdf);
    expect(text).toContain('CERTIFICATE OF ASSESSMENT');
    expect(text).toContain('Dinas Sosial');
    expect(text).toContain('Pemerintah Kabupaten Musi Banyuasin');
    expect(text).toContain('58.99');
    expect(text).toContain('Medium quality');
    expect(text).toContain('YELLOW');
    expect(text).toContain('Palembang, 14 November 2024');
    expect(pdfInfo(pdf).Pages).toBe('1');
  });

  it('keeps a very long name and three signatories on one page', async () => {
    const pdf = await renderPiagamPdf(
      buildMubaPiagamInput({
        recipient: {
          name: 'Kementerian Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi Republik Indonesia',
        },
        signatories: [
          { name: 'Penandatangan Satu', title: 'Ketua Ombudsman RI' },
          { name: 'Penandatangan Dua', title: 'Anggota Ombudsman RI' },
          { name: 'Penandatangan Tiga', title: 'Kepala Perwakilan' },
        ],
      }),
    );
    expect(pdfInfo(pdf).Pages).toBe('1');
    expect(pdfText(pdf)).toContain('Penandatangan Tiga');
  });

  it('embeds every font: PT Serif, and Roboto when a name needs a letter outside WinAnsi', async () => {
    const standard = pdfFontTable(await renderPiagamPdf(buildMubaPiagamInput()));
    expect(standard.map((font) => font.name.replace(/^[A-Z]{6}\+/, ''))).toEqual(
      expect.arrayContaining(['PTSerif-Regular', 'PTSerif-Bold']),
    );
    expect(standard.every((font) => font.embedded)).toBe(true);
    expect(standard.some((font) => font.name.includes('Roboto'))).toBe(false);
    const unusual = buildMubaPiagamInput();
    const withMacron = { ...unusual, recipient: { ...unusual.recipient, name: 'Puskesmas Tānjung Kerang' } };
    const pdf = await renderPiagamPdf(withMacron);
    const fonts = pdfFontTable(pdf);
    expect(fonts.some((font) => font.name.includes('Roboto'))).toBe(true);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((font) => font.embedded)).toBe(true);
    expect(pdfText(pdf)).toContain('Puskesmas Tānjung Kerang');
  });

  it('declares PDF 1.7 and PDF/A-2b', async () => {
    const pdf = await renderPiagamPdf(buildMubaPiagamInput());
    expect(pdfInfo(pdf)['PDF version']).toBe('1.7');
    const metadata = pdfMetadata(pdf);
    expect(metadata).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(metadata).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
  });

  it('refuses a mistyped verification code and a malformed date', async () => {
    const input = buildMubaPiagamInput();
    const code = input.verification.code;
    const typo = `${code.slice(0, 11)}${code.endsWith('2') ? '3' : '2'}`;
    await expect(
      renderPiagamPdf({ ...input, verification: { ...input.verification, code: typo } }),
    ).rejects.toThrow(/not a well-formed verification code/);
    await expect(renderPiagamPdf({ ...input, date: '14-11-2024' })).rejects.toThrow();
  });
});

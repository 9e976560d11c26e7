import { describe, expect, it } from 'vitest';
import { renderDimensionChartSvg } from '../../../../src/reports/rapor/render-dimension-chart-svg';
import { renderRaporPdf } from '../../../../src/reports/rapor/render-rapor-pdf';
import { pdfFontTable, pdfInfo, pdfText } from '../read-pdf';
import { buildMubaRapor } from './rapor-fixture';

describe('renderRaporPdf', () => {
  const weakest = buildMubaRapor().input.weakestIndicators[0]?.indicators[0];
  const { input } = buildMubaRapor({
    assessorNotes: [
      { indicatorCode: weakest?.code ?? '', unitCode: 'dinsos', note: 'dokumen belum diunggah' },
    ],
  });
  const rendering = renderRaporPdf(input);

  it('prints the summary: score, category, zone, ranks and the change since last year', async () => {
    const text = pdfText(await rendering);
    expect(text).toContain('Pemerintah Kabupaten Musi Banyuasin');
    expect(text).toContain('RAPOR KEPATUHAN PENYELENGGARAAN PELAYANAN PUBLIK 2024');
    expect(text).toContain('86,25');
    expect(text).toContain('Kualitas Tinggi');
    expect(text).toContain('Zona Hijau');
    expect(text).toContain('2 dari 17');
    expect(text).toContain('12 dari 416');
    // 86,25 − 91,72 = −5,47
    expect(text).toContain('−5,47 poin');
    expect(pdfText(await rendering, { layout: false })).toMatch(/peringkat\s+provinsi\s+4\s+menjadi\s+2/);
  });

  it('prints every unit with its score, and the dimension table', async () => {
    const text = pdfText(await rendering);
    for (const unit of input.units) {
      expect(text).toContain(unit.name);
      expect(text).toContain(unit.score.toFixed(2).replace('.', ','));
    }
    expect(text).toMatch(/Proses\s+32,37\s%\s+\d+,\d\d/);
  });

  it('prints the weakest indicators with notes and the recommendations with their points', async () => {
    const text = pdfText(await rendering);
    const weak = input.weakestIndicators[0]?.indicators[0];
    expect(text).toContain(weak?.text);
    expect(text).toContain('Catatan asesor: Dinas Sosial: dokumen belum diunggah');
    const first = input.recommendations[0];
    if (first === undefined) throw new Error('no recommendation');
    const points = `+${first.pointsGained.toFixed(2).replace('.', ',')}`;
    expect(text).toMatch(new RegExp(`${first.indicatorCode} · [^\\n]*${escapeRegExp(points)}`));
    expect(text).toContain(`Menuju kategori A: naikkan ${input.nextCategory?.raiseCount} indikator`);
  });

  it('is A4 portrait and embeds the dimension chart as vector graphics', async () => {
    const pdf = await rendering;
    expect(pdfInfo(pdf)['Page size']).toMatch(/^595\.28 x 841\.89 pts/);
    // The chart's value labels are drawn from the SVG as PDF text next to the table's own figures.
    const text = pdfText(pdf);
    const input0 = input.dimensions[0];
    const label = input0?.score.toFixed(2).replace('.', ',') ?? '';
    expect(text.split(label).length - 1).toBeGreaterThanOrEqual(2);
    // No raster image: the chart is paths, not a picture.
    expect(pdf.includes('/Subtype /Image')).toBe(false);
  });

  it('embeds every font it uses, the chart labels included', async () => {
    const fonts = pdfFontTable(await rendering);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((font) => !font.embedded)).toEqual([]);
  });
});

describe('renderRaporPdf on an Opini edition (issue #16)', () => {
  const { input } = buildMubaRapor();
  const opini = {
    ...input,
    year: 2025,
    methodologyTitle: 'Penilaian Maladministrasi / Opini Ombudsman 2025',
    zoneless: true,
    result: { ...input.result, opinion: 'Kualitas Tinggi Tanpa Maladministrasi' },
    opinionElements: [
      { name: 'Instrumen empat dimensi', weight: 70, score: 86.25 },
      { name: 'Kepercayaan masyarakat', weight: 30, score: 80.5 },
      { name: 'Kepatuhan produk pengawasan', weight: 0, score: 100 },
    ],
  };

  it('is titled "RAPOR OPINI OMBUDSMAN RI", never "RAPOR KEPATUHAN", and shows the three elements', async () => {
    const pdf = await renderRaporPdf(opini);
    const text = pdfText(pdf);
    expect(text).toContain('RAPOR OPINI OMBUDSMAN RI 2025');
    expect(text).not.toContain('KEPATUHAN');
    expect(pdfInfo(pdf).Title).toContain('RAPOR OPINI OMBUDSMAN RI');
    expect(text).toContain('Elemen Penilaian Opini');
    expect(text).toMatch(/Instrumen empat dimensi\s+70,00\s%\s+86,25/);
    expect(text).toMatch(/Kepercayaan masyarakat\s+30,00\s%\s+80,50/);
    expect(text).toMatch(/Kepatuhan produk pengawasan\s+0,00\s%\s+100,00/);
    expect(pdfText(pdf, { layout: false }).replace(/\s+/g, ' ')).toContain(
      'Kualitas Tinggi Tanpa Maladministrasi',
    );
    const english = pdfText(await renderRaporPdf({ ...opini, language: 'en' }));
    expect(english).toContain('OMBUDSMAN RI OPINION REPORT CARD 2025');
    expect(english).not.toContain('COMPLIANCE');
    expect(english).toMatch(/Instrumen empat dimensi\s+70\.00%\s+86\.25/);
  });

  it('writes the oversight cut-off and due dates as long dates, not ISO', async () => {
    const withOpen = {
      ...opini,
      oversightCutOff: '2025-12-31',
      openOversightProducts: [
        { kindName: 'Tindakan korektif', number: 'LAHP-1/2025', subject: 'Antrean', dueOn: '2026-01-15' },
      ],
    };
    const text = pdfText(await renderRaporPdf(withOpen)).replace(/\s+/g, ' ');
    expect(text).toContain('per 31 Desember 2025');
    expect(text).toContain('15 Januari 2026');
    expect(text).not.toContain('2025-12-31');
  });
});

describe('renderDimensionChartSvg', () => {
  it('draws one bar per dimension with its name and value', () => {
    const { input } = buildMubaRapor();
    const svg = renderDimensionChartSvg(input);
    expect(svg.startsWith('<svg')).toBe(true);
    for (const dimension of input.dimensions) {
      expect(svg).toContain(dimension.name);
      expect(svg).toContain(dimension.score.toFixed(2).replace('.', ','));
      expect(svg).toContain(dimension.colour);
    }
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

import { once } from 'node:events';
import { createReadStream, createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { scoreEntity } from '../../../../src/core';
import {
  type EntityResultRow,
  entityResultColumns,
  writeEntityResultsCsv,
  writeEntityResultsXlsx,
} from '../../../../src/reports/excel/entity-results-export';
import {
  indicatorScoreRowsOf,
  writeIndicatorScoresXlsx,
} from '../../../../src/reports/excel/indicator-scores-export';
import {
  createRespondentPseudonymiser,
  surveyResponseRowsOf,
  writeSurveyResponsesCsv,
} from '../../../../src/reports/excel/survey-responses-export';
import { formatCsvField } from '../../../../src/reports/excel/write-rows-csv';
import { loadShippedMethodology } from '../../../helpers/methodology-factory';
import { buildMubaEntity } from '../rapor/rapor-fixture';

const folder = mkdtempSync(path.join(tmpdir(), 'patuh-export-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function entityRow(index: number): EntityResultRow {
  return {
    year: 2024,
    methodology: 'ombudsman-kepatuhan@2024',
    entityCode: `E${index}`,
    entityName: `Pemerintah Kabupaten Contoh ${index}, "Uji"`,
    entityKind: 'pemkab',
    provinceCode: '16',
    score: (index % 10_000) / 100,
    category: 'B',
    opinion: 'Kualitas Tinggi',
    zone: 'hijau',
    nationalRank: index + 1,
    provinceRank: null,
  };
}

async function* manyRows(count: number, onProgress: () => void): AsyncGenerator<EntityResultRow> {
  for (let index = 0; index < count; index += 1) {
    if (index % 5000 === 0) onProgress();
    yield entityRow(index);
  }
}

async function finish(stream: NodeJS.WritableStream & { end(): void }): Promise<void> {
  stream.end();
  await once(stream, 'finish');
}

describe('streaming XLSX exports', () => {
  it('writes 100 000 rows with bounded memory and reads back', async () => {
    const file = path.join(folder, 'entities.xlsx');
    const output = createWriteStream(file);
    const before = process.memoryUsage().heapUsed;
    let peak = before;
    const sample = () => {
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    };
    const count = await writeEntityResultsXlsx(manyRows(100_000, sample), output);
    sample();
    await once(output, 'close');
    expect(count).toBe(100_000);
    // Held in memory, 100 000 rows of this size take well over 100 MB in exceljs; streamed, the heap barely
    // moves. The bound is generous so a garbage collector's timing cannot fail the test.
    expect((peak - before) / 1024 / 1024).toBeLessThan(96);

    const reader = new ExcelJS.stream.xlsx.WorkbookReader(createReadStream(file), {});
    let rows = 0;
    let header: unknown[] = [];
    let last: unknown[] = [];
    for await (const sheet of reader) {
      for await (const row of sheet) {
        const values = Array.isArray(row.values) ? row.values.slice(1) : [];
        if (rows === 0) header = values;
        last = values;
        rows += 1;
      }
    }
    expect(rows).toBe(100_001);
    expect(header).toEqual(entityResultColumns.map((column) => column.header.id));
    expect(last.slice(0, 4)).toEqual([
      2024,
      'ombudsman-kepatuhan@2024',
      'E99999',
      'Pemerintah Kabupaten Contoh 99999, "Uji"',
    ]);
    expect(last[6]).toBe(99.99);
  }, 120_000);

  it('exports indicator scores of a scored entity in methodology order', async () => {
    const methodology = loadShippedMethodology('ombudsman-kepatuhan@2024');
    const result = scoreEntity(buildMubaEntity(methodology), methodology);
    const rows = [...indicatorScoreRowsOf(result, 2024)];
    expect(rows.length).toBeGreaterThan(100);
    expect(rows[0]).toMatchObject({
      entityCode: '16.06',
      unitCode: result.units[0]?.unitCode,
      dimensionCode: 'input',
    });
    const file = path.join(folder, 'indicators.xlsx');
    const output = createWriteStream(file);
    await writeIndicatorScoresXlsx(rows, output, 'en');
    await once(output, 'close');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.getWorksheet('Indicator scores');
    expect(sheet?.rowCount).toBe(rows.length + 1);
    expect(sheet?.getRow(1).getCell(6).value).toBe('Indicator');
  });
});

describe('CSV exports', () => {
  it('quotes commas, quotes and line breaks, and defuses formulas', () => {
    expect(formatCsvField('Dinas Sosial')).toBe('Dinas Sosial');
    expect(formatCsvField('a, b')).toBe('"a, b"');
    expect(formatCsvField('kata "kutip"')).toBe('"kata ""kutip"""');
    expect(formatCsvField('baris\nbaru')).toBe('"baris\nbaru"');
    expect(formatCsvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(formatCsvField(-3.5)).toBe('-3.5');
    expect(formatCsvField(null)).toBe('');
  });

  it('writes the same columns as the XLSX, with a BOM and CRLF lines', async () => {
    const output = new PassThrough();
    const chunks: Buffer[] = [];
    output.on('data', (chunk: Buffer) => chunks.push(chunk));
    await writeEntityResultsCsv([entityRow(1), entityRow(2)], output);
    await finish(output);
    const text = Buffer.concat(chunks).toString('utf8');
    expect(text.startsWith('\uFEFFTahun,Metodologi,Kode,Nama,')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toBe(
      '2024,ombudsman-kepatuhan@2024,E1,"Pemerintah Kabupaten Contoh 1, ""Uji""",pemkab,16,0.01,B,Kualitas Tinggi,hijau,2,',
    );
  });

  it('exports survey answers under opaque respondent keys, never the respondent ids', async () => {
    const methodology = loadShippedMethodology('ombudsman-kepatuhan@2024');
    const entity = buildMubaEntity(methodology);
    const rows = [
      ...surveyResponseRowsOf(entity, 2024, new Set(['pengguna-layanan']), createRespondentPseudonymiser()),
    ];
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((row) => row.role))).toEqual(new Set(['pengguna-layanan']));
    const file = path.join(folder, 'survey.csv');
    const output = createWriteStream(file);
    await writeSurveyResponsesCsv(rows, output);
    await finish(output);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('R000001');
    expect(text).not.toContain('pengguna-layanan-1,');
    expect(text).not.toMatch(/,pengguna-layanan-\d/);
    expect(text.trim().split('\r\n')).toHaveLength(rows.length + 1);
  });
});

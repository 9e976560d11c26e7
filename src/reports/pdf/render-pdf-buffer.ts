import { createRequire } from 'node:module';
import path from 'node:path';
import type PdfMake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';

const require = createRequire(import.meta.url);
const fontDirectory = path.dirname(require.resolve('pdfmake/fonts/Roboto/Roboto-Regular.ttf'));

/** pdfmake's bundled Roboto, the only font our documents use (it covers every Indonesian letter). */
const robotoFiles = {
  normal: 'Roboto-Regular.ttf',
  bold: 'Roboto-Medium.ttf',
  italics: 'Roboto-Italic.ttf',
  bolditalics: 'Roboto-MediumItalic.ttf',
} as const;

/**
 * PDF's built-in Times needs no font file to parse, which makes a piagam about three times faster to render
 * than with an embedded TrueType font. It covers only the WinAnsi character set (see `isWinAnsiText`).
 */
const standardTimes = {
  normal: 'Times-Roman',
  bold: 'Times-Bold',
  italics: 'Times-Italic',
  bolditalics: 'Times-BoldItalic',
} as const;
const standardFontNames = new Set<string>(Object.values(standardTimes));

/** Characters of the Windows-1252 (WinAnsi) set, the only ones the built-in fonts can draw. */
const winAnsiExtras = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';

export function isWinAnsiText(text: string): boolean {
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    const isLatin1 = (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || code === 0x0a;
    if (!isLatin1 && !winAnsiExtras.includes(character)) return false;
  }
  return true;
}

let loading: Promise<typeof PdfMake> | undefined;

/**
 * pdfmake (and its font machinery, ~40 MB) loads on the first document, not at server start. It is a
 * process-wide singleton: configure it once. Documents are built only from our own input, so no
 * URL is ever fetched and no file but the fonts is ever read — a path or
 * URL slipped into a name cannot make the renderer touch the network or the disk.
 */
function loadPdfmake(): Promise<typeof PdfMake> {
  loading ??= import('pdfmake').then(({ default: pdfmake }) => {
    configurePdfmake(pdfmake);
    return pdfmake;
  });
  return loading;
}

function configurePdfmake(pdfmake: typeof PdfMake): void {
  const roboto = Object.fromEntries(
    Object.entries(robotoFiles).map(([style, file]) => [style, path.join(fontDirectory, file)]),
  ) as Record<keyof typeof robotoFiles, string>;
  pdfmake.addFonts({ Roboto: roboto, Times: standardTimes });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(
    (file) => standardFontNames.has(file) || path.resolve(file).startsWith(fontDirectory + path.sep),
  );
}

/** Renders a pdfmake document definition to the bytes of a PDF. Give it a fresh definition each time: pdfmake
 * writes into the definition while laying it out. */
export async function renderPdfBuffer(definition: TDocumentDefinitions): Promise<Buffer> {
  const pdfmake = await loadPdfmake();
  return pdfmake.createPdf(definition).getBuffer();
}

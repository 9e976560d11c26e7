import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type PdfMake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';

const require = createRequire(import.meta.url);

/** pdfmake's bundled Roboto: the rapor, the meeting papers and any piagam whose names need a non-WinAnsi letter. */
const robotoFiles = {
  normal: 'pdfmake/fonts/Roboto/Roboto-Regular.ttf',
  bold: 'pdfmake/fonts/Roboto/Roboto-Medium.ttf',
  italics: 'pdfmake/fonts/Roboto/Roboto-Italic.ttf',
  bolditalics: 'pdfmake/fonts/Roboto/Roboto-MediumItalic.ttf',
} as const;

/**
 * PT Serif (ParaType, SIL Open Font License 1.1, which allows embedding) for the piagam: a formal serif that
 * is embedded like every font we print, so a certificate looks the same in every viewer and printer. It
 * covers every WinAnsi (Windows-1252) character but not all of Latin Extended (see `isWinAnsiText`).
 */
const serifFiles = {
  normal: '@expo-google-fonts/pt-serif/400Regular/PTSerif_400Regular.ttf',
  bold: '@expo-google-fonts/pt-serif/700Bold/PTSerif_700Bold.ttf',
  italics: '@expo-google-fonts/pt-serif/400Regular_Italic/PTSerif_400Regular_Italic.ttf',
  bolditalics: '@expo-google-fonts/pt-serif/700Bold_Italic/PTSerif_700Bold_Italic.ttf',
} as const;

type FontFiles = Record<'normal' | 'bold' | 'italics' | 'bolditalics', string>;

/** pdfmake 0.3's server build keeps an in-memory file system its type declarations do not describe. */
type PdfmakeWithVfs = typeof PdfMake & {
  virtualfs: { writeFileSync(name: string, content: Buffer): void };
};

/** The font names a document definition may use. */
export type PdfFont = 'Roboto' | 'Serif';

/** Characters of the Windows-1252 (WinAnsi) set: all of them are in PT Serif. */
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
 * process-wide singleton: configure it once. The font files are read once into pdfmake's virtual file system,
 * so no document reads the disk; documents are built only from our own input and every URL and local path is
 * refused, so a path or URL slipped into a name cannot make the renderer touch the network or the disk.
 */
function loadPdfmake(): Promise<typeof PdfMake> {
  loading ??= import('pdfmake').then(({ default: pdfmake }) => {
    configurePdfmake(pdfmake as PdfmakeWithVfs);
    return pdfmake;
  });
  return loading;
}

function configurePdfmake(pdfmake: PdfmakeWithVfs): void {
  pdfmake.addFonts({
    Roboto: loadIntoVfs(pdfmake, robotoFiles),
    Serif: loadIntoVfs(pdfmake, serifFiles),
  });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
}

/**
 * Each font is read once into the virtual file system, under its real absolute path: pdfmake then takes text
 * fonts from memory, while the SVG renderer (the rapor's chart labels), which opens font files by name
 * outside pdfmake's file system, still finds the same file on disk.
 */
function loadIntoVfs(pdfmake: PdfmakeWithVfs, files: FontFiles): FontFiles {
  const names = {} as FontFiles;
  for (const [style, file] of Object.entries(files) as [keyof FontFiles, string][]) {
    const absolutePath = require.resolve(file);
    pdfmake.virtualfs.writeFileSync(absolutePath, readFileSync(absolutePath));
    names[style] = absolutePath;
  }
  return names;
}

/**
 * What every document declares besides its own content: PDF 1.7 and PDF/A-2b (pdfkit writes the XMP
 * identification and the sRGB output intent; it needs every font embedded, which ours are). Tagged PDF is not
 * claimed: pdfmake 0.3 sets only the catalogue flag and builds no structure tree (docs/documents.md).
 */
const archivalOptions = { version: '1.7', subset: 'PDF/A-2b' } as const;

/** Renders a pdfmake document definition to the bytes of a PDF. Give it a fresh definition each time: pdfmake
 * writes into the definition while laying it out. */
export async function renderPdfBuffer(definition: TDocumentDefinitions): Promise<Buffer> {
  const pdfmake = await loadPdfmake();
  return pdfmake.createPdf({ ...archivalOptions, ...definition }).getBuffer();
}

import type { TDocumentDefinitions } from 'pdfmake/interfaces';

export interface SurveyPosterInput {
  unitName: string;
  entityName: string;
  year: number;
  /** The full public link, e.g. https://patuh.example/s/7KQ2MX4P. */
  url: string;
  questionCount: number;
  /** SVG of a QR code encoding `url`. */
  qrSvg: string;
  /** The public-trust survey's own title and wording; the service-user survey's when absent. */
  wording?: { title: string; tagline: string; about: string };
}

const blue = '#0b4f8a';

/** An A4 poster to hang at the service counter: a large QR code of the unit's survey link and how to answer. */
export function buildSurveyPoster(input: SurveyPosterInput): TDocumentDefinitions {
  const steps = [
    'Pindai kode QR di atas dengan kamera ponsel Anda, atau ketik alamat tautan di bawahnya.',
    input.wording?.about ??
      `Jawab ${input.questionCount} pertanyaan singkat tentang pengalaman Anda menerima layanan di unit ini.`,
    'Tekan tombol "Kirim jawaban". Setiap ponsel cukup mengisi satu kali.',
  ];
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [48, 44, 48, 44],
    info: {
      title: `${input.wording ? 'Survei Kepercayaan Masyarakat' : 'Survei Pengguna Layanan'} — ${input.unitName}`,
      author: 'Ombudsman Republik Indonesia',
    },
    defaultStyle: { font: 'Roboto', fontSize: 13, color: '#1a1b1e' },
    content: [
      { text: 'OMBUDSMAN REPUBLIK INDONESIA', alignment: 'center', fontSize: 11, bold: true, color: blue },
      {
        text: `Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik Tahun ${input.year}`,
        alignment: 'center',
        fontSize: 10,
        margin: [0, 2, 0, 14],
      },
      {
        text: input.wording?.title ?? 'SURVEI PENGGUNA LAYANAN',
        alignment: 'center',
        fontSize: 28,
        bold: true,
        color: blue,
      },
      {
        text: input.wording?.tagline ?? 'Bagaimana pengalaman Anda dilayani? Beri tahu kami.',
        alignment: 'center',
        fontSize: 15,
        margin: [0, 4, 0, 12],
      },
      { text: input.unitName, alignment: 'center', fontSize: 20, bold: true },
      { text: input.entityName, alignment: 'center', fontSize: 14, margin: [0, 2, 0, 8] },
      { svg: input.qrSvg, width: 300, alignment: 'center' },
      { text: input.url, alignment: 'center', fontSize: 18, bold: true, margin: [0, 4, 0, 14] },
      {
        text: 'ANONIM, TANPA LOGIN',
        alignment: 'center',
        fontSize: 16,
        bold: true,
        color: '#ffffff',
        background: blue,
        margin: [0, 0, 0, 4],
      },
      {
        text: 'Tidak ada nama, nomor telepon atau data pribadi yang diminta atau disimpan.',
        alignment: 'center',
        fontSize: 11,
        margin: [0, 0, 0, 12],
      },
      { text: 'Cara mengisi:', bold: true, margin: [0, 0, 0, 4] },
      { ol: steps, margin: [0, 0, 0, 0] },
    ],
  };
}

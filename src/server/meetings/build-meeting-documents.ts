import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Meeting } from '../../contracts/meetings.contract';
import { formatLocalDateTime } from './local-time-of-province';
import { minutesSignatureBlock } from './meeting-signature-block';

export interface MeetingDocumentInput {
  meeting: Meeting;
  provinceCode: string | null;
  /** "Ombudsman Republik Indonesia Perwakilan Provinsi Sumatera Selatan". */
  officeName: string;
}

const kindTitle = {
  entry: 'RAPAT PEMBUKAAN (ENTRY MEETING)',
  exit: 'RAPAT PENUTUPAN (EXIT MEETING)',
} as const;

function header(input: MeetingDocumentInput, title: string): Content[] {
  const { meeting } = input;
  return [
    { text: input.officeName.toUpperCase(), style: 'office' },
    { text: `Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik Tahun ${meeting.year}`, style: 'subtitle' },
    { canvas: [{ type: 'line', x1: 0, y1: 4, x2: 515, y2: 4, lineWidth: 1.2 }], margin: [0, 2, 0, 10] },
    { text: title, style: 'title' },
    { text: `${kindTitle[meeting.kind]} — ${meeting.entityName}`, style: 'subtitle', margin: [0, 0, 0, 12] },
    {
      table: {
        widths: [110, '*'],
        body: [
          ['Hari, tanggal', formatLocalDateTime(new Date(meeting.heldAt), input.provinceCode)],
          ['Tempat', meeting.place],
          ['Dibuka oleh', meeting.openedBy],
        ],
      },
      layout: 'noBorders',
      margin: [0, 0, 0, 10],
    },
  ];
}

function attendeeTable(meeting: Meeting, withSignature: boolean): Content {
  const headerRow = ['No.', 'Nama', 'Jabatan', 'Instansi', ...(withSignature ? ['Tanda tangan'] : [])].map(
    (text) => ({ text, bold: true }),
  );
  const rows = meeting.attendees.map((attendee, index) => [
    String(index + 1),
    attendee.name,
    attendee.jobTitle,
    attendee.institution,
    ...(withSignature ? [{ text: `${index + 1}. ....................`, margin: [0, 8, 0, 8] }] : []),
  ]);
  return {
    table: {
      headerRows: 1,
      widths: withSignature ? [22, '*', '*', '*', 90] : [22, '*', '*', '*'],
      body: [headerRow, ...rows],
    },
  } as Content;
}

const styles: TDocumentDefinitions['styles'] = {
  office: { fontSize: 13, bold: true, alignment: 'center' },
  subtitle: { fontSize: 10, alignment: 'center' },
  title: { fontSize: 14, bold: true, alignment: 'center', margin: [0, 4, 0, 2] },
  section: { fontSize: 11, bold: true, margin: [0, 10, 0, 4] },
};

function baseDocument(title: string, content: Content[]): TDocumentDefinitions {
  return {
    pageSize: 'A4',
    pageMargins: [40, 40, 40, 50],
    info: { title },
    defaultStyle: { font: 'Roboto', fontSize: 10 },
    styles,
    content,
    footer: (page, pages) => ({
      text: `Halaman ${page} dari ${pages}`,
      alignment: 'center',
      fontSize: 8,
      margin: [0, 20, 0, 0],
    }),
  };
}

/** Daftar hadir: the attendees with an empty signature column to print and have signed. */
export function buildAttendanceDocument(input: MeetingDocumentInput): TDocumentDefinitions {
  return baseDocument('Daftar Hadir', [...header(input, 'DAFTAR HADIR'), attendeeTable(input.meeting, true)]);
}

/** Notulen: where and when, who opened it, agenda, minutes, who attended and who signs for each side. */
export function buildMinutesDocument(input: MeetingDocumentInput): TDocumentDefinitions {
  const { meeting } = input;
  const paragraphs = (text: string) =>
    text.trim() === ''
      ? [{ text: '—' }]
      : text.split(/\n{2,}/).map((paragraph) => ({ text: paragraph, margin: [0, 0, 0, 4] }));
  return baseDocument('Notulen Rapat', [
    ...header(input, 'NOTULEN RAPAT'),
    { text: 'Agenda', style: 'section' },
    ...(paragraphs(meeting.agenda) as Content[]),
    { text: 'Jalannya rapat', style: 'section' },
    ...(paragraphs(meeting.minutes) as Content[]),
    { text: `Peserta (${meeting.attendees.length} orang)`, style: 'section' },
    attendeeTable(meeting, false),
    minutesSignatureBlock(meeting, input.officeName),
  ]);
}

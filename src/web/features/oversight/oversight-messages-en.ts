// English texts beside the Indonesian ones in oversight-messages.ts, in their own file so that a visitor downloads
// only the active language's messages (src/web/i18n). Same keys, checked by the type.
import type { OversightMessages } from './oversight-messages';

export const oversightMessagesEn: OversightMessages = {
  nav: 'Oversight products',
  title: 'Oversight products',
  titleOf: 'Oversight products — {{entity}}',
  intro:
    'The Ombudsman’s corrective actions (LAHP), improvement advice (LHA), refinement advice and recommendations addressed to this entity, with their follow-up status.',
  pickEntity: 'Entity code',
  open: 'Open',
  link: 'Oversight products',
  empty: 'No oversight product recorded yet.',
  kinds: {
    tindakan_korektif: 'Corrective action (LAHP)',
    saran_perbaikan: 'Improvement advice (LHA)',
    saran_penyempurnaan: 'Refinement advice',
    rekomendasi: 'Recommendation',
  },
  statuses: { belum: 'Not started', sebagian: 'Partly done', selesai: 'Done' },
  summary: {
    none: 'No oversight product issued up to {{date}}.',
    'all-followed-up': 'All {{issued}} products followed up by {{date}}.',
    open: '{{followedUp}} of {{issued}} products followed up by {{date}}.',
  },
  fields: {
    kind: 'Kind',
    number: 'Number',
    issuedOn: 'Issued on',
    subject: 'Subject',
    issuingOffice: 'Issuing office',
    dueOn: 'Due date',
    status: 'Follow-up status',
    confirmedBy: 'Confirmed by {{name}} on {{date}}',
    notConfirmed: 'Not confirmed yet',
    evidence: 'Follow-up evidence',
    evidenceFile: 'Evidence file',
    noEvidence: 'No evidence yet.',
    note: 'Confirmation note',
  },
  add: 'Record a product',
  save: 'Save',
  edit: 'Edit',
  cancel: 'Cancel',
  confirm: 'Confirm follow-up',
  confirmAs: 'Confirm: {{status}}',
  upload: 'Upload follow-up evidence',
  uploadHint: 'PDF, JPEG, PNG or WebP, at most 20 MB.',
  importTitle: 'Import and export the register',
  columnsHint:
    'Columns: kode_entitas, jenis (tindakan_korektif, saran_perbaikan, saran_penyempurnaan, rekomendasi), nomor, tanggal, perihal, kantor_penerbit, batas_waktu, status_tindak_lanjut (belum, sebagian, selesai), tanggal_konfirmasi. Every row is checked first; a single problem means nothing is written.',
  imported: '{{created}} new products, {{updated}} updated.',
};

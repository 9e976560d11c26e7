// English texts beside the Indonesian ones in documents-messages.ts, in their own file so that a visitor downloads
// only the active language's messages (src/web/i18n). Same keys, checked by the type.
import type { DocumentsMessages } from './documents-messages';

export const documentsMessagesEn: DocumentsMessages = {
  nav: 'Documents',
  title: 'Certificates and report cards',
  year: 'Year',
  signatories: {
    title: 'Certificate signatories',
    intro:
      'Names and titles of who signs the piagam, per year, for the centre and every province office. A piagam uses the province office’s, then the centre’s; until one of them is set, no piagam of that year is published.',
    office: 'Office',
    notSet: 'Not set (defaults)',
    name: 'Signatory {{n}} name',
    titleField: 'Signatory {{n}} title',
    place: 'Place of signing',
    add: 'Add signatory',
    remove: 'Remove signatory {{n}}',
    save: 'Save signatories of {{office}}',
    saved: 'Saved.',
  },
  letterhead: {
    title: 'Document letterhead',
    intro:
      'The image printed at the top of this office’s piagam and rapor, for every year. Documents downloaded afterwards use it at once; without one, documents use the default layout.',
    office: 'Office',
    none: 'No letterhead (default layout)',
    set: 'Letterhead set: {{kind}}, updated {{at}}',
    file: 'Letterhead file',
    fileHint: 'PNG or JPEG, 512 KB at most',
    tooLarge: 'This file is {{size}}: a letterhead is 512 KB at most.',
    wrongType: 'A letterhead must be a PNG or JPEG.',
    save: 'Set letterhead',
    remove: 'Remove letterhead',
    saved: 'Letterhead set.',
    removed: 'Letterhead removed.',
  },
  jobs: {
    title: 'Generate all documents of a year',
    intro:
      'Every piagam (governments and service units) and/or rapor of the chosen year, generated in the background into one ZIP file. Work continues after a server restart.',
    piagam: 'Piagam',
    rapor: 'Rapor',
    start: 'Start',
    empty: 'No jobs yet.',
    progress: '{{done}} of {{total}} documents',
    progressLabel: 'Progress of the {{year}} job',
    download: 'Download ZIP ({{size}})',
    status: { queued: 'Queued', running: 'Running', done: 'Done', failed: 'Failed' },
  },
  links: {
    title: 'Certificate and report card {{year}}',
    piagam: 'Download piagam (PDF)',
    rapor: 'Download rapor (PDF)',
    unitPiagam: 'Piagam of {{unit}}',
    notSigned:
      'The {{year}} piagam is not signed yet: its signatories have not been set. It is published once the Ombudsman RI sets them.',
    verifyHint:
      'Every piagam and rapor carries a verification code and a QR code that can be checked on the verification page.',
  },
};

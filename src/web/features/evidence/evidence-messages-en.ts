// English texts beside the Indonesian ones in evidence-messages.ts, in their own file so that a visitor downloads
// only the active language's messages (src/web/i18n). Same keys, checked by the type.
import type { evidenceMessagesId } from './evidence-messages';

export const evidenceMessagesEn: typeof evidenceMessagesId = {
  title: 'Supporting evidence',
  none: 'No evidence yet.',
  needsEvidence:
    'This indicator needs supporting evidence. Without it, the score follows the methodology’s evidence rule; add it before submitting the unit.',
  takePhoto: 'Take a photo',
  chooseFile: 'Choose a file (photo or PDF)',
  uploading: 'Uploading {{name}}…',
  preparing: 'Resizing photo {{name}}…',
  uploaded: '{{name}} uploaded.',
  download: 'Download {{name}}',
  delete: 'Delete evidence {{name}}',
  confirmDelete: 'Delete evidence "{{name}}"?',
  takenAt: 'Taken {{when}}',
  position: 'Location {{latitude}}, {{longitude}}',
  openMap: 'Open the location on a map',
  thumbnail: 'Preview of {{name}}',
  tooLarge: '"{{name}}" is {{size}}; the limit is {{limit}}. Reduce it or scan again at a lower resolution.',
  wrongType: '"{{name}}" is not a photo (JPEG, PNG, WebP) or a PDF.',
  unreadableImage: 'This browser cannot read the photo "{{name}}"; save it as JPEG and upload again.',
  uploadFailed: 'Uploading "{{name}}" failed: {{reason}}',
  networkError: 'the connection dropped',
  downloadZip: 'Download all evidence of the locus (ZIP)',
  reuse: {
    open: 'Use evidence already here ({{count}})',
    title: 'Files of this unit (no new upload)',
    item: '{{name}} · from {{indicator}}',
  },
};

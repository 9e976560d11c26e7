// English texts beside the Indonesian ones in complaint-messages.ts, in their own file so that a visitor downloads
// only the active language's messages (src/web/i18n). Same keys, checked by the type.
import type { complaintMessagesId } from './complaint-messages';

export const complaintMessagesEn: typeof complaintMessagesId = {
  title: 'Complaint sample',
  purpose:
    'Record a sample of complaints from the unit’s register. The median and 90th-percentile response and resolution times support the Pengaduan indicators (speed of handling).',
  none: 'No complaints recorded yet.',
  add: 'Add a complaint',
  edit: 'Edit complaint {{reference}}',
  delete: 'Delete complaint {{reference}}',
  editShort: 'Edit',
  deleteShort: 'Delete',
  confirmDelete: 'Delete complaint "{{reference}}"?',
  noReference: '(no number)',
  readOnly: 'Read only: the unit is not open for data entry.',
  fields: {
    reference: 'Register number',
    channel: 'Channel',
    receivedAt: 'Received',
    firstResponseAt: 'First response',
    resolvedAt: 'Resolved',
    outcome: 'Outcome',
    summary: 'Summary',
  },
  channels: {
    'sp4n-lapor': 'SP4N-LAPOR!',
    'in-person': 'In person',
    letter: 'Letter',
    phone: 'Phone',
    email: 'Email',
    website: 'Website',
    'social-media': 'Social media',
    whatsapp: 'WhatsApp',
    other: 'Other',
  },
  outcomes: {
    resolved: 'Resolved',
    'in-progress': 'In progress',
    rejected: 'Rejected',
    referred: 'Referred',
    withdrawn: 'Withdrawn',
  },
  summary: {
    title: 'Speed of handling',
    counts: '{{complaints}} complaints; {{responded}} answered, {{resolved}} resolved',
    firstResponse: 'First response',
    resolution: 'Resolution',
    median: 'Median',
    p90: '90th percentile',
    noData: 'no data yet',
  },
  duration: {
    minutes: '{{count}} min',
    hours: '{{count}} h',
    days: '{{count}} d',
  },
  errors: {
    firstBeforeReceived: 'The first response cannot be before the complaint was received.',
    resolvedBeforeReceived: 'The resolution cannot be before the complaint was received.',
    resolvedBeforeFirst: 'The resolution cannot be before the first response.',
    resolvedNeedsTime: 'A resolved complaint needs its resolution time.',
    required: 'Required.',
    stale: 'Someone else changed this record. The latest values are loaded; review them and save again.',
  },
};

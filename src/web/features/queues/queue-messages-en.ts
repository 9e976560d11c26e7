// English texts beside the Indonesian ones in queue-messages.ts, in their own file so that a visitor downloads
// only the active language's messages (src/web/i18n). Same keys, checked by the type.
import type { queueMessagesId } from './queue-messages';

export const queueMessagesEn: typeof queueMessagesId = {
  title: {
    'awaiting-verification': 'Awaiting verification',
    'ready-to-approve': 'Ready to approve',
    'ready-to-accept': 'Ready to accept',
  },
  intro: {
    'awaiting-verification': 'Units the assessors submitted on your loci, oldest first.',
    'ready-to-approve': 'Entities in your provinces whose every unit is verified.',
    'ready-to-accept': 'Entities approved by their province coordinator.',
  },
  empty: 'Nothing is waiting.',
  waitingDays_one: 'waiting {{count}} day',
  waitingDays_other: 'waiting {{count}} days',
  waitingToday: 'since today',
  more: 'Showing {{shown}} of {{total}}.',
  select: 'Select {{name}}',
  selectAll: 'Select all',
  acceptSelected: 'Accept selected ({{count}})',
  confirmTitle: 'Accept {{count}} entities?',
  confirmBody:
    'Each entity is accepted on its own and recorded in the audit log; all its units are locked so their field data no longer changes.',
  confirm: 'Yes, accept',
  cancel: 'Cancel',
  acceptedCount: '{{count}} entities accepted.',
  refused: '{{code}} not accepted: {{message}}',
};

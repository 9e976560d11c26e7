// English texts beside the Indonesian ones in objection-messages.ts, in their own file so that a visitor downloads
// only the active language's messages (src/web/i18n). Same keys, checked by the type.
import type { objectionMessagesId } from './objection-messages';

export const objectionMessagesEn: typeof objectionMessagesId = {
  title: 'Provisional results and objections {{year}}',
  intro:
    'During the objection window, the assessed government and the province office see the provisional result. An accepted objection does not change data by itself: the assessor corrects the answers, then the centre finalises again.',
  entityCode: 'Entity code',
  provisional: 'Provisional result',
  score: 'Score',
  category: 'Category',
  zone: 'Zone',
  units: 'Units',
  weakest: 'Weakest indicators',
  pointsLost: '{{points}} points lost',
  windowEnds: 'The objection window ends {{at}}',
  notAccepted: 'The locus is not accepted by the centre yet (status {{approval}}).',
  form: 'File an objection',
  unit: 'Disputed unit (optional)',
  indicator: 'Indicator code (optional)',
  text: 'Objection',
  files: 'New evidence (PDF/photo)',
  submit: 'Send objection',
  filed: 'Objection sent.',
  list: 'Objections',
  empty: 'No objections yet.',
  status_open: 'open',
  status_accepted: 'accepted',
  status_rejected: 'rejected',
  filedBy: 'by {{name}}, {{at}}',
  decidedBy: 'Decided by {{name}}: {{note}}',
  decisionNote: 'Decision note',
  accept: 'Accept',
  reject: 'Reject',
  acceptedHint: 'Accepted: the assessor corrects the data, the centre finalises again.',
};

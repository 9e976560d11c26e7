// English texts beside the Indonesian ones in integrity-messages.ts, in their own file so that a visitor downloads
// only the active language's messages (src/web/i18n). Same keys, checked by the type.
import type { integrityMessagesId } from './integrity-messages';

export const integrityMessagesEn: typeof integrityMessagesId = {
  title: 'Photo evidence integrity',
  flaggedFile: 'Integrity flags of {{name}}',
  codes: {
    'gps-far': 'Far from the unit',
    'time-outside-window': 'Outside data collection',
    'no-metadata': 'No metadata',
    duplicate: 'Duplicate photo',
  },
  notCounted: 'Not counted in scoring (a flag was rejected).',
  accepted: 'Accepted by {{by}}: {{note}}',
  rejected: 'Rejected by {{by}}: {{note}}',
  undecided: 'Waiting for the verifier’s decision.',
  accept: 'Accept',
  reject: 'Reject',
  acceptFlag: 'Accept flag {{flag}} on {{name}}',
  rejectFlag: 'Reject flag {{flag}} on {{name}}',
  note: 'Decision note',
  notePlaceholder: 'Reason (required, at least 3 characters)',
  save: 'Save decision',
  cancel: 'Cancel',
  decisionClosed: 'Flags cannot be decided yet: {{reason}}',
  report: {
    title: 'Evidence integrity report',
    province: 'Province',
    year: 'Year',
    summary: '{{flagged}} of {{total}} photos flagged; {{undecided}} flags waiting for a decision.',
    empty: 'No flagged photos.',
    entity: 'Entity',
    unit: 'Unit',
    indicator: 'Indicator',
    file: 'File',
    flags: 'Flags',
    open: 'Open the unit',
  },
};

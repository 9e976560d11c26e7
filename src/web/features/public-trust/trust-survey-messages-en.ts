// English texts beside the Indonesian ones in trust-survey-messages.ts, in their own file so that a visitor downloads
// only the active language's messages (src/web/i18n). Same keys, checked by the type.
import type { trustSurveyMessagesId } from './trust-survey-messages';

export const trustSurveyMessagesEn: typeof trustSurveyMessagesId = {
  title: 'Public-trust survey',
  intro:
    'The public link for everyone about this agency (not per unit): anonymous, no sign-in, one answer per device. Its questions and score are assumptions until the official instrument is published.',
  noLink: 'This agency has no public-trust survey link yet.',
  createLink: 'Create public-trust survey link',
  linkLabel: 'Public-trust survey link',
  code: 'Survey code: {{code}}',
  copy: 'Copy link',
  copied: 'Copied',
  poster: 'Download QR poster (PDF)',
  progressLabel: 'Public-trust respondents',
  progress: '{{responses}}/{{target}} respondents',
  closed: 'The survey is not taking answers: {{reason}}',
  scoreLabel: 'Provisional trust score',
  score: '{{score}} of 100',
  noScore: 'No answer that can be scored yet.',
  scoreHelp: 'Not yet used when results are finalised.',
  responses: {
    title: 'Responses and stuffing flags',
    summary: '{{counted}} counted · {{excluded}} excluded · {{flagged}} flagged',
    show: 'Show responses ({{count}})',
    hide: 'Hide responses',
    empty: 'No responses yet.',
    client: 'Client {{client}}',
    unknownClient: 'Unknown client',
    excludedBadge: 'Excluded',
    excludedBy: 'Excluded by {{who}}: {{note}}',
    exclude: 'Exclude',
    include: 'Count again',
    noteLabel: 'Note (required, at least 3 characters)',
    confirm: 'Save',
    cancel: 'Cancel',
  },
};

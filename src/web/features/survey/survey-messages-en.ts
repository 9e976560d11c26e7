// English texts beside the Indonesian ones in survey-messages.ts, in their own file so that a visitor downloads
// only the active language's messages (src/web/i18n). Same keys, checked by the type.
import type { surveyMessagesId } from './survey-messages';

export const surveyMessagesEn: typeof surveyMessagesId = {
  title: 'Service-user survey',
  intro: 'The public link for this unit’s service users: anonymous, no sign-in, one answer per device.',
  noLink: 'This unit has no survey link yet.',
  createLink: 'Create survey link',
  linkLabel: 'Survey link',
  copy: 'Copy link',
  copied: 'Copied',
  poster: 'Download QR poster (PDF)',
  progressLabel: 'Survey respondents',
  progress: '{{responses}}/{{target}} respondents',
  quotaMet: 'Respondent quota reached.',
  refreshing: 'Refreshes every 15 seconds.',
  proof: {
    receipt: 'Proof of service: number {{number}}',
    seen: 'Proof of service seen by the field team at the counter',
    markSeen: 'Mark proof of service seen',
  },
  proofSetting: {
    title: 'Proof of service in the service-user survey',
    intro:
      'The Opini method asks perception-survey respondents to show proof of having been served. When on, the survey page asks for a registration or receipt number (unique per unit); answers without proof are kept and flagged.',
    required: 'Ask for proof of service',
    rule: 'Answers without proof',
    count: 'Still counted',
    exclude: 'Not counted',
  },
  responses: {
    title: 'Survey responses and stuffing flags',
    intro:
      'Responses that look filled in repeatedly by one person are flagged for the verifier. Excluded responses count neither in the score nor in the quota.',
    summary: '{{counted}} counted · {{excluded}} excluded · {{flagged}} flagged',
    onlyFlagged: 'Show only flagged or excluded',
    showAll: 'Show all responses ({{count}})',
    empty: 'No responses to review yet.',
    client: 'Client {{client}}',
    unknownClient: 'Unknown client',
    answers: 'Answers',
    excludedBadge: 'Excluded',
    afterSubmissionBadge: 'After submission',
    afterSubmissionHelp:
      'Arrived after the unit was submitted for verification; the survey stays open for the whole data-collection phase and this answer counts unless excluded.',
    afterSubmissionSummary: '{{count}} responses arrived after the unit was submitted',
    excludedBy: 'Excluded {{when}} by {{who}}: {{note}}',
    exclude: 'Exclude from score',
    include: 'Count again',
    noteLabel: 'Note (required, at least 3 characters)',
    confirmExclude: 'Exclude',
    confirmInclude: 'Count again',
    cancel: 'Cancel',
    flags: {
      'client-burst': 'Burst from one client',
      'client-repeated-pattern': 'Same answers repeated by one client',
      'pattern-burst': 'Same answers in a burst from many clients',
      'no-proof': 'No proof of service',
      'unit-burst': 'Many responses within minutes',
      'client-many': 'Many responses from one network',
      'outside-service-hours': 'Outside service hours',
    },
    flagHelp: {
      'client-burst':
        '{{clientBurstCount}} or more responses from the same address and browser within {{minutes}} minutes.',
      'client-repeated-pattern':
        'Exactly the same answers, {{clientRepeatCount}} times or more, from the same client.',
      'pattern-burst':
        'Exactly the same answers {{patternBurstCount}} times or more within {{minutes}} minutes, from any clients (rotated addresses or browsers).',
      'no-proof':
        'This cycle asks for proof of service; this response gives no registration or receipt number and the field team has not marked proof seen at the counter.',
      'unit-burst':
        '{{unitBurstCount}} or more responses for this unit within {{minutes}} minutes, from any clients: more than one counter serves.',
      'client-many': '{{clientManyCount}} or more responses from the same address and browser, at any time.',
      'outside-service-hours': 'Sent outside the unit’s service hours (local time).',
    },
  },
};

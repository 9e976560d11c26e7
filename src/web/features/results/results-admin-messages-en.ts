// English texts beside the Indonesian ones in results-admin-messages.ts, in their own file so that a visitor downloads
// only the active language's messages (src/web/i18n). Same keys, checked by the type.
import type { resultsAdminMessagesId } from './results-admin-messages';

export const resultsAdminMessagesEn: typeof resultsAdminMessagesId = {
  nav: 'Import results',
  title: 'Import published results',
  format:
    'A CSV or XLSX file with columns year, entity_code, score; optionally category, zone, rank_province, rank_national, methodology. Categories and ranks are computed from the year’s methodology edition; a published value that differs is kept and flagged for review. A single problem rejects the whole file.',
  file: 'Results file (CSV/XLSX)',
  embargo: 'Embargo until',
  embargoHint: 'Leave empty to publish now.',
  decreeNumber: 'Decree number (SK)',
  decreeDate: 'Decree date',
  dryRun: 'Check only, do not save',
  submit: 'Import',
  rejected_one: 'File rejected: {{count}} problem',
  rejected_other: 'File rejected: {{count}} problems',
  downloadProblems: 'Download the problems (CSV)',
  problemsShown: 'Showing the first {{shown}} of {{total}} problems.',
  problemsListed: 'The list to download holds the first {{listed}} of {{total}} problems.',
  row: 'Row',
  column: 'Column',
  value: 'Value',
  problem: 'Problem',
  checked: 'The file is valid (not saved)',
  imported: 'Import done',
  created: 'new snapshot — {{rows}} rows, {{flagged}} flagged, {{changes}} changes ({{methodology}})',
  unchanged: 'unchanged — {{rows}} rows ({{methodology}})',
  snapshots: 'Result snapshots',
  status: 'Status',
  current: 'current',
  draft: 'draft',
  superseded: 'superseded',
  embargoAt: 'Embargo',
  rows: 'Rows',
  flagged: 'Flagged',
  sourceFile: 'File',
};

import type { FinaliseRequest } from '../../contracts/finalise.contract';
import { formatScore } from '../../core/format';
import type { ComputedEntityRows } from '../db/repositories/computed-results.repository';
import type { EntityResultRow } from '../db/repositories/results.repository';

/**
 * The flags a finalised row carries wherever its figure is shown (issue #17, "honest figures"):
 * `override` when the admin published a locus the centre had not accepted (scope `all`, with the reason in
 * the note), `corrected` when the figure differs from the one published in the superseded snapshot, and the
 * demo marker for the demo's made-up field data.
 */
export function flagRows(
  rows: readonly ComputedEntityRows[],
  options: { request: FinaliseRequest; previousRows: readonly EntityResultRow[]; markAsDemo: boolean },
): ComputedEntityRows[] {
  const previousByCode = new Map(options.previousRows.map((row) => [row.entityCode, row]));
  return rows.map((row) => {
    const flags = [...(row.entity.flags ?? [])];
    const notes = row.entity.note ? [row.entity.note] : [];
    const { request } = options;
    if (request.scope === 'all' && flags.includes('not-accepted')) {
      flags.push('override');
      notes.push(`Diterbitkan atas keputusan admin tanpa penerimaan pusat: ${request.reason}`);
    }
    const previous = previousByCode.get(row.entity.entityCode);
    if (previous && (previous.score !== row.entity.score || previous.category !== row.entity.category)) {
      flags.push('corrected');
      // The note is Indonesian text shown as written on the portal and the documents: "93,28".
      notes.push(`Dikoreksi: sebelumnya ${formatScore(previous.score, 'id')} (${previous.category}).`);
    }
    return {
      ...row,
      entity: {
        ...row.entity,
        flags,
        note: notes.length > 0 ? notes.join(' ') : null,
        ...(options.markAsDemo ? { isDemoValue: true } : {}),
      },
    };
  });
}

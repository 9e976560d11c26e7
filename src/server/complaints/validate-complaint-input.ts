import type { complaintInputSchema } from '../../contracts/complaints.contract';
import type { ComplaintValues } from '../db/repositories/complaints.repository';
import { DomainError } from '../errors';

type ParsedInput = ReturnType<(typeof complaintInputSchema)['parse']>;

/**
 * A complaint's times must follow each other: received, then first response, then resolution, none in the
 * future; an outcome "resolved" needs its resolution time. Every problem is named, in both languages.
 */
export function validateComplaintInput(input: ParsedInput, now: Date): ComplaintValues {
  const receivedAt = new Date(input.receivedAt);
  const firstResponseAt = input.firstResponseAt ? new Date(input.firstResponseAt) : null;
  const resolvedAt = input.resolvedAt ? new Date(input.resolvedAt) : null;
  const problems: { path: string; id: string; en: string }[] = [];
  const future = (at: Date | null) => at !== null && at.getTime() > now.getTime();
  if (future(receivedAt))
    problems.push({
      path: 'receivedAt',
      id: 'Waktu diterima tidak boleh di masa depan',
      en: 'The time received cannot be in the future',
    });
  if (firstResponseAt && firstResponseAt < receivedAt)
    problems.push({
      path: 'firstResponseAt',
      id: 'Tanggapan pertama tidak boleh sebelum pengaduan diterima',
      en: 'The first response cannot be before the complaint was received',
    });
  if (future(firstResponseAt))
    problems.push({
      path: 'firstResponseAt',
      id: 'Tanggapan pertama tidak boleh di masa depan',
      en: 'The first response cannot be in the future',
    });
  if (resolvedAt && resolvedAt < receivedAt)
    problems.push({
      path: 'resolvedAt',
      id: 'Waktu selesai tidak boleh sebelum pengaduan diterima',
      en: 'The resolution cannot be before the complaint was received',
    });
  if (resolvedAt && firstResponseAt && resolvedAt < firstResponseAt)
    problems.push({
      path: 'resolvedAt',
      id: 'Waktu selesai tidak boleh sebelum tanggapan pertama',
      en: 'The resolution cannot be before the first response',
    });
  if (future(resolvedAt))
    problems.push({
      path: 'resolvedAt',
      id: 'Waktu selesai tidak boleh di masa depan',
      en: 'The resolution cannot be in the future',
    });
  if (input.outcome === 'resolved' && !resolvedAt)
    problems.push({
      path: 'resolvedAt',
      id: 'Pengaduan berstatus selesai memerlukan waktu selesai',
      en: 'A resolved complaint needs its resolution time',
    });
  if (problems.length > 0) {
    throw new DomainError(
      'VALIDATION_FAILED',
      {
        id: `Data pengaduan tidak valid: ${problems.map((problem) => problem.id).join('; ')}.`,
        en: `The complaint record is not valid: ${problems.map((problem) => problem.en).join('; ')}.`,
      },
      problems.map((problem) => ({ path: problem.path, message: problem.en, messageId: problem.id })),
    );
  }
  return {
    reference: input.reference,
    channel: input.channel,
    receivedAt,
    firstResponseAt,
    resolvedAt,
    outcome: input.outcome,
    summary: input.summary,
  };
}

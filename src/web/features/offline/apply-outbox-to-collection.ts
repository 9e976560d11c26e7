import type { AnswerDto, RespondentDto, UnitCollection } from '../../../contracts/collection.contract';
import type { ComplaintList, ComplaintRecord } from '../../../contracts/complaints.contract';
import type { OutboxEntry } from './outbox-database';

/**
 * Entries the screen still has to show on top of the server's copy: everything not yet sent, and what was sent
 * after that copy was read (until the page reads the server again).
 */
export function entriesToShow(entries: readonly OutboxEntry[], readAt: number): OutboxEntry[] {
  return entries.filter((entry) => entry.state !== 'done' || (entry.doneAt ?? 0) > readAt);
}

/** Local id → server id for records made offline whose create has gone through. */
export function createdIds(entries: readonly OutboxEntry[]): Map<string, string> {
  const ids = new Map<string, string>();
  for (const entry of entries) {
    if (entry.state !== 'done' || !entry.localId) continue;
    const result = entry.details as { id?: unknown; respondent?: { id?: unknown } } | null;
    const id = entry.kind === 'respondent-create' ? result?.respondent?.id : result?.id;
    if (typeof id === 'string') ids.set(entry.localId, id);
  }
  return ids;
}

/**
 * The unit as the assessor sees it: the server's (or the prepared offline) copy with the outbox applied in
 * order, so a change shows at once and survives a reload; role counts follow the respondents shown.
 */
export function applyOutboxToCollection(
  collection: UnitCollection,
  entries: readonly OutboxEntry[],
): UnitCollection {
  const ids = createdIds(entries);
  const resolve = (id: unknown): string | null => (typeof id === 'string' ? (ids.get(id) ?? id) : null);
  let respondents: RespondentDto[] = [...collection.respondents];
  let answers: AnswerDto[] = [...collection.answers];
  for (const entry of entries) {
    const body = entry.body ?? {};
    if (entry.kind === 'respondent-create' && entry.localId) {
      const id = resolve(entry.localId) ?? entry.localId;
      if (respondents.some((respondent) => respondent.id === id)) continue;
      respondents.push({
        id,
        roleCode: String(body.roleCode),
        name: String(body.name ?? ''),
        jobTitle: String(body.jobTitle ?? ''),
        employment: (body.employment as RespondentDto['employment']) ?? null,
        decreeNumber: (body.decreeNumber as string | null) ?? null,
        decreeDate: (body.decreeDate as string | null) ?? null,
        interviewedOn: (body.interviewedOn as string | null) ?? null,
        version: 1,
        updatedAt: new Date(entry.createdAt).toISOString(),
      });
    } else if (entry.kind === 'respondent-update') {
      const id = resolve(entry.recordKey.slice('respondent:'.length));
      respondents = respondents.map((respondent) =>
        respondent.id === id ? { ...respondent, ...pickRespondentFields(body) } : respondent,
      );
    } else if (entry.kind === 'respondent-delete') {
      const id = resolve(entry.recordKey.slice('respondent:'.length));
      respondents = respondents.filter((respondent) => respondent.id !== id);
      answers = answers.filter((answer) => answer.respondentId !== id);
    } else if (entry.kind === 'answer') {
      const respondentId = resolve(body.respondentId);
      const indicatorCode = String(body.indicatorCode);
      const saved = entry.state === 'done' ? (entry.details as { version?: number } | null) : null;
      const existing = answers.find(
        (answer) => answer.respondentId === respondentId && answer.indicatorCode === indicatorCode,
      );
      const next: AnswerDto = {
        id: existing?.id ?? entry.id,
        respondentId,
        indicatorCode,
        level: (body.level as number | null) ?? null,
        note: String(body.note ?? ''),
        version: saved?.version ?? existing?.version ?? 0,
        updatedAt: existing?.updatedAt ?? new Date(entry.createdAt).toISOString(),
        updatedBy: existing?.updatedBy ?? null,
        evidence: existing?.evidence ?? [],
      };
      answers = existing
        ? answers.map((answer) => (answer === existing ? next : answer))
        : [...answers, next];
    } else if (entry.kind === 'evidence-reuse') {
      answers = withReusedEvidence(answers, entry, resolve);
    } else if (entry.kind === 'evidence-delete') {
      const evidenceId = entry.recordKey.slice('evidence:'.length);
      answers = answers.map((answer) => ({
        ...answer,
        evidence: answer.evidence.filter((item) => item.id !== evidenceId),
      }));
    }
  }
  const roles = collection.roles.map((role) => ({
    ...role,
    recorded: respondents.filter((respondent) => respondent.roleCode === role.code).length,
  }));
  return {
    ...collection,
    respondents,
    answers,
    roles,
    missingRoles: roles.filter((role) => role.recorded < role.requiredCount).map((role) => role.code),
  };
}

/**
 * Shows a reused file on its new answer at once: a copy of the source item (same file), under the server's id
 * once sent; the answer is made empty when the evidence comes first, as the server does.
 */
function withReusedEvidence(
  answers: AnswerDto[],
  entry: OutboxEntry,
  resolve: (id: unknown) => string | null,
): AnswerDto[] {
  const body = entry.body ?? {};
  const source = answers.flatMap((answer) => answer.evidence).find((item) => item.id === body.fromEvidenceId);
  if (!source) return answers;
  const respondentId = resolve(body.respondentId);
  const indicatorCode = String(body.indicatorCode);
  const sent = entry.state === 'done' ? (entry.details as { id?: unknown } | null) : null;
  const item = { ...source, id: typeof sent?.id === 'string' ? sent.id : entry.id };
  const existing = answers.find(
    (answer) => answer.respondentId === respondentId && answer.indicatorCode === indicatorCode,
  );
  if (existing?.evidence.some((evidence) => evidence.sha256 === source.sha256)) return answers;
  if (existing)
    return answers.map((answer) =>
      answer === existing ? { ...answer, evidence: [...answer.evidence, item] } : answer,
    );
  return [
    ...answers,
    {
      id: entry.id,
      respondentId,
      indicatorCode,
      level: null,
      note: '',
      version: 0,
      updatedAt: new Date(entry.createdAt).toISOString(),
      updatedBy: null,
      evidence: [item],
    },
  ];
}

function pickRespondentFields(body: Record<string, unknown>): Partial<RespondentDto> {
  const fields: Partial<RespondentDto> = {};
  if (typeof body.name === 'string') fields.name = body.name;
  if (typeof body.jobTitle === 'string') fields.jobTitle = body.jobTitle;
  if ('employment' in body) fields.employment = body.employment as RespondentDto['employment'];
  if ('decreeNumber' in body) fields.decreeNumber = body.decreeNumber as string | null;
  if ('decreeDate' in body) fields.decreeDate = body.decreeDate as string | null;
  if ('interviewedOn' in body) fields.interviewedOn = body.interviewedOn as string | null;
  return fields;
}

/** The complaint list with records added, changed or removed offline (the speed summary waits for the server). */
export function applyOutboxToComplaints(list: ComplaintList, entries: readonly OutboxEntry[]): ComplaintList {
  const ids = createdIds(entries);
  let items: ComplaintRecord[] = [...list.items];
  for (const entry of entries) {
    const body = entry.body ?? {};
    const id =
      ids.get(entry.recordKey.slice('complaint:'.length)) ?? entry.recordKey.slice('complaint:'.length);
    const fields = {
      reference: String(body.reference ?? ''),
      channel: body.channel as ComplaintRecord['channel'],
      receivedAt: String(body.receivedAt),
      firstResponseAt: (body.firstResponseAt as string | null) ?? null,
      resolvedAt: (body.resolvedAt as string | null) ?? null,
      outcome: body.outcome as ComplaintRecord['outcome'],
      summary: String(body.summary ?? ''),
    };
    if (entry.kind === 'complaint-create' && !items.some((item) => item.id === id))
      items.push({ id, ...fields, version: 1, updatedAt: new Date(entry.createdAt).toISOString() });
    else if (entry.kind === 'complaint-update')
      items = items.map((item) => (item.id === id ? { ...item, ...fields } : item));
    else if (entry.kind === 'complaint-delete') items = items.filter((item) => item.id !== id);
  }
  return { ...list, items };
}

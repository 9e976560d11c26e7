import { describe, expect, it } from 'vitest';
import type { AnswerDto, UnitCollection } from '../../../src/contracts/collection.contract';
import { applyOutboxToCollection } from '../../../src/web/features/offline/apply-outbox-to-collection';
import type { OutboxEntry } from '../../../src/web/features/offline/outbox-database';

const photo = {
  id: '11111111-1111-4111-8111-111111111111',
  fileName: 'ruang-pelayanan.jpg',
  mediaType: 'image/jpeg',
  sizeBytes: 1234,
  sha256: 'a'.repeat(64),
  takenAt: null,
  latitude: null,
  longitude: null,
  uploadedAt: '2026-12-05T01:00:00.000Z',
  integrityFlags: [],
  counts: true,
};

const answer = (indicatorCode: string, evidence: AnswerDto['evidence']): AnswerDto => ({
  id: `00000000-0000-4000-8000-00000000000${indicatorCode.slice(-1)}`,
  respondentId: null,
  indicatorCode,
  level: 3,
  note: '',
  version: 1,
  updatedAt: '2026-12-05T01:00:00.000Z',
  updatedBy: null,
  evidence,
});

const collection = {
  respondents: [],
  roles: [],
  missingRoles: [],
  answers: [answer('PRS-01', [photo]), answer('PRS-02', [])],
} as unknown as UnitCollection;

function reuseEntry(indicatorCode: string, state: OutboxEntry['state'] = 'pending', details: unknown = null) {
  return {
    id: `entry-${indicatorCode}`,
    userId: 'u',
    unitKey: '2051/16.06/x',
    kind: 'evidence-reuse',
    method: 'POST',
    url: '/api/cycles/2051/loci/16.06/units/x/evidence/reuse',
    body: { fromEvidenceId: photo.id, indicatorCode, respondentId: null },
    file: null,
    idempotencyKey: 'k',
    recordKey: `evidence:${indicatorCode}`,
    localId: null,
    state,
    attempts: 0,
    nextAttemptAt: 0,
    lastError: null,
    details,
    createdAt: Date.UTC(2026, 11, 5, 2),
    doneAt: null,
  } satisfies OutboxEntry;
}

describe('a queued evidence reuse on the unit page', () => {
  it('shows the source file on the new answer at once, and on an answer made empty when there was none', () => {
    const shown = applyOutboxToCollection(collection, [reuseEntry('PRS-02'), reuseEntry('PRS-03')]);
    const evidenceOf = (code: string) => shown.answers.find((item) => item.indicatorCode === code)?.evidence;
    expect(evidenceOf('PRS-02')).toEqual([{ ...photo, id: 'entry-PRS-02' }]);
    expect(evidenceOf('PRS-03')).toEqual([{ ...photo, id: 'entry-PRS-03' }]);
    expect(shown.answers.find((item) => item.indicatorCode === 'PRS-03')).toMatchObject({
      level: null,
      version: 0,
    });
  });

  it('takes the server id once sent, and never lists the same file twice on one answer', () => {
    const serverId = '22222222-2222-4222-8222-222222222222';
    const sent = applyOutboxToCollection(collection, [reuseEntry('PRS-02', 'done', { id: serverId })]);
    expect(
      sent.answers.find((item) => item.indicatorCode === 'PRS-02')?.evidence.map((item) => item.id),
    ).toEqual([serverId]);
    const onItself = applyOutboxToCollection(collection, [reuseEntry('PRS-01')]);
    expect(onItself.answers.find((item) => item.indicatorCode === 'PRS-01')?.evidence).toHaveLength(1);
  });
});

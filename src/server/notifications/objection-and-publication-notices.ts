import type { Notification } from '../../contracts/notifications.contract';
import { currentPhase } from '../../core/cycles/cycle-phases';
import type { RequestActor } from '../auth/request-actor';
import { phasesOfCycle } from '../cycles/phases-of-cycle';
import type { Queryable } from '../db/database';
import { listCycles } from '../db/repositories/cycles.repository';
import {
  listLocusEntityCodesOfCycles,
  listObjectionsDecidedSince,
  listPublicationsOfEntitySince,
} from '../db/repositories/notifications.repository';

type NoticeActor = Pick<RequestActor, 'role' | 'provinceCodes' | 'entityCode'>;

const dayMs = 86_400_000;
/** The window is "closing" in its last three days. */
const closingDays = 3;
/** Decisions and publications are news for this long. */
const recentDays = 30;

/**
 * The objection window (open, then closing) for the liaisons of the cycle's loci and the coordinators of
 * their provinces; objections decided in the last 30 days (liaison: own entity; coordinator: provinces);
 * results published in the last 30 days that carry the liaison's entity.
 */
export async function listObjectionAndPublicationNotices(
  db: Queryable,
  actor: NoticeActor,
  now: Date,
): Promise<Notification[]> {
  if (actor.role !== 'liaison' && actor.role !== 'coordinator') return [];
  const entityCode = actor.role === 'liaison' ? actor.entityCode : null;
  if (actor.role === 'liaison' && !entityCode) return [];
  const notices: Notification[] = [];

  const windows = (await listCycles(db)).flatMap((cycle) => {
    const phases = phasesOfCycle(cycle);
    const status = currentPhase(phases, now);
    const window = phases.find((phase) => phase.code === 'objection-window');
    return status.kind === 'in-phase' && status.phase === 'objection-window' && window
      ? [{ cycle, endsAt: window.endsAt }]
      : [];
  });
  const loci = await listLocusEntityCodesOfCycles(
    db,
    windows.map((window) => window.cycle.id),
  );
  for (const { cycle, endsAt } of windows) {
    const concerned = loci.filter((locus) =>
      entityCode
        ? locus.cycleId === cycle.id && locus.entityCode === entityCode
        : locus.cycleId === cycle.id && actor.provinceCodes.includes(locus.provinceCode ?? ''),
    );
    if (concerned.length === 0) continue;
    const daysLeft = Math.ceil((endsAt.getTime() - now.getTime()) / dayMs);
    const kind = daysLeft <= closingDays ? 'objection-window-closing' : 'objection-window-open';
    notices.push({
      kind,
      key: `${kind}:${cycle.year}`,
      date: endsAt.toISOString(),
      entityCode: entityCode ?? '',
      entityName: '',
      year: cycle.year,
      title: String(cycle.year),
      daysLeft,
      link: `/siklus/${cycle.year}/sanggahan`,
    });
  }

  const since = new Date(now.getTime() - recentDays * dayMs);
  const decided = await listObjectionsDecidedSince(
    db,
    since,
    entityCode ? { entityCode } : { provinceCodes: actor.provinceCodes },
  );
  for (const objection of decided) {
    notices.push({
      kind: 'objection-decided',
      key: `objection-decided:${objection.id}:${objection.status}`,
      date: objection.decidedAt?.toISOString() ?? null,
      entityCode: objection.entityCode,
      entityName: objection.entityName,
      year: objection.year,
      title: objection.status,
      daysLeft: null,
      link: `/siklus/${objection.year}/sanggahan`,
    });
  }

  if (entityCode) {
    for (const publication of await listPublicationsOfEntitySince(db, entityCode, since, now)) {
      notices.push({
        kind: 'results-published',
        key: `results-published:${publication.snapshotId}`,
        date: publication.embargoAt.toISOString(),
        entityCode,
        entityName: publication.entityName,
        year: publication.year,
        title: String(publication.year),
        daysLeft: null,
        link: `/hasil/entitas/${entityCode}/riwayat`,
      });
    }
  }
  return notices;
}

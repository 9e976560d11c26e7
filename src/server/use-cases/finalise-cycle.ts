import { createHash } from 'node:crypto';
import type { FinaliseFlag, FinaliseRequest, FinaliseResponse } from '../../contracts/finalise.contract';
import { canonicalJson } from '../../core';
import { can } from '../../core/access/can';
import { type AuditContext, auditFieldsOf } from '../audit/audit-context';
import type { RequestActor } from '../auth/request-actor';
import { freezeCycleIfDue } from '../cycles/freeze-cycle-if-due';
import { requireCycle } from '../cycles/require-cycle';
import { requireOpenPhase } from '../cycles/require-open-phase';
import type { Database } from '../db/database';
import { appendAuditEntry } from '../db/repositories/audit-log.repository';
import {
  type ComputedEntityRows,
  type CycleLocusForScoring,
  insertComputedSnapshot,
  listCycleLociForScoring,
  listUnitResults,
} from '../db/repositories/computed-results.repository';
import {
  findLatestSnapshotOfYear,
  listEntityResults,
  lockSnapshotYear,
} from '../db/repositories/results.repository';
import { DomainError, notFoundError } from '../errors';
import { assessFinaliseReadiness } from '../results/assess-finalise-readiness';
import { compareSnapshotRows } from '../results/compare-snapshot-rows';
import { compareUnitRows } from '../results/compare-unit-rows';
import { flagRows } from '../results/flag-finalised-rows';
import { requireFrozenEdition } from '../results/require-frozen-edition';
import { markResultsChanged } from '../results/results-version';
import { rethrowSnapshotChainConflict } from '../results/rethrow-snapshot-chain-conflict';
import { scoreCycleInBatches } from '../results/score-cycle-in-batches';

/**
 * Finalises a cycle (penetapan): scores the loci the request's scope names with the frozen edition,
 * classifies and ranks them among themselves, and stores a new published snapshot that supersedes the year's
 * previous one. Published means fixed (the database refuses changes); the cycle's embargo keeps it from the
 * public until that moment, when it shows by itself. Scope `accepted` publishes only the loci the centre
 * accepted (the others are listed as `left-out`; none accepted → 409 NOT_READY with the readiness list);
 * scope `all` is the admin's audited override: loci not accepted are published flagged `not-accepted` and
 * `override`. A row whose figure differs from the superseded snapshot is flagged `corrected`. Loci without
 * units are left out and flagged `no-units`.
 */
export async function finaliseCycle(
  db: Database,
  /** Undefined from the command line (`patuh cycle finalise`), run by the server's operator. */
  actor: RequestActor | undefined,
  year: number,
  request: FinaliseRequest,
  context: AuditContext,
  now: Date,
  options: { markAsDemo?: boolean } = {},
): Promise<FinaliseResponse> {
  if (actor && !can(actor, 'results.finalise')) throw notFoundError();
  // A cycle nobody opened during data collection is frozen now, with the edition as it is today.
  const cycle = await freezeCycleIfDue(db, await requireCycle(db, year), now, context);
  requireOpenPhase(cycle, 'results.finalise', now);
  if (!cycle.embargoAt)
    throw new DomainError('VALIDATION_FAILED', {
      id: `Siklus ${year} belum memiliki waktu embargo publikasi; isi embargo pada pengaturan siklus sebelum menetapkan hasil.`,
      en: `Cycle ${year} has no publication embargo yet; set the embargo in the cycle settings before finalising.`,
    });
  const embargoAt = cycle.embargoAt;
  const edition = await requireFrozenEdition(cycle);

  return db
    .transaction(async (tx) => {
      // A finalise (or import) of this year on another process waits here and then supersedes our snapshot:
      // the year's snapshots stay one chain. Taken first, so the answers scored are those after its commit.
      await lockSnapshotYear(tx, year);
      const all = await listCycleLociForScoring(tx, cycle.id);
      const withoutUnits = all.filter((locus) => locus.locusUnitIds.length === 0);
      const scorable = all.filter((locus) => locus.locusUnitIds.length > 0);
      if (scorable.length === 0)
        throw new DomainError('VALIDATION_FAILED', {
          id: `Siklus ${year} belum memiliki lokus dengan unit untuk dinilai.`,
          en: `Cycle ${year} has no locus with units to score.`,
        });
      const isAccepted = (locus: CycleLocusForScoring) => locus.approval === 'accepted';
      const loci = request.scope === 'accepted' ? scorable.filter(isAccepted) : scorable;
      const leftOut = request.scope === 'accepted' ? scorable.filter((locus) => !isAccepted(locus)) : [];
      if (loci.length === 0)
        throw new DomainError(
          'NOT_READY',
          {
            id: `Belum ada lokus siklus ${year} yang diterima pusat; tidak ada yang dapat ditetapkan. Lihat daftar kesiapan.`,
            en: `No locus of cycle ${year} has been accepted by the centre; nothing can be finalised. See the readiness list.`,
          },
          await assessFinaliseReadiness(tx, cycle, edition),
        );
      const previous = await findLatestSnapshotOfYear(tx, year);
      const previousRows = previous ? await listEntityResults(tx, previous.id) : [];
      const rows = flagRows(await scoreCycleInBatches(tx, cycle, edition, loci), {
        request,
        previousRows,
        markAsDemo: options.markAsDemo === true,
      });
      const flags: FinaliseFlag[] = [
        ...loci
          .filter((locus) => !isAccepted(locus))
          .map((locus) => ({
            entityCode: locus.entityCode,
            entityName: locus.entityName,
            flag: 'not-accepted' as const,
            approval: locus.approval,
          })),
        ...leftOut.map((locus) => ({
          entityCode: locus.entityCode,
          entityName: locus.entityName,
          flag: 'left-out' as const,
          approval: locus.approval,
        })),
        ...withoutUnits.map((locus) => ({
          entityCode: locus.entityCode,
          entityName: locus.entityName,
          flag: 'no-units' as const,
          approval: locus.approval,
        })),
      ];
      const snapshot = await insertComputedSnapshot(
        tx,
        {
          year,
          source: 'computed',
          cycleId: cycle.id,
          methodologyId: edition.methodology.id,
          methodologyVersion: edition.methodology.version,
          methodologySha256: edition.sha256,
          decreeNumber: cycle.decreeNumber,
          decreeDate: cycle.decreeDate,
          embargoAt,
          supersedesId: previous?.id ?? null,
          rowsSha256: hashRows(rows),
          sourceFileName: null,
          createdByUserId: actor?.userId ?? null,
        },
        rows,
        now,
      );
      // Compared with the rows just written as they are in memory: reading a national snapshot back costs
      // more than scoring it (issue #19).
      const changes = compareSnapshotRows(
        previousRows,
        rows.map(({ entity }) => ({ ...entity, rankProvince: entity.rankProvince ?? null })),
      );
      const unitChanges = compareUnitRows(
        previous ? await listUnitResults(tx, previous.id) : [],
        rows.flatMap(({ entity, units }) =>
          units.map((unit) => ({
            ...unit,
            entityCode: entity.entityCode,
            unitId: unit.unitId ?? null,
            rankUnitTypeProvince: unit.rankUnitTypeProvince ?? null,
          })),
        ),
      );
      const unitCount = rows.reduce((sum, row) => sum + row.units.length, 0);
      await appendAuditEntry(tx, {
        ...auditFieldsOf(context),
        action: 'results.finalise',
        resourceType: 'result-snapshot',
        resourceId: snapshot.id,
        provinceCode: null,
        before: previous ? { snapshotId: previous.id, source: previous.source } : null,
        after: {
          year,
          methodologyRef: cycle.methodologyRef,
          methodologySha256: edition.sha256,
          entities: rows.length,
          units: unitCount,
          embargoAt: embargoAt.toISOString(),
          scope: request.scope,
          ...(request.scope === 'all' ? { overrideReason: request.reason } : {}),
          flags: flags.map((flag) => `${flag.entityCode}:${flag.flag}`),
          changes: changes.length,
          unitChanges: unitChanges.length,
        },
      });
      return {
        snapshotId: snapshot.id,
        supersedesId: snapshot.supersedesId,
        year,
        methodologyRef: cycle.methodologyRef,
        methodologySha256: edition.sha256,
        decreeNumber: snapshot.decreeNumber,
        decreeDate: snapshot.decreeDate,
        embargoAt: embargoAt.toISOString(),
        entities: rows.length,
        units: unitCount,
        scope: request.scope,
        flags,
        changes,
        unitChanges,
      };
    })
    .catch(rethrowSnapshotChainConflict)
    .then((response) => {
      markResultsChanged();
      return response;
    });
}

/** The published figures of the snapshot in canonical form (explanations left out: they follow from them). */
function hashRows(rows: readonly ComputedEntityRows[]): string {
  const canonical = rows.map((row) => [
    row.entity.entityCode,
    row.entity.score,
    row.entity.category,
    row.entity.rankNational,
    row.entity.rankProvince,
    row.units.map((unit) => [unit.unitId, unit.score, unit.category, unit.rankUnitTypeProvince]),
  ]);
  return createHash('sha256').update(canonicalJson(canonical)).digest('hex');
}

import type { FinaliseReadiness, ReadinessProblem } from '../../contracts/finalise.contract';
import type { Queryable } from '../db/database';
import { listCollectedUnitRows } from '../db/repositories/collection-answers.repository';
import { listCycleLociForScoring } from '../db/repositories/computed-results.repository';
import {
  countOpenObjectionsByLocus,
  listVerificationOverrides,
} from '../db/repositories/readiness.repository';
import type { StoredCyclePhase } from '../db/schema/cycles';
import type { CatalogEntry } from '../methodologies/load-methodology-catalog';
import { checkUnitSubmission } from '../workflow/check-unit-submission';
import { loadOpinionInputs, type OpinionInputs, opinionElementsOf } from './load-opinion-inputs';

const verifiedStatuses = new Set(['verified', 'locked']);

/**
 * What keeps each locus of a cycle from being published: not accepted by the centre, units not verified,
 * answers or officials missing, answers without the evidence the edition requires (gaps the verifier let
 * through with a note are not counted again), the entity's survey below its quota, objections undecided. On
 * the Opini editions also: oversight products still open at the cycle's cut-off (they cost the entity the
 * suffix "Tanpa Maladministrasi") and the public-trust survey below its target.
 */
export async function assessFinaliseReadiness(
  db: Queryable,
  cycle: { id: string; year: number; phases: readonly StoredCyclePhase[] },
  edition: CatalogEntry,
): Promise<FinaliseReadiness> {
  const methodology = edition.methodology;
  const loci = await listCycleLociForScoring(db, cycle.id);
  const opinionInputs = opinionElementsOf(methodology)
    ? await loadOpinionInputs(db, cycle, edition, loci)
    : new Map<string, OpinionInputs>();
  const locusUnitIds = loci.flatMap((locus) => locus.locusUnitIds);
  const collected = new Map(
    (await listCollectedUnitRows(db, locusUnitIds)).map((rows) => [rows.locusUnitId, rows]),
  );
  const overrides = await listVerificationOverrides(db, locusUnitIds);
  const openObjections = await countOpenObjectionsByLocus(db, cycle.id);

  const items = loci.map((locus) => {
    const problems: ReadinessProblem[] = [];
    const add = (code: ReadinessProblem['code'], count: number, id: string, en: string) => {
      if (count > 0) problems.push({ code, count, message: { id, en } });
    };
    const accepted = locus.approval === 'accepted';
    add(
      'not-accepted',
      accepted ? 0 : 1,
      `Belum diterima pusat (status ${locus.approval}).`,
      `Not accepted by the centre (status ${locus.approval}).`,
    );
    add(
      'no-units',
      locus.locusUnitIds.length === 0 ? 1 : 0,
      'Belum ada unit yang dinilai.',
      'No units assessed.',
    );
    const units = locus.locusUnitIds.flatMap((id) => {
      const rows = collected.get(id);
      return rows ? [rows] : [];
    });
    const knownTypes = new Set(methodology.unitTypes.map((unitType) => unitType.code));
    const outside = units.filter((rows) => !knownTypes.has(rows.unitTypeCode));
    add(
      'unit-type-not-in-edition',
      outside.length,
      `Jenis unit tidak dikenal edisi ini: ${outside.map((u) => `${u.unitName} [${u.unitTypeCode}]`).join(', ')}.`,
      `Unit types unknown to this edition: ${outside.map((u) => `${u.unitName} [${u.unitTypeCode}]`).join(', ')}.`,
    );
    const notVerified = units.filter((rows) => !verifiedStatuses.has(rows.status));
    add(
      'units-not-verified',
      notVerified.length,
      `${notVerified.length} dari ${units.length} unit belum terverifikasi: ${notVerified.map((u) => u.unitName).join(', ')}.`,
      `${notVerified.length} of ${units.length} units not verified: ${notVerified.map((u) => u.unitName).join(', ')}.`,
    );
    let incomplete = 0;
    let withoutEvidence = 0;
    let surveyResponses = 0;
    let surveyTarget = 0;
    for (const rows of units) {
      const check = checkUnitSubmission(rows, methodology, locus.kind);
      const letThrough = new Set((overrides.get(rows.locusUnitId) ?? []).map((override) => override.key));
      const open = check.gaps.filter((gap) => !letThrough.has(gap.key));
      withoutEvidence += open.filter((gap) => gap.key.startsWith('evidence:')).length;
      incomplete += open.filter((gap) => !gap.key.startsWith('evidence:')).length;
      surveyResponses += check.surveyQuota.responses;
      surveyTarget = check.surveyQuota.target;
    }
    add(
      'answers-incomplete',
      incomplete,
      `${incomplete} jawaban atau responden belum lengkap.`,
      `${incomplete} answers or respondents missing.`,
    );
    add(
      'evidence-missing',
      withoutEvidence,
      `${withoutEvidence} jawaban belum dilengkapi bukti dukung yang diwajibkan.`,
      `${withoutEvidence} answers lack the required supporting evidence.`,
    );
    // The survey quota is the whole entity's (its units' responses together).
    add(
      'survey-below-quota',
      units.length > 0 && surveyResponses < surveyTarget ? surveyTarget - surveyResponses : 0,
      `Survei pengguna layanan baru ${surveyResponses} dari ${surveyTarget} tanggapan.`,
      `The service-user survey has ${surveyResponses} of ${surveyTarget} responses.`,
    );
    const opinion = opinionInputs.get(locus.locusId);
    if (opinion) {
      const open = opinion.followUp.openProductIds.length;
      add(
        'oversight-products-pending',
        open,
        `${open} produk pengawasan Ombudsman belum ditindaklanjuti tuntas per ${opinion.followUp.cutOff}.`,
        `${open} Ombudsman oversight products not followed up in full by ${opinion.followUp.cutOff}.`,
      );
      const { responses } = opinion.publicTrust;
      const target = opinion.publicTrustTarget;
      add(
        'public-trust-below-quota',
        responses < target ? target - responses : 0,
        `Survei kepercayaan masyarakat baru ${responses} dari ${target} tanggapan.`,
        `The public-trust survey has ${responses} of ${target} responses.`,
      );
    }
    const objectionsOpen = openObjections.get(locus.locusId) ?? 0;
    add(
      'objections-open',
      objectionsOpen,
      `${objectionsOpen} sanggahan belum diputuskan.`,
      `${objectionsOpen} objections not decided yet.`,
    );
    return {
      code: locus.entityCode,
      name: locus.entityName,
      approval: locus.approval,
      accepted,
      unitsNotVerified: notVerified.length,
      problems,
    };
  });
  return {
    year: cycle.year,
    ready: items.length > 0 && items.every((item) => item.problems.length === 0),
    acceptedLoci: items.filter((item) => item.accepted && item.unitsNotVerified === 0).length,
    loci: items,
  };
}

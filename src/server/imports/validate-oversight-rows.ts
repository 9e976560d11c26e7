import type { ImportProblem } from '../../contracts/imports.contract';
import { oversightFileColumns } from '../../contracts/oversight-products.contract';
import { can } from '../../core/access/can';
import {
  type FollowUpStatus,
  followUpStatuses,
  type OversightProductKind,
  oversightProductKinds,
} from '../../core/oversight/oversight-follow-up-status';
import type { RequestActor } from '../auth/request-actor';
import type { Queryable } from '../db/database';
import { type EntityRow, findEntitiesByCodes } from '../db/repositories/entities.repository';
import { localToday } from '../plans/item-deadlines';
import type { TableFile } from './read-table-file';

export interface OversightImportRow {
  rowNumber: number;
  entity: EntityRow;
  kind: OversightProductKind;
  number: string;
  issuedOn: string;
  subject: string;
  issuingOffice: string;
  dueOn: string | null;
  followUpStatus: FollowUpStatus;
  /** Null only with `belum` and no date: nothing was ever confirmed. */
  confirmedOn: string | null;
}

const requiredColumns = oversightFileColumns.filter((column) => column !== 'batas_waktu');
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function isCalendarDate(value: string): boolean {
  if (!isoDate.test(value) || value < '1900-01-01' || value > '2999-12-31') return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

/** Checks every row of a register file and returns every problem; only a file without problems yields rows. */
export async function validateOversightRows(
  db: Queryable,
  actor: RequestActor,
  file: TableFile,
  now: Date,
): Promise<{ problems: ImportProblem[]; rows: OversightImportRow[] }> {
  const problems: ImportProblem[] = [];
  const rows: OversightImportRow[] = [];
  for (const column of requiredColumns.filter((name) => !file.columns.includes(name)))
    problems.push({
      row: 1,
      column,
      value: '',
      message: {
        id: `Kolom "${column}" tidak ada di baris judul.`,
        en: `Column "${column}" is missing from the header row.`,
      },
    });
  if (problems.length > 0) return { problems, rows };
  if (file.rows.length === 0)
    problems.push({
      row: 2,
      column: 'kode_entitas',
      value: '',
      message: { id: 'Berkas tidak berisi baris data.', en: 'The file has no data rows.' },
    });
  const entities = await findEntitiesByCodes(
    db,
    file.rows.map((row) => row.cells.kode_entitas ?? ''),
  );
  const seen = new Map<string, number>();
  for (const row of file.rows) {
    const before = problems.length;
    const cell = (column: string) => row.cells[column] ?? '';
    const problem = (column: string, id: string, en: string) =>
      problems.push({ row: row.rowNumber, column, value: cell(column), message: { id, en } });
    const entity = entities.get(cell('kode_entitas'));
    const inScope =
      entity?.isActive === true &&
      can(actor, 'oversight.manage', {
        type: 'entity',
        entityCode: entity.code,
        provinceCode: entity.provinceCode,
      });
    if (!entity || !inScope)
      problem(
        'kode_entitas',
        `Entitas "${cell('kode_entitas')}" tidak ditemukan atau di luar cakupan Anda.`,
        `Entity "${cell('kode_entitas')}" does not exist or is outside your scope.`,
      );
    const kind = oversightProductKinds.find((candidate) => candidate === cell('jenis'));
    if (!kind)
      problem(
        'jenis',
        `Jenis harus salah satu dari: ${oversightProductKinds.join(', ')}.`,
        `The kind must be one of: ${oversightProductKinds.join(', ')}.`,
      );
    const number = cell('nomor');
    if (number.length < 1 || number.length > 120)
      problem(
        'nomor',
        'Nomor wajib diisi, paling banyak 120 karakter.',
        'The number is required, at most 120 characters.',
      );
    const today = localToday(now, entity?.provinceCode ?? null);
    const issuedOn = cell('tanggal');
    if (!isCalendarDate(issuedOn) || issuedOn > today)
      problem(
        'tanggal',
        'Tanggal terbit harus YYYY-MM-DD dan tidak setelah hari ini.',
        'The issue date must be YYYY-MM-DD and not after today.',
      );
    const subject = cell('perihal');
    if (subject.length < 3 || subject.length > 1000)
      problem(
        'perihal',
        'Perihal wajib diisi, 3 sampai 1000 karakter.',
        'The subject is required, 3 to 1000 characters.',
      );
    const issuingOffice = cell('kantor_penerbit');
    if (issuingOffice.length < 2 || issuingOffice.length > 200)
      problem(
        'kantor_penerbit',
        'Kantor penerbit wajib diisi, 2 sampai 200 karakter.',
        'The issuing office is required, 2 to 200 characters.',
      );
    const dueOn = cell('batas_waktu') || null;
    if (dueOn !== null && (!isCalendarDate(dueOn) || dueOn < issuedOn))
      problem(
        'batas_waktu',
        'Batas waktu harus YYYY-MM-DD dan tidak sebelum tanggal terbit.',
        'The due date must be YYYY-MM-DD and not before the issue date.',
      );
    const followUpStatus = followUpStatuses.find(
      (candidate) => candidate === (cell('status_tindak_lanjut') || 'belum'),
    );
    if (!followUpStatus)
      problem(
        'status_tindak_lanjut',
        'Status harus belum, sebagian atau selesai.',
        'The status must be belum, sebagian or selesai.',
      );
    const confirmedOn = cell('tanggal_konfirmasi') || null;
    if (confirmedOn === null && followUpStatus !== undefined && followUpStatus !== 'belum')
      problem(
        'tanggal_konfirmasi',
        'Tanggal konfirmasi wajib diisi bila status bukan "belum".',
        'The confirmation date is required when the status is not "belum".',
      );
    if (
      confirmedOn !== null &&
      (!isCalendarDate(confirmedOn) || confirmedOn < issuedOn || confirmedOn > today)
    )
      problem(
        'tanggal_konfirmasi',
        'Tanggal konfirmasi harus YYYY-MM-DD, antara tanggal terbit dan hari ini.',
        'The confirmation date must be YYYY-MM-DD, between the issue date and today.',
      );
    const key = `${entity?.code}|${kind}|${number}`;
    const earlier = seen.get(key);
    if (earlier !== undefined && entity && kind)
      problem(
        'nomor',
        `Produk yang sama sudah ada di baris ${earlier}.`,
        `The same product is already on row ${earlier}.`,
      );
    seen.set(key, row.rowNumber);
    if (problems.length > before || !entity || !kind || !followUpStatus) continue;
    rows.push({
      rowNumber: row.rowNumber,
      entity,
      kind,
      number,
      issuedOn,
      subject,
      issuingOffice,
      dueOn,
      followUpStatus,
      confirmedOn,
    });
  }
  return { problems, rows };
}

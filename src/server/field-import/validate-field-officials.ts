import { fieldImportSheets, fieldOfficialColumns } from '../../contracts/field-import.contract';
import { decreeRoleCode, missingRoleFieldsProblem } from '../../contracts/respondent-rules.contract';
import type { RespondentRole } from '../../core/methodology/structure.schema';
import type { RespondentChanges, RespondentRow } from '../db/repositories/respondents.repository';
import type { TableFile, TableRow } from '../imports/read-table-file';
import {
  checkColumns,
  isBlankRow,
  optionalCell,
  parseFieldDate,
  SheetProblems,
} from './field-import-problem';

export interface PlannedOfficial {
  rowNumber: number;
  role: RespondentRole;
  fields: RespondentChanges;
}

/** Officials by role code, each by lower-cased name: the stored ones (with id) and the file's new ones. */
export type OfficialDirectory = Map<string, Map<string, { id: string | null; name: string }>>;

export interface OfficialsCheck {
  toAdd: PlannedOfficial[];
  alreadyPresent: number;
  directory: OfficialDirectory;
  problems: SheetProblems;
}

/**
 * Checks the `petugas` sheet against the edition's official roles with the online form's rules: a known role,
 * name and lengths, the decree (SK) of complaint officers and the employment of service officers, and no role
 * past its required count counting those already stored. An official already stored (same role and name) is
 * kept as it is, so importing the same file twice adds nothing.
 */
export function validateFieldOfficials(
  table: TableFile,
  roles: readonly RespondentRole[],
  stored: readonly RespondentRow[],
): OfficialsCheck {
  const problems = new SheetProblems(fieldImportSheets.officials);
  const directory: OfficialDirectory = new Map(roles.map((role) => [role.code, new Map()]));
  for (const official of stored)
    directory
      .get(official.roleCode)
      ?.set(official.name.toLowerCase(), { id: official.id, name: official.name });
  const toAdd: PlannedOfficial[] = [];
  let alreadyPresent = 0;
  if (!checkColumns(problems, table.columns, ['peran', 'nama']))
    return { toAdd, alreadyPresent, directory, problems };
  const seen = new Set<string>();
  for (const row of table.rows) {
    if (isBlankRow(row, fieldOfficialColumns)) continue;
    const role = roles.find((candidate) => candidate.code === row.cells.peran?.toLowerCase());
    if (!role) {
      problems.add(row, 'peran', {
        id: `Peran "${row.cells.peran ?? ''}" tidak ditanyakan di unit ini; pilih salah satu: ${roles.map((r) => r.code).join(', ')}.`,
        en: `Role "${row.cells.peran ?? ''}" is not asked at this unit; choose one of: ${roles.map((r) => r.code).join(', ')}.`,
      });
      continue;
    }
    const fields = readFields(row, problems);
    if (!fields) continue;
    const key = `${role.code}|${fields.name.toLowerCase()}`;
    if (seen.has(key)) {
      problems.add(row, 'nama', {
        id: `${fields.name} sudah tercantum sebagai ${role.text.id} di baris lain lembar ini.`,
        en: `${fields.name} is already listed as ${role.text.en} on another row of this sheet.`,
      });
      continue;
    }
    seen.add(key);
    const sameRole = directory.get(role.code) ?? new Map();
    if (sameRole.has(fields.name.toLowerCase())) {
      alreadyPresent += 1;
      continue;
    }
    const missing = missingRoleFieldsProblem(role, fields);
    if (missing) {
      problems.add(row, role.code === decreeRoleCode ? 'nomor_sk' : 'status_kepegawaian', missing);
      continue;
    }
    if (sameRole.size >= role.requiredCount) {
      problems.add(row, 'peran', {
        id: `Metodologi meminta ${role.requiredCount} responden ${role.text.id}; baris ini menjadi yang ke-${sameRole.size + 1} (termasuk yang sudah tercatat).`,
        en: `The methodology asks for ${role.requiredCount} respondent(s) as ${role.text.en}; this row would be number ${sameRole.size + 1} (counting those already recorded).`,
      });
      continue;
    }
    sameRole.set(fields.name.toLowerCase(), { id: null, name: fields.name });
    // As validateRespondentFields: the decree is kept for complaint officers only.
    const keepsDecree = role.code === decreeRoleCode;
    toAdd.push({
      rowNumber: row.rowNumber,
      role,
      fields: {
        ...fields,
        decreeNumber: keepsDecree ? fields.decreeNumber : null,
        decreeDate: keepsDecree ? fields.decreeDate : null,
      },
    });
  }
  return { toAdd, alreadyPresent, directory, problems };
}

function readFields(row: TableRow, problems: SheetProblems): RespondentChanges | null {
  const before = problems.list.length;
  const name = row.cells.nama ?? '';
  if (name === '' || name.length > 200)
    problems.add(row, 'nama', {
      id: 'Nama wajib diisi, paling banyak 200 karakter.',
      en: 'The name is required, at most 200 characters.',
    });
  const jobTitle = row.cells.jabatan ?? '';
  if (jobTitle.length > 200)
    problems.add(row, 'jabatan', {
      id: 'Jabatan paling banyak 200 karakter.',
      en: 'The job title is at most 200 characters.',
    });
  const employmentText = optionalCell(row, 'status_kepegawaian')?.toLowerCase() ?? null;
  const employment = employmentText === 'asn' || employmentText === 'non-asn' ? employmentText : null;
  if (employmentText !== null && employment === null)
    problems.add(row, 'status_kepegawaian', {
      id: 'Status kepegawaian diisi "asn" atau "non-asn".',
      en: 'Employment is "asn" or "non-asn".',
    });
  const decreeNumber = optionalCell(row, 'nomor_sk');
  if (decreeNumber !== null && decreeNumber.length > 120)
    problems.add(row, 'nomor_sk', {
      id: 'Nomor SK paling banyak 120 karakter.',
      en: 'The decree (SK) number is at most 120 characters.',
    });
  const dateOf = (column: string): string | null => {
    const text = optionalCell(row, column);
    if (text === null) return null;
    const date = parseFieldDate(text);
    if (date === undefined)
      problems.add(row, column, {
        id: `"${text}" bukan tanggal; tulis seperti 2024-03-04 (tahun-bulan-tanggal).`,
        en: `"${text}" is not a date; write it as 2024-03-04 (year-month-day).`,
      });
    return date ?? null;
  };
  const decreeDate = dateOf('tanggal_sk');
  const interviewedOn = dateOf('tanggal_wawancara');
  if (problems.list.length > before) return null;
  return { name, jobTitle, employment, decreeNumber, decreeDate, interviewedOn };
}

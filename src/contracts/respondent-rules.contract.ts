import type { z } from 'zod';
import {
  type CreateRespondentRequest,
  createRespondentRequestSchema,
  type UpdateRespondentRequest,
  updateRespondentRequestSchema,
} from './collection.contract';

/**
 * The rules a respondent must meet before the server stores it, shared by the server and the unit form: the
 * form checks them before a change enters the outbox, so a respondent recorded offline is not refused
 * ("Ditolak") when it is finally sent.
 */

/** The role whose respondents must give the number and date of the decree (SK) appointing them. */
export const decreeRoleCode = 'petugas-pengaduan';
/** The role whose respondents say whether they are civil servants (ASN). */
export const employmentRoleCode = 'petugas-pelayanan';

interface Bilingual {
  id: string;
  en: string;
}

export interface RespondentRoleRef {
  code: string;
  text: Bilingual;
}

type RoleFields = Pick<CreateRespondentRequest, 'employment' | 'decreeNumber' | 'decreeDate'>;

/** The refusal for fields the role requires and the respondent lacks; null when nothing is missing. */
export function missingRoleFieldsProblem(role: RespondentRoleRef, fields: RoleFields): Bilingual | null {
  const missing: Bilingual[] = [];
  if (role.code === decreeRoleCode) {
    if (!fields.decreeNumber) missing.push({ id: 'nomor SK', en: 'decree (SK) number' });
    if (!fields.decreeDate) missing.push({ id: 'tanggal SK', en: 'decree (SK) date' });
  }
  if (role.code === employmentRoleCode && !fields.employment) {
    missing.push({ id: 'status kepegawaian (ASN/non-ASN)', en: 'employment (civil servant or not)' });
  }
  if (missing.length === 0) return null;
  return {
    id: `Responden ${role.text.id} wajib mengisi ${missing.map((field) => field.id).join(' dan ')}.`,
    en: `A respondent in the role ${role.text.en} needs the ${missing.map((field) => field.en).join(' and ')}.`,
  };
}

/** The refusal of one more respondent in a role that already has its required count. */
export function roleFullProblem(
  unitName: string,
  role: RespondentRoleRef & { requiredCount: number },
  recordedNames: readonly string[],
): Bilingual {
  const names = recordedNames.join(', ');
  return {
    id: `${unitName} sudah memiliki ${recordedNames.length} responden ${role.text.id} (${names}); metodologi meminta ${role.requiredCount}. Ubah data responden yang ada alih-alih menambah.`,
    en: `${unitName} already has ${recordedNames.length} respondent(s) as ${role.text.en} (${names}); the methodology asks for ${role.requiredCount}. Edit the existing respondent instead of adding one.`,
  };
}

const fieldNames: Record<string, Bilingual> = {
  roleCode: { id: 'peran', en: 'role' },
  name: { id: 'nama (wajib, paling banyak 200 karakter)', en: 'name (required, at most 200 characters)' },
  jobTitle: { id: 'jabatan (paling banyak 200 karakter)', en: 'job title (at most 200 characters)' },
  employment: { id: 'status kepegawaian', en: 'employment' },
  decreeNumber: {
    id: 'nomor SK (paling banyak 120 karakter)',
    en: 'decree (SK) number (at most 120 characters)',
  },
  decreeDate: { id: 'tanggal SK', en: 'decree (SK) date' },
  interviewedOn: { id: 'tanggal wawancara', en: 'interview date' },
  expectedVersion: { id: 'versi', en: 'version' },
};

export type RespondentCheck<T> = { ok: true; value: T } | { ok: false; problem: Bilingual };

function checkAgainst<T extends RoleFields>(
  schema: z.ZodType<T>,
  role: RespondentRoleRef,
  input: unknown,
): RespondentCheck<T> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((issue) => String(issue.path[0] ?? '')))].map(
      (path) => fieldNames[path] ?? { id: path, en: path },
    );
    return {
      ok: false,
      problem: {
        id: `Periksa isian ${fields.map((field) => field.id).join(', ')}.`,
        en: `Check the ${fields.map((field) => field.en).join(', ')}.`,
      },
    };
  }
  const problem = missingRoleFieldsProblem(role, parsed.data);
  return problem ? { ok: false, problem } : { ok: true, value: parsed.data };
}

/** A new respondent in `role`, checked with the request contract and the role's rules. */
export function checkNewRespondent(
  role: RespondentRoleRef,
  input: unknown,
): RespondentCheck<CreateRespondentRequest> {
  return checkAgainst(createRespondentRequestSchema, role, input);
}

/** Changes to a respondent in `role`, checked with the request contract and the role's rules. */
export function checkRespondentChanges(
  role: RespondentRoleRef,
  input: unknown,
): RespondentCheck<UpdateRespondentRequest> {
  return checkAgainst(updateRespondentRequestSchema, role, input);
}

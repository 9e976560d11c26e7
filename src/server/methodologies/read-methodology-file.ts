import { readFile } from 'node:fs/promises';
import { type Methodology, type ValidationIssue, validateMethodology } from '../../core';
import { hashMethodology } from './hash-methodology';

export type MethodologyFileResult =
  | { ok: true; path: string; methodology: Methodology; sha256: string }
  | { ok: false; path: string; issues: readonly ValidationIssue[] };

/** Reads, parses and validates one methodology.json; unreadable or malformed files become issues, not throws. */
export async function readMethodologyFile(path: string): Promise<MethodologyFileResult> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      path,
      issues: [fileIssue(`berkas tidak dapat dibaca: ${reason}`, `cannot read file: ${reason}`)],
    };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, path, issues: [fileIssue(`JSON tidak valid: ${reason}`, `invalid JSON: ${reason}`)] };
  }
  const validation = validateMethodology(data);
  if (!validation.ok) return { ok: false, path, issues: validation.issues };
  return {
    ok: true,
    path,
    methodology: validation.methodology,
    sha256: hashMethodology(validation.methodology),
  };
}

function fileIssue(id: string, en: string): ValidationIssue {
  return { path: '(file)', message: { id, en } };
}

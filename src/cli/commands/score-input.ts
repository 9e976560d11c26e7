import { type AnswersFile, answersFileSchema } from '../../contracts/unit-answers.contract';
import { formatIssuePath, type Methodology, parseMethodologyRef } from '../../core';
import { CliUserError, loadEdition, readUserFile } from './methodology-command-support';

export interface ScoringInput {
  file: AnswersFile;
  methodology: Methodology;
  ref: string;
  sha256: string;
}

/**
 * Reads an answers file (format patuh-answers@1) and the edition to score it with: `--methodology` when given,
 * else the file's own; when both are given they must agree, so a file is never scored under the wrong edition.
 */
export async function readScoringInput(
  path: string,
  methodologyOption: string | undefined,
): Promise<ScoringInput> {
  const text = await readUserFile(path);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliUserError({
      id: `${path}: JSON tidak valid: ${reason}`,
      en: `${path}: invalid JSON: ${reason}`,
    });
  }
  const parsed = answersFileSchema.safeParse(data);
  if (!parsed.success) {
    throw new CliUserError(
      { id: `${path}: berkas jawaban tidak valid`, en: `${path}: invalid answers file` },
      parsed.error.issues.map((issue) => ({
        path: formatIssuePath(issue.path),
        message: { id: issue.message, en: issue.message },
      })),
    );
  }
  const file = parsed.data;
  const ref = methodologyOption ?? file.methodology;
  const wanted = parseMethodologyRef(ref);
  if (wanted === undefined) {
    throw new CliUserError({
      id: `"${ref}" bukan rujukan <id>@<versi>`,
      en: `"${ref}" is not an <id>@<version> reference`,
    });
  }
  if (`${wanted.id}@${wanted.version}` !== file.methodology) {
    throw new CliUserError({
      id: `berkas dinilai dengan "${file.methodology}", bukan "${ref}"`,
      en: `the file was collected under "${file.methodology}", not "${ref}"`,
    });
  }
  const edition = await loadEdition(ref);
  return { file, methodology: edition.methodology, ref: edition.ref, sha256: edition.sha256 };
}

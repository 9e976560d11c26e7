import { readFile } from 'node:fs/promises';
import { CoreError, type LocalizedText, type Methodology, type ValidationIssue } from '../../core';
import {
  type CatalogEntry,
  findCatalogEdition,
  loadMethodologyCatalog,
} from '../../server/methodologies/load-methodology-catalog';
import {
  type ResolvedEdition,
  resolveCurrentEdition,
} from '../../server/methodologies/resolve-current-edition';

/** A mistake in what the user typed or supplied: printed in both languages, without a stack trace. */
export class CliUserError extends Error {
  readonly messages: LocalizedText;
  readonly issues: readonly ValidationIssue[];

  constructor(messages: LocalizedText, issues: readonly ValidationIssue[] = []) {
    super(messages.en);
    this.name = 'CliUserError';
    this.messages = messages;
    this.issues = issues;
  }
}

/** Runs a scoring command: user errors go to stderr in Indonesian and English with exit code 1. */
export async function runScoringCommand(action: () => Promise<void>): Promise<void> {
  try {
    await action();
  } catch (error) {
    if (error instanceof CliUserError || error instanceof CoreError) {
      process.stderr.write(formatUserError(error.messages, error.issues));
    } else {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    }
    process.exitCode = 1;
  }
}

export function formatUserError(messages: LocalizedText, issues: readonly ValidationIssue[]): string {
  const lines = [`Kesalahan: ${messages.id}`, `Error: ${messages.en}`];
  for (const issue of issues) lines.push(`  ${issue.path}: ${issue.message.id} / ${issue.message.en}`);
  return `${lines.join('\n')}\n`;
}

/** The validated edition for "<id>@<version>" from the catalogue under methodologies/. */
export async function loadEdition(ref: string): Promise<CatalogEntry & { methodology: Methodology }> {
  const catalog = await loadMethodologyCatalog();
  const entry = findCatalogEdition(catalog, ref);
  if (entry !== undefined) return entry;
  const known = catalog.editions.map((edition) => edition.ref).join(', ');
  throw new CliUserError({
    id: `metodologi "${ref}" tidak ditemukan atau tidak valid; tersedia: ${known}`,
    en: `methodology "${ref}" not found or invalid; available: ${known}`,
  });
}

/**
 * Like loadEdition, but a superseded edition resolves to the corrected revision that replaced it
 * (docs/decisions/005): `classify -m ombudsman-kepatuhan@2022` classifies with today's correct cut-offs.
 */
export async function loadCurrentEdition(ref: string): Promise<ResolvedEdition> {
  const catalog = await loadMethodologyCatalog();
  const resolved = resolveCurrentEdition(catalog, ref);
  if (resolved !== undefined) return resolved;
  return { entry: await loadEdition(ref), superseded: [] };
}

/** "ombudsman-kepatuhan@2022 → ombudsman-kepatuhan@2022r1: <reason>", one line per replaced edition. */
export function describeSupersession(resolved: ResolvedEdition): string[] {
  return resolved.superseded.map((entry) => {
    const by = entry.methodology.supersededBy;
    return `${entry.ref} → ${by?.ref ?? resolved.entry.ref}: ${by?.reason.id ?? ''} / ${by?.reason.en ?? ''}`;
  });
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

export function printLines(lines: readonly string[]): void {
  process.stdout.write(`${lines.join('\n')}\n`);
}

export function formatPoints(value: number): string {
  return value.toFixed(2);
}

export async function readUserFile(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliUserError({ id: `berkas tidak dapat dibaca: ${reason}`, en: `cannot read file: ${reason}` });
  }
}

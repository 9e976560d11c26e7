import type { ValidationIssue } from '../errors/core-error';

/** An issue for every code that appears a second time in `items`, pointing at the repeat. */
export function findDuplicateCodes(
  items: readonly { code: string }[],
  pathOf: (index: number) => string,
  what: { id: string; en: string },
): ValidationIssue[] {
  const seen = new Set<string>();
  const issues: ValidationIssue[] = [];
  items.forEach((item, index) => {
    if (seen.has(item.code)) {
      issues.push({
        path: pathOf(index),
        message: {
          id: `kode ${what.id} "${item.code}" dipakai lebih dari sekali`,
          en: `${what.en} code "${item.code}" is used more than once`,
        },
      });
    }
    seen.add(item.code);
  });
  return issues;
}

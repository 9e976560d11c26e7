import type { ImportProblem } from '../../contracts/results.contract';

/** The problems of a rejected import as a CSV to open next to the file (row, column, value, messages). */
export function problemsToCsv(problems: readonly ImportProblem[]): string {
  const cell = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);
  const lines = ['row,column,value,message_id,message_en'];
  for (const p of problems)
    lines.push([String(p.row), p.column, p.value, p.message.id, p.message.en].map(cell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** File names of generated documents: ASCII, no spaces, stable (a bulk job skips names it already wrote). */
export function slugOf(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'dokumen'
  );
}

export function entityPiagamFileName(year: number, entityCode: string, entityName: string): string {
  return `piagam-${year}-${entityCode}-${slugOf(entityName)}.pdf`;
}

export function unitPiagamFileName(year: number, entityCode: string, unitName: string, unitResultId: string) {
  return `piagam-${year}-${entityCode}-${slugOf(unitName)}-${unitResultId.slice(0, 8)}.pdf`;
}

export function raporFileName(year: number, entityCode: string, entityName: string): string {
  return `rapor-${year}-${entityCode}-${slugOf(entityName)}.pdf`;
}

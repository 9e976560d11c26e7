/** `ombudsman-kepatuhan@2024` → { id: 'ombudsman-kepatuhan', version: '2024' }; undefined if malformed. */
export function parseMethodologyRef(ref: string): { id: string; version: string } | undefined {
  const match = /^([a-z0-9]+(?:-[a-z0-9]+)*)@([0-9A-Za-z][0-9A-Za-z.-]*)$/.exec(ref.trim());
  if (match === null) return undefined;
  const [, id, version] = match;
  return id !== undefined && version !== undefined ? { id, version } : undefined;
}

export function formatMethodologyRef(methodology: { id: string; version: string }): string {
  return `${methodology.id}@${methodology.version}`;
}

import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Provenance } from '../../../core';

const colour = { confirmed: 'green', inferred: 'blue', assumed: 'orange' } as const;

/** Where a value comes from; an assumed value stands out. The note is in the "asal nilai" list below. */
export function ProvenanceBadge({ provenance }: { provenance: Provenance }) {
  const { t } = useTranslation();
  return (
    <Badge
      size="sm"
      variant={provenance.status === 'assumed' ? 'filled' : 'light'}
      color={colour[provenance.status]}
      title={provenance.note}
      data-provenance={provenance.status}
      style={{ flexShrink: 0 }}
    >
      {t(`methodology.provenance.${provenance.status}`)}
    </Badge>
  );
}

/** The notes behind the badges of one item, folded away: a phone shows them on a tap. */
export function ProvenanceNotes({ entries }: { entries: { label: string; provenance: Provenance }[] }) {
  const { t } = useTranslation();
  return (
    <details>
      <summary style={{ cursor: 'pointer', minHeight: 44, display: 'flex', alignItems: 'center' }}>
        {t('methodology.sources')}
      </summary>
      <ul style={{ margin: '0.25rem 0', paddingLeft: '1.2rem' }}>
        {entries.map((entry) => (
          <li key={entry.label} style={{ overflowWrap: 'anywhere' }}>
            <strong>{entry.label}</strong> ({t(`methodology.provenance.${entry.provenance.status}`)}):{' '}
            {entry.provenance.note}
          </li>
        ))}
      </ul>
    </details>
  );
}

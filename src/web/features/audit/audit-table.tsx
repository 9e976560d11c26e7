import { Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../contracts/audit.contract';
import { useFormatters } from '../../lib/use-formatters';
import { AuditEntryRow } from './audit-entry-row';

export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (entries.length === 0) return <Text c="dimmed">{t('audit.empty')}</Text>;
  // One zone for the whole log (Jakarta, named) so rows from several provinces read in order:
  // "12 Mei 2026, 14.03.07 WIB".
  const formatTime = (iso: string) => format.dateTime(iso, null, { style: 'medium', seconds: true });
  return (
    <Table.ScrollContainer minWidth={880}>
      <Table verticalSpacing="xs" aria-label={t('audit.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>
              <VisuallyHidden>{t('audit.details')}</VisuallyHidden>
            </Table.Th>
            <Table.Th>{t('audit.time')}</Table.Th>
            <Table.Th>{t('audit.actor')}</Table.Th>
            <Table.Th>{t('audit.role')}</Table.Th>
            <Table.Th>{t('audit.action')}</Table.Th>
            <Table.Th>{t('audit.resource')}</Table.Th>
            <Table.Th>{t('audit.province')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <AuditEntryRow key={entry.id} entry={entry} formatTime={formatTime} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

import { Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../contracts/audit.contract';
import { AuditEntryRow } from './audit-entry-row';

export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const { t, i18n } = useTranslation();
  if (entries.length === 0) return <Text c="dimmed">{t('audit.empty')}</Text>;
  // Local time in the reader's language, e.g. "12 Mei 2026, 14.03.07".
  const formatter = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'id-ID', {
    dateStyle: 'medium',
    timeStyle: 'medium',
  });
  const formatTime = (iso: string) => formatter.format(new Date(iso));
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

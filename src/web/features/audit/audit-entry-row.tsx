import { ActionIcon, Code, Group, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../contracts/audit.contract';
import { roleSchema } from '../../../contracts/roles.contract';
import { useProvinceName } from '../regions/use-provinces';

const columnCount = 7;

function JsonBlock({ label, value }: { label: string; value: unknown }) {
  return (
    <Stack gap={4}>
      <Text size="xs" fw={600} c="dimmed">
        {label}
      </Text>
      <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {value === null || value === undefined ? '—' : JSON.stringify(value, null, 2)}
      </Code>
    </Stack>
  );
}

export function AuditEntryRow({
  entry,
  formatTime,
}: {
  entry: AuditEntry;
  formatTime: (iso: string) => string;
}) {
  const { t } = useTranslation();
  const provinceName = useProvinceName();
  const [expanded, { toggle }] = useDisclosure(false);
  const role = roleSchema.safeParse(entry.actorRole);
  const detailsId = `audit-entry-${entry.id}`;
  return (
    <>
      <Table.Tr>
        <Table.Td>
          <ActionIcon
            variant="subtle"
            onClick={toggle}
            aria-expanded={expanded}
            aria-controls={detailsId}
            aria-label={expanded ? t('audit.hideDetails') : t('audit.showDetails')}
          >
            <Text component="span" aria-hidden>
              {expanded ? '▾' : '▸'}
            </Text>
          </ActionIcon>
        </Table.Td>
        <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatTime(entry.at)}</Table.Td>
        <Table.Td>{entry.actorEmail ?? t('audit.system')}</Table.Td>
        <Table.Td>
          {role.success
            ? t(`roles.${role.data}`)
            : entry.actorRole === 'system'
              ? t('audit.system')
              : (entry.actorRole ?? t('common.none'))}
        </Table.Td>
        <Table.Td>
          <Code>{entry.action}</Code>
        </Table.Td>
        <Table.Td>
          <Text size="sm">{entry.resourceType}</Text>
          {entry.resourceId && (
            <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {entry.resourceId}
            </Text>
          )}
        </Table.Td>
        <Table.Td>{entry.provinceCode ? provinceName(entry.provinceCode) : t('common.none')}</Table.Td>
      </Table.Tr>
      {expanded && (
        <Table.Tr id={detailsId}>
          <Table.Td colSpan={columnCount}>
            <Stack gap="xs" py="xs">
              <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
                <JsonBlock label={t('audit.before')} value={entry.before} />
                <JsonBlock label={t('audit.after')} value={entry.after} />
              </SimpleGrid>
              <Group gap="lg">
                {entry.requestId && (
                  <Text size="xs" c="dimmed">
                    {t('common.requestId', { id: entry.requestId })}
                  </Text>
                )}
                {entry.ip && (
                  <Text size="xs" c="dimmed">
                    {t('audit.ip')}: {entry.ip}
                  </Text>
                )}
              </Group>
            </Stack>
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}

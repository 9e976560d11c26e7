import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../lib/use-formatters';
import { usePublicDocuments } from './documents-api';

/** Download links of a government's piagam, rapor and unit piagam of its latest published year. */
export function EntityDocumentLinks({ code, year }: { code: string; year: number | undefined }) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const documents = usePublicDocuments(code, year);
  if (!documents.data) return null;
  const lang = i18n.language === 'en' ? '&lang=en' : '';
  const unitLang = i18n.language === 'en' ? '?lang=en' : '';
  const { data } = documents;
  return (
    <Card withBorder padding="md" data-testid="entity-documents">
      <Title order={2} size="h5" mb="xs">
        {t('documents.links.title', { year: data.year })}
      </Title>
      <Stack gap={6}>
        <Group gap="md">
          {data.piagamUrl !== null && (
            <Anchor href={`${data.piagamUrl}${lang}`} target="_blank" rel="noopener">
              {t('documents.links.piagam')}
            </Anchor>
          )}
          <Anchor href={`${data.raporUrl}${lang}`} target="_blank" rel="noopener">
            {t('documents.links.rapor')}
          </Anchor>
        </Group>
        {data.units.map((unit) =>
          unit.piagamUrl === null ? null : (
            <Anchor
              key={unit.unitResultId}
              href={`${unit.piagamUrl}${unitLang}`}
              target="_blank"
              rel="noopener"
              size="sm"
            >
              {t('documents.links.unitPiagam', { unit: unit.unitName })} · {format.score(unit.score)} ·{' '}
              {unit.category}
            </Anchor>
          ),
        )}
        {data.piagamUnsigned && (
          <Text size="sm" data-testid="piagam-unsigned">
            {t('documents.links.notSigned', { year: data.year })}
          </Text>
        )}
        <Text size="xs" c="dimmed">
          {t('documents.links.verifyHint')}
        </Text>
      </Stack>
    </Card>
  );
}

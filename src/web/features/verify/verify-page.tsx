import {
  Alert,
  Button,
  Card,
  ColorSwatch,
  Group,
  Loader,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { verificationSchema } from '../../../contracts/documents.contract';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { getJson } from '../../lib/api-client';
import { useFormatters } from '../../lib/use-formatters';
import { usePageTitle } from '../../lib/use-page-title';

const statusColour = { valid: 'green', superseded: 'yellow', unknown: 'red' } as const;

/** Public: what a printed code stands for (valid, superseded or unknown); no sign-in. */
export function VerifyPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('verify.title'));
  const params = useParams({ strict: false }) as { code?: string };
  const code = params.code ?? '';
  const navigate = useNavigate();
  const [typed, setTyped] = useState(code);
  const language = i18n.language === 'en' ? 'en' : 'id';
  const format = useFormatters();
  const verification = useQuery({
    queryKey: ['public', 'verify', code],
    queryFn: () => getJson(`/api/public/verify/${encodeURIComponent(code)}`, verificationSchema),
    enabled: code.length > 0,
  });
  const result = verification.data;
  const document = result?.document;
  return (
    <Stack gap="md" py="md" maw={720}>
      <Title order={1}>{t('verify.title')}</Title>
      <Text>{t('verify.intro')}</Text>
      <Group
        component="form"
        align="flex-end"
        onSubmit={(event) => {
          event.preventDefault();
          const next = typed.trim();
          if (next) void navigate({ to: '/verifikasi/$code', params: { code: next } });
        }}
      >
        <TextInput
          label={t('verify.code')}
          value={typed}
          onChange={(event) => setTyped(event.currentTarget.value)}
          placeholder="XXXX-XXXX-XX"
          style={{ flex: 1, minWidth: 200 }}
        />
        <Button type="submit">{t('verify.check')}</Button>
      </Group>
      <ApiErrorAlert error={verification.error} />
      {verification.isFetching && <Loader size="sm" aria-label={t('common.loading')} />}
      {result && (
        <Alert color={statusColour[result.status]} data-testid="verification-status" title={result.code}>
          {t(
            result.document?.kind === 'rapor' && result.status !== 'unknown'
              ? `verify.${result.status}Rapor`
              : `verify.${result.status}`,
          )}
          {result.status === 'unknown' && !result.wellFormed ? ` ${t('verify.typo')}` : ''}
          {result.current
            ? ` ${t('verify.current', { score: format.score(result.current.score), category: result.current.category })}${result.current.code ? ` ${t(result.document?.kind === 'rapor' ? 'verify.currentCodeRapor' : 'verify.currentCode', { code: result.current.code })}` : ''}`
            : ''}
        </Alert>
      )}
      {document && (
        <Card withBorder padding="md">
          <Table>
            <Table.Tbody>
              <Table.Tr>
                <Table.Th>{t('verify.awardedTo')}</Table.Th>
                <Table.Td data-testid="verified-recipient">
                  {document.unitName
                    ? t('verify.unitOf', { unit: document.unitName, entity: document.entityName })
                    : document.entityName}
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('verify.year')}</Table.Th>
                <Table.Td>{document.year}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('verify.score')}</Table.Th>
                <Table.Td>{format.score(document.score)}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('verify.category')}</Table.Th>
                <Table.Td>
                  {document.category} · {document.opinionLabel[language]}
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('verify.zone')}</Table.Th>
                <Table.Td>
                  <Group gap={6}>
                    <ColorSwatch color={document.zoneColour} size={14} />
                    {document.zoneLabel[language]}
                  </Group>
                </Table.Td>
              </Table.Tr>
              {document.decreeNumber && (
                <Table.Tr>
                  <Table.Th>{t('verify.decree')}</Table.Th>
                  <Table.Td>{document.decreeNumber}</Table.Td>
                </Table.Tr>
              )}
              <Table.Tr>
                <Table.Th>{t('verify.publishedAt')}</Table.Th>
                <Table.Td>
                  {/* Results are announced nationally: the day is Jakarta's. */}
                  {format.date(document.publishedAt, null)}
                </Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </Card>
      )}
    </Stack>
  );
}

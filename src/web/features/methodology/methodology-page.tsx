import {
  Alert,
  Badge,
  Button,
  Group,
  Loader,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { MethodologyListing, MethodologyStanding } from '../../../contracts/methodology.contract';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { usePageTitle } from '../../lib/use-page-title';
import { useMethodologyEdition, useMethodologyList } from './methodology-api';
import { MethodologyComparison } from './methodology-comparison';
import { MethodologyTree } from './methodology-tree';

const standingColour: Record<MethodologyStanding, string> = {
  'in-force': 'green',
  superseded: 'yellow',
  history: 'gray',
  draft: 'blue',
};

/**
 * Public: every methodology edition with its standing; the chosen one as a tree with each value's
 * provenance; and, when asked, what changed from another edition. The address holds both choices.
 */
export function MethodologyPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('methodology.title'));
  const language = i18n.language === 'en' ? 'en' : 'id';
  const search = useSearch({ from: '/metodologi' });
  const navigate = useNavigate({ from: '/metodologi' });
  const list = useMethodologyList();
  const items = list.data?.items ?? [];
  const selectedRef = search.edisi ?? items[0]?.ref;
  const compareRef = search.banding !== selectedRef ? search.banding : undefined;
  const edition = useMethodologyEdition(selectedRef);
  const compared = useMethodologyEdition(compareRef);
  return (
    <Stack gap="md" py="md" maw={1100}>
      <Title order={1}>{t('methodology.title')}</Title>
      <Text>{t('methodology.intro')}</Text>
      <Text size="sm" c="dimmed">
        {t('methodology.provenanceLegend')}
      </Text>
      <ApiErrorAlert error={list.error} />
      {list.isPending && <Loader size="sm" aria-label={t('common.loading')} />}
      <section aria-labelledby="methodology-editions">
        <Title order={2} size="h3" id="methodology-editions" mb="xs">
          {t('methodology.editions')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="xs" data-testid="methodology-editions">
          {items.map((item) => (
            <EditionCard key={item.ref} item={item} selected={item.ref === selectedRef} />
          ))}
        </SimpleGrid>
      </section>
      <ApiErrorAlert error={edition.error} />
      {edition.data && (
        <Stack gap="md" component="section" aria-labelledby="methodology-edition-title">
          <Title order={2} id="methodology-edition-title" style={{ overflowWrap: 'anywhere' }}>
            {edition.data.listing.title[language]}
          </Title>
          <Group gap="xs" wrap="wrap">
            <Badge color={standingColour[edition.data.listing.standing]}>
              {t(`methodology.standing.${edition.data.listing.standing}`)}
            </Badge>
            <Text size="sm">{edition.data.listing.ref}</Text>
          </Group>
          {edition.data.listing.supersededBy && (
            <Alert color="yellow">
              {t('methodology.supersededBy', {
                ref: edition.data.listing.supersededBy.ref,
                reason: edition.data.listing.supersededBy.reason[language],
              })}
            </Alert>
          )}
          {edition.data.listing.revisionOf && (
            <Alert
              color="blue"
              title={t('methodology.revisionOf', { ref: edition.data.listing.revisionOf.ref })}
            >
              <ul style={{ margin: 0, paddingLeft: '1.2rem' }}>
                {edition.data.listing.revisionOf.changes.map((change) => (
                  <li key={change.id}>{change[language]}</li>
                ))}
              </ul>
            </Alert>
          )}
          <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {t('methodology.contentHash', { hash: edition.data.listing.sha256 })}
          </Text>
          <NativeSelect
            label={t('methodology.compare')}
            value={compareRef ?? ''}
            onChange={(event) => {
              const value = event.currentTarget.value;
              void navigate({ search: { edisi: selectedRef, banding: value === '' ? undefined : value } });
            }}
            data={[
              { value: '', label: t('methodology.compareNone') },
              ...items
                .filter((item) => item.ref !== selectedRef)
                .map((item) => ({ value: item.ref, label: `${item.ref} · ${item.title[language]}` })),
            ]}
            style={{ maxWidth: 560 }}
          />
          <ApiErrorAlert error={compared.error} />
          {compared.data && <MethodologyComparison from={compared.data} to={edition.data} />}
          <MethodologyTree edition={edition.data} />
        </Stack>
      )}
    </Stack>
  );
}

function EditionCard({ item, selected }: { item: MethodologyListing; selected: boolean }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'id';
  return (
    <Paper
      withBorder
      p="sm"
      data-testid="methodology-edition"
      data-ref={item.ref}
      bg={selected ? 'blue.0' : undefined}
    >
      <Stack gap={6}>
        <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
          {item.title[language]}
        </Text>
        <Group gap="xs" wrap="wrap">
          <Badge color={standingColour[item.standing]} data-testid="methodology-standing">
            {t(`methodology.standing.${item.standing}`)}
          </Badge>
          <Text size="xs" c="dimmed">
            {item.ref}
          </Text>
        </Group>
        <Text size="xs">{t('methodology.provenanceCounts', item.provenance)}</Text>
        {selected ? (
          <Text size="sm" fw={500}>
            {t('methodology.shown')}
          </Text>
        ) : (
          <Button
            variant="light"
            size="sm"
            style={{ minHeight: 44, alignSelf: 'flex-start' }}
            renderRoot={(rootProps) => <Link {...rootProps} to="/metodologi" search={{ edisi: item.ref }} />}
          >
            {t('methodology.open')}
          </Button>
        )}
      </Stack>
    </Paper>
  );
}

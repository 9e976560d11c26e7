import { Accordion, ColorSwatch, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MethodologyEdition } from '../../../contracts/methodology.contract';
import type { Indicator, Methodology } from '../../../core';
import { useFormatters } from '../../lib/use-formatters';
import { ProvenanceBadge, ProvenanceNotes } from './provenance-badge';

type Language = 'id' | 'en';

/**
 * One edition as a tree a phone can read: dimensions folded, each indicator a card with its weight, method,
 * scale, respondents and evidence rule, every value beside its provenance (assumed ones stand out).
 */
export function MethodologyTree({ edition }: { edition: MethodologyEdition }) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const language: Language = i18n.language === 'en' ? 'en' : 'id';
  const { methodology } = edition;
  return (
    <Stack gap="lg">
      <section aria-labelledby="methodology-dimensions">
        <Title order={3} id="methodology-dimensions" mb="xs">
          {t('methodology.dimensions')}
        </Title>
        <Accordion multiple variant="separated" defaultValue={[methodology.dimensions[0]?.code ?? '']}>
          {methodology.dimensions.map((dimension) => (
            <Accordion.Item
              key={dimension.code}
              value={dimension.code}
              data-testid={`dimension-${dimension.code}`}
            >
              <Accordion.Control>
                <Stack gap={2}>
                  <Text fw={600}>{dimension.text[language]}</Text>
                  <Group gap="xs" wrap="wrap">
                    <Text size="sm">
                      {t('methodology.weightOfUnit', { weight: format.number(dimension.weight, 2) })}
                    </Text>
                    <ProvenanceBadge provenance={dimension.weightProvenance} />
                  </Group>
                </Stack>
              </Accordion.Control>
              <Accordion.Panel>
                <Stack gap="sm">
                  {dimension.indicators.map((indicator) => (
                    <IndicatorCard
                      key={indicator.code}
                      indicator={indicator}
                      methodology={methodology}
                      explanation={edition.surveyExplanations[indicator.code]?.[language]}
                      language={language}
                    />
                  ))}
                </Stack>
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      </section>
      <RolesSection methodology={methodology} language={language} />
      <ScalesSection methodology={methodology} language={language} />
      <BandsSection methodology={methodology} language={language} />
      <AggregationSection methodology={methodology} language={language} />
    </Stack>
  );
}

function IndicatorCard(props: {
  indicator: Indicator;
  methodology: Methodology;
  explanation: string | undefined;
  language: Language;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { indicator, methodology, language } = props;
  const scale = methodology.scales.find((candidate) => candidate.code === indicator.scale);
  const roles = indicator.respondentRoles.map(
    (code) => methodology.respondentRoles.find((role) => role.code === code)?.text[language] ?? code,
  );
  return (
    <Paper withBorder p="sm" data-testid={`indicator-${indicator.code}`}>
      <Stack gap={4}>
        <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
          {indicator.code} · {indicator.text[language]}
        </Text>
        {props.explanation && (
          <Text size="sm" c="dimmed">
            {t('methodology.plainExplanation')}: {props.explanation}
          </Text>
        )}
        <Group gap="xs" wrap="wrap">
          <Text size="sm">
            {t('methodology.weightOfDimension', { weight: format.number(indicator.weight, 2) })}
          </Text>
          <ProvenanceBadge provenance={indicator.weightProvenance} />
        </Group>
        <Text size="sm">
          {t('methodology.method')}: {t(`methodology.methods.${indicator.method}`)} · {t('methodology.scale')}
          : {scale?.text[language] ?? indicator.scale}
        </Text>
        <Text size="sm">
          {t('methodology.respondents')}: {roles.join(', ')}
        </Text>
        <Group gap="xs" wrap="wrap">
          <Text size="sm">
            {t('methodology.evidence')}: {t(`methodology.evidenceRules.${indicator.evidence.rule}`)}
          </Text>
          <ProvenanceBadge provenance={indicator.evidence.provenance} />
        </Group>
        <ProvenanceNotes
          entries={[
            { label: t('methodology.sourceWeight'), provenance: indicator.weightProvenance },
            { label: t('methodology.sourceEvidence'), provenance: indicator.evidence.provenance },
            { label: t('methodology.sourceItem'), provenance: indicator.provenance },
          ]}
        />
      </Stack>
    </Paper>
  );
}

function RolesSection({ methodology, language }: { methodology: Methodology; language: Language }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="methodology-roles">
      <Title order={3} id="methodology-roles" mb="xs">
        {t('methodology.roles')}
      </Title>
      <Stack gap="xs">
        {methodology.respondentRoles.map((role) => (
          <Paper key={role.code} withBorder p="sm">
            <Group gap="xs" justify="space-between" wrap="wrap">
              <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                {role.text[language]} ·{' '}
                {t('methodology.roleCount', {
                  count: role.requiredCount,
                  scope: t(`methodology.scopes.${role.scope}`),
                })}
              </Text>
              <ProvenanceBadge provenance={role.provenance} />
            </Group>
          </Paper>
        ))}
      </Stack>
    </section>
  );
}

function ScalesSection({ methodology, language }: { methodology: Methodology; language: Language }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="methodology-scales">
      <Title order={3} id="methodology-scales" mb="xs">
        {t('methodology.scales')}
      </Title>
      <Stack gap="xs">
        {methodology.scales.map((scale) => (
          <Paper key={scale.code} withBorder p="sm">
            <Group gap="xs" justify="space-between" wrap="wrap">
              <Text size="sm" fw={500}>
                {scale.text[language]}
              </Text>
              <ProvenanceBadge provenance={scale.provenance} />
            </Group>
            <Text size="sm" c="dimmed">
              {scale.levels.map((level) => `${level.value} = ${level.label[language]}`).join(' · ')}
            </Text>
          </Paper>
        ))}
      </Stack>
    </section>
  );
}

function BandsSection({ methodology, language }: { methodology: Methodology; language: Language }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { bands, rounding } = methodology.classification;
  return (
    <section aria-labelledby="methodology-bands">
      <Title order={3} id="methodology-bands" mb="xs">
        {t('methodology.bands')}
      </Title>
      <Text size="sm" mb="xs">
        {t('methodology.rounding', { decimals: rounding.decimals })}
      </Text>
      <Stack gap="xs">
        {bands.map((band) => (
          <Paper key={band.category} withBorder p="sm" data-testid={`band-${band.category}`}>
            <Group gap="xs" justify="space-between" wrap="wrap">
              <Group gap="xs" wrap="nowrap">
                <ColorSwatch color={band.colour} size={18} aria-hidden />
                <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                  {band.category} · {band.label[language]} ·{' '}
                  {t('methodology.bandRange', {
                    min: format.decimal(band.min, rounding.decimals),
                    max: format.decimal(band.max, rounding.decimals),
                  })}
                </Text>
              </Group>
              <ProvenanceBadge provenance={band.provenance} />
            </Group>
          </Paper>
        ))}
      </Stack>
    </section>
  );
}

function AggregationSection({ methodology, language }: { methodology: Methodology; language: Language }) {
  const { t } = useTranslation();
  const { aggregation } = methodology;
  return (
    <section aria-labelledby="methodology-aggregation">
      <Title order={3} id="methodology-aggregation" mb="xs">
        {t('methodology.aggregation')}
      </Title>
      <Stack gap="xs">
        <Group gap="xs" wrap="wrap">
          <Text size="sm">
            {t('methodology.respondentsToIndicator', { method: aggregation.respondentsToIndicator.method })}
          </Text>
          <ProvenanceBadge provenance={aggregation.respondentsToIndicator.provenance} />
        </Group>
        <Group gap="xs" wrap="wrap">
          <Text size="sm">
            {t('methodology.missingAnswers', { policy: aggregation.missingAnswers.policy })}
          </Text>
          <ProvenanceBadge provenance={aggregation.missingAnswers.provenance} />
        </Group>
        <Group gap="xs" wrap="wrap">
          <Text size="sm">{t('methodology.unitToEntity', { method: aggregation.unitToEntity.method })}</Text>
          <ProvenanceBadge provenance={aggregation.unitToEntity.provenance} />
        </Group>
        {aggregation.adjustments.length > 0 && (
          <Text size="sm" fw={600}>
            {t('methodology.adjustments')}
          </Text>
        )}
        {aggregation.adjustments.map((adjustment) => (
          <Group key={adjustment.code} gap="xs" wrap="wrap">
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {adjustment.text[language]}
            </Text>
            <ProvenanceBadge provenance={adjustment.provenance} />
          </Group>
        ))}
      </Stack>
    </section>
  );
}

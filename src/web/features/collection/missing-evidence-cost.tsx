import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProvisionalScore, RespondentDto } from '../../../contracts/collection.contract';
import { useFormatters } from '../../lib/use-formatters';

/**
 * What missing evidence costs the provisional score (the pure core scores the unit with and without the
 * evidence requirement) and which answers it is: a claimed level that counts as the lowest until a photo or
 * document supports it. Nothing is shown when no answer lacks its evidence.
 */
export function MissingEvidenceCost({
  cost,
  respondents,
}: {
  cost: ProvisionalScore['missingEvidence'];
  respondents: readonly RespondentDto[];
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'id';
  const format = useFormatters().score;
  if (cost.answers.length === 0) return null;
  const nameOf = (respondentId: string | null) =>
    respondentId === null
      ? t('collection.score.missingEvidence.unitLevel')
      : (respondents.find((respondent) => respondent.id === respondentId)?.name ??
        t('collection.score.missingEvidence.official'));
  return (
    <Alert color="orange" variant="light" p="xs" data-testid="missing-evidence-cost">
      <Text size="sm" fw={600}>
        {t('collection.score.missingEvidence.cost', {
          points: format(cost.points),
          count: cost.answers.length,
        })}
      </Text>
      <List size="xs" spacing={2} mt={4}>
        {cost.answers.map((answer) => (
          <List.Item key={`${answer.indicatorCode}:${answer.respondentId ?? 'unit'}`}>
            {t('collection.score.missingEvidence.answer', {
              indicator: answer.indicatorCode,
              text: answer.indicatorText[language],
              who: nameOf(answer.respondentId),
              level: answer.level,
              effective: answer.effectiveLevel,
            })}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

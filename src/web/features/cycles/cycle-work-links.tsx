import { Anchor, Group } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../contracts/roles.contract';
import { ProgressLink } from './planning-links';

interface CycleWorkLinksProps {
  year: number;
  role: Role;
}

/** The cycle's work pages the role may open: field progress, finalising results, objections. */
export function CycleWorkLinks({ year, role }: CycleWorkLinksProps) {
  const { t } = useTranslation();
  const params = { year: String(year) };
  const seesProgress = role === 'admin' || role === 'coordinator';
  const seesObjections = role !== 'assessor';
  return (
    <Group gap="lg" component="nav" aria-label={t('planning.cycles.workLinks')}>
      {seesProgress && (
        <ProgressLink year={year} size="sm">
          {t('workflow.progress.link')} →
        </ProgressLink>
      )}
      {role === 'admin' && (
        <Anchor
          size="sm"
          renderRoot={(props) => <Link {...props} to="/siklus/$year/penetapan" params={params} />}
        >
          {t('planning.cycles.finaliseLink')} →
        </Anchor>
      )}
      {seesProgress && (
        <Anchor size="sm" renderRoot={(props) => <Link {...props} to="/siklus/$year/mutu" params={params} />}>
          {t('quality.link')} →
        </Anchor>
      )}
      {role !== 'assessor' && role !== 'liaison' && (
        <Anchor
          size="sm"
          renderRoot={(props) => <Link {...props} to="/siklus/$year/integritas" params={params} />}
        >
          {t('integrity.report.title')} →
        </Anchor>
      )}
      {seesObjections && (
        <Anchor
          size="sm"
          renderRoot={(props) => <Link {...props} to="/siklus/$year/sanggahan" params={params} />}
        >
          {t('planning.cycles.objectionsLink')} →
        </Anchor>
      )}
    </Group>
  );
}

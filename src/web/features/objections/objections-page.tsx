import { Stack, Text, TextInput, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { usePageTitle } from '../../lib/use-page-title';
import { useSignedInUser } from '../auth/use-current-user';
import { ObjectionForm } from './objection-form';
import { ObjectionList } from './objection-list';
import { useObjections, useProvisionalResult } from './objections-api';
import { ProvisionalResultCard } from './provisional-result-card';

const routeApi = getRouteApi('/_signedIn/siklus/$year/sanggahan');

/**
 * Liaisons see their entity's provisional result and file objections; coordinators pick an entity of their
 * province and may do the same; verifiers (and coordinators) decide the objections listed.
 */
export function ObjectionsPage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const year = Number(routeApi.useParams().year);
  usePageTitle(t('objections.title', { year }));
  const isLiaison = user.role === 'liaison';
  const [typed, setTyped] = useState('');
  const entityCode = isLiaison ? user.scope.entityCode : typed.trim() || null;
  const seesProvisional = ['admin', 'coordinator', 'liaison'].includes(user.role);
  const canDecide = ['admin', 'coordinator', 'verifier'].includes(user.role);
  const provisional = useProvisionalResult(year, seesProvisional ? entityCode : null);
  const objections = useObjections(year, isLiaison ? null : entityCode);
  return (
    <Stack gap="md" py="md">
      <Title order={1}>{t('objections.title', { year })}</Title>
      <Text size="sm">{t('objections.intro')}</Text>
      {seesProvisional && !isLiaison && (
        <TextInput
          label={t('objections.entityCode')}
          value={typed}
          onChange={(event) => setTyped(event.currentTarget.value)}
          placeholder="16.06"
          maw={240}
        />
      )}
      {seesProvisional && entityCode && (
        <ProvisionalResultCard
          result={provisional.data}
          error={provisional.error}
          isPending={provisional.isPending}
        />
      )}
      {provisional.data && entityCode && (
        <ObjectionForm year={year} entityCode={entityCode} units={provisional.data.units} />
      )}
      <ApiErrorAlert error={objections.error} />
      {objections.data && <ObjectionList year={year} items={objections.data.items} canDecide={canDecide} />}
    </Stack>
  );
}

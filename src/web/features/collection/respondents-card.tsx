import { Badge, Button, Card, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RespondentDto, UnitCollection } from '../../../contracts/collection.contract';
import {
  checkNewRespondent,
  checkRespondentChanges,
  roleFullProblem,
} from '../../../contracts/respondent-rules.contract';
import { useFormatters } from '../../lib/use-formatters';
import type { OutboxEntry } from '../offline/outbox-database';
import { OutboxEntryState } from '../offline/outbox-entry-state';
import { createRespondent, deleteRespondent, updateRespondent } from '../offline/outbox-writes';
import type { UnitRef } from './collection-api';
import { RespondentForm, type RespondentFormValues } from './respondent-form';

type Editing = { mode: 'create'; roleCode?: string } | { mode: 'edit'; respondent: RespondentDto } | null;

/** The unit's officials, the roles still missing (as badges) and the add/edit form. */
export function RespondentsCard({
  unit,
  collection,
  entriesByRecord,
}: {
  unit: UnitRef;
  collection: UnitCollection;
  entriesByRecord: ReadonlyMap<string, readonly OutboxEntry[]>;
}) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const language = i18n.language === 'en' ? 'en' : 'id';
  const [editing, setEditing] = useState<Editing>(null);
  const [error, setError] = useState<unknown>(null);
  const roleText = (code: string) =>
    collection.roles.find((role) => role.code === code)?.text[language] ?? code;
  const close = () => {
    setEditing(null);
    setError(null);
  };
  // Into the outbox: shown at once, sent when there is a connection. The server's own rules are checked here
  // first, so a respondent recorded offline is not refused later, when nobody is there to fix it.
  const submit = (values: RespondentFormValues) => {
    const { roleCode, ...fields } = values;
    const problem = respondentProblem(collection, editing, values);
    if (problem) {
      setError(new Error(problem[language]));
      return;
    }
    const saved =
      editing?.mode === 'edit'
        ? updateRespondent(unit, editing.respondent.id, {
            ...fields,
            expectedVersion: editing.respondent.version,
          })
        : createRespondent(unit, { roleCode, ...fields });
    saved.then(close, setError);
  };
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="respondents-title">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Title order={2} size="h4" id="respondents-title">
            {t('collection.respondents.title')}
          </Title>
          {collection.editable && (
            <Button size="xs" onClick={() => setEditing({ mode: 'create' })}>
              {t('collection.respondents.add')}
            </Button>
          )}
        </Group>
        <Group gap={6} aria-label={t('collection.respondents.missing')}>
          {collection.missingRoles.length === 0 ? (
            <Badge color="green" variant="light">
              {t('collection.respondents.complete')}
            </Badge>
          ) : (
            collection.missingRoles.map((code) => (
              <Badge
                key={code}
                color="orange"
                variant="light"
                component={collection.editable ? 'button' : 'span'}
                style={collection.editable ? { cursor: 'pointer' } : undefined}
                onClick={
                  collection.editable ? () => setEditing({ mode: 'create', roleCode: code }) : undefined
                }
              >
                {t('collection.respondents.missing')}: {roleText(code)}
              </Badge>
            ))
          )}
        </Group>
        {collection.respondents.length === 0 && <Text c="dimmed">{t('collection.respondents.none')}</Text>}
        {collection.respondents.map((respondent) => (
          <Group key={respondent.id} justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
            <Stack gap={0} style={{ minWidth: 0 }}>
              <Text fw={600} size="sm">
                {respondent.name}
              </Text>
              <Text size="xs" c="dimmed">
                {roleText(respondent.roleCode)}
                {respondent.jobTitle ? ` · ${respondent.jobTitle}` : ''}
                {respondent.employment
                  ? ` · ${t(respondent.employment === 'asn' ? 'collection.respondents.asn' : 'collection.respondents.nonAsn')}`
                  : ''}
              </Text>
              <OutboxEntryState entries={entriesByRecord.get(`respondent:${respondent.id}`)} />
              {respondent.decreeNumber && (
                <Text size="xs" c="dimmed">
                  {t('collection.respondents.decreeLine', {
                    number: respondent.decreeNumber,
                    date: respondent.decreeDate ? format.calendarDate(respondent.decreeDate) : '',
                  })}
                </Text>
              )}
            </Stack>
            {collection.editable && (
              <Group gap={4} wrap="nowrap">
                <Button
                  size="compact-xs"
                  variant="light"
                  onClick={() => setEditing({ mode: 'edit', respondent })}
                  aria-label={`${t('collection.respondents.edit')} ${respondent.name}`}
                >
                  {t('collection.respondents.edit')}
                </Button>
                <Button
                  size="compact-xs"
                  variant="subtle"
                  color="red"
                  aria-label={`${t('collection.respondents.remove')} ${respondent.name}`}
                  onClick={() => {
                    if (window.confirm(t('collection.respondents.removeConfirm', { name: respondent.name })))
                      deleteRespondent(unit, respondent.id).catch(setError);
                  }}
                >
                  {t('collection.respondents.remove')}
                </Button>
              </Group>
            )}
          </Group>
        ))}
      </Stack>
      <Modal
        opened={editing !== null}
        onClose={close}
        title={editing?.mode === 'edit' ? t('collection.respondents.edit') : t('collection.respondents.add')}
        fullScreen={typeof window !== 'undefined' && window.innerWidth < 500}
      >
        {editing && (
          <RespondentForm
            roles={collection.roles}
            {...(editing.mode === 'edit'
              ? { initial: editing.respondent }
              : editing.roleCode
                ? { initialRole: editing.roleCode }
                : {})}
            pending={false}
            error={error}
            onSubmit={submit}
            onCancel={close}
          />
        )}
      </Modal>
    </Card>
  );
}

/** What the server would refuse in this respondent (the shared contract rules), or null. */
function respondentProblem(
  collection: UnitCollection,
  editing: Editing,
  values: RespondentFormValues,
): { id: string; en: string } | null {
  const role = collection.roles.find((candidate) => candidate.code === values.roleCode);
  if (!role) return null;
  const { roleCode, ...fields } = values;
  if (editing?.mode === 'edit') {
    const checked = checkRespondentChanges(role, { ...fields, expectedVersion: editing.respondent.version });
    return checked.ok ? null : checked.problem;
  }
  const checked = checkNewRespondent(role, { roleCode, ...fields });
  if (!checked.ok) return checked.problem;
  const sameRole = collection.respondents.filter((respondent) => respondent.roleCode === role.code);
  return sameRole.length >= role.requiredCount
    ? roleFullProblem(
        collection.unit.name,
        role,
        sameRole.map((respondent) => respondent.name),
      )
    : null;
}

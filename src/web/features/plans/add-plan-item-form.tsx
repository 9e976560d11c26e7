import { Button, Card, Group, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { useAddPlanItem } from './plans-api';

/** Adds an action by hand, so a plan started empty can be filled (owner and due date are set on the item). */
export function AddPlanItemForm({ code, year }: { code: string; year: number }) {
  const { t } = useTranslation();
  const add = useAddPlanItem(code, year);
  const [indicatorCode, setIndicatorCode] = useState('');
  const [action, setAction] = useState('');
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    add.mutate(
      { indicatorCode: indicatorCode.trim(), action: action.trim() },
      {
        onSuccess: () => {
          setIndicatorCode('');
          setAction('');
        },
      },
    );
  };
  return (
    <Card withBorder component="section" aria-labelledby="plan-add-item">
      <form onSubmit={onSubmit}>
        <Stack gap="xs">
          <Title order={3} size="h5" id="plan-add-item">
            {t('plans.plan.addTitle')}
          </Title>
          <Group align="flex-end" wrap="wrap">
            <TextInput
              label={t('plans.plan.addIndicator')}
              value={indicatorCode}
              onChange={(event) => setIndicatorCode(event.currentTarget.value)}
              required
              maxLength={40}
              w={200}
            />
          </Group>
          <Textarea
            label={t('plans.plan.addAction')}
            value={action}
            onChange={(event) => setAction(event.currentTarget.value)}
            required
            minLength={3}
            maxLength={2000}
            autosize
            minRows={1}
          />
          <Button type="submit" loading={add.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('plans.plan.addSubmit')}
          </Button>
          <ApiErrorAlert error={add.error} />
        </Stack>
      </form>
    </Card>
  );
}

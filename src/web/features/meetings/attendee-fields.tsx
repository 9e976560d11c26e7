import { ActionIcon, Button, Group, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface AttendeeDraft {
  name: string;
  jobTitle: string;
  institution: string;
}

/** One row per attendee (name, position, institution), rows added and removed freely. */
export function AttendeeFields({
  value,
  onChange,
}: {
  value: AttendeeDraft[];
  onChange: (value: AttendeeDraft[]) => void;
}) {
  const { t } = useTranslation();
  const change = (index: number, patch: Partial<AttendeeDraft>) =>
    onChange(value.map((attendee, position) => (position === index ? { ...attendee, ...patch } : attendee)));
  return (
    <Stack gap="xs">
      {value.map((attendee, index) => {
        const number = index + 1;
        return (
          // Rows have no identity of their own; their position is what the user sees and edits.
          // biome-ignore lint/suspicious/noArrayIndexKey: position is the row's identity
          <Group key={index} gap="xs" align="end" wrap="wrap">
            <TextInput
              label={t('planning.meeting.attendeeName', { number })}
              value={attendee.name}
              onChange={(event) => change(index, { name: event.currentTarget.value })}
              style={{ flex: '1 1 160px' }}
              required
            />
            <TextInput
              label={t('planning.meeting.attendeeJobTitle', { number })}
              value={attendee.jobTitle}
              onChange={(event) => change(index, { jobTitle: event.currentTarget.value })}
              style={{ flex: '1 1 160px' }}
              required
            />
            <TextInput
              label={t('planning.meeting.attendeeInstitution', { number })}
              value={attendee.institution}
              onChange={(event) => change(index, { institution: event.currentTarget.value })}
              style={{ flex: '1 1 160px' }}
              required
            />
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              aria-label={t('planning.meeting.removeAttendee', { number })}
              onClick={() => onChange(value.filter((_, position) => position !== index))}
            >
              ×
            </ActionIcon>
          </Group>
        );
      })}
      <Button
        variant="light"
        size="compact-sm"
        onClick={() => onChange([...value, { name: '', jobTitle: '', institution: '' }])}
        style={{ alignSelf: 'flex-start' }}
      >
        {t('planning.meeting.addAttendee')}
      </Button>
    </Stack>
  );
}

import {
  Button,
  Card,
  Group,
  Loader,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cycle } from '../../../contracts/cycles.contract';
import type { Meeting } from '../../../contracts/meetings.contract';
import {
  isoToLocalWallTime,
  localWallTimeToIso,
  timeZoneOfProvince,
} from '../../../core/cycles/indonesian-time-zones';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { isApiError } from '../../lib/api-client';
import { usePhaseGate } from '../cycles/phase-gate';
import { type AttendeeDraft, AttendeeFields } from './attendee-fields';
import { MeetingAttachments } from './meeting-attachments';
import { meetingUrl, useMeeting, useSaveMeeting } from './meetings-api';

interface MeetingCardProps {
  kind: 'entry' | 'exit';
  cycle: Cycle;
  entityCode: string;
  provinceCode: string | null;
  canEdit: boolean;
}

/** The entry or exit meeting of a locus: record it (in its phase), print minutes and attendance list, attach files. */
export function MeetingCard(props: MeetingCardProps) {
  const { t } = useTranslation();
  const meeting = useMeeting(props.cycle.year, props.entityCode, props.kind);
  const headingId = `meeting-${props.kind}`;
  const notRecorded = isApiError(meeting.error, 'NOT_FOUND');
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={headingId}>
          {t(props.kind === 'entry' ? 'planning.meeting.entryTitle' : 'planning.meeting.exitTitle')}
        </Title>
        {meeting.isPending && <Loader size="sm" />}
        {!notRecorded && <ApiErrorAlert error={meeting.error} />}
        {notRecorded && !props.canEdit && (
          <Text c="dimmed">
            {t(props.kind === 'entry' ? 'planning.meeting.notRecorded' : 'planning.meeting.exitNotRecorded')}
          </Text>
        )}
        {(meeting.data || (notRecorded && props.canEdit)) && (
          <MeetingForm {...props} meeting={meeting.data} />
        )}
        {meeting.data && (
          <>
            <Group gap="sm">
              <Button
                component="a"
                variant="light"
                href={`${meetingUrl(props.cycle.year, props.entityCode, props.kind)}/minutes.pdf`}
                target="_blank"
              >
                {t('planning.meeting.printMinutes')}
              </Button>
              <Button
                component="a"
                variant="light"
                href={`${meetingUrl(props.cycle.year, props.entityCode, props.kind)}/attendance.pdf`}
                target="_blank"
              >
                {t('planning.meeting.printAttendance')}
              </Button>
            </Group>
            <MeetingAttachments
              meeting={meeting.data}
              canUpload={
                props.canEdit &&
                props.cycle.actions[props.kind === 'entry' ? 'meeting.entry' : 'meeting.exit'].open
              }
            />
          </>
        )}
      </Stack>
    </Card>
  );
}

function MeetingForm({
  kind,
  cycle,
  entityCode,
  provinceCode,
  canEdit,
  meeting,
}: MeetingCardProps & { meeting: Meeting | undefined }) {
  const { t } = useTranslation();
  const save = useSaveMeeting(cycle.year, entityCode, kind);
  const gate = usePhaseGate(cycle, kind === 'entry' ? 'meeting.entry' : 'meeting.exit');
  const zone = timeZoneOfProvince(provinceCode);
  const [heldAt, setHeldAt] = useState(meeting ? isoToLocalWallTime(meeting.heldAt, provinceCode) : '');
  const [place, setPlace] = useState(meeting?.place ?? '');
  const [openedBy, setOpenedBy] = useState(meeting?.openedBy ?? '');
  const [agenda, setAgenda] = useState(meeting?.agenda ?? '');
  const [minutes, setMinutes] = useState(meeting?.minutes ?? '');
  const [attendees, setAttendees] = useState<AttendeeDraft[]>(
    meeting?.attendees ?? [{ name: '', jobTitle: '', institution: '' }],
  );
  const readOnly = !canEdit || !gate.open;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate({
          heldAt: localWallTimeToIso(heldAt, provinceCode),
          place,
          openedBy,
          agenda,
          minutes,
          attendees,
        });
      }}
    >
      <fieldset disabled={readOnly} style={{ border: 0, padding: 0, margin: 0 }}>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              type="datetime-local"
              label={`${t('planning.meeting.heldAt')} (${zone.label})`}
              value={heldAt}
              onChange={(event) => setHeldAt(event.currentTarget.value)}
              required
            />
            <TextInput
              label={t('planning.meeting.place')}
              value={place}
              onChange={(event) => setPlace(event.currentTarget.value)}
              required
            />
          </SimpleGrid>
          <TextInput
            label={t('planning.meeting.openedBy')}
            value={openedBy}
            onChange={(event) => setOpenedBy(event.currentTarget.value)}
            required
          />
          <Textarea
            label={t('planning.meeting.agenda')}
            value={agenda}
            onChange={(event) => setAgenda(event.currentTarget.value)}
            autosize
            minRows={2}
          />
          <Textarea
            label={t('planning.meeting.minutes')}
            value={minutes}
            onChange={(event) => setMinutes(event.currentTarget.value)}
            autosize
            minRows={4}
          />
          <Text fw={600}>{t('planning.meeting.attendees')}</Text>
          <AttendeeFields value={attendees} onChange={setAttendees} />
          {canEdit && (
            <Button
              type="submit"
              loading={save.isPending}
              disabled={!gate.open}
              style={{ alignSelf: 'flex-start' }}
            >
              {t('planning.meeting.save')}
            </Button>
          )}
        </Stack>
      </fieldset>
      {canEdit && gate.reason && (
        <Text size="sm" c="orange.8" mt="xs">
          {gate.reason}
        </Text>
      )}
      {save.isSuccess && (
        <Text size="sm" role="status" mt="xs">
          {t('planning.meeting.saved')}
        </Text>
      )}
      <ApiErrorAlert error={save.error} />
    </form>
  );
}

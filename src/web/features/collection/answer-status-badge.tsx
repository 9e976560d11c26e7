import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SaveStatus } from './save-status-registry';

const colourByStatus: Record<SaveStatus, string> = {
  saved: 'green',
  unsaved: 'orange',
  saving: 'blue',
  conflict: 'red',
};

/** "Tersimpan / Belum tersimpan / Menyimpan…" as a live region, so screen readers hear it change. */
export function AnswerStatusBadge({ status, label }: { status: SaveStatus; label?: string }) {
  const { t } = useTranslation();
  const text = t(`collection.save.${status}`);
  return (
    <Badge
      color={colourByStatus[status]}
      variant="light"
      role="status"
      // Never squeezed: the state must stay readable next to a long indicator text on a phone.
      style={{ flexShrink: 0, overflow: 'visible' }}
      aria-label={label ? `${label}: ${text}` : text}
    >
      {text}
    </Badge>
  );
}

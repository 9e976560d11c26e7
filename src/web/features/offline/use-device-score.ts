import { useMemo } from 'react';
import type { UnitCollection } from '../../../contracts/collection.contract';
import type { ProvisionalUnitScore } from '../../../core/collection/score-provisional-unit';
import { type Methodology, methodologySchema } from '../../../core/methodology/methodology.schema';
import { type UnitRef, useUnitScoringInput } from '../collection/collection-api';
import { applyOutboxToCollection } from './apply-outbox-to-collection';
import type { OutboxEntry } from './outbox-database';
import { scoreUnitOnDevice } from './score-unit-on-device';
import { useOnline } from './use-online';

/**
 * The provisional score to show when the server's figure cannot be current: offline, or while the unit has
 * changes on the device not yet reflected in the server's copy. Computed here with the core function the server
 * uses, from the stored scoring input and the outbox. Null when the server's own figure is current (or when the
 * scoring input was never stored: the server's last figure is then all there is).
 */
export function useDeviceScore(
  unit: UnitRef,
  collection: UnitCollection | undefined,
  entries: readonly OutboxEntry[],
): { score: ProvisionalUnitScore | null } | null {
  const online = useOnline();
  const input = useUnitScoringInput(unit).data;
  const methodology = useMemo((): Methodology | null => {
    if (!input) return null;
    const parsed = methodologySchema.safeParse(input.methodology);
    return parsed.success ? parsed.data : null;
  }, [input]);
  return useMemo(() => {
    if (online && entries.length === 0) return null;
    if (!collection || !input || !methodology) return null;
    const shown = applyOutboxToCollection(collection, entries);
    return { score: scoreUnitOnDevice(shown, input, methodology, entries) };
  }, [online, entries, collection, input, methodology]);
}

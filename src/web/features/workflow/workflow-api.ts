import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import i18next from 'i18next';
import {
  locusApprovalStateSchema,
  type ReturnUnitRequest,
  unitWorkflowSchema,
  type VerifyUnitRequest,
} from '../../../contracts/workflow.contract';
import { getJson, sendJson } from '../../lib/api-client';
import { flushUnitOutbox, UnsentChangesError } from '../offline/flush-unit-outbox';
import { unitKeyOf } from '../offline/outbox-writes';

export interface UnitRef {
  year: number;
  entityCode: string;
  unitId: string;
}

const unitBase = ({ year, entityCode, unitId }: UnitRef) =>
  `/api/cycles/${year}/loci/${encodeURIComponent(entityCode)}/units/${unitId}`;
const locusBase = (year: number, entityCode: string) =>
  `/api/cycles/${year}/loci/${encodeURIComponent(entityCode)}`;

export function useUnitWorkflow(unit: UnitRef) {
  return useQuery({
    queryKey: ['workflow', unit.year, unit.entityCode, unit.unitId],
    queryFn: () => getJson(`${unitBase(unit)}/workflow`, unitWorkflowSchema),
  });
}

export type UnitTransition = 'submit' | 'return' | 'verify' | 'reopen';

/** One workflow step; the answer is the unit's new workflow state, stored straight into the cache. */
export function useUnitTransition(unit: UnitRef, onChanged: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({
      transition,
      body,
    }: {
      transition: UnitTransition;
      body?: ReturnUnitRequest | VerifyUnitRequest;
    }) => {
      // The server judges completeness on what it has: the unit's own changes still on the device go first.
      if (transition === 'submit') await sendUnitChangesFirst(unit);
      return sendJson('POST', `${unitBase(unit)}/${transition}`, unitWorkflowSchema, body ?? {});
    },
    onSuccess: (state) => {
      queryClient.setQueryData(['workflow', unit.year, unit.entityCode, unit.unitId], state);
      void queryClient.invalidateQueries({ queryKey: ['approval', unit.year, unit.entityCode] });
      void queryClient.invalidateQueries({ queryKey: ['progress'] });
      onChanged();
    },
  });
}

async function sendUnitChangesFirst(unit: UnitRef): Promise<void> {
  try {
    await flushUnitOutbox(unitKeyOf(unit), () => navigator.onLine);
  } catch (error) {
    if (error instanceof UnsentChangesError)
      throw new Error(i18next.t('offline.submit.unsent', { count: error.count }));
    throw error;
  }
}

export function useLocusApproval(year: number, entityCode: string, enabled = true) {
  return useQuery({
    queryKey: ['approval', year, entityCode],
    queryFn: () => getJson(`${locusBase(year, entityCode)}/approval`, locusApprovalStateSchema),
    enabled,
    retry: false,
  });
}

export function useLocusDecision(year: number, entityCode: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (
      decision: 'approve' | 'accept' | { step: 'withdraw-approval' | 'withdraw-acceptance'; reason: string },
    ) =>
      typeof decision === 'string'
        ? sendJson('POST', `${locusBase(year, entityCode)}/${decision}`, locusApprovalStateSchema)
        : sendJson('POST', `${locusBase(year, entityCode)}/${decision.step}`, locusApprovalStateSchema, {
            reason: decision.reason,
          }),
    onSuccess: (state) => {
      queryClient.setQueryData(['approval', year, entityCode], state);
      void queryClient.invalidateQueries({ queryKey: ['workflow', year, entityCode] });
      void queryClient.invalidateQueries({ queryKey: ['progress'] });
    },
  });
}

/** Coordinator or centre: reopen a unit for correction after the field work, with a reason. */
export function useOpenUnitCorrection(unit: UnitRef, onChanged: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) =>
      sendJson('POST', `${unitBase(unit)}/correction`, unitWorkflowSchema, { reason }),
    onSuccess: (state) => {
      queryClient.setQueryData(['workflow', unit.year, unit.entityCode, unit.unitId], state);
      void queryClient.invalidateQueries({ queryKey: ['approval', unit.year, unit.entityCode] });
      onChanged();
    },
  });
}

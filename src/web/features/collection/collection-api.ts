import { useQuery } from '@tanstack/react-query';
import { unitCollectionSchema } from '../../../contracts/collection.contract';
import { unitScoringInputSchema } from '../../../contracts/unit-scoring-input.contract';
import { getJson } from '../../lib/api-client';

export interface UnitRef {
  year: number;
  entityCode: string;
  unitId: string;
}

export function unitBaseUrl({ year, entityCode, unitId }: UnitRef): string {
  return `/api/cycles/${year}/loci/${encodeURIComponent(entityCode)}/units/${unitId}`;
}

export function unitCollectionKey(unit: UnitRef) {
  return ['collection', unit.year, unit.entityCode, unit.unitId] as const;
}

export function useUnitCollection(unit: UnitRef) {
  return useQuery({
    queryKey: unitCollectionKey(unit),
    queryFn: () => getJson(`${unitBaseUrl(unit)}/collection`, unitCollectionSchema),
    retry: false,
  });
}

export function unitScoringInputKey(unit: UnitRef) {
  return ['scoring-input', unit.year, unit.entityCode, unit.unitId] as const;
}

/** The frozen edition and collected rows the provisional score comes from: offline, the prepared copy. */
export function useUnitScoringInput(unit: UnitRef) {
  return useQuery({
    queryKey: unitScoringInputKey(unit),
    queryFn: () => getJson(`${unitBaseUrl(unit)}/scoring-input`, unitScoringInputSchema),
    retry: false,
  });
}

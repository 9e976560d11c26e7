import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { type Province, provinceListSchema } from '../../../contracts/regions.contract';
import { getJson } from '../../lib/api-client';

export function useProvinces() {
  return useQuery({
    queryKey: ['regions', 'provinces'],
    queryFn: () => getJson('/api/regions/provinces', provinceListSchema),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** Display name of a province code, falling back to the code while the list loads. */
export function useProvinceName(): (code: string) => string {
  const { data } = useProvinces();
  return useCallback(
    (code: string) => data?.find((province) => province.code === code)?.name ?? code,
    [data],
  );
}

/** Select options for the given codes (all provinces when `codes` is undefined), in list order. */
export function useProvinceOptions(codes?: readonly string[]): { value: string; label: string }[] {
  const { data } = useProvinces();
  const provinces: Province[] = data ?? [];
  const visible = codes ? provinces.filter((province) => codes.includes(province.code)) : provinces;
  if (codes && !data) return codes.map((code) => ({ value: code, label: code }));
  return visible.map((province) => ({ value: province.code, label: province.name }));
}

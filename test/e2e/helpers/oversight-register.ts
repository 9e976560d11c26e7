import { type APIRequestContext, expect } from '@playwright/test';

interface RegisterItem {
  id: string;
  number: string;
  version: number;
  followUpStatus: string;
}

/**
 * Confirms every oversight product of an entity that is not followed up yet (the demo seeds open items for
 * Musi Banyuasin), except those numbered in `keepOpen`. A journey that needs a piagam or the "Tanpa
 * Maladministrasi" suffix calls it before its cycle's cut-off, so only the register entries it adds itself count.
 */
export async function followUpOpenOversightProducts(
  coordinator: APIRequestContext,
  entityCode: string,
  keepOpen: readonly string[] = [],
): Promise<void> {
  const register = await coordinator.get(`/api/entities/${entityCode}/oversight-products`);
  expect(register.status(), await register.text()).toBe(200);
  for (const item of (await register.json()).items as RegisterItem[]) {
    if (keepOpen.includes(item.number) || item.followUpStatus === 'selesai') continue;
    const confirmed = await coordinator.post(
      `/api/entities/${entityCode}/oversight-products/${item.id}/confirmation`,
      { data: { followUpStatus: 'selesai', version: item.version } },
    );
    expect(confirmed.status(), await confirmed.text()).toBe(200);
  }
}

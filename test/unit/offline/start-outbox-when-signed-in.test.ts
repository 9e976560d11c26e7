import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { currentUserQueryKey } from '../../../src/web/features/auth/current-user-query';
import {
  outboxDeviceFlag,
  startOutboxWhenSignedIn,
} from '../../../src/web/features/offline/start-outbox-when-signed-in';

const user = { id: '00000000-0000-4000-8000-0000000000a1', role: 'assessor' };

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
}

describe('the outbox starts only on a device where someone signed in', () => {
  it('never loads for a visitor, loads once when someone signs in, and not again', () => {
    const queryClient = new QueryClient();
    const storage = memoryStorage();
    let loads = 0;
    startOutboxWhenSignedIn(queryClient, storage, async () => {
      loads += 1;
    });
    // A visitor: the session answer is "nobody", and other queries come and go.
    queryClient.setQueryData(currentUserQueryKey, null);
    queryClient.setQueryData(['public', 'results'], { rows: [] });
    expect(loads).toBe(0);
    expect(storage.getItem(outboxDeviceFlag)).toBeNull();
    queryClient.setQueryData(currentUserQueryKey, user);
    expect(loads).toBe(1);
    expect(storage.getItem(outboxDeviceFlag)).toBe('1');
    // Signing out and in again (or a refetch) does not start a second sync loop.
    queryClient.setQueryData(currentUserQueryKey, null);
    queryClient.setQueryData(currentUserQueryKey, { ...user });
    expect(loads).toBe(1);
  });

  it('starts with the app on a device staff have used, before the session is known', () => {
    let loads = 0;
    startOutboxWhenSignedIn(new QueryClient(), memoryStorage({ [outboxDeviceFlag]: '1' }), async () => {
      loads += 1;
    });
    expect(loads).toBe(1);
  });

  it('loads at once when the session is already known', () => {
    const queryClient = new QueryClient();
    queryClient.setQueryData(currentUserQueryKey, user);
    let loads = 0;
    startOutboxWhenSignedIn(queryClient, memoryStorage(), async () => {
      loads += 1;
    });
    expect(loads).toBe(1);
  });
});

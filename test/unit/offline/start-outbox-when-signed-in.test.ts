import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { currentUserQueryKey } from '../../../src/web/features/auth/current-user-query';
import { startOutboxWhenSignedIn } from '../../../src/web/features/offline/start-outbox-when-signed-in';

const user = { id: '00000000-0000-4000-8000-0000000000a1', role: 'assessor' };

describe('the outbox starts only for a signed-in user', () => {
  it('never loads for a visitor, loads once when someone signs in, and not again', () => {
    const queryClient = new QueryClient();
    let loads = 0;
    startOutboxWhenSignedIn(queryClient, async () => {
      loads += 1;
    });
    // A visitor: the session answer is "nobody", and other queries come and go.
    queryClient.setQueryData(currentUserQueryKey, null);
    queryClient.setQueryData(['public', 'results'], { rows: [] });
    expect(loads).toBe(0);
    queryClient.setQueryData(currentUserQueryKey, user);
    expect(loads).toBe(1);
    // Signing out and in again (or a refetch) does not start a second sync loop.
    queryClient.setQueryData(currentUserQueryKey, null);
    queryClient.setQueryData(currentUserQueryKey, { ...user });
    expect(loads).toBe(1);
  });

  it('loads at once when the session is already known', () => {
    const queryClient = new QueryClient();
    queryClient.setQueryData(currentUserQueryKey, user);
    let loads = 0;
    startOutboxWhenSignedIn(queryClient, async () => {
      loads += 1;
    });
    expect(loads).toBe(1);
  });
});

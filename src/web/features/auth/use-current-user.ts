import { useQuery } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import type { CurrentUser } from '../../../contracts/auth.contract';
import { currentUserQuery } from './current-user-query';

/** `data` is the user, null when signed out, undefined while loading. */
export function useCurrentUser() {
  return useQuery(currentUserQuery);
}

export const SignedInUserContext = createContext<CurrentUser | null>(null);

/** The user of a page behind the signed-in layout, which only renders its pages once there is one. */
export function useSignedInUser(): CurrentUser {
  const user = useContext(SignedInUserContext);
  if (!user) throw new Error('useSignedInUser is used outside the signed-in layout');
  return user;
}

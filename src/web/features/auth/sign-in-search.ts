import { z } from 'zod';

const signInSearchSchema = z.object({
  redirect: z.string().optional().catch(undefined),
  signedOut: z.literal('everywhere').optional().catch(undefined),
  /** Prefilled address, e.g. a demo account picked on the "Mulai di sini" page. */
  email: z.string().max(254).optional().catch(undefined),
});
export type SignInSearch = z.infer<typeof signInSearchSchema>;

export function parseSignInSearch(search: Record<string, unknown>): SignInSearch {
  return signInSearchSchema.parse(search);
}

/** Only a path inside this app; anything else (another origin, the sign-in page itself) goes home. */
export function safeRedirectTarget(redirect: string | undefined): string {
  if (!redirect?.startsWith('/') || redirect.startsWith('//') || redirect.startsWith('/masuk')) return '/';
  return redirect;
}

import type { CoachingSession } from '../../contracts/coaching.contract';
import type { RequestActor } from '../auth/request-actor';
import { presentCoachingSession } from '../coaching/present-coaching-sessions';
import { requireCoachingSession } from '../coaching/require-coaching-session';
import type { Queryable } from '../db/database';

export async function getCoachingSession(
  db: Queryable,
  actor: RequestActor,
  sessionId: string,
): Promise<CoachingSession> {
  return presentCoachingSession(db, await requireCoachingSession(db, actor, 'coaching.read', sessionId));
}

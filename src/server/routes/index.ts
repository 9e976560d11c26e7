import type { AppDependencies, PatuhApp } from '../app-types';
import { clockOf } from '../clock';
import { createPublicResponseCache } from '../results/public-response-cache';
import { createPublicViewCache } from '../results/public-view-cache';
import {
  createPublicEntityAnswerReader,
  type ReadPublicEntityAnswer,
} from '../results/read-public-entity-answer';
import { registerAccountRoutes } from './account.routes';
import { registerAuditRoutes } from './audit.routes';
import { registerAuthRoutes } from './auth.routes';
import { registerCoachingRoutes } from './coaching.routes';
import { registerCollectionRoutes } from './collection.routes';
import { registerComplaintRoutes } from './complaints.routes';
import { registerCycleRoutes } from './cycles.routes';
import { registerDocumentRoutes } from './documents.routes';
import { registerEntityRoutes } from './entities.routes';
import { registerEvidenceRoutes } from './evidence.routes';
import { registerEvidenceIntegrityRoutes } from './evidence-integrity.routes';
import { registerEvidenceReuseRoutes } from './evidence-reuse.routes';
import { registerFinaliseRoutes } from './finalise.routes';
import { registerHealthRoutes } from './health.routes';
import { registerImportRoutes } from './imports.routes';
import { registerLociRoutes } from './loci.routes';
import { registerMeetingRoutes } from './meetings.routes';
import { registerMethodologyRoutes } from './methodologies.routes';
import { registerNotificationRoutes } from './notifications.routes';
import { registerObjectionRoutes } from './objections.routes';
import { registerOversightProductRoutes } from './oversight-products.routes';
import { registerPlanRoutes } from './plans.routes';
import { registerProgressRoutes } from './progress.routes';
import { registerPublicRoutes } from './public.routes';
import { registerQualityRoutes } from './quality.routes';
import { registerRecoveryRoutes } from './recovery.routes';
import { registerRegionRoutes } from './regions.routes';
import { registerResultRoutes } from './results.routes';
import { registerSurveyRoutes } from './survey.routes';
import { registerSurveyProofRoutes } from './survey-proof.routes';
import { registerTrustSurveyRoutes } from './trust-survey.routes';
import { registerUnitRoutes } from './units.routes';
import { registerUploadRoutes } from './uploads.routes';
import { registerUserRoutes } from './users.routes';
import { registerWorkQueueRoutes } from './work-queues.routes';
import { registerWorkflowRoutes } from './workflow.routes';

/** What the web pages share with the routes: the entity page's HTML embeds the public entity answer. */
export interface RegisteredRoutes {
  readPublicEntityAnswer: ReadPublicEntityAnswer;
}

/** Every API route of the platform, registered in one place. Each declares `config.access`. */
export function registerRoutes(app: PatuhApp, deps: AppDependencies): RegisteredRoutes {
  registerHealthRoutes(app, deps);
  registerAuthRoutes(app, deps);
  registerAccountRoutes(app, deps);
  registerRecoveryRoutes(app, deps);
  registerUserRoutes(app, deps);
  registerAuditRoutes(app, deps);
  registerRegionRoutes(app);
  registerEntityRoutes(app, deps);
  registerUnitRoutes(app, deps);
  registerResultRoutes(app, deps);
  registerMethodologyRoutes(app, deps);
  // One list of published snapshots for every public route, reloaded at most once a second.
  const publicViews = createPublicViewCache(deps.database.db);
  const publicResponses = createPublicResponseCache();
  const readPublicEntityAnswer = createPublicEntityAnswerReader(
    deps.database.db,
    publicViews,
    publicResponses,
    clockOf(deps.config),
  );
  registerPublicRoutes(app, deps, publicViews, {
    responses: publicResponses,
    readEntity: readPublicEntityAnswer,
  });
  registerDocumentRoutes(app, deps, publicViews);
  registerCycleRoutes(app, deps);
  registerLociRoutes(app, deps);
  registerMeetingRoutes(app, deps);
  registerImportRoutes(app, deps);
  registerSurveyRoutes(app, deps);
  registerTrustSurveyRoutes(app, deps);
  registerSurveyProofRoutes(app, deps);
  registerUploadRoutes(app, deps);
  registerEvidenceRoutes(app, deps);
  registerEvidenceIntegrityRoutes(app, deps);
  registerEvidenceReuseRoutes(app, deps);
  registerQualityRoutes(app, deps);
  registerComplaintRoutes(app, deps);
  registerCollectionRoutes(app, deps);
  registerWorkflowRoutes(app, deps);
  registerWorkQueueRoutes(app, deps);
  registerProgressRoutes(app, deps);
  registerFinaliseRoutes(app, deps);
  registerObjectionRoutes(app, deps);
  registerPlanRoutes(app, deps);
  registerCoachingRoutes(app, deps);
  registerOversightProductRoutes(app, deps);
  registerNotificationRoutes(app, deps);
  return { readPublicEntityAnswer };
}

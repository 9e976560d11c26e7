import type { AppDependencies, PatuhApp } from '../app-types';
import { registerAccountRoutes } from './account.routes';
import { registerAuditRoutes } from './audit.routes';
import { registerAuthRoutes } from './auth.routes';
import { registerCycleRoutes } from './cycles.routes';
import { registerEntityRoutes } from './entities.routes';
import { registerHealthRoutes } from './health.routes';
import { registerImportRoutes } from './imports.routes';
import { registerLociRoutes } from './loci.routes';
import { registerMeetingRoutes } from './meetings.routes';
import { registerPublicRoutes } from './public.routes';
import { registerRegionRoutes } from './regions.routes';
import { registerResultRoutes } from './results.routes';
import { registerUnitRoutes } from './units.routes';
import { registerUserRoutes } from './users.routes';

/** Every API route of the platform, registered in one place. Each declares `config.access`. */
export function registerRoutes(app: PatuhApp, deps: AppDependencies): void {
  registerHealthRoutes(app, deps);
  registerAuthRoutes(app, deps);
  registerAccountRoutes(app, deps);
  registerUserRoutes(app, deps);
  registerAuditRoutes(app, deps);
  registerRegionRoutes(app);
  registerEntityRoutes(app, deps);
  registerUnitRoutes(app, deps);
  registerResultRoutes(app, deps);
  registerPublicRoutes(app, deps);
  registerCycleRoutes(app, deps);
  registerLociRoutes(app, deps);
  registerMeetingRoutes(app, deps);
  registerImportRoutes(app, deps);
}

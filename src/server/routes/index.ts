import type { AppDependencies, PatuhApp } from '../app-types';
import { registerHealthRoutes } from './health.routes';

/** Every API route of the platform, registered in one place. */
export function registerRoutes(app: PatuhApp, deps: AppDependencies): void {
  registerHealthRoutes(app, deps);
}

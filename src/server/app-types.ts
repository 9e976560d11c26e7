import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppConfig } from './config';
import type { DatabaseConnection } from './db/database';
import type { DocumentRenderer } from './documents/document-renderer';

export type PatuhApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

export interface AppDependencies {
  config: AppConfig;
  database: DatabaseConnection;
  /**
   * Renders published documents (bounded worker pool + store); shared with the job worker by startServer.
   * Without it the document routes make their own, closed with the app.
   */
  renderer?: DocumentRenderer;
}

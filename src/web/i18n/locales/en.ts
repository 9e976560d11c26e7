import type { Messages } from './id';

export const en: Messages = {
  app: {
    name: 'Patuh',
    tagline: 'Public-Service Compliance Assessment',
    language: 'Language',
  },
  home: {
    title: 'Welcome to Patuh',
    intro:
      'Patuh runs the public-service compliance assessment end to end: methodology, field data collection, verification, results, certificates, report cards and coaching.',
    statusTitle: 'Platform status',
    statusOk: 'Running',
    database: 'Database',
    databaseKinds: {
      pglite: 'PGlite (embedded)',
      postgres: 'PostgreSQL',
    },
    migrations: 'Migrations applied',
    version: 'Version',
    loading: 'Checking status…',
    loadFailed: 'The platform status could not be read: {{reason}}',
    apiDocs: 'API documentation',
  },
};

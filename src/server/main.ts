// Runs the server on its own (used by `npm run dev`); `patuh serve` is the same plus a fresh web build.
import { loadConfig } from './config';
import { webBuildDir } from './project-paths';
import { startServer, stopOnSignals } from './start-server';

const server = await startServer(loadConfig(), { webRoot: webBuildDir });
stopOnSignals(server);

// Creates a new embedded database cluster (PGlite's initdb) in the data folder given as the only argument, then
// exits. Run as a child process by open-database.ts: initdb's WebAssembly instance holds ~600 MB that the
// server's own process would otherwise keep for its lifetime.
import { PGlite } from '@electric-sql/pglite';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: create-pglite-cluster.mjs <dir>');
const client = new PGlite(dataDir);
await client.waitReady;
await client.close();

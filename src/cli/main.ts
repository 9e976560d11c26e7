import { runSeedDemoChild } from '../server/demo/run-seed-demo-child';
import { seedDemoChildArgument } from '../server/demo/seed-demo-in-child';
import { buildProgram } from './build-program';

// The first start's demo seed child (seed-demo-in-child.ts) runs from the same entry, and so from the same
// server bundle as `patuh serve`, but is no command of the CLI.
if (process.argv[2] === seedDemoChildArgument) await runSeedDemoChild(process.argv[3]);
else await buildProgram().parseAsync(process.argv);

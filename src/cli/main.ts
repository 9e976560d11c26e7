import { buildProgram } from './build-program';

await buildProgram().parseAsync(process.argv);

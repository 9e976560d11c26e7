// A worker thread of the render pool (render-pool.ts). Plain JavaScript, so Node loads it as it is under
// `npm start`, the CLI, the benchmarks and Vitest alike; it registers tsx in this thread (loader hooks of the
// main thread do not reach workers) and then loads the TypeScript task.
import { register } from 'tsx/esm/api';

register();
const task = await import('./render-document-task.ts');

export default task.default;

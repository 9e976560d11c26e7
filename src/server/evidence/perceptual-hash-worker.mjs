// A worker thread of the perceptual-hash pool (perceptual-hash-pool.ts). Plain JavaScript, so Node loads it as
// it is everywhere; it registers tsx in this thread (loader hooks of the main thread do not reach workers)
// and then loads the TypeScript task, as the document render worker does.
import { register } from 'tsx/esm/api';

register();
const task = await import('./compute-perceptual-hash.ts');

export default task.default;

import { fileURLToPath } from 'node:url';

/** The package root, wherever it was cloned. */
export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
export const webBuildDir = fileURLToPath(new URL('../../dist/web', import.meta.url));

#!/usr/bin/env node
// The CLI and server run from TypeScript sources through tsx's loader: no separate compile step to go stale.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');

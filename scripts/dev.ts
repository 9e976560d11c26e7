// `npm run dev`: the API with restart-on-change (tsx watch) and Vite's dev server with hot reload.
import { type ChildProcess, spawn } from 'node:child_process';

const children: ChildProcess[] = [
  spawn('npx', ['tsx', 'watch', '--clear-screen=false', 'src/server/main.ts'], { stdio: 'inherit' }),
  spawn('npx', ['vite'], { stdio: 'inherit' }),
];
// The server listens on PORT (default 3000) and vite.config.ts proxies to the same PORT, both read from this env.
console.log(`Patuh dev: web http://localhost:5173 (server routes proxied to :${process.env.PORT ?? '3000'})`);

const stopAll = (): void => {
  for (const child of children) child.kill('SIGTERM');
};
process.once('SIGINT', stopAll);
process.once('SIGTERM', stopAll);
for (const child of children) {
  child.on('exit', (code) => {
    stopAll();
    process.exitCode = code ?? 0;
  });
}

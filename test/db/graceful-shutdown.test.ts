import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword } from '../../src/server/demo/demo-users';
import { freePort } from '../helpers/free-port';
import { type CliProcess, spawnCli } from '../helpers/spawn-cli';

const running = /is running at/;
const signInBody = JSON.stringify({ email: 'admin@patuh.test', password: demoPassword });

/** A raw HTTP/1.1 connection, so a test can stop half-way through a request body. */
function connect(
  port: number,
): Promise<{ socket: net.Socket; received: () => string; closed: Promise<void> }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let received = '';
    socket.on('data', (chunk) => {
      received += chunk.toString();
    });
    const closed = new Promise<void>((done) => socket.on('close', () => done()));
    socket.once('error', reject);
    socket.once('connect', () => resolve({ socket, received: () => received, closed }));
  });
}

/** Sends the headers and the first half of a sign-in: the server waits for the rest. */
function startSignIn(socket: net.Socket, port: number): string {
  socket.write(
    `POST /api/auth/sign-in HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\n` +
      `Content-Length: ${Buffer.byteLength(signInBody)}\r\nConnection: keep-alive\r\n\r\n`,
  );
  const half = Math.floor(signInBody.length / 2);
  socket.write(signInBody.slice(0, half));
  return signInBody.slice(half);
}

async function waitFor(condition: () => boolean | Promise<boolean>): Promise<void> {
  while (!(await condition())) await new Promise((resolve) => setTimeout(resolve, 50));
}

async function refusesConnections(port: number): Promise<boolean> {
  try {
    const { socket } = await connect(port);
    socket.destroy();
    return false;
  } catch {
    return true;
  }
}

describe('stopping patuh serve with SIGTERM', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'patuh-shutdown-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  const serve = async (extra: Record<string, string> = {}): Promise<{ server: CliProcess; port: number }> => {
    const port = await freePort();
    // Info level: the test waits for the "shutting down" line.
    const env = { PATUH_DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'info', ...extra };
    const server = spawnCli(['serve', '--no-build'], env);
    await server.waitForOutput(running, 240_000);
    return { server, port };
  };

  beforeAll(async () => {
    // The first start seeds the demo; later starts in this file are quick.
    const { server } = await serve();
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  }, 300_000);

  it('drains: no new connections, the request in flight finishes with Connection: close, idle ones close', async () => {
    const { server, port } = await serve();
    const idle = await connect(port);
    idle.socket.write(`GET /api/health/live HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`);
    await waitFor(() => idle.received().includes('"status":"ok"'));
    const inFlight = await connect(port);
    const rest = startSignIn(inFlight.socket, port);

    server.child.kill('SIGTERM');
    await server.waitForOutput(/shutting down/);
    await waitFor(() => refusesConnections(port));
    await idle.closed;
    expect(server.child.exitCode).toBeNull();

    inFlight.socket.write(rest);
    await inFlight.closed;
    const response = inFlight.received();
    expect(response).toMatch(/^HTTP\/1\.1 200 /);
    expect(response.toLowerCase()).toContain('connection: close');
    expect(response.toLowerCase()).toContain('set-cookie: patuh_session=');
    expect(await server.exited).toBe(0);
    expect(fs.existsSync(path.join(dataDir, 'patuh.lock'))).toBe(false);
  }, 120_000);

  it('exits anyway once PATUH_SHUTDOWN_TIMEOUT_SECONDS pass with a request still unfinished', async () => {
    const { server, port } = await serve({ PATUH_SHUTDOWN_TIMEOUT_SECONDS: '1' });
    const stuck = await connect(port);
    startSignIn(stuck.socket, port);
    server.child.kill('SIGTERM');
    // Never finished by the client: without the bound the process would wait for it indefinitely.
    expect(await server.exited).toBe(1);
    expect(server.output()).toContain('Shutdown did not finish within 1 s; exiting anyway.');
    await stuck.closed;
    expect(fs.existsSync(path.join(dataDir, 'patuh.lock'))).toBe(false);
  }, 120_000);
});

import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../src/server/config';

describe('the public address printed in documents (PATUH_PUBLIC_URL)', () => {
  it('defaults to localhost and the port while the server listens on a loopback address', () => {
    expect(loadConfig({}).documentBaseUrl).toBe('http://localhost:3000');
    expect(loadConfig({ PORT: '8080', HOST: 'localhost' }).documentBaseUrl).toBe('http://localhost:8080');
    expect(loadConfig({ HOST: '127.0.0.2' }).documentBaseUrl).toBe('http://localhost:3000');
    expect(loadConfig({ HOST: '::1' }).documentBaseUrl).toBe('http://localhost:3000');
  });

  it('is required, naming the variable, when the server listens beyond this machine', () => {
    for (const host of ['0.0.0.0', '::', '10.0.0.5', 'patuh.example.id']) {
      expect(() => loadConfig({ HOST: host })).toThrow(ConfigError);
      expect(() => loadConfig({ HOST: host })).toThrow(/PATUH_PUBLIC_URL: required when HOST/);
    }
  });

  it('is used as configured, without a trailing slash', () => {
    const config = loadConfig({ HOST: '0.0.0.0', PATUH_PUBLIC_URL: 'https://patuh.example.id/' });
    expect(config.documentBaseUrl).toBe('https://patuh.example.id');
  });

  it('sizes the render pool and the document store', () => {
    const config = loadConfig({
      PATUH_RENDER_THREADS: '2',
      PATUH_RENDER_QUEUE: '3',
      PATUH_DOCUMENT_STORE_MB: '10',
    });
    expect(config).toMatchObject({ renderThreads: 2, renderQueue: 3, documentStoreBytes: 10 * 1024 * 1024 });
    expect(loadConfig({}).renderThreads).toBeGreaterThanOrEqual(1);
    expect(() => loadConfig({ PATUH_RENDER_QUEUE: '0' })).toThrow(/PATUH_RENDER_QUEUE/);
  });
});

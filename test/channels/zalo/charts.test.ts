import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { createChartHost } from '../../../src/http/charts.js';
import { createHttpServer, type HttpServer } from '../../../src/http/server.js';

// Chart pictures on the shared HTTP server: random names, expiry, nothing else served.

let server: HttpServer | null = null;
afterEach(async () => {
  await server?.stop();
  server = null;
});

async function start(basePath = '') {
  server = createHttpServer({ host: '127.0.0.1', port: 0, logger: pino({ level: 'silent' }) });
  await server.start();
  const origin = `http://127.0.0.1:${server.address()!.port}`;
  const now = { value: 1_000_000 };
  const host = createChartHost({ server, publicBaseUrl: `${origin}${basePath}`, now: () => now.value });
  return { origin, now, host };
}

const png = (n: number) => ({ png: new Uint8Array([0x89, 0x50, 0x4e, 0x47, n]), key: `key-${n}` });

describe('chart host', () => {
  it('serves a picture under an unguessable name for 24 hours, then 404', async () => {
    const { now, host } = await start();
    const url = host.publish(png(1));
    const name = /\/charts\/([^/]+)\.png$/.exec(url)![1]!;
    expect(Buffer.from(name, 'base64url')).toHaveLength(16);
    expect(Buffer.from(await (await fetch(url)).arrayBuffer())).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 1]));
    now.value += 24 * 60 * 60 * 1000 - 1;
    expect((await fetch(url)).status).toBe(200);
    now.value += 1;
    expect((await fetch(url)).status).toBe(404);
  });

  it('gives the same picture the same address while it has long to live, another picture another', async () => {
    const { now, host } = await start();
    const first = host.publish(png(1));
    expect(host.publish(png(1))).toBe(first);
    expect(host.publish(png(2))).not.toBe(first);
    now.value += 13 * 60 * 60 * 1000;
    const renewed = host.publish(png(1));
    expect(renewed).not.toBe(first);
    expect((await fetch(first)).status).toBe(200);
  });

  it('lives under the path of PUBLIC_BASE_URL; other methods and paths are 404', async () => {
    const { origin, host } = await start('/thidua');
    const url = host.publish(png(3));
    expect(url.startsWith(`${origin}/thidua/charts/`)).toBe(true);
    expect((await fetch(url)).status).toBe(200);
    expect((await fetch(url, { method: 'POST' })).status).toBe(404);
    expect((await fetch(url.replace('/thidua', ''))).status).toBe(404);
  });
});

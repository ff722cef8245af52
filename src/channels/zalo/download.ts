import axios, { type AxiosResponse } from 'axios';
import type { Readable } from 'node:stream';
import { MAX_FILE_BYTES } from '../../domain/file-types.js';
import { RuleError } from '../../services/shared/errors.js';
import { fileTooBig, readCapped } from '../../services/shared/file-store.js';

// A picture someone sent on Zalo, fetched from the temporary CDN address in the update while it
// still works. The address may carry signed parameters, so errors name no URL.

export class ZaloDownloadError extends Error {
  override name = 'ZaloDownloadError';
}

/**
 * The bytes at `url`, refused past `maxBytes`: by the announced length first, then counted while
 * reading, where the connection is closed at the limit (a CDN may send no length, or a false one).
 */
export async function downloadPhoto(url: string, options: { timeoutMs?: number; maxBytes?: number } = {}): Promise<Uint8Array> {
  const max = options.maxBytes ?? MAX_FILE_BYTES;
  let response: AxiosResponse<Readable>;
  try {
    response = await axios.get<Readable>(url, { responseType: 'stream', timeout: options.timeoutMs ?? 60_000, maxRedirects: 3, validateStatus: () => true });
  } catch {
    throw new ZaloDownloadError('photo download failed: network error');
  }
  const stream = response.data;
  if (response.status < 200 || response.status >= 300) {
    stream.destroy();
    throw new ZaloDownloadError(`photo download failed: HTTP ${response.status}`);
  }
  if (Number(response.headers['content-length'] ?? NaN) > max) {
    stream.destroy();
    throw fileTooBig(max);
  }
  try {
    return await readCapped(stream, max, () => stream.destroy());
  } catch (error) {
    if (error instanceof RuleError) throw error;
    throw new ZaloDownloadError('photo download failed: the connection broke while reading');
  }
}

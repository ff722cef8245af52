import { GrammyError, type Api } from 'grammy';
import { MAX_FILE_BYTES } from '../../domain/file-types.js';
import { RuleError } from '../../services/shared/errors.js';
import { fileTooBig, readCapped } from '../../services/shared/file-store.js';

// Fetching a file someone sent: getFile, then the file itself from the Bot API server. The URL
// holds the bot token, so no error thrown from here carries the URL or an underlying error that
// might quote it. A file over the limit is a RuleError ('file-too-big') the person is shown.

export class TelegramDownloadError extends Error {
  override name = 'TelegramDownloadError';
}

export interface FileSource {
  /** the Api of the update being handled (it carries auto-retry) */
  api: Api;
  /** e.g. https://api.telegram.org or a self-hosted Bot API server, without a trailing slash */
  apiRoot: string;
  token: string;
  timeoutMs?: number;
  /** refuse anything bigger (checked against Content-Length and while reading); MAX_FILE_BYTES by default */
  maxBytes?: number;
}

/**
 * The path to ask the server for. A self-hosted Bot API server in --local mode answers getFile with
 * an absolute path on its disk (…/<token>/documents/file_3.pdf): keep what follows the token's
 * folder and fetch it through the API root like any other file. Dot segments are dropped.
 */
export function relativeFilePath(filePath: string, token: string): string {
  let path = filePath.replace(/\\/g, '/');
  if (path.startsWith('/') || /^[A-Za-z]:\//.test(path)) {
    const marker = `/${token}/`;
    const at = path.lastIndexOf(marker);
    path = at >= 0 ? path.slice(at + marker.length) : path;
  }
  return path
    .split('/')
    .filter((s) => s !== '' && s !== '.' && s !== '..' && !/^[A-Za-z]:$/.test(s))
    .map(encodeURIComponent)
    .join('/');
}

export async function downloadTelegramFile(source: FileSource, fileId: string): Promise<Uint8Array> {
  let filePath: string | undefined;
  try {
    filePath = (await source.api.getFile(fileId)).file_path;
  } catch (error) {
    // A refusal from Telegram names the method and the reason, never the URL: keep it.
    if (error instanceof GrammyError) throw error;
    throw new TelegramDownloadError('getFile failed: the Bot API server could not be reached');
  }
  if (!filePath) throw new TelegramDownloadError('getFile returned no file_path: the file cannot be downloaded (too big for this Bot API server?)');

  const url = `${source.apiRoot}/file/bot${source.token}/${relativeFilePath(filePath, source.token)}`;
  // Aborted at the byte limit, so the server's remaining bytes are never received.
  const stop = new AbortController();
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.any([stop.signal, AbortSignal.timeout(source.timeoutMs ?? 120_000)]) });
  } catch (error) {
    const reason = error instanceof Error && error.name === 'TimeoutError' ? 'timed out' : 'network error';
    throw new TelegramDownloadError(`file download failed: ${reason}`);
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    throw new TelegramDownloadError(`file download failed: HTTP ${response.status}`);
  }
  const max = source.maxBytes ?? MAX_FILE_BYTES;
  // A file_size may be absent from the update (a self-hosted server's big files) or untrue: the
  // server's Content-Length is checked first, then the bytes themselves as they come.
  if (Number(response.headers.get('content-length') ?? NaN) > max) {
    stop.abort();
    throw fileTooBig(max);
  }
  if (!response.body) return new Uint8Array(0);
  try {
    return await readCapped(response.body, max, () => stop.abort());
  } catch (error) {
    if (error instanceof RuleError) throw error;
    const reason = error instanceof Error && error.name === 'TimeoutError' ? 'timed out' : 'the connection broke while reading';
    throw new TelegramDownloadError(`file download failed: ${reason}`);
  }
}

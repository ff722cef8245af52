import axios, { isAxiosError, type AxiosInstance } from 'axios';

// The Zalo Bot API over axios: POST JSON to <apiRoot>/bot<token>/<method>, `ok` checked (never the
// HTTP status alone). The token is in every URL and axios errors carry the URL and request config,
// so no axios error leaves this file: callers get one of the errors below, which hold no URL.

/** Zalo answered and refused: `errorCode` is Zalo's error_code (400, 401, 403, 404, 408…). */
export class ZaloApiError extends Error {
  override name = 'ZaloApiError';
  constructor(
    readonly method: string,
    readonly errorCode: number,
    readonly description: string,
  ) {
    super(`Zalo ${method} refused (${errorCode}): ${description}`);
  }
}

/** 429: the quota or rate limit is used up. Zalo says for how long nowhere, so callers pick a wait. */
export class ZaloRateLimitError extends ZaloApiError {
  override name = 'ZaloRateLimitError';
}

/** No answer from Zalo: refused connection, timeout, broken answer. */
export class ZaloNetworkError extends Error {
  override name = 'ZaloNetworkError';
  constructor(
    readonly method: string,
    readonly reason: string,
  ) {
    super(`Zalo ${method} failed: ${reason}`);
  }
}

export interface ZaloClientOptions {
  token: string;
  /** e.g. https://bot-api.zaloplatforms.com, without a trailing slash */
  apiRoot: string;
  /** per request; getUpdates waits its poll timeout plus this */
  timeoutMs?: number;
  /** called after every message Zalo accepted (a place to count the plan's quota) */
  onSent?: (count: number) => void;
  /** called whenever Zalo refuses the token (401), whichever call met it */
  onRefusedToken?: () => void;
}

export interface ZaloBotInfo {
  id: string;
  account_name?: string;
  account_type?: string;
  can_join_groups?: boolean;
}

const SEND_METHODS = new Set(['sendMessage', 'sendPhoto', 'sendSticker']);

/** A reason worth logging from an axios failure: its code, never its message (that may quote the URL). */
function networkReason(error: unknown): string {
  if (!isAxiosError(error)) return 'unexpected error';
  if (error.code === 'ERR_CANCELED') return 'aborted';
  if (error.code === 'ECONNABORTED' || error.code === 'ETIMEDOUT') return 'timed out';
  return error.code ? `network error (${error.code})` : 'network error';
}

interface BotApiAnswer<T> {
  ok: boolean;
  result?: T;
  error_code?: unknown;
  description?: unknown;
}

/** `{ ok, result?, error_code?, description? }`, or null for anything else (a proxy's error page). */
function botApiAnswer<T>(body: unknown): BotApiAnswer<T> | null {
  return body !== null && typeof body === 'object' && typeof (body as { ok?: unknown }).ok === 'boolean' ? (body as BotApiAnswer<T>) : null;
}

export class ZaloClient {
  private readonly http: AxiosInstance;

  constructor(private readonly options: ZaloClientOptions) {
    this.http = axios.create({
      timeout: options.timeoutMs ?? 30_000,
      headers: { 'content-type': 'application/json' },
      // The answer's `ok` says whether the call worked, whatever the HTTP status.
      validateStatus: () => true,
      // A redirect would carry the token to wherever it points.
      maxRedirects: 0,
    });
  }

  /** Calls one method and returns its `result`; throws ZaloApiError, ZaloRateLimitError or ZaloNetworkError. */
  async request<T>(method: string, params: Record<string, unknown> = {}, options: { timeoutMs?: number; signal?: AbortSignal } = {}): Promise<T> {
    let status: number;
    let body: unknown;
    try {
      const response = await this.http.post(`${this.options.apiRoot}/bot${this.options.token}/${method}`, params, {
        ...(options.timeoutMs ? { timeout: options.timeoutMs } : {}),
        ...(options.signal ? { signal: options.signal } : {}),
      });
      status = response.status;
      body = response.data;
    } catch (error) {
      throw new ZaloNetworkError(method, networkReason(error));
    }
    const answer = botApiAnswer<T>(body);
    if (answer?.ok) {
      if (SEND_METHODS.has(method)) this.options.onSent?.(1);
      return answer.result as T;
    }
    if (!answer && status < 400) throw new ZaloNetworkError(method, `HTTP ${status} without a Bot API answer`);
    const code = typeof answer?.error_code === 'number' ? answer.error_code : status;
    if (code === 401) this.options.onRefusedToken?.();
    const description = typeof answer?.description === 'string' ? answer.description.split(this.options.token).join('[token]') : `HTTP ${status}`;
    throw code === 429 ? new ZaloRateLimitError(method, code, description) : new ZaloApiError(method, code, description);
  }

  getMe(): Promise<ZaloBotInfo> {
    return this.request('getMe');
  }

  /** One update, or throws ZaloApiError 408 when none came within `timeoutSeconds`. */
  getUpdates(timeoutSeconds: number, signal?: AbortSignal): Promise<unknown> {
    // The docs give the timeout as a string; the client waits longer than the server does.
    return this.request('getUpdates', { timeout: String(timeoutSeconds) }, { timeoutMs: timeoutSeconds * 1000 + 10_000, ...(signal ? { signal } : {}) });
  }

  async sendMessage(chatId: string, text: string): Promise<void> {
    await this.request('sendMessage', { chat_id: chatId, text });
  }

  async sendPhoto(chatId: string, photoUrl: string, caption?: string): Promise<void> {
    await this.request('sendPhoto', { chat_id: chatId, photo: photoUrl, ...(caption ? { caption } : {}) });
  }
}

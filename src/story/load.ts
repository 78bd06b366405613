/**
 * Loading a story from a URL: one request per URL per page, however many
 * elements name it, with every way it can fail turned into a `StoryError`
 * that says what probably happened (not found, server error, timeout,
 * refused by CORS or unreachable, offline, too large, a web page instead of
 * JSON, not JSON), with the URL. Whatever happens, the request is aborted
 * when the load ends: a body over the limit stops downloading as soon as its
 * `Content-Length` or the bytes read say so.
 */
import { parseStory } from './parse.js';
import { StoryLoadError, clip, type StoryError, type StoryErrorCode } from './errors.js';
import type { Story } from './types.js';

export interface LoadOptions {
  /** Give up after this many milliseconds. Default 15 s. */
  timeout?: number;
  /** Refuse bodies larger than this many bytes. Default 5 MB. */
  maxBytes?: number;
  signal?: AbortSignal;
  /** Skip the page-wide cache (a test, or an editor's reload). */
  fresh?: boolean;
}

export const DEFAULT_TIMEOUT = 15_000;
export const DEFAULT_MAX_BYTES = 5_000_000;

/** Characters of a URL quoted in a message. */
const SHOWN_URL = 200;

const cache = new Map<string, Promise<Story>>();

/**
 * Fetches, parses and validates a story. Rejects with a `StoryLoadError`
 * (never anything else), whose `errors` say what went wrong and whose `url`
 * is the absolute URL. Concurrent and later calls for the same absolute URL
 * share one request; a failed load is forgotten, so a later call retries.
 */
export function loadStory(url: string, options: LoadOptions = {}): Promise<Story> {
  let absolute: string;
  try {
    // relative to the page; outside one (Node, a worker without a document), absolute URLs only
    absolute = new URL(url, globalThis.document?.baseURI).href;
  } catch {
    const error: StoryError = { path: '', code: 'bad-url', params: { url: clip(String(url), SHOWN_URL) } };
    return Promise.reject(new StoryLoadError([error]));
  }
  if (options.fresh || options.signal) return fetchStory(absolute, options);
  let pending = cache.get(absolute);
  if (!pending) {
    pending = fetchStory(absolute, options);
    cache.set(absolute, pending);
    // A failed load may succeed later (network back, file fixed): do not keep it.
    pending.catch(() => cache.delete(absolute));
  }
  return pending;
}

/** Thrown by `readText` when the body passes the limit. */
class TooLarge extends Error {}

async function fetchStory(url: string, options: LoadOptions): Promise<Story> {
  const timeout = options.timeout ?? DEFAULT_TIMEOUT;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const controller = new AbortController();
  /** Why the request was aborted, when we or the caller aborted it. */
  let stopped: 'timeout' | 'aborted' | undefined;
  const timer = setTimeout(() => {
    stopped ??= 'timeout';
    controller.abort();
  }, timeout);
  const onAbort = () => {
    stopped ??= 'aborted';
    controller.abort();
  };
  if (options.signal?.aborted) onAbort();
  else options.signal?.addEventListener('abort', onAbort);

  const shownUrl = clip(url, SHOWN_URL);
  const failure = (code: StoryErrorCode, params: StoryError['params'] = {}) =>
    new StoryLoadError([{ path: '', code, params: { url: shownUrl, ...params } }], url);
  /** A fetch or a read that failed without an answer from the server. */
  const lost = () =>
    stopped === 'timeout'
      ? failure('timeout', { seconds: Math.round(timeout / 100) / 10 })
      : failure(stopped ?? unreachable(url));

  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: controller.signal, credentials: 'same-origin' });
    } catch {
      throw lost();
    }
    if (!response.ok) throw failure(statusCode(response.status), { status: response.status });
    if (Number(response.headers.get('content-length')) > maxBytes) throw failure('too-large', { max: maxBytes });
    let text: string;
    try {
      text = await readText(response, maxBytes);
    } catch (e) {
      throw e instanceof TooLarge ? failure('too-large', { max: maxBytes }) : lost();
    }
    const result = parseStory(text);
    if (result.ok) return result.story;
    const first = result.errors[0]!;
    if (first.code === 'json') {
      throw looksLikeHtml(response, text) ? failure('html') : failure('not-json', { detail: first.params['detail']! });
    }
    throw new StoryLoadError(result.errors, url);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
    // Done, failed or refused: whatever is still coming is not downloaded.
    controller.abort();
  }
}

/** The message for an HTTP error status. */
function statusCode(status: number): StoryErrorCode {
  return status === 404 || status === 410 ? 'not-found' : status >= 500 ? 'server-error' : 'http';
}

/**
 * Why a request got no answer. Browsers do not tell a page (a refusal by
 * the server's CORS policy looks like an unreachable server, on purpose);
 * what the page can know is whether it is offline and whether the URL is
 * on another origin, where CORS is the likely cause.
 */
function unreachable(url: string): StoryErrorCode {
  if (globalThis.navigator?.onLine === false) return 'offline';
  const here = globalThis.location?.origin;
  return here && new URL(url).origin !== here ? 'cors' : 'network';
}

/** A web page served where a story was expected: a wrong address, or a site that answers every path with its home page. */
function looksLikeHtml(response: Response, text: string): boolean {
  return /html/i.test(response.headers.get('content-type') ?? '') || /^\s*</.test(text);
}

/**
 * Reads the body as UTF-8, stopping as soon as it passes `maxBytes`. A byte
 * order mark is kept for `parseStory`, which accepts one: a file with two is
 * refused by `src` as it is by `fine-kit validate`.
 */
async function readText(response: Response, maxBytes: number): Promise<string> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      throw new TooLarge();
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

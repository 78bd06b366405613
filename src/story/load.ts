/**
 * Loading a story from a URL: one request per URL per page, however many
 * elements name it, with every way it can fail turned into a `StoryError`.
 */
import { parseStory } from './parse.js';
import { StoryLoadError, type StoryError } from './errors.js';
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

const cache = new Map<string, Promise<Story>>();

/**
 * Fetches, parses and validates a story. Rejects with a `StoryLoadError`.
 * Concurrent and later calls for the same absolute URL share one request.
 */
export function loadStory(url: string, options: LoadOptions = {}): Promise<Story> {
  const absolute = new URL(url, document.baseURI).href;
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

async function fetchStory(url: string, options: LoadOptions): Promise<Story> {
  const timeout = options.timeout ?? DEFAULT_TIMEOUT;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  const onAbort = () => controller.abort();
  options.signal?.addEventListener('abort', onAbort);
  const failWith = (error: StoryError): never => {
    throw new StoryLoadError([error]);
  };
  try {
    let text: string;
    try {
      const response = await fetch(url, { signal: controller.signal, credentials: 'same-origin' });
      if (!response.ok) failWith({ path: '', code: 'http', params: { url, status: response.status } });
      const declared = Number(response.headers.get('content-length'));
      if (declared > maxBytes) failWith({ path: '', code: 'too-large', params: { url, max: maxBytes } });
      text = await readText(response, maxBytes);
    } catch (e) {
      // our own errors pass through; the rest is the network or the timeout's abort
      if (e instanceof StoryLoadError) throw e;
      return failWith(
        timedOut
          ? { path: '', code: 'timeout', params: { url, seconds: Math.round(timeout / 1000) } }
          : { path: '', code: 'network', params: { url } },
      );
    }
    const result = parseStory(text);
    if (!result.ok) throw new StoryLoadError(result.errors);
    return result.story;
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}

/** Reads the body as UTF-8, stopping as soon as it passes `maxBytes`. */
async function readText(response: Response, maxBytes: number): Promise<string> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new StoryLoadError([{ path: '', code: 'too-large', params: { url: response.url, max: maxBytes } }]);
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

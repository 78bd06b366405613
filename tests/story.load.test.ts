import { expect, waitUntil } from '@open-wc/testing';
import { loadStory, StoryLoadError, type StoryError } from '../src/story/index.js';
import { describeError, errorMessages, errorWords, languageReady } from '../src/i18n/index.js';

async function failure(promise: Promise<unknown>): Promise<StoryLoadError> {
  try {
    await promise;
  } catch (e) {
    expect(e).to.be.instanceOf(StoryLoadError);
    return e as StoryLoadError;
  }
  throw new Error('expected the load to fail');
}

describe('loadStory', () => {
  it('loads and validates a story file', async () => {
    const story = await loadStory('/data/amazon-cnpd-2021.story.json');
    expect(story.id).to.equal('amazon-cnpd-2021');
  });

  it('makes one request for a URL however many elements ask', async () => {
    const url = '/data/amazon-cnpd-2021.story.json?shared';
    const [a, b] = await Promise.all([loadStory(url), loadStory(url)]);
    expect(a).to.equal(b);
    const requests = () => performance.getEntriesByType('resource').filter((e) => e.name.endsWith('?shared'));
    // the browser adds a resource timing entry a little after the body arrives
    await waitUntil(() => requests().length > 0, 'no request seen', { timeout: 2000 });
    await new Promise((r) => setTimeout(r, 100));
    expect(requests().length).to.equal(1);
  });

  it('times out with a clear error', async () => {
    // the server waits 10 s: a timer starved by a loaded machine still fires long before
    const error = await failure(loadStory('/__test/slow.json?ms=10000', { timeout: 200, fresh: true }));
    expect(error.errors[0]!.code).to.equal('timeout');
    expect(error.errors[0]!.params['seconds']).to.equal(0.2);
  });

  it('stops reading a body past the limit', async () => {
    const error = await failure(loadStory('/__test/huge.json', { maxBytes: 1000, fresh: true }));
    expect(error.errors[0]!.code).to.equal('too-large');
  });

  it('accepts a story whose file starts with a UTF-8 byte order mark', async () => {
    const story = await loadStory('/__test/bom.json', { fresh: true });
    expect(story.id).to.equal('amazon-cnpd-2021');
  });

  describe('a body over the limit is aborted, not downloaded', () => {
    /** Bytes the server handed to the socket for stream `id`, once that number has stopped growing. */
    async function sentFor(id: string): Promise<number> {
      const read = async () => (await (await fetch(`/__test/streamed?id=${id}`)).json()) as number;
      let before = -1;
      let now = await read();
      while (now !== before) {
        await new Promise((r) => setTimeout(r, 300));
        [before, now] = [now, await read()];
      }
      return now;
    }
    // The server offers 50 MB; without the abort, all 50 MB go out. With it,
    // what goes out is the limit (when undeclared) plus what the socket and
    // the browser's network stack read ahead: measured 0.3 MB (Chromium) and
    // 1.8 MB (Firefox) with Content-Length, 8 MB and 10 MB without it for a
    // 2 MB limit; once, on a loaded machine, 11.5 MB in Firefox with
    // Content-Length. The bounds leave room for that: half of the 50 MB.
    const MB = 1_000_000;

    it('as soon as Content-Length says so', async () => {
      const id = `declared-${Math.random()}`;
      const error = await failure(loadStory(`/__test/stream.json?declared&id=${id}`, { fresh: true }));
      expect(error.errors[0]).to.deep.include({ code: 'too-large' });
      expect(await sentFor(id)).to.be.below(25 * MB);
    });

    it('as soon as the bytes read pass the limit, without Content-Length', async () => {
      const id = `undeclared-${Math.random()}`;
      const error = await failure(loadStory(`/__test/stream.json?id=${id}`, { fresh: true, maxBytes: 2 * MB }));
      expect(error.errors[0]).to.deep.include({ code: 'too-large' });
      expect(await sentFor(id)).to.be.below(25 * MB);
    });
  });

  describe('says what probably happened, with the URL, in the reader’s language', () => {
    before(() => Promise.all(['en', 'ar', 'fr'].map((lang) => languageReady(lang, [errorWords]))));
    const other = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
    const elsewhere = (path: string) => `${location.protocol}//${other}:${location.port}${path}`;

    const cases: [string, () => string, StoryError['code']][] = [
      ['a missing file', () => '/nope.json', 'not-found'],
      ['a server error', () => '/__test/500.json', 'server-error'],
      ['a web page instead of the story', () => '/__test/html.json', 'html'],
      ['a connection cut before any answer', () => '/__test/reset.json', 'network'],
      ['another origin that does not allow this page (CORS)', () => elsewhere('/__test/cors.json'), 'cors'],
      ['a server that cannot be reached on another origin', () => 'http://127.0.0.1:9/story.json', 'cors'],
    ];
    for (const [what, url, code] of cases) {
      it(`${what}: ${code}`, async () => {
        const error = await failure(loadStory(url(), { fresh: true }));
        const absolute = new URL(url(), location.href).href;
        expect(error.url).to.equal(absolute);
        expect(error.errors[0]!.code).to.equal(code);
        for (const lang of ['en', 'ar', 'fr']) {
          const message = describeError(errorMessages(lang), error.errors[0]!);
          expect(message, lang).to.contain(absolute);
          expect(message, lang).not.to.contain('{');
        }
      });
    }

    it('the same story from another origin that allows it loads', async () => {
      const story = await loadStory(elsewhere('/__test/cors.json?allow'), { fresh: true });
      expect(story.id).to.equal('amazon-cnpd-2021');
    });

    it('text that is not JSON, with the parser’s reason', async () => {
      const error = await failure(loadStory('/package.json?not-a-story', { fresh: true }));
      // package.json is JSON but not a story: the validator speaks, not the loader
      expect(error.errors[0]!.code).to.equal('required');
      const broken = await failure(loadStory('/tests/story.load.test.ts', { fresh: true }));
      expect(broken.errors[0]!.code).to.equal('not-json');
    });

    it('an address that is not a URL, without throwing', async () => {
      const error = await failure(loadStory('http://[not-a-host/story.json'));
      expect(error.errors[0]!.code).to.equal('bad-url');
    });

    it('a load the caller aborts', async () => {
      const controller = new AbortController();
      const pending = loadStory('/__test/slow.json?ms=10000', { signal: controller.signal });
      controller.abort();
      expect((await failure(pending)).errors[0]!.code).to.equal('aborted');
    });

    it('a long URL is cut in the message', async () => {
      const error = await failure(loadStory(`/nope.json?${'x'.repeat(100_000)}`, { fresh: true }));
      expect(String(error.errors[0]!.params['url']).length).to.be.at.most(200);
      expect(String(error.errors[0]!.params['url'])).to.match(/…$/);
    });
  });
});

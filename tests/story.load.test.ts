import { expect, waitUntil } from '@open-wc/testing';
import { loadStory, StoryLoadError } from '../src/story/index.js';

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
    const error = await failure(loadStory('/__test/slow.json', { timeout: 200, fresh: true }));
    expect(error.errors[0]!.code).to.equal('timeout');
  });

  it('stops reading a body past the limit', async () => {
    const error = await failure(loadStory('/__test/huge.json', { maxBytes: 1000, fresh: true }));
    expect(error.errors[0]!.code).to.equal('too-large');
  });

  it('reports HTTP errors and non-JSON bodies', async () => {
    expect((await failure(loadStory('/nope.json', { fresh: true }))).errors[0]).to.include({ code: 'http' });
    expect((await failure(loadStory('/__test/html.json', { fresh: true }))).errors[0]).to.include({ code: 'json' });
  });

  it('reports an unreachable server', async () => {
    const error = await failure(loadStory('http://127.0.0.1:9/story.json', { fresh: true }));
    expect(error.errors[0]!.code).to.equal('network');
  });
});

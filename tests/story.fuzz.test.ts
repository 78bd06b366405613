import { expect } from '@open-wc/testing';
import { parseStory } from '../src/story/index.js';
import { addShippedLanguages } from '../src/i18n/all.js';
import { hostileStories } from './fuzz/hostile-stories.js';
import { reproducer, resultProblems } from './fuzz/check-result.js';

// The fuzz corpus in the browsers (Node runs more of it: tests/node/fuzz.test.js):
// the generator runs here as well, and parseStory answers the same way.
describe('parseStory with the fuzz corpus, in the browser', () => {
  before(() => addShippedLanguages());

  it('answers 120 hostile stories with the documented shape, never an exception', () => {
    const failures: string[] = [];
    for (const c of hostileStories(120)) {
      try {
        const found = resultProblems(c, parseStory(c.input));
        if (found.length) failures.push(`${reproducer(c)}\n    ${found.join('\n    ')}`);
      } catch (e) {
        failures.push(`${reproducer(c)}\n    threw: ${String(e)}`);
      }
    }
    expect(failures, failures.join('\n')).to.deep.equal([]);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});

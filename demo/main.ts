// The demo page: loads the story the kit ships and shows what the validator says.
import { lintStory, loadStory, pickText, StoryLoadError } from '../src/story/index.js';
import { coreMessages, describeError } from '../src/i18n/index.js';
import { describeWarning } from '../src/i18n/lint.js';

const app = document.querySelector('#app')!;
const lang = document.documentElement.lang;
const m = coreMessages(lang);

try {
  const story = await loadStory('/data/amazon-cnpd-2021.story.json');
  const warnings = lintStory(story);
  const title = pickText(story.title, lang, story.lang);
  app.innerHTML = '';
  const h1 = document.createElement('h1');
  h1.textContent = title.value;
  const status = document.createElement('p');
  status.className = 'ok';
  status.textContent = `✓ ${story.events.length} / ${story.actors.length} / ${story.fines.length} / ${story.quotes.length}`;
  const list = document.createElement('ul');
  for (const w of warnings) {
    const li = document.createElement('li');
    li.textContent = `${w.path} ${describeWarning(lang, w)}`;
    list.append(li);
  }
  app.append(h1, status, list);
} catch (e) {
  const errors = e instanceof StoryLoadError ? e.errors : [];
  app.innerHTML = '';
  const p = document.createElement('p');
  p.className = 'bad';
  p.textContent = errors.map((err) => `${err.path} ${describeError(m, err)}`).join('\n') || String(e);
  app.append(p);
}

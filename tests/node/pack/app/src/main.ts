// A newsroom app that installed fine-kit from its tarball: every import the
// README shows, used the way its types say, under strict TypeScript.
import 'fine-kit'; // every element
import 'fine-kit/timeline'; // one element alone (already defined above: the kit's guard keeps the first)
import { FineTimeline } from 'fine-kit/timeline';
import { FineStory, VERSION, type FineSelectDetail } from 'fine-kit';
import { parseStory, type Story } from 'fine-kit/story';
import 'fine-kit/themes/reserve.css';
import 'fine-kit/themes/broadsheet.css';
// the example story that ships in the package, as a URL the bundler emits
import storyUrl from 'fine-kit/data/amazon-cnpd-2021.story.json?url';

const provider: FineStory | null = document.querySelector('fine-story');
const timeline: FineTimeline | null = document.querySelector('fine-timeline');
if (!provider || !timeline) throw new Error('the article has no <fine-story> or <fine-timeline>');

const seen: string[] = [];
timeline.addEventListener('fine-ready', (event) => {
  const storyId: string = event.detail.storyId;
  document.body.dataset['ready'] = storyId;
});
timeline.addEventListener('fine-select', (event: CustomEvent<FineSelectDetail>) => {
  if (event.detail.id) seen.push(event.detail.id);
});

const response = await fetch(storyUrl);
const result = parseStory(await response.text());
if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.code}`).join('\n'));
const story: Story = result.story;
document.body.dataset['events'] = String(story.events.length);
document.body.dataset['version'] = VERSION;
provider.src = storyUrl;

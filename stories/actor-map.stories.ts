import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/actor-map/index.js';
import amazon from '../data/amazon-cnpd-2021.story.json';
import { miniStory } from '../tests/fixtures/mini-story.js';
import { syntheticNetworkStory } from '../tests/fixtures/actor-map-synthetic.js';
import { bakeLayout, buildGraph } from '../src/actor-map/layout.js';

const STORY = '/data/amazon-cnpd-2021.story.json';

interface Args {
  src?: string;
  focusActor?: string;
  view: 'map' | 'table';
  theme: 'auto' | 'light' | 'dark';
}

/**
 * Who did what to whom. The toolbar's language and direction are the
 * reader's: in Arabic the map mirrors and the arrow keys follow what the
 * reader sees. Tab into the map, move with the arrows, Enter to read an
 * actor's relations, Escape to clear; or switch to the table.
 */
const meta: Meta<Args> = {
  title: 'Elements/fine-actor-map',
  component: 'fine-actor-map',
  tags: ['autodocs'],
  argTypes: {
    src: { control: 'text' },
    focusActor: { control: 'select', options: ['', ...amazon.actors.map((a) => a.id)] },
    view: { control: 'inline-radio', options: ['map', 'table'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
  },
  args: { src: STORY, focusActor: '', view: 'map', theme: 'auto' },
  render: (args) =>
    html`<fine-actor-map
      src=${args.src || nothing}
      focus=${args.focusActor || nothing}
      view=${args.view}
      theme=${args.theme}
    ></fine-actor-map>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The Amazon story in the toolbar's language. */
export const AmazonStory: Story = {};

/** La Quadrature du Net in focus: its neighbours and links highlighted, its relations as sentences. */
export const Focused: Story = { args: { focusActor: 'lqdn' } };

/** Every relation as a table row. */
export const Table: Story = { args: { view: 'table' } };

/** The same map for three readers: Arabic (mirrored), English, French. */
export const ThreeReaders: Story = {
  render: () =>
    html`${(['ar', 'en', 'fr'] as const).map(
      (lang) =>
        html`<div lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'} style="margin-block-end: 2rem">
          <fine-actor-map src=${STORY} focus="cnpd"></fine-actor-map>
        </div>`,
    )}`,
};

/** Arabic, right to left, whatever the toolbar says: the map mirrors, the legend and the panel start on the right. */
export const RightToLeft: Story = {
  render: (args) => html`<div lang="ar" dir="rtl">${meta.render!(args, {} as never)}</div>`,
};

/** English, left to right, whatever the toolbar says. */
export const LeftToRight: Story = {
  render: (args) => html`<div lang="en" dir="ltr">${meta.render!(args, {} as never)}</div>`,
};

/** The light theme, whatever the page's scheme. */
export const Light: Story = { args: { theme: 'light' } };

/** The dark theme: kinds keep their shapes and contrast on a dark surface. */
export const Dark: Story = { args: { theme: 'dark' } };

/**
 * A phone: the drawing as an overview, taller than wide, with the relations listed under it in the page:
 * those that fit, each whole, and a button that shows them all.
 */
export const Narrow: Story = {
  render: (args) => html`<div style="inline-size: 340px">${meta.render!(args, {} as never)}</div>`,
};

/** A wide column: the drawing stretches to use it. */
export const Wide: Story = {
  render: (args) => html`<div style="inline-size: 1200px">${meta.render!(args, {} as never)}</div>`,
};

/** Nothing yet: the reserved height while the story loads (this URL never answers in time). */
export const Loading: Story = { args: { src: '/__never.json' } };

/** A file that is not JSON. */
export const BadJson: Story = {
  render: () =>
    html`<fine-actor-map
      ><script type="application/json">
        { "actors": [
      </script></fine-actor-map
    >`,
};

/** A URL that does not answer: the error view, in the reader's language, inside the reserved box. */
export const UnreachableUrl: Story = { args: { src: '/data/missing.story.json' } };

/** A relation to an actor that is not in the story: the validator's error, in the reader's language. */
export const MissingActor: Story = {
  render: () => {
    const story = miniStory();
    story.relations.push({ id: 'r2', from: 'acme', to: 'ghost', kind: 'criticised', sources: ['s1'] });
    return html`<fine-actor-map .story=${story}></fine-actor-map>`;
  },
};

/**
 * Valid but awkward data: a self-loop (drawn as a loop), a duplicate relation (one link, ×2), an actor with no
 * relation that an event names (set in a labelled row below the network).
 */
export const AwkwardData: Story = {
  render: () => {
    const story = miniStory();
    story.actors.push({ id: 'loner', kind: 'person', name: { en: 'Loner', ar: 'المنعزل', fr: 'Solitaire' } });
    story.events[0]!.actors = ['loner'];
    story.relations.push(
      { id: 'r2', from: 'watchdog', to: 'acme', kind: 'fined', date: '2022', sources: ['s1'] },
      { id: 'r3', from: 'acme', to: 'acme', kind: 'criticised', sources: ['s1'] },
    );
    return html`<fine-actor-map .story=${story}></fine-actor-map>`;
  },
};

/** A story with no actors. */
export const Empty: Story = {
  render: () => {
    const story = miniStory();
    story.actors = [];
    story.relations = [];
    story.quotes = [];
    delete story.fines[0]!.actor;
    delete story.mainActor;
    story.events[1]!.actors = [];
    return html`<fine-actor-map .story=${story}></fine-actor-map>`;
  },
};

/** 300 actors and 1,000 relations (seeded): names only around the selected actor. */
export const LargeSynthetic: Story = {
  render: () => html`<fine-actor-map .story=${syntheticNetworkStory(300, 1000, 1)}></fine-actor-map>`,
};

/** The same, its layout baked into the story (`npx fine-kit layout story.json`): the same picture, no simulation in the page. */
export const LargeBaked: Story = {
  render: () => {
    const story = syntheticNetworkStory(300, 1000, 1);
    const mapLayout = bakeLayout(buildGraph(story.actors, story.relations, story.mainActor));
    return html`<fine-actor-map .story=${{ ...story, mapLayout }}></fine-actor-map>`;
  },
};

/** Over 300 actors (1,000 actors, 2,500 relations: the most a story may hold): too large to draw, so its table. */
export const TooLargeToDraw: Story = {
  render: () => html`<fine-actor-map .story=${syntheticNetworkStory(1000, 2500, 1)}></fine-actor-map>`,
};

/**
 * A phone, in Arabic: the drawing as an overview, the relations that fit under it and a button for all; tap an actor for
 * its own. Shown in a phone's viewport, where the map reserves 51rem (44rem on a wider screen): the Arabic map's stacked
 * drawing, legend and list fill that box exactly.
 */
export const Phone: Story = {
  globals: { viewport: { value: 'mobile2', isRotated: false } },
  render: (args) => html`<div lang="ar" dir="rtl" style="inline-size: 343px">${meta.render!(args, {} as never)}</div>`,
};

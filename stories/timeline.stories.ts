import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/timeline/index.js';
import { addLanguage } from '../src/i18n/index.js';
import { timelineMessages } from '../src/timeline/messages.js';
import amazon from '../data/amazon-cnpd-2021.story.json';
import { miniStory } from '../tests/fixtures/mini-story.js';
import { syntheticTimelineStory } from '../tests/fixtures/timeline-synthetic.js';

const STORY = '/data/amazon-cnpd-2021.story.json';

interface Args {
  src?: string;
  story?: unknown;
  selected?: string;
  orientation: 'auto' | 'horizontal' | 'vertical';
  filter: string;
  linkHash: boolean;
  theme: 'auto' | 'light' | 'dark';
  /** Width of the column the element sits in (it adapts to its own width, not the window's). */
  columnWidth: number;
}

/**
 * The story's events on a time axis. Switch the toolbar's language to Arabic:
 * time runs right to left, the arrow keys follow, and dates are Arabic through
 * `Intl`. Narrow the column below 600 px for the vertical list. Keyboard:
 * Tab to the events, arrows to move, Enter to open, Escape to close, + and −
 * to zoom; with a pointer, drag to pan and ctrl/⌘ + wheel or pinch to zoom.
 */
const meta: Meta<Args> = {
  title: 'Elements/fine-timeline',
  component: 'fine-timeline',
  tags: ['autodocs'],
  argTypes: {
    src: { control: 'text' },
    story: { control: false },
    selected: { control: 'select', options: ['', ...amazon.events.map((e) => e.id)] },
    orientation: { control: 'inline-radio', options: ['auto', 'horizontal', 'vertical'] },
    filter: { control: 'text' },
    linkHash: { control: 'boolean' },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    columnWidth: {
      control: { type: 'range', min: 280, max: 1400, step: 10 },
      description: 'Width of the column the element sits in (the story’s, not the element’s).',
      table: { category: 'story' },
    },
  },
  args: { src: STORY, selected: '', orientation: 'auto', filter: '', linkHash: false, theme: 'auto', columnWidth: 960 },
  render: (args) =>
    html`<div style="max-inline-size:${args.columnWidth}px">
      <fine-timeline
        src=${args.src || nothing}
        .story=${args.story}
        selected=${args.selected || nothing}
        orientation=${args.orientation}
        filter=${args.filter}
        ?link-hash=${args.linkHash}
        theme=${args.theme}
      ></fine-timeline>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/**
 * The Amazon/CNPD story, 2016–2026, at a glance: every event its own marker, every key event's title whole
 * (on two lines if need be), the empty years squeezed into breaks marked on the axis (`//`), 2021 given room.
 */
export const AmazonStory: Story = {};

/**
 * The page prints its own headline, source line and date: `no-caption`, `no-credit` and `no-updated` hide the
 * element's (or `caption="…"` gives it the page's own title). Every element takes the same attributes.
 */
export const PageOwnCaption: Story = {
  render: (args) =>
    html`<div style="max-inline-size:${args.columnWidth}px">
      <fine-timeline src=${args.src || nothing} theme=${args.theme} no-caption no-credit no-updated></fine-timeline>
    </div>`,
};

/** A wide column: more room, longer labels. */
export const Wide: Story = { args: { columnWidth: 1400 } };

/** An article's text column (672 px): still every key title whole; a few lesser events may share a counted marker. */
export const ArticleColumn: Story = { args: { columnWidth: 672 } };

/**
 * A counted marker with no room for its words in the article's column: focused, as a keyboard reader reaches it,
 * it shows them ("4 events, Dec 2021 – May 2023"), as it does when pointed at.
 */
export const ClusterFocused: Story = {
  args: { columnWidth: 672 },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('fine-timeline');
    // the story arrives from its URL: wait (a few seconds at most) for the plot's first counted marker
    for (let tries = 0; tries < 100; tries++) {
      const cluster = el?.shadowRoot?.querySelector<HTMLElement>('[part~="cluster"].in-lane');
      if (cluster) return cluster.focus();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  },
};

/**
 * Below 600 px of its own width the timeline is a list in the page's flow (no box scrolling inside it): a long
 * story shows its key events and a "Show all" button, and the details open under the event.
 */
export const Narrow: Story = { args: { columnWidth: 360 } };

/** Forced vertical in a wide column. */
export const Vertical: Story = { args: { orientation: 'vertical', columnWidth: 720 } };

/** The CNPD's decision selected: its marker highlighted (or its cluster outlined) and its details open, with the disputed date. */
export const Selected: Story = { args: { selected: 'cnpd-decision' } };

/** Dark theme (also set the toolbar's theme to see the page around it). */
export const Dark: Story = { args: { theme: 'dark', selected: 'amazon-appeals' } };

/** Filtered to the events that mention the CNIL, in the reader's language. */
export const Filtered: Story = { args: { filter: 'CNIL' } };

/** Deep links: selecting an event writes `#amazon-cnpd-2021-<id>` to the address; opening that address selects it. */
export const DeepLink: Story = { args: { linkHash: true } };

/** No story yet: the element keeps its reserved height, so the article does not jump. */
export const Loading: Story = { args: { src: '' } };

/** A story that fails validation: the error is shown inside the element, in the reader's language. */
export const InvalidStory: Story = {
  args: { src: '', story: { ...miniStory(), events: [{ id: 'Bad Id', date: '2021-02-30', title: 'x', sources: [] }] } },
};

/** A URL that does not answer: the same error view. */
export const UnreachableUrl: Story = { args: { src: '/data/missing.story.json' } };

/** A valid story without events: the axis and its eras, and a note. */
export const Empty: Story = {
  args: {
    src: '',
    story: {
      ...miniStory(),
      events: [],
      eras: [{ id: 'wait', start: '2024-03', title: { ar: 'انتظار', en: 'Waiting', fr: 'Attente' }, sources: ['s1'] }],
    },
  },
};

/** 10,000 synthetic events (1990–2025): only what is in view is in the page; what cannot fit is clustered, each cluster saying how many events and when. */
export const TenThousandEvents: Story = { args: { src: '', story: syntheticTimelineStory(10_000) } };

/** Theming through the `--fine-timeline-*` knobs on an ancestor. */
export const Themed: Story = {
  render: (args) =>
    html`<div
      style="--fine-timeline-marker-color:light-dark(#8a1538,#f08aa6);--fine-timeline-era-color:light-dark(#f4e9dc,#3a2a1c);--fine-timeline-axis-color:light-dark(#5c4b3b,#cbb8a5);--fine-timeline-marker-size:0.9rem;--fine-font-body:Georgia,serif"
    >
      ${meta.render!(args, {} as never)}
    </div>`,
};

// A newsroom's own wording, for its British-English pages: a regional tag wins over its base language.
addLanguage('en-GB', {
  timeline: {
    ...timelineMessages.en,
    filter: 'Search the timeline',
    reset: 'Show the whole story',
    none: 'Nothing matches your search.',
  },
});

/**
 * A newsroom's house wording through `addLanguage`: the article is `lang="en-GB"`,
 * and the timeline's words come from the page's own table. The same call adds
 * a language the kit does not ship (a `LanguagePack` with every table).
 */
export const HouseWording: Story = {
  render: (args) => html`<article lang="en-GB" dir="ltr">${meta.render!(args, {} as never)}</article>`,
};

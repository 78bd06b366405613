import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/comparison/index.js';
import amazon from '../data/amazon-cnpd-2021.story.json';
import { miniStory } from '../tests/fixtures/mini-story.js';
import { syntheticComparisonStory, syntheticFines } from '../tests/fixtures/comparison-synthetic.js';

const STORY = '/data/amazon-cnpd-2021.story.json';

interface Args {
  src?: string;
  story?: unknown;
  fines?: unknown;
  highlight?: string;
  compareTo?: string;
  scale: 'linear' | 'log';
  sort: 'amount' | 'date';
  law: 'all' | 'gdpr' | 'eprivacy';
  status: 'all' | 'standing';
  limit?: number;
  view: 'chart' | 'table';
  selected?: string;
  theme: 'auto' | 'light' | 'dark';
  /** Width of the column the element sits in (it adapts to its own width, not the window's). */
  columnWidth: number;
  /** The element's own language, over the toolbar's (this story is about `lang`). */
  lang?: string;
}

const fineIds = ['', ...amazon.fines.map((f) => f.id)];

/**
 * The story's fine among others: €746M beside Meta's €1.2B, TikTok's €530M
 * and Google's €100M. The court annulled it on 12 March 2026: its bar is
 * hatched, its label says so, and the annotation sets it against the largest
 * fine still standing. Switch the toolbar to Arabic: the bars grow from the
 * right and amounts are formatted for Arabic through `Intl`. Keyboard: Tab
 * to the bars, Up/Down/Home/End to move, Enter or Space to select; the
 * Table button shows the same figures as a table.
 */
const meta: Meta<Args> = {
  title: 'Elements/fine-comparison',
  component: 'fine-comparison',
  tags: ['autodocs'],
  argTypes: {
    src: { control: 'text' },
    story: { control: false },
    fines: { control: false },
    highlight: { control: 'select', options: fineIds },
    compareTo: { control: 'select', options: fineIds },
    scale: { control: 'inline-radio', options: ['linear', 'log'] },
    sort: { control: 'inline-radio', options: ['amount', 'date'] },
    law: { control: 'inline-radio', options: ['all', 'gdpr', 'eprivacy'] },
    status: { control: 'inline-radio', options: ['all', 'standing'] },
    limit: { control: { type: 'number', min: 1, max: 200 } },
    view: { control: 'inline-radio', options: ['chart', 'table'] },
    selected: { control: 'select', options: fineIds },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    columnWidth: {
      control: { type: 'range', min: 280, max: 1400, step: 10 },
      description: 'Width of the column the element sits in (the story’s, not the element’s).',
      table: { category: 'story' },
    },
    lang: { control: 'inline-radio', options: ['', 'ar', 'en', 'fr'] },
  },
  args: {
    src: STORY,
    highlight: '',
    compareTo: '',
    scale: 'linear',
    sort: 'amount',
    law: 'all',
    status: 'all',
    view: 'chart',
    selected: '',
    theme: 'auto',
    columnWidth: 860,
  },
  render: (args) =>
    html`<div style="max-inline-size:${args.columnWidth}px">
      <fine-comparison
        src=${args.src || nothing}
        .story=${args.story}
        .fines=${args.fines}
        lang=${args.lang || nothing}
        highlight=${args.highlight || nothing}
        compare-to=${args.compareTo || nothing}
        scale=${args.scale}
        sort=${args.sort}
        law=${args.law}
        status=${args.status}
        limit=${args.limit ?? nothing}
        view=${args.view}
        selected=${args.selected || nothing}
        theme=${args.theme}
      ></fine-comparison>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/**
 * The Amazon/CNPD story: 25 fines, Amazon’s €746M highlighted, hatched since
 * the court annulled it, set against the largest fine still standing. Amazon
 * France Logistique’s €32M, cut to €15M, is solid up to €15M.
 */
export const AmazonStory: Story = {};

/** Only the fines that still stand: the annulled €746M is named in a note, not drawn. */
export const StandingOnly: Story = { args: { status: 'standing' } };

/** Against Google’s €100M cookie fine: 7.5× as imposed, computed from the amounts. */
export const ComparedToGoogle: Story = { args: { compareTo: 'google-cnil-2020-cookies' } };

/** Log scale: Clearview AI’s €30.5M is visible beside Meta’s €1.2B. */
export const LogScale: Story = { args: { scale: 'log' } };

/** Oldest first. */
export const ByDate: Story = { args: { sort: 'date' } };

/** Only the French cookie (ePrivacy) fines: Amazon’s €35M from the CNIL is the story’s fine there. */
export const EPrivacyOnly: Story = { args: { law: 'eprivacy' } };

/** The top five, Amazon among them, and the rest summed. */
export const TopFive: Story = { args: { limit: 5 } };

/** The same figures as a table (the toggle’s other state). */
export const TableView: Story = { args: { view: 'table' } };

/** A bar selected: its reason shows under it. */
export const Selected: Story = { args: { selected: 'tiktok-dpc-2025' } };

/** Arabic, English and French side by side, each element with its own language. */
export const ThreeLanguages: Story = {
  render: (args) =>
    html`${['ar', 'en', 'fr'].map(
      (lang) =>
        html`<h3>${lang}</h3>
          ${meta.render!({ ...args, lang, limit: 6 }, {} as never)}`,
    )}`,
};

/** Right to left forced on an English chart: the bars and axis mirror with the direction. */
export const RtlAndLtr: Story = {
  render: (args) =>
    html`<div dir="rtl">${meta.render!({ ...args, lang: 'ar', limit: 8 }, {} as never)}</div>
      <div dir="ltr">${meta.render!({ ...args, lang: 'en', limit: 8 }, {} as never)}</div>`,
};

/** The dark theme, on a log scale. */
export const Dark: Story = { args: { theme: 'dark', scale: 'log' } };

/** The light theme, whatever the page's scheme. */
export const Light: Story = { args: { theme: 'light' } };

/** A phone-width column: each label above its bar, every other tick label. */
export const Narrow: Story = { args: { columnWidth: 340 } };

/** A wide column: longer bars, labels beside them. */
export const Wide: Story = { args: { columnWidth: 1400 } };

/** No story yet: the reserved height, so the article does not jump. */
export const Loading: Story = { args: { src: '' } };

/** A story that fails validation (a negative amount): the error is shown in the element. */
export const InvalidStory: Story = {
  args: {
    src: '',
    story: { ...miniStory(), fines: [{ ...miniStory().fines[0], amount: { value: -5, currency: 'EUR' } }] },
  },
};

/** Not JSON at all. */
export const BadJson: Story = { args: { src: '', story: '{ "id": ' } };

/** A URL that does not answer: the error view, in the reader's language, inside the reserved box. */
export const UnreachableUrl: Story = { args: { src: '/data/missing.story.json' } };

/** A valid story without fines: nothing to chart, said in the element. */
export const Empty: Story = { args: { src: '', story: { ...miniStory(), fines: [] } } };

/** Mixed currencies without a conversion: the dollar fine is named and left out. */
export const MixedCurrencies: Story = {
  args: {
    src: '',
    story: {
      ...miniStory(),
      fines: [
        ...miniStory().fines,
        {
          ...miniStory().fines[0],
          id: 'f2',
          actor: undefined,
          company: 'Globex',
          amount: { value: 5e8, currency: 'USD' },
        },
      ],
    },
  },
};

/** A fines-only list (no story), one of them invalid: charted with the fines’ own names, the bad one named. */
export const FinesOnly: Story = {
  args: {
    src: '',
    fines: [
      ...syntheticFines(8, 5),
      { ...syntheticFines(1, 6)[0], id: 'broken', amount: { value: -1, currency: 'EUR' } },
    ],
  },
};

/** 2,000 synthetic fines: the top 30 drawn, the rest summed in one row. */
export const TwoThousandFines: Story = { args: { src: '', story: syntheticComparisonStory(2000, 1), scale: 'log' } };

/** Theming through the `--fine-comparison-*` knobs on an ancestor. */
export const Themed: Story = {
  render: (args) =>
    html`<div
      style="--fine-comparison-bar-color:light-dark(#b9a58f,#6f5f4e);--fine-comparison-highlight-color:light-dark(#8a1538,#f08aa6);--fine-comparison-bar-size:0.75em;--fine-comparison-label-width:18em;--fine-font-body:Georgia,serif"
    >
      ${meta.render!(args, {} as never)}
    </div>`,
};

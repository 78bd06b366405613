import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/quote/index.js';
import '../src/story-provider/index.js';
import amazon from '../data/amazon-cnpd-2021.story.json';
import { miniStory } from '../tests/fixtures/mini-story.js';
import { quoteStory, syntheticQuotes } from '../tests/fixtures/quote-stories.js';

const STORY = '/data/amazon-cnpd-2021.story.json';

interface Args {
  src?: string;
  quote?: string;
  variant: 'card' | 'pull' | 'inline';
  showOriginal: boolean;
  theme: 'auto' | 'light' | 'dark';
  caption?: string;
  noUpdated: boolean;
}

/**
 * A quote card to drop between paragraphs. The toolbar's language is the
 * reader's: switch it to see a French quote translated into Arabic or
 * English, labelled as a translation, with a toggle to the original.
 */
const meta: Meta<Args> = {
  title: 'Elements/fine-quote',
  component: 'fine-quote',
  tags: ['autodocs'],
  argTypes: {
    src: { control: 'text' },
    quote: { control: 'select', options: amazon.quotes.map((q) => q.id) },
    variant: { control: 'inline-radio', options: ['card', 'pull', 'inline'] },
    showOriginal: { control: 'boolean' },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    caption: { control: 'text' },
    noUpdated: { control: 'boolean' },
  },
  args: {
    src: STORY,
    quote: 'lqdn-historic-fine',
    variant: 'card',
    showOriginal: false,
    theme: 'auto',
    caption: '',
    noUpdated: false,
  },
  render: (args) =>
    html`<fine-quote
      src=${args.src || nothing}
      quote=${args.quote || nothing}
      variant=${args.variant}
      ?show-original=${args.showOriginal}
      theme=${args.theme}
      caption=${args.caption || nothing}
      ?no-updated=${args.noUpdated}
    ></fine-quote>`,
};
export default meta;

type Story = StoryObj<Args>;

/** La Quadrature du Net, in French: an Arabic or English reader gets a translation and the toggle. */
export const AmazonStory: Story = {};

/** Amazon’s spokesperson, in English; the French version is AFP’s, credited. */
export const PublishedTranslation: Story = { args: { quote: 'amazon-no-data-breach-2021' } };

/**
 * A title of the page's own above the card (`caption`); below it, as under
 * every element, the story's "Updated" date, which opens onto its updates and
 * corrections (`no-updated` hides it where the page shows its own).
 */
export const WithCaption: Story = { args: { caption: 'What the complainants said' } };

/** Starts on the speaker’s own words (`show-original`). */
export const OriginalShown: Story = { args: { showOriginal: true } };

/** Big type between two paragraphs. */
export const Pull: Story = {
  args: { variant: 'pull' },
  render: (args) =>
    html`<p>The association had filed the complaint three years earlier.</p>
      ${meta.render!(args, {} as never)}
      <p>The regulator did not comment further.</p>`,
};

/** A quote inside running text. */
export const Inline: Story = {
  args: { variant: 'inline', quote: 'cnil-unprecedented' },
  render: (args) =>
    html`<p style="max-inline-size: 40rem">
      The French authority welcomed the decision: ${meta.render!(args, {} as never)} Amazon said it would appeal.
    </p>`,
};

/** Each variant with the same quote, one above the other. */
export const Variants: Story = {
  render: () =>
    html`${(['card', 'pull', 'inline'] as const).map(
      (variant) =>
        html`<h3>${variant}</h3>
          <p><fine-quote src=${STORY} quote="lqdn-historic-fine" variant=${variant}></fine-quote></p>`,
    )}`,
};

/** Reported words: no quotation marks, and a note that says so. */
export const Paraphrase: Story = {
  render: () => html`<fine-quote .story=${quoteStory()} quote="paraphrased"></fine-quote>`,
};

/** No translation into the reader’s language: the original, with a note (switch the toolbar to ar or en). */
export const NoTranslation: Story = {
  render: () => html`<fine-quote .story=${quoteStory()} quote="untranslated"></fine-quote>`,
};

/** One quote for three readers, each card in its own language (this story is about `lang`). */
export const ThreeReaders: Story = {
  render: () =>
    html`${['ar', 'en', 'fr'].map(
      (lang) =>
        html`<div lang=${lang} style="margin-block-end: 1rem">
          <fine-quote src=${STORY} quote="lqdn-historic-fine"></fine-quote>
        </div>`,
    )}`,
};

/**
 * No JSON: the words are written in the page (search engines and readers
 * without JavaScript see them). `lang` is the language of the words; the card
 * speaks the page's language.
 */
export const Standalone: Story = {
  render: () =>
    html`<fine-quote
      speaker="La Quadrature du Net"
      speaker-role="Communiqué de presse"
      cite="https://www.laquadrature.net/2021/07/30/amende-de-746-millions-deuros-contre-amazon/"
      source="La Quadrature du Net"
      date="2021-07-30"
      lang="fr"
      >Cette sanction historique frappe au cœur le système de prédation des GAFAM et doit être applaudie en tant que
      telle.</fine-quote
    >`,
};

/** Standalone, with a translation written by the newsroom in an Arabic article. */
export const StandaloneTranslated: Story = {
  render: () =>
    html`<article lang="ar" dir="rtl">
      <fine-quote speaker="La Quadrature du Net" speaker-role="بيان صحفي" date="2021-07-30" lang="fr"
        >Cette sanction historique frappe au cœur le système de prédation des GAFAM.<span slot="translation" lang="ar"
          >هذه العقوبة التاريخية تضرب في الصميم نظام الافتراس الذي تقوم عليه شركات GAFAM.</span
        ></fine-quote
      >
    </article>`,
};

/** Several cards between paragraphs, sharing one request through `<fine-story>`. */
export const InAnArticle: Story = {
  render: () =>
    html`<fine-story src=${STORY}>
      <p>On 30 July 2021, Amazon disclosed a €746 million fine from Luxembourg’s regulator.</p>
      <fine-quote quote="amazon-will-appeal-2021"></fine-quote>
      <p>The association behind the complaint welcomed it.</p>
      <fine-quote quote="lqdn-historic-fine" variant="pull"></fine-quote>
      <p>Its jurist explained the grounds: <fine-quote quote="messaud-consent-duress" variant="inline"></fine-quote></p>
    </fine-story>`,
};

/** A phone column: La Quadrature’s long quote wraps, the speaker line stays whole. */
export const Narrow: Story = {
  args: { quote: 'lqdn-amazon-pretends' },
  render: (args) => html`<div style="inline-size: 300px">${meta.render!(args, {} as never)}</div>`,
};

/** A wide column: the long passage of Amazon’s quarterly report (Form 10-Q) on one card. */
export const Wide: Story = {
  args: { quote: 'amazon-10q-2021' },
  render: (args) => html`<div style="inline-size: 960px">${meta.render!(args, {} as never)}</div>`,
};

/** The dark theme, whatever the page's scheme. */
export const Dark: Story = { args: { theme: 'dark' } };

/** A publication’s own look through the `--fine-quote-*` knobs. */
export const CustomKnobs: Story = {
  render: () =>
    html`<div
      style="--fine-quote-accent: #8a1538; --fine-quote-mark-color: #8a1538; --fine-quote-background: #fbf7f1; --fine-quote-font-family: Georgia, 'Noto Naskh Arabic', serif; --fine-quote-avatar-size: 3.5em; --fine-quote-avatar-background: #f0d9df; --fine-quote-avatar-color: #5a0d24; --fine-quote-pull-font-size: 2em"
    >
      <fine-quote src=${STORY} quote="lqdn-historic-fine"></fine-quote>
      <fine-quote src=${STORY} quote="cnil-unprecedented" variant="pull"></fine-quote>
    </div>`,
};

/** Nothing yet: the reserved height of a card whose story has not arrived. */
export const Loading: Story = { render: () => html`<fine-quote quote="lqdn-historic-fine"></fine-quote>` };

/** A story that fails validation: a quote without its words. */
export const InvalidStory: Story = {
  render: () => {
    const broken = miniStory() as unknown as { quotes: Record<string, unknown>[] };
    delete broken.quotes[0]!['text'];
    return html`<fine-quote .story=${broken} quote="q1"></fine-quote>`;
  },
};

/** A URL that does not answer: the error view, in the reader's language, inside the reserved box. */
export const UnreachableUrl: Story = { args: { src: '/data/missing.story.json' } };

/** A `quote` id the story does not have: an error that names it, not an empty card. */
export const UnknownQuote: Story = { args: { quote: 'nobody-said-this' } };

/** A story with several quotes and no `quote` attribute: the card asks which one instead of guessing. */
export const NoQuoteNamed: Story = { args: { quote: '' } };

/** Empty: a standalone card with a speaker but no words. */
export const Empty: Story = {
  render: () => html`<fine-quote speaker="La Quadrature du Net" lang="fr"></fine-quote>`,
};

/** A `javascript:` cite is never a link; the source’s name stays as text. */
export const UnsafeCite: Story = {
  render: () =>
    html`<fine-quote speaker="Someone" source="Some paper" cite="javascript:alert(1)"
      >These words stay, the link does not.</fine-quote
    >`,
};

/** Sixty cards from a synthetic story in three languages (seeded: the same every time). */
export const LargeSynthetic: Story = {
  render: () => {
    const story = syntheticQuotes(60, 1);
    return html`<fine-story .story=${story}>
      ${story.quotes.map((q) => html`<fine-quote quote=${q.id} style="margin-block-end: 1rem"></fine-quote>`)}
    </fine-story>`;
  },
};

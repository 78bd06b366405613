import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { defineStoryPlayground } from '../demo/playground/story-playground.js';
import type { InputFile } from '../demo/playground/convert.js';
import timeline from '../tests/fixtures/import/amazon-timelinejs.json';

interface Args {
  files: InputFile[];
}

/**
 * Bring your own story: drop, choose or paste a story, a TimelineJS file
 * (JSON, or its Google Sheets template saved as CSV), a table of fines, or
 * the kit's sheet files. The playground converts it in the browser with the
 * same code as `npx fine-kit import`, lists what it could not read or keep
 * (with the JSON path, or the file, row and column), shows the story in the
 * elements, and offers it for download. The toolbar's language is the
 * playground's.
 */
const meta: Meta<Args> = {
  title: 'Tools/Playground',
  render: (args, { globals }) =>
    html`<story-playground
      language=${(globals['lang'] as string | undefined) ?? 'en'}
      .files=${args.files}
    ></story-playground>`,
  args: { files: [] },
  argTypes: { files: { control: false } },
};
export default meta;

defineStoryPlayground();

type Story = StoryObj<Args>;

/** A TimelineJS file as its authors publish it, with what the story format cannot hold reported. */
export const TimelineJsFile: Story = {
  name: 'A TimelineJS file',
  args: { files: [{ name: 'amazon-timelinejs.json', text: JSON.stringify(timeline, null, 2) }] },
};

/** A newsroom's own table of fines: its columns guessed, amounts and dates read as typed. */
export const TableOfFines: Story = {
  name: 'A table of fines',
  args: {
    files: [
      {
        name: 'fines.csv',
        text: [
          'Company;Authority;Country;Fine;Date;Reason;Source',
          'Amazon Europe Core;CNPD;Luxembourg;746 000 000 €;15/07/2021;Targeted advertising without free consent;https://cnpd.public.lu/en/actualites/international/2021/08/decision-amazon-2.html',
          'Meta Platforms Ireland;DPC;Ireland;€1.2bn;2023-05-12;Transfers of personal data to the US;https://www.globalprivacyblog.com/2023/05/irish-data-protection-commission-orders-meta-ireland-to-suspend-facebook-data-transfers-to-the-us-and-imposes-record-gdpr-fine-of-e1-2-billion/',
          'British Airways;ICO;United Kingdom;£20m;16 October 2020;Failure to protect customers’ data;https://www.bbc.com/news/technology-54568784',
        ].join('\n'),
      },
    ],
  },
};

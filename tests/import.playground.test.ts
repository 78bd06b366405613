import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../demo/playground/story-playground.js';
import type { StoryPlayground } from '../demo/playground/story-playground.js';
import { toSheet } from '../src/import/index.js';
import type { Story } from '../src/story/index.js';

const read = async (path: string) => (await fetch(path)).text();
const $ = (el: StoryPlayground, selector: string) => el.querySelector(selector);
const $$ = (el: StoryPlayground, selector: string) => [...el.querySelectorAll(selector)];
const status = (el: StoryPlayground) => $(el, '[role="status"]')!.textContent.replace(/[\u2068\u2069]/g, '');
const items = (el: StoryPlayground) =>
  $$(el, '.issues li').map((li) =>
    li.textContent
      .replace(/[\u2068\u2069]/g, '')
      .replace(/\s+/g, ' ')
      .trim(),
  );

/** Drops files on the drop zone, as a reader dragging them from a folder would. */
function drop(el: StoryPlayground, files: File[]) {
  const data = new DataTransfer();
  for (const file of files) data.items.add(file);
  $(el, '.drop')!.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
}

/**
 * Pastes into the text box: text, or a copied file. Firefox hands scripts an
 * empty clipboard in a synthetic paste event; where the playground could not
 * take the paste, the test does what the browser does after a real one: text
 * lands in the box (an `insertFromPaste` input), a file goes through the file
 * picker, another way in the playground offers.
 */
function paste(el: StoryPlayground, content: string | File) {
  const data = new DataTransfer();
  if (typeof content === 'string') data.setData('text/plain', content);
  else data.items.add(content);
  const box = $(el, 'textarea') as HTMLTextAreaElement;
  const taken = !box.dispatchEvent(
    new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
  );
  if (taken) return;
  if (typeof content === 'string') {
    box.value = content;
    box.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste', data: content, bubbles: true }));
  } else {
    const picker = $(el, 'input[type="file"]') as HTMLInputElement;
    picker.files = data.files;
    picker.dispatchEvent(new Event('change'));
  }
}

/** Waits until the status says something new and every element inside has rendered. */
async function settled(el: StoryPlayground, text: RegExp) {
  await waitUntil(() => text.test(status(el)), `status never matched ${text}: ${status(el)}`, { timeout: 8000 });
  await el.updateComplete;
  await Promise.all(
    $$(el, 'fine-timeline, fine-comparison, fine-quote, fine-actor-map').map(
      (e) => (e as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete,
    ),
  );
}

describe('the import playground', () => {
  let amazon: Story;
  before(async () => {
    amazon = (await (await fetch('/data/amazon-cnpd-2021.story.json')).json()) as Story;
  });

  it('a dropped TimelineJS file: its problems with their JSON paths, the timeline, a download (en)', async () => {
    const el = await fixture<StoryPlayground>(html`<story-playground language="en"></story-playground>`);
    const text = await read('/tests/fixtures/import/amazon-timelinejs.json');
    drop(el, [new File([text], 'amazon-timelinejs.json', { type: 'application/json' })]);
    await settled(el, /^TimelineJS \(JSON\): events 8, eras 2/);
    expect(status(el)).to.contain('Not a valid story yet');
    expect(items(el)).to.include(
      'Error: amazon-timelinejs.json /eras/0 This item links to nothing, and everything in a story cites a source: add a link to its text or media, or give --source URL.',
    );
    await expect(el).to.be.accessible();

    const source = $(el, 'input[type="url"]') as HTMLInputElement;
    source.value = 'https://www.laquadrature.net/fr/depot_plainte_gafam';
    source.dispatchEvent(new Event('change'));
    await settled(el, /A valid story\./);
    const timeline = $(el, 'fine-timeline') as HTMLElement & { story: { events: unknown[] } };
    expect(timeline.story.events).to.have.length(8);
    expect(timeline.shadowRoot!.querySelector('[part~="base"]')).to.exist;
    expect(timeline.getAttribute('dir')).to.equal('ltr');

    const link = $(el, 'a[download]') as HTMLAnchorElement;
    expect(link.download).to.equal('amazon-and-the-record-gdpr-fine.json');
    expect(link.href).to.match(/^blob:/);
    const downloaded = await (await fetch(link.href)).json();
    expect(downloaded).to.deep.equal(timeline.story);
    await expect(el).to.be.accessible();
  });

  it('a pasted table of fines, in Arabic: right to left, the rows it could not read listed by cell, the chart drawn', async () => {
    const el = await fixture<StoryPlayground>(html`<story-playground language="ar"></story-playground>`);
    paste(el, await read('/tests/fixtures/import/fines-messy.csv'));
    await settled(el, /^جدول غرامات \(CSV\)/);
    expect($(el, 'div')!.getAttribute('dir')).to.equal('rtl');
    expect(items(el).some((i) => i.startsWith('خطأ: pasted.csv:12:D (Fine)') && i.includes('about 79 million'))).to.be
      .true;
    // without a date format, 01.10.2020 reads two ways: that row waits for the editor's choice
    expect(status(el)).to.contain('الغرامات 6');
    const format = $$(el, 'select').find((s) =>
      [...(s as HTMLSelectElement).options].some((o) => o.value === 'DD/MM/YYYY'),
    ) as HTMLSelectElement;
    format.value = 'DD/MM/YYYY';
    format.dispatchEvent(new Event('change'));
    await settled(el, /الغرامات 7/);
    const chart = $(el, 'fine-comparison') as HTMLElement;
    expect(chart.getAttribute('dir')).to.equal('rtl');
    // the largest bars, the rest summed in one (the chart's default limit)
    await waitUntil(() => chart.shadowRoot!.querySelectorAll('[part~="bar"]').length > 1, 'the chart drew no bars');
    await expect(el).to.be.accessible();
  });

  it('the columns of a table are guessed and can be chosen', async () => {
    const el = await fixture<StoryPlayground>(html`<story-playground language="en"></story-playground>`);
    const csv =
      'Who,Regulator,How much,When,Why,Link,Notes\n' +
      'Amazon Europe Core,CNPD,€746M,2021-07-15,Targeted advertising without consent,https://cnpd.public.lu/en/actualites/international/2021/08/decision-amazon-2.html,\n';
    paste(el, csv);
    await settled(el, /A table of fines/);
    expect(items(el).some((i) => i.includes('No column holds the company'))).to.be.true;
    const company = $$(el, 'label')
      .find((l) => l.querySelector('code')?.textContent === 'company')!
      .querySelector('select')!;
    company.value = 'Who';
    company.dispatchEvent(new Event('change'));
    const amount = $$(el, 'label')
      .find((l) => l.querySelector('code')?.textContent === 'amount')!
      .querySelector('select')!;
    amount.value = 'How much';
    amount.dispatchEvent(new Event('change'));
    const reason = $$(el, 'label')
      .find((l) => l.querySelector('code')?.textContent === 'reason')!
      .querySelector('select')!;
    reason.value = 'Why';
    reason.dispatchEvent(new Event('change'));
    await settled(el, /fines 1/);
    expect(
      ($(el, 'fine-comparison') as HTMLElement & { story: { fines: { amount: unknown }[] } }).story.fines[0]!.amount,
    ).to.deep.equal({
      value: 746000000,
      currency: 'EUR',
    });
  });

  it('the kit’s sheet, dropped as several files, gives back the story it was made from', async () => {
    const el = await fixture<StoryPlayground>(html`<story-playground language="fr"></story-playground>`);
    const files = Object.entries(toSheet(amazon)).map(([name, text]) => new File([text], name, { type: 'text/csv' }));
    drop(el, files);
    // the count is the story's own (data/), so the test follows the story as it grows
    await settled(el, new RegExp(`^La feuille du kit \\(fichiers CSV\\) : événements ${amazon.events.length}\\b`));
    expect(status(el)).to.contain('Un récit valide.');
    const timeline = $(el, 'fine-timeline') as HTMLElement & { story: unknown };
    expect(timeline.story).to.deep.equal(amazon);
    expect($$(el, 'fine-quote')).to.have.length(amazon.quotes.length);
  });

  it('a story file pasted (or chosen): its validator errors with their JSON paths', async () => {
    const el = await fixture<StoryPlayground>(html`<story-playground language="en"></story-playground>`);
    const broken = structuredClone(amazon);
    broken.events[3]!.date = '2021-02-30';
    paste(el, new File([JSON.stringify(broken)], 'my-story.json', { type: 'application/json' }));
    await settled(el, /^A story \(JSON\)/);
    expect(items(el)).to.deep.equal(['Error: my-story.json /events/3/date This date does not exist: "2021-02-30".']);
    // the elements show the same problem inside themselves
    const timeline = $(el, 'fine-timeline')!;
    await waitUntil(() => timeline.shadowRoot!.querySelector('[part="error"]'), 'the timeline shows no error');
  });

  it('a file it cannot read says so', async () => {
    const el = await fixture<StoryPlayground>(html`<story-playground language="en"></story-playground>`);
    paste(el, 'just some words');
    await settled(el, /cannot read/);
    expect($(el, 'a[download]')).to.not.exist;
    await expect(el).to.be.accessible();
  });
});

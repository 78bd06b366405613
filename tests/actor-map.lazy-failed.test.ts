// A map whose story has no baked layout, on a page where the simulation's
// module cannot load (a file missing beside the kit's: this page imports the
// elements from /__no-simulation/src/, where the test server has the same
// modules but that one): the error view in the reader's language and one
// `fine-error`, nothing drawn, and a map whose story has its layout still
// drawn.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { FineErrorDetail, FineReadyDetail } from '../src/events.js';
import type { Story } from '../src/story/types.js';

let amazon: Story;

before(async () => {
  amazon = (await (await fetch('/data/amazon-cnpd-2021.story.json')).json()) as Story;
  // a URL in a variable: the modules are the sources, under a path only the test server knows
  const elements = '/__no-simulation/src/actor-map/index.ts';
  await import(elements);
});

describe('<fine-actor-map> when its simulation cannot load', () => {
  for (const [lang, title] of [
    ['en', 'Something went wrong while showing this story'],
    ['ar', 'حدث خطأ أثناء عرض هذه القصة'],
  ] as const) {
    it(`shows the error in ${lang} and fires fine-error once, and a baked story still draws`, async () => {
      const { mapLayout: _baked, ...plain } = amazon;
      const wrap = await fixture<HTMLElement>(html`<div lang=${lang} style="inline-size:800px"></div>`);
      const el = document.createElement('fine-actor-map');
      el.story = plain;
      const errors: FineErrorDetail[] = [];
      el.addEventListener('fine-error', (e) => errors.push(e.detail));
      const failed = oneEvent<CustomEvent<FineErrorDetail>>(el, 'fine-error');
      wrap.append(el);
      const { detail } = await failed;
      await el.updateComplete;
      expect(detail.errors.map((e) => e.code)).to.deep.equal(['render-failed']);
      const error = el.shadowRoot!.querySelector('[part~="error"]')!;
      expect(error.textContent).to.contain(title);
      expect(el.shadowRoot!.querySelectorAll('[part~="node"]')).to.have.length(0);
      expect(errors).to.have.length(1);

      const baked = document.createElement('fine-actor-map');
      baked.story = amazon;
      const ready = oneEvent<CustomEvent<FineReadyDetail>>(baked, 'fine-ready');
      wrap.append(baked);
      await ready;
      expect(baked.shadowRoot!.querySelectorAll('[part~="node"]')).to.have.length(amazon.actors.length);
    });
  }
});

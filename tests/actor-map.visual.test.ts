import { expect, fixture, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import { setViewport } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import '../src/actor-map/index.js';
import type { Story } from '../src/story/types.js';

/**
 * Visual baselines of the actor map with the Amazon story, at a phone's
 * width (360 px: the overview and the list of relations) and a page's
 * (1000 px), in Arabic and English, drawn and with an actor selected; in
 * Chromium only (Firefox renders text differently: there the test checks
 * the frame). Fonts come from the repository (tests/fixtures/fonts.css), so
 * the pixels do not depend on the machine; tolerance and how to rewrite
 * the baselines (UPDATE_VISUAL=1): tests/themes.visual.test.ts.
 */
const chromium = navigator.userAgent.includes('Chrome');
const FONT = "'Noto Sans', 'Noto Sans Arabic', sans-serif";
let story: Story;

before(async () => {
  story = (await (await fetch('/data/amazon-cnpd-2021.story.json')).json()) as Story;
  await document.fonts.ready;
});

afterEach(() => setViewport({ width: 800, height: 600 }));

describe('fine-actor-map: visual baselines', () => {
  for (const width of [360, 1000]) {
    for (const lang of ['ar', 'en']) {
      for (const focus of ['', 'cnpd']) {
        const name = `actor-map-${width}-${lang}${focus ? `-${focus}` : ''}`;
        it(`${width} px, ${lang}${focus ? `, ${focus} selected` : ''}`, async () => {
          // a phone's screen for the phone's width: the element reserves a phone's height there
          await setViewport({ width: width + 40, height: 900 });
          const wrap = await fixture<HTMLElement>(
            html`<div lang=${lang} style="width:${width}px;font-family:${FONT};font-size:16px">
              <fine-actor-map .story=${story} theme="light" focus=${ifDefined(focus || undefined)}></fine-actor-map>
            </div>`,
          );
          const el = wrap.querySelector('fine-actor-map')!;
          await el.updateComplete;
          await document.fonts.ready;
          // the words placed again once the fonts they are drawn in have loaded
          await el.updateComplete;
          expect(wrap.getBoundingClientRect().width).to.equal(width);
          expect(el.shadowRoot!.querySelectorAll('[part~="node"]').length).to.equal(story.actors.length);
          if (chromium) await visualDiff(wrap, name);
        });
      }
    }
  }
});

// The actor map's simulation is code a page loads only when a map needs it:
// a story whose layout was baked by `fine-kit layout` (as the Amazon story's
// is) never downloads it; one without loads it once, shows the placeholder
// meanwhile, and fires `fine-ready` only once drawn. Its own file: a fresh
// page, where nothing else has loaded the simulation yet (this file imports
// no module that imports it).
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/actor-map/index.js';
import type { FineReadyDetail } from '../src/events.js';
import type { Story } from '../src/story/types.js';

let amazon: Story;

before(async () => {
  amazon = (await (await fetch('/data/amazon-cnpd-2021.story.json')).json()) as Story;
});

/** The requests this page made for the simulation's module. */
const simulationRequests = () =>
  performance.getEntriesByType('resource').filter((e) => /\/actor-map\/simulation\.(js|ts)\b/.test(e.name));

/** A map of `story` read in `lang`, once `fine-ready` has fired, and what it showed before. */
async function ready(story: Story, lang: string) {
  const wrap = await fixture<HTMLElement>(html`<div lang=${lang} style="inline-size:800px"></div>`);
  const el = document.createElement('fine-actor-map');
  el.story = story;
  const fired = oneEvent<CustomEvent<FineReadyDetail>>(el, 'fine-ready');
  wrap.append(el);
  await el.updateComplete;
  const event = await fired;
  const nodes = el.shadowRoot!.querySelectorAll('[part~="node"]');
  return { el, event, nodes };
}

describe('<fine-actor-map> loads its simulation only when a story has no baked layout', () => {
  it('draws a story with a baked layout without ever loading the simulation, in both directions', async () => {
    expect(amazon.mapLayout, 'the Amazon story is published with its layout').to.not.equal(undefined);
    for (const lang of ['ar', 'en']) {
      const { event, nodes } = await ready(amazon, lang);
      expect(event.detail.storyId).to.equal('amazon-cnpd-2021');
      expect(nodes.length).to.equal(amazon.actors.length);
    }
    expect(simulationRequests()).to.have.length(0);
  });

  it('loads it once for maps without one, shows the placeholder meanwhile, and is ready only once drawn', async () => {
    const { mapLayout: _baked, ...plain } = amazon;
    const wrap = await fixture<HTMLElement>(html`<div lang="ar" style="inline-size:800px"></div>`);
    const el = document.createElement('fine-actor-map');
    el.story = plain;
    const fired = oneEvent<CustomEvent<FineReadyDetail>>(el, 'fine-ready');
    wrap.append(el);
    // the first render, within the microtasks after it is connected: the story is here; the simulation's
    // code, a request away, cannot be
    for (let i = 0; i < 100 && !el.hasUpdated; i++) await Promise.resolve();
    expect(el.hasUpdated).to.equal(true);
    const early = el.shadowRoot!.querySelectorAll('[part~="node"], [part~="loading"]');
    expect(
      [...early].map((e) => e.getAttribute('part')),
      'the placeholder, no drawing yet',
    ).to.deep.equal(['loading']);
    await fired;
    expect(el.shadowRoot!.querySelectorAll('[part~="node"]').length).to.equal(amazon.actors.length);
    // a second map without a layout, in the other direction: the code is already here
    const second = await ready({ ...plain, id: 'second' }, 'en');
    expect(second.nodes.length).to.equal(amazon.actors.length);
    expect(simulationRequests()).to.have.length(1);
  });
});

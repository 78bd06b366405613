/**
 * The embed page's address, checked (src/embed/params.ts), its words
 * (messages.ts), the snippets (snippet.ts) and the protocol's envelope.
 * The table of attributes the address may set is held to what each element
 * really observes, so a new attribute cannot be forgotten.
 */
import { expect } from '@open-wc/testing';
import '../src/index.js';
import {
  allowList,
  ELEMENT_PARAMS,
  EMBED_ELEMENTS,
  NOT_FROM_ADDRESS,
  parseEmbedParams,
  type EmbedConfig,
} from '../src/embed/params.js';
import { describeEmbedError, frameTitle } from '../src/embed/messages.js';
import { embedMessage, isEmbedMessage } from '../src/embed/protocol.js';
import { embedUrl, iframeSnippet, elementSnippet, resizeScriptSnippet } from '../src/embed/snippet.js';
import type { Story } from '../src/story/types.js';

const BASE = 'https://cdn.example/fine-kit/dist/cdn/embed.html';
const plain = (text: string) => text.replace(/[\u2068\u2069]/g, '');

function ok(query: string, allow: string[] | null = null): EmbedConfig {
  const result = parseEmbedParams(query, BASE, allow);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.config;
}

function errors(query: string, allow: string[] | null = null) {
  const result = parseEmbedParams(query, BASE, allow);
  if (result.ok) throw new Error(`${query} was accepted`);
  return result.errors;
}

describe('embed parameters', () => {
  it('takes the story relative to the page or absolute, one element and its attributes', () => {
    const config = ok('story=../../data/s.json&element=comparison&lang=ar-EG&limit=10&scale=log&selected=a-1');
    expect(config.story).to.equal('https://cdn.example/fine-kit/data/s.json');
    expect(config.element).to.equal('comparison');
    expect(config.lang).to.equal('ar-EG');
    expect(config.attributes.comparison).to.deep.equal({ limit: '10', scale: 'log', selected: 'a-1' });
    expect(config.parentOrigin).to.equal('*');
    expect(config.background).to.equal('transparent');
    expect(ok('story=https://news.example/s.json&element=timeline').story).to.equal('https://news.example/s.json');
  });

  it('a boolean attribute is set by its presence or true, left out by false', () => {
    expect(ok('story=s.json&element=timeline&link-hash').attributes.timeline).to.deep.equal({ 'link-hash': '' });
    expect(ok('story=s.json&element=timeline&link-hash=true').attributes.timeline).to.deep.equal({ 'link-hash': '' });
    expect(ok('story=s.json&element=timeline&link-hash=false').attributes.timeline).to.deep.equal({});
    expect(errors('story=s.json&element=timeline&link-hash=yes')[0]!.code).to.equal('boolean');
  });

  it('element=all: an attribute goes to every element that takes it; quote lists the cards', () => {
    const config = ok('story=s.json&element=all&view=table&theme=dark&quote=a,b-2');
    expect(config.attributes.comparison).to.deep.equal({ view: 'table', theme: 'dark' });
    expect(config.attributes['actor-map']).to.deep.equal({ view: 'table', theme: 'dark' });
    expect(config.attributes.timeline).to.deep.equal({ theme: 'dark' });
    expect(config.quotes).to.deep.equal(['a', 'b-2']);
  });

  it('page options: direction, preset, background, parent origin', () => {
    const config = ok(
      'story=s.json&element=quote&dir=rtl&data-fine-theme=arabic-daily&background=themed&parent-origin=https://news.example',
    );
    expect(config).to.include({ dir: 'rtl', preset: 'arabic-daily', background: 'themed' });
    expect(config.parentOrigin).to.equal('https://news.example');
  });

  it('refuses every bad value and names the parameter', () => {
    const cases: Array<[string, string, string]> = [
      ['element=timeline', 'missing', 'story'],
      ['story=s.json', 'missing', 'element'],
      ['story=s.json&element=map', 'one-of', 'element'],
      ['story=javascript:alert(1)&element=timeline', 'story-url', 'story'],
      ['story=data:application/json,{}&element=timeline', 'story-url', 'story'],
      ['story=https://user:pw@x.example/s.json&element=timeline', 'story-url', 'story'],
      ['story=s.json&element=timeline&lang=<b>', 'lang', 'lang'],
      ['story=s.json&element=timeline&dir=up', 'one-of', 'dir'],
      ['story=s.json&element=timeline&data-fine-theme=neon', 'one-of', 'data-fine-theme'],
      ['story=s.json&element=timeline&parent-origin=https://news.example/path', 'origin', 'parent-origin'],
      ['story=s.json&element=timeline&parent-origin=*', 'origin', 'parent-origin'],
      ['story=s.json&element=timeline&limit=10', 'unknown', 'limit'],
      ['story=s.json&element=quote&speaker=Someone', 'unknown', 'speaker'],
      ['story=s.json&element=quote&src=other.json', 'unknown', 'src'],
      ['story=s.json&element=timeline&selected=Not An Id', 'id', 'selected'],
      ['story=s.json&element=comparison&limit=0', 'count', 'limit'],
      ['story=s.json&element=comparison&limit=1e3', 'count', 'limit'],
      ['story=s.json&element=comparison&scale=cubic', 'one-of', 'scale'],
      [`story=s.json&element=timeline&filter=${'x'.repeat(201)}`, 'text', 'filter'],
      ['story=s.json&element=timeline&element=quote', 'repeated', 'element'],
      ['story=s.json&element=all&quote=a,,b', 'id', 'quote'],
    ];
    for (const [query, code, param] of cases) {
      const found = errors(query);
      expect(
        found.some((e) => e.code === code && e.param === param),
        `${query}: ${JSON.stringify(found)}`,
      ).to.equal(true);
    }
  });

  it('a self-hoster’s allow-list, from <meta name="fine-embed-allow">', () => {
    const allow = allowList(' https://news.example/stories/   ../../data/ ');
    expect(allow).to.deep.equal(['https://news.example/stories/', '../../data/']);
    expect(allowList('')).to.equal(null);
    expect(allowList(null)).to.equal(null);
    expect(ok('story=https://news.example/stories/a.json&element=quote', allow).story).to.equal(
      'https://news.example/stories/a.json',
    );
    expect(ok('story=../../data/a.json&element=quote', allow).story).to.equal(
      'https://cdn.example/fine-kit/data/a.json',
    );
    const [refused] = errors('story=https://news.example.evil/stories/a.json&element=quote', allow);
    expect(refused).to.deep.include({ code: 'not-allowed', param: 'story' });
    expect(refused!.expected).to.deep.equal(allow);
    expect(errors('story=https://news.example/other/a.json&element=quote', allow)[0]!.code).to.equal('not-allowed');
  });

  it('the language asked for comes back with the errors, to say them in it', () => {
    const result = parseEmbedParams('lang=fr&element=x', BASE);
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.lang).to.equal('fr');
  });

  it('takes exactly what each element observes, less what the page sets and a standalone quote’s own words', () => {
    for (const name of EMBED_ELEMENTS) {
      const observed = (customElements.get(`fine-${name}`) as unknown as { observedAttributes: string[] })
        .observedAttributes;
      const taken = Object.keys(ELEMENT_PARAMS[name]);
      for (const attribute of observed)
        expect(
          taken.includes(attribute) || NOT_FROM_ADDRESS.includes(attribute),
          `fine-${name}’s “${attribute}”: add it to ELEMENT_PARAMS or NOT_FROM_ADDRESS (src/embed/params.ts)`,
        ).to.equal(true);
      for (const attribute of taken) expect(observed, `fine-${name}`).to.include(attribute);
    }
  });
});

describe('embed messages', () => {
  it('say each error with its parameter, value and what was expected, in en, ar and fr', () => {
    const error = { code: 'one-of', param: 'element', value: 'map', expected: ['timeline', 'quote', 'all'] } as const;
    expect(plain(describeEmbedError(error, 'en'))).to.equal('“element” must be timeline, quote, or all, not “map”.');
    expect(plain(describeEmbedError(error, 'ar'))).to.equal(
      'يجب أن تكون قيمة «element» timeline أو quote أو all، لا «map».',
    );
    expect(plain(describeEmbedError(error, 'fr-CA'))).to.equal(
      '« element » doit valoir timeline, quote ou all, pas « map ».',
    );
    // a value is isolated, so a Latin value keeps its place in an Arabic sentence
    expect(describeEmbedError(error, 'ar')).to.contain('\u2068map\u2069');
    expect(describeEmbedError({ code: 'text', param: 'filter', value: 'x'.repeat(300) }, 'de')).to.equal(
      '“\u2068filter\u2069” is too long: 200 characters at most.',
    );
    const long = describeEmbedError({ code: 'id', param: 'selected', value: 'y'.repeat(300) }, 'en');
    expect(long.length, 'a long value is cut').to.be.below(200);
  });

  it('title a frame with the element and the story', () => {
    expect(frameTitle('timeline', 'The fine', 'en')).to.equal('Timeline: The fine');
    expect(frameTitle('actor-map', 'الغرامة', 'ar')).to.equal('من فعل ماذا: الغرامة');
    expect(frameTitle('quote', 'L’amende', 'fr')).to.equal('Citation : L’amende');
    expect(frameTitle('all', 'The fine', 'en')).to.equal('The fine');
  });
});

describe('embed protocol and snippets', () => {
  it('messages carry the protocol and its version; others are not ours', () => {
    const message = embedMessage({ type: 'height', height: 10 });
    expect(message).to.deep.equal({ protocol: 'fine-kit-embed', version: 1, type: 'height', height: 10 });
    expect(isEmbedMessage(message)).to.equal(true);
    expect(isEmbedMessage({ ...message, version: 2 })).to.equal(false);
    expect(isEmbedMessage({ type: 'height', height: 10 })).to.equal(false);
    expect(isEmbedMessage('fine-kit-embed')).to.equal(false);
    expect(isEmbedMessage(null)).to.equal(false);
  });

  it('the snippets: an escaped, titled, lazy iframe; the host script; the element itself', async () => {
    const story = (await (await fetch('/data/amazon-cnpd-2021.story.json')).json()) as Story;
    const o = {
      base: 'https://cdn.example/fine-kit/dist/cdn',
      storyUrl: 'https://news.example/a.json?x=1&y="2"',
      story,
      element: 'quote' as const,
      lang: 'ar',
      params: { quote: 'lqdn-historic-fine' },
    };
    const url = embedUrl(o);
    expect(url.startsWith('https://cdn.example/fine-kit/dist/cdn/embed.html?')).to.equal(true);
    expect(ok(new URL(url).search.slice(1)).story).to.equal(new URL(o.storyUrl).href);
    const iframe = iframeSnippet(o);
    const parsed = new DOMParser().parseFromString(iframe, 'text/html').querySelector('iframe')!;
    expect(parsed.getAttribute('src')).to.equal(url);
    expect(parsed.getAttribute('loading')).to.equal('lazy');
    expect(parsed.hasAttribute('data-fine-embed')).to.equal(true);
    expect(parsed.getAttribute('title')).to.match(/^اقتباس: /);
    expect(Number(parsed.getAttribute('height'))).to.be.above(200);
    expect(parsed.getAttribute('style')).to.match(/height:clamp\(\d+px, \(600px - 100vw\) \* 1000, \d+px\)/);
    expect(resizeScriptSnippet(o.base)).to.equal(
      '<script src="https://cdn.example/fine-kit/dist/cdn/embed-resize.js" defer></script>',
    );
    const element = new DOMParser().parseFromString(elementSnippet(o), 'text/html');
    expect(element.querySelector('fine-story')!.getAttribute('src')).to.equal(o.storyUrl);
    expect(element.querySelector('fine-quote')!.getAttribute('quote')).to.equal('lqdn-historic-fine');
    expect(element.querySelector('script')!.getAttribute('src')).to.equal(
      'https://cdn.example/fine-kit/dist/cdn/quote.js',
    );
  });
});

/**
 * The frame's side of the embed protocol (see protocol.ts): tells the parent
 * the content's height whenever it changes, forwards the elements' events,
 * and listens to the host's `hello` and `hash`.
 */
import {
  embedMessage,
  isEmbedMessage,
  type EmbedElementName,
  type EmbedFrameMessage,
  type EmbedHostMessage,
  type EmbedMessageBody,
} from './protocol.js';

const EVENT_ID = /^[a-z0-9][a-z0-9-]*$/;

/** The embed name of a kit element (`fine-actor-map` → `actor-map`); null for anything else (`<fine-story>`). */
function nameOf(target: EventTarget | null): EmbedElementName | null {
  const tag = (target as Element | null)?.localName ?? '';
  const name = tag.replace(/^fine-/, '');
  return ['timeline', 'comparison', 'quote', 'actor-map'].includes(name) ? (name as EmbedElementName) : null;
}

/**
 * Connects the page to its parent window. `parentOrigin` is where messages
 * may go and come from (`*`: anywhere, for a page that did not say). Does
 * nothing when the page is not in a frame.
 */
export function connectToParent(parentOrigin: string): { post(body: EmbedMessageBody<EmbedFrameMessage>): void } {
  const framed = window.parent !== window;
  const post = (body: EmbedMessageBody<EmbedFrameMessage>) => {
    if (framed) window.parent.postMessage(embedMessage(body), parentOrigin);
  };
  if (!framed) return { post };

  // The content's height: <html> is as tall as what it holds (no height of
  // its own, no margins). One observer sees every change: details opened, a
  // filter typed, a view toggled, a new width, fonts arriving all resize it.
  let last = -1;
  const report = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height !== last) post({ type: 'height', height: (last = height) });
  };
  new ResizeObserver(report).observe(document.documentElement);
  // a font that loads after the first layout; the observer sees its effect, this covers a browser that batches it
  void document.fonts?.ready.then(report);

  let storyId = '';
  document.addEventListener('fine-ready', (e) => {
    const element = nameOf(e.target);
    storyId = e.detail.storyId || storyId;
    if (element) post({ type: 'ready', element, storyId: e.detail.storyId });
  });
  document.addEventListener('fine-error', (e) => {
    const element = nameOf(e.target);
    if (element) post({ type: 'error', element, message: e.detail.message });
  });
  document.addEventListener('fine-select', (e) => {
    const element = nameOf(e.target);
    if (!element) return;
    const id = e.detail.id;
    const hash = element === 'timeline' ? (id ? `#${storyId}-${id}` : '') : undefined;
    post({ type: 'select', element, id, storyId, ...(hash === undefined ? {} : { hash }) });
  });

  addEventListener('message', (e: MessageEvent) => {
    if (e.source !== window.parent || (parentOrigin !== '*' && e.origin !== parentOrigin)) return;
    if (!isEmbedMessage(e.data)) return;
    const message = e.data as EmbedHostMessage;
    // The first hello: the host sizes this frame. Answer with the height even
    // if it did not change (a host script that started late missed it).
    const root = document.documentElement;
    if (message.type === 'hello' && !root.classList.contains('fine-embed-sized')) {
      root.classList.add('fine-embed-sized');
      last = -1;
    }
    // the host's own address names an event of this story: the timeline selects it (no fine-select: the page set it)
    if (message.type === 'hash' && typeof message.hash === 'string' && storyId) {
      const id = message.hash.startsWith(`#${storyId}-`) ? message.hash.slice(storyId.length + 2) : '';
      if (EVENT_ID.test(id)) document.querySelector('fine-timeline')?.setAttribute('selected', id);
    }
    report();
  });
  report();
  return { post };
}

/**
 * The host page's script (dist/cdn/embed-resize.js, under 1 kB gzip): sizes
 * every `<iframe data-fine-embed>` to the height its embed page reports, and
 * turns the frame's messages into events on the iframe element
 * (`fine-height`, `fine-ready`, `fine-error`, `fine-select`, with the message
 * as `detail`). With `data-fine-link-hash` on the iframe, a timeline's
 * selection goes into the host's address (`#<story>-<event>`) and the
 * address selects it on load; without it, the host's address is never touched.
 *
 * A message counts only if it comes from the iframe's own window
 * (`event.source`) and from the iframe's origin: its `src`'s, or `"null"`
 * when the iframe is sandboxed without `allow-same-origin`.
 */
import { embedMessage, isEmbedMessage, type EmbedFrameMessage } from './protocol.js';

const frames = () => document.querySelectorAll<HTMLIFrameElement>('iframe[data-fine-embed]');

/** A frame sandboxed without allow-same-origin has an opaque origin: "null" on its messages, `*` to reach it. */
const opaque = (frame: HTMLIFrameElement) =>
  frame.hasAttribute('sandbox') && !frame.sandbox.contains('allow-same-origin');
const originOf = (frame: HTMLIFrameElement) => (opaque(frame) ? 'null' : new URL(frame.src, location.href).origin);

/** To a frame's page: at its origin, or `*` for an opaque one (the only way to reach it). */
function send(frame: HTMLIFrameElement, message: object): void {
  frame.contentWindow?.postMessage(message, opaque(frame) ? '*' : originOf(frame));
}

/**
 * "I size you", to frames whose page may not have loaded yet: `*`, since a
 * frame still on about:blank has the host's origin and a targeted message
 * would only log a warning. It says nothing but its type.
 */
const hello = (frame: HTMLIFrameElement) => frame.contentWindow?.postMessage(embedMessage({ type: 'hello' }), '*');

addEventListener('message', (e: MessageEvent) => {
  if (!isEmbedMessage(e.data)) return;
  const message = e.data as EmbedFrameMessage;
  for (const frame of frames()) {
    if (frame.contentWindow !== e.source || e.origin !== originOf(frame)) continue;
    const linked = frame.hasAttribute('data-fine-link-hash');
    if (message.type === 'height' && message.height >= 0) {
      frame.style.height = `${Math.ceil(message.height)}px`;
      // tell it we size it (it drops its own scrollbar; it hears this once per document it loads)
      hello(frame);
    }
    if (message.type === 'ready' && linked && location.hash)
      send(frame, embedMessage({ type: 'hash', hash: location.hash }));
    if (message.type === 'select' && linked && typeof message.hash === 'string')
      history.replaceState(history.state, '', message.hash || location.pathname + location.search);
    frame.dispatchEvent(new CustomEvent(`fine-${message.type}`, { detail: message, bubbles: true }));
  }
});

// Frames that reported before this script ran: ask them again.
for (const frame of frames()) hello(frame);

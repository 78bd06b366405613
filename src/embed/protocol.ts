/**
 * The messages between an embed page (`embed.html`, in an iframe) and the
 * page around it, sent with `postMessage`. Version 1. Every message is a
 * plain object with `protocol: 'fine-kit-embed'` and `version: 1`; within a
 * version, fields may be added but none is removed or changes meaning, so a
 * listener ignores what it does not know. A breaking change bumps `version`.
 *
 * From the frame to its parent (target origin: the `parent-origin`
 * parameter if the iframe's URL has one, else `*`: the messages carry only a
 * height and the ids of a public story):
 * - `height`: the content's height in CSS pixels, on load and whenever it
 *   changes (details opened, filter typed, view toggled, width changed, fonts
 *   loaded). Set the iframe's height to it and nothing is cut or scrolls.
 * - `ready` / `error`: an element showed the story, or could not
 *   (the same moments as `fine-ready` / `fine-error`; the page's own
 *   parameter errors are `error` messages too).
 * - `select`: the reader selected something (`fine-select`), with a `hash`
 *   the host may put in its own address (timeline only).
 *
 * From the parent to the frame (accepted only from the frame's parent window,
 * and only from `parent-origin` when it is set):
 * - `hello`: "I size you to your content": the frame then stops offering a
 *   scrollbar of its own.
 * - `hash`: the host page's address fragment (`#<story id>-<event id>`): the
 *   timeline in the frame selects that event.
 *
 * A host checks `event.source` (the iframe's `contentWindow`) and
 * `event.origin`: the origin of the iframe's `src`, or the string `"null"`
 * for a frame sandboxed without `allow-same-origin` (an opaque origin).
 */

export const EMBED_PROTOCOL = 'fine-kit-embed';
export const EMBED_VERSION = 1;

/** What every message carries. */
export interface EmbedEnvelope {
  protocol: typeof EMBED_PROTOCOL;
  version: typeof EMBED_VERSION;
}

/** The name of an element as the embed page's `element` parameter spells it. */
export type EmbedElementName = 'timeline' | 'comparison' | 'quote' | 'actor-map';

export interface EmbedHeightMessage extends EmbedEnvelope {
  type: 'height';
  /** The content's height in CSS pixels, rounded up. */
  height: number;
}

export interface EmbedReadyMessage extends EmbedEnvelope {
  type: 'ready';
  element: EmbedElementName;
  storyId: string;
}

export interface EmbedErrorMessage extends EmbedEnvelope {
  type: 'error';
  /** The element that failed, or `null` for the embed page's own parameters. */
  element: EmbedElementName | null;
  /** What is wrong, in the frame's language (the same words the frame shows). */
  message: string;
}

export interface EmbedSelectMessage extends EmbedEnvelope {
  type: 'select';
  element: EmbedElementName;
  /** The selected item's id (`fine-select`'s `detail.id`), or null when cleared. */
  id: string | null;
  storyId: string;
  /** For a timeline: `#<story id>-<event id>`, or `''` when cleared (the anchors of `link-hash`). */
  hash?: string;
}

/** From the frame to the host. */
export type EmbedFrameMessage = EmbedHeightMessage | EmbedReadyMessage | EmbedErrorMessage | EmbedSelectMessage;

export interface EmbedHelloMessage extends EmbedEnvelope {
  type: 'hello';
}

export interface EmbedHashMessage extends EmbedEnvelope {
  type: 'hash';
  /** The host's `location.hash`, `#` included. */
  hash: string;
}

/** From the host to the frame. */
export type EmbedHostMessage = EmbedHelloMessage | EmbedHashMessage;

/** A message without its envelope: what a sender writes. */
export type EmbedMessageBody<M> = M extends EmbedEnvelope ? Omit<M, keyof EmbedEnvelope> : never;

/** A message of this protocol and version, ready to post. */
export function embedMessage<B extends EmbedMessageBody<EmbedFrameMessage | EmbedHostMessage>>(
  body: B,
): B & EmbedEnvelope {
  return { protocol: EMBED_PROTOCOL, version: EMBED_VERSION, ...body };
}

/** True for a message of this protocol and version (anything else on the window is someone else's). */
export function isEmbedMessage(data: unknown): data is EmbedEnvelope & { type: string } {
  const m = data as Partial<EmbedEnvelope> | null;
  return typeof m === 'object' && m !== null && m.protocol === EMBED_PROTOCOL && m.version === EMBED_VERSION;
}

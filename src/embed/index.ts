/**
 * The iframe embed's pure parts, for tools (`npx fine-kit embed`) and for
 * hosts that speak its protocol themselves: the address's parameters, the
 * messages between frame and host, the heights a frame starts at, the
 * snippets. The embed page's script and the host script are built apart
 * (scripts/build-embed.js).
 */
export * from './protocol.js';
export * from './params.js';
export * from './heights.js';
export * from './snippet.js';
export { embedMessages, describeEmbedError, frameTitle, type EmbedMessages } from './messages.js';

/**
 * What the frame shows when its address is wrong: a heading and one line per
 * problem, in the reader's language, built as text nodes (a parameter's
 * value is never parsed as HTML).
 */
import { directionOf } from '../core/locale.js';
import { pickMessages } from '../i18n/index.js';
import { describeEmbedError, embedMessages } from './messages.js';
import type { EmbedParamError } from './params.js';

/** Fills `main` with the errors; returns them as sentences (for the `error` message to the host). */
export function showErrors(main: HTMLElement, errors: readonly EmbedParamError[], lang: string): string[] {
  const m = pickMessages(embedMessages, lang);
  const sentences = errors.map((e) => describeEmbedError(e, lang));
  const view = document.createElement('section');
  view.className = 'fine-embed-error';
  view.setAttribute('role', 'alert');
  view.lang = lang;
  view.dir = directionOf(lang);
  const heading = document.createElement('h1');
  heading.textContent = m.title;
  const hint = document.createElement('p');
  hint.textContent = m.hint;
  const list = document.createElement('ul');
  for (const sentence of sentences) {
    const item = document.createElement('li');
    item.textContent = sentence;
    list.append(item);
  }
  view.append(heading, hint, list);
  main.replaceChildren(view);
  document.title = m.title;
  return sentences;
}

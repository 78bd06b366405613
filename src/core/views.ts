/**
 * The views every element shares, as plain render functions: the reserved
 * placeholder and the error view. Styled by `baseStyles`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { describeError, errorMessages, type CoreMessages } from '../i18n/index.js';
import type { StoryError } from '../story/errors.js';

/** The placeholder: keeps the element's reserved height; says "Loading…" when `busy`. */
export function loadingView(m: CoreMessages, busy: boolean): TemplateResult {
  return html`<div part="loading" class="loading" role="status" aria-live="polite">${busy ? m.loading : nothing}</div>`;
}

/**
 * What is wrong and where, in the reader's language (the error words of
 * `m.$lang`, once loaded); `body` replaces the list of errors.
 */
export function errorView(m: CoreMessages, errors: readonly StoryError[], body?: unknown): TemplateResult {
  const w = errorMessages(m.$lang);
  return html`<div part="error" class="error" role="alert">
    <p class="error-title"><strong>${m.errorTitle}</strong></p>
    ${
      body ??
      html`<ul>
        ${errors.map(
          (e) => html`<li>${e.path ? html`<code dir="ltr">${e.path}</code> ` : nothing}${describeError(w, e)}</li>`,
        )}
      </ul>`
    }
  </div>`;
}

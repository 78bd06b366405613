import { html, type PropertyValues, type TemplateResult } from 'lit';
import { ContextProvider } from '@lit/context';
import { css } from 'lit';
import { FineElement } from '../core/fine-element.js';
import { storyContext } from '../core/context.js';
import type { Story } from '../story/types.js';

/**
 * Loads a story once and shares it with every fine-kit element inside it, so
 * an article with a timeline, a chart, two quotes and a map makes one request.
 * Elements inside that have their own `src` or `story` use theirs instead.
 * It adds no box of its own (`display: contents`): the article's layout is untouched.
 *
 * @tagname fine-story
 * @summary Shares one story with the fine-kit elements inside it.
 * @slot - The article content, with fine-kit elements anywhere inside.
 * @fires fine-ready - When the story has loaded and is valid. `detail: { storyId }`.
 * @fires fine-error - When the story cannot be loaded or is invalid. `detail: { errors, message }`.
 */
export class FineStory extends FineElement {
  static override styles = [
    css`
      :host {
        display: contents;
      }
    `,
  ];

  private provider = new ContextProvider(this, { context: storyContext, initialValue: { status: 'loading' } });

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const value = this.provider.value;
    if (value.status !== this.status || value.story !== this.data || value.errors !== this.errors) {
      this.provider.setValue({
        status: this.status === 'idle' ? 'loading' : this.status,
        story: this.data,
        errors: this.errors,
      });
    }
  }

  protected override render(): TemplateResult {
    return html`<slot></slot>`;
  }

  protected override renderStory(_story: Story): TemplateResult {
    return html`<slot></slot>`;
  }
}

/** The selected event's details: its date, text, the actors involved and its sources. */
import { html, nothing, type TemplateResult } from 'lit';
import { formatList } from '../core/format.js';
import { indexStory } from '../story/derive.js';
import type { StoryEvent } from '../story/types.js';
import type { TimelineActions, TimelineView } from './model.js';
import { dateText, langOf, text } from './text.js';

export function renderDetails(v: TimelineView, on: TimelineActions, e: StoryEvent): TemplateResult {
  const { actors, sources } = indexStory(v.prep.story);
  const { core, m } = v;
  const title = text(v, e.title);
  const body = e.body && text(v, e.body);
  const note = e.dateNote && text(v, e.dateNote);
  const names = (e.actors ?? []).flatMap((id) => {
    const a = actors.get(id);
    return a ? [text(v, a.name).value] : [];
  });
  const links = e.sources.flatMap((id) => {
    const s = sources.get(id);
    return s && /^https?:\/\//i.test(s.url) ? [s] : [];
  });
  return html`<section part="details" class="details" aria-labelledby="details-title">
    <button class="close" aria-label=${m.close} @click=${() => on.pick(null)}>×</button>
    <h3 id="details-title" lang=${langOf(title)}>${title.value}</h3>
    <p>
      <time datetime=${e.date}>${dateText(e, v.locale)}</time
      >${note ? html` <span class="disputed">${core.disputedDate}</span>` : nothing}
    </p>
    ${note ? html`<p lang=${langOf(note)}>${note.value}</p>` : nothing}
    ${body ? html`<p class="body" lang=${langOf(body)}>${body.value}</p>` : nothing}
    <dl>
      ${
        names.length
          ? html`<dt>${m.actors}</dt>
              <dd>${formatList(names, v.locale)}</dd>`
          : nothing
      }${
        links.length
          ? html`<dt>${core.sources}</dt>
              <dd>
                <ul>
                  ${links.map((s) => {
                    const t = text(v, s.title);
                    return html`<li>
                      <a href=${s.url} rel="noopener noreferrer" target="_blank" lang=${langOf(t)}>${t.value}</a>
                      (<bdi>${s.publisher}</bdi>)
                    </li>`;
                  })}
                </ul>
              </dd>`
          : nothing
      }
    </dl>
  </section>`;
}

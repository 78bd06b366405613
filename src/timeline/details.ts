/** The selected event's details: its date, text, where the fines it concerns stand, the actors involved and its sources. */
import { html, nothing, type TemplateResult } from 'lit';
import { keepTogether } from '../core/keep-together.js';
import { indexStory } from '../story/derive.js';
import { isSafeLink } from '../story/url.js';
import { titleNamesPublisher } from '../story/publisher.js';
import type { StoryEvent } from '../story/types.js';
import type { TimelineActions, TimelineView } from './model.js';
import { dateText, isolated, langOf, text } from './text.js';

/** The longest Latin run of several words kept on one line in a title: "La Quadrature du Net", not a blog's full name. */
const WHOLE = 32;

/**
 * Names joined the reader's way ("A, B and C", "A وB وC"), each name isolated,
 * and the Latin inside an Arabic name too: "أمازون (Amazon.com, Inc.)" keeps its stop.
 */
function joined(names: string[], locale: string): unknown[] {
  return new Intl.ListFormat(locale, { type: 'conjunction', style: 'long' })
    .formatToParts(names)
    .map((p) => (p.type === 'element' ? html`<bdi>${isolated(p.value)}</bdi>` : p.value));
}

export function renderDetails(v: TimelineView, on: TimelineActions, e: StoryEvent): TemplateResult {
  const { actors, sources } = indexStory(v.prep.story);
  const { core, m } = v;
  const title = text(v, e.title);
  const body = e.body && text(v, e.body);
  const note = e.dateNote && text(v, e.dateNote);
  const fines = v.fineLines(e);
  const names = (e.actors ?? []).flatMap((id) => {
    const a = actors.get(id);
    return a ? [text(v, a.name).value] : [];
  });
  const links = e.sources.flatMap((id) => {
    const s = sources.get(id);
    return s && isSafeLink(s.url) ? [s] : [];
  });
  return html`<section part="details" class="details" aria-labelledby="details-title">
    <button class="close" aria-label=${m.close} title=${m.close} @click=${() => on.pick(null)}>
      <span aria-hidden="true">×</span>
    </button>
    <h3 id="details-title" lang=${langOf(title)}>${isolated(keepTogether(title.value, title.lang), WHOLE)}</h3>
    <p>
      <time datetime=${e.date}>${dateText(e, v.locale)}</time>${
        note ? html`<span class="sep">${m.sep}</span><span class="disputed">${core.disputedDate}</span>` : nothing
      }
    </p>
    ${note ? html`<p lang=${langOf(note)}>${isolated(keepTogether(note.value, note.lang))}</p>` : nothing}
    ${body ? html`<p class="body" lang=${langOf(body)}>${isolated(keepTogether(body.value, body.lang))}</p>` : nothing}
    <dl>
      ${
        names.length
          ? html`<dt>${m.actors}</dt>
              <dd>${joined(names, v.locale)}</dd>`
          : nothing
      }${
        fines.length
          ? html`<dt>${fines.length > 1 ? m.fineStatuses : m.fineStatus}</dt>
              ${fines.map((line) => html`<dd class="status">${isolated(line)}</dd>`)}`
          : nothing
      }${
        links.length
          ? html`<dt>${core.sources}</dt>
              <dd>
                <ul>
                  ${links.map((s) => {
                    const t = text(v, s.title);
                    return html`<li>
                      <a href=${s.url} rel="noopener noreferrer" target="_blank" lang=${langOf(t)}
                        >${isolated(t.value, WHOLE)}</a
                      >
                      ${
                        titleNamesPublisher(t.value, s.publisher)
                          ? nothing
                          : html`<span class="publisher">(<bdi>${s.publisher}</bdi>)</span>`
                      }
                    </li>`;
                  })}
                </ul>
              </dd>`
          : nothing
      }
    </dl>
  </section>`;
}

/**
 * The actor map's words beside the drawing: the selected actor's panel, the
 * list of relations a phone shows under its overview, and the table of
 * every relation. A relation reads as a sentence ("CNPD → fined → Amazon
 * Europe Core, 15 July 2021"), and one that imposed a fine says where that
 * fine stands now ("Annulled on 12 March 2026 (Cour administrative)").
 */
import { html, nothing, type TemplateResult } from 'lit';
import { sourceMarks } from '../core/chrome.js';
import { formatNumber, formatStoryDate } from '../core/format.js';
import { fill } from '../i18n/index.js';
import { styled } from '../core/styled.js';
import { describeFineStatus } from '../i18n/fine-status.js';
import { indexStory } from '../story/derive.js';
import { pickText } from '../story/text.js';
import type { Relation, Text } from '../story/types.js';
import { bidiRuns } from './text.js';
import { name, verb, type MapActions, type MapView } from './view.js';

/** A text with each Latin name or number inside right-to-left words in a `<bdi>`. */
export const bidi = (text: string) => bidiRuns(text).map((r) => (r.latin ? html`<bdi>${r.text}</bdi>` : r.text));

const date = (v: MapView, d: string) => html`<bdi><time datetime=${d}>${formatStoryDate(d, v.locale)}</time></bdi>`;

/** A relation as a sentence: "La Quadrature du Net → complained to → CNIL, 28 May 2018". */
function sentence(v: MapView, r: Relation): TemplateResult {
  const { m } = v;
  const part = (id: string) => {
    const t = name(v, id, true);
    return html`<bdi lang=${t.lang}>${t.value}</bdi>`;
  };
  return html`${part(r.from)} ${m.arrow} ${verb(v, r)} ${m.arrow}
  ${part(r.to)}${r.date ? html`${m.sep}${date(v, r.date)}` : nothing}`;
}

/** Where the fine a relation imposed stands now, for a "fined" relation whose fine has a recorded status. */
function fineNow(v: MapView, r: Relation): string | undefined {
  const about = v.about(r);
  return about && !about.step ? describeFineStatus(about.fine, v.story, v.locale) : undefined;
}

/** Links to sources by id, named by their publisher (the title is the link's tooltip), told apart by `sourceMarks`. */
function links(v: MapView, ids: readonly string[] | undefined): TemplateResult[] {
  const { sources } = indexStory(v.story);
  const list = (ids ?? []).map((id) => sources.get(id)).filter((s) => s !== undefined);
  const marks = sourceMarks(list, v.locale);
  return list.map(
    (s, i) =>
      html`${i ? v.m.sep : ''}<a
          href=${s.url}
          rel="noopener noreferrer"
          hreflang=${s.lang ?? nothing}
          title=${pickText(s.title, v.locale, v.story.lang).value}
          ><bdi>${s.publisher}</bdi>${marks[i] ? ` (${marks[i]})` : ''}</a
        >`,
  );
}

function renderSources(v: MapView, ids: readonly string[] | undefined): unknown {
  const list = links(v, ids);
  return list.length ? html`<p class="sources">${v.core.sources}: ${list}</p>` : nothing;
}

/**
 * A relation in a list: its sentence, where its fine stands, the story's own
 * wording, its note (in the selected actor's panel) and sources. A phone's
 * list, until the reader opens it, gives the sentences and statuses only, so
 * its panel shows a relation or two whole in the room the reservation leaves.
 */
function renderRelation(v: MapView, r: Relation): TemplateResult {
  const text = (t: Text) => pickText(t, v.locale, v.story.lang);
  const brief = v.phone && !v.open;
  const label = !brief && r.label && text(r.label);
  const note = !brief && v.focused && r.note && text(r.note);
  const now = fineNow(v, r);
  return html`<li>
    <p class="sentence">${sentence(v, r)}</p>
    ${now ? html`<p class="status">${bidi(now)}</p>` : nothing}${
      label
        ? html`<p class="wording" lang=${label.lang}>
            ${bidi(`${name(v, r.from, true).value} ${label.value} ${name(v, r.to, true).value}`)}
          </p>`
        : nothing
    }${note ? html`<p class="wording" lang=${note.lang}>${bidi(note.value)}</p>` : nothing}${
      brief ? nothing : renderSources(v, r.sources)
    }
  </li>`;
}

/**
 * What is under the panel's heading. On a wide map, a list of capped height
 * that scrolls, as one keyboard-reachable region. On a phone, part of the
 * page, never a box that scrolls inside it: the relations (and the actor's
 * role and sources) that fit the height the reservation leaves, each whole,
 * and a button that shows the rest (the element grows, by the reader's hand).
 * The element hides what does not fit, and the button if all does, once it
 * has measured them (`cutList`).
 */
function renderBody(v: MapView, content: unknown): unknown {
  return v.phone
    ? html`<div id="panel-list" class="clip" tabindex="-1">${content}</div>`
    : html`<div class="scroller" tabindex="0" role="region" aria-labelledby="panel-title">${content}</div>`;
}

/** A phone's button that shows its whole list: under the overview's list, in an actor's head beside its close button. */
function renderShow(v: MapView, on: MapActions, label: string): unknown {
  return v.phone && !v.open
    ? html`<button class="show" type="button" aria-expanded="false" aria-controls="panel-list" @click=${on.open}>
        ${label}
      </button>`
    : nothing;
}

/**
 * The selected actor (its kind, role, sources) and its relations, or on a
 * phone with nothing selected every relation, under a heading that stays
 * (see `renderBody` for a long list).
 */
export function renderPanel(v: MapView, on: MapActions): TemplateResult {
  const { m, story, focused: id } = v;
  const rels = id ? story.relations.filter((r) => r.from === id || r.to === id) : story.relations;
  const list = rels.length
    ? html`<ul>
        ${rels.map((r) => renderRelation(v, r))}
      </ul>`
    : nothing;
  const phone = `${v.phone ? 'phone' : ''} ${v.touch ? 'touch' : ''}`;
  // on a phone the panel is as tall as the reservation leaves it, selected actor or not: selecting moves nothing
  const fit = v.phone && v.panelHeight ? styled({ 'min-block-size': `${v.panelHeight}px` }) : nothing;
  if (!id) {
    return html`<section part="relations" class="panel ${phone}" data-style=${fit}>
      <h3 id="panel-title">${m.caption}</h3>
      ${renderBody(v, list)} ${renderShow(v, on, fill(m.showAll, { n: formatNumber(rels.length, v.locale) }))}
    </section>`;
  }
  const actor = indexStory(story).actors.get(id)!;
  // a phone's list has little height: the short name, and no second heading
  const title = name(v, id, v.phone);
  const role = actor.role && pickText(actor.role, v.locale, story.lang);
  return html`<section part="details" class="panel details ${phone}" data-style=${fit}>
    <div class="head">
      <div>
        <h3 id="panel-title" lang=${title.lang}>${bidi(title.value)}</h3>
        <p class="kind">${v.voc.actorKinds[actor.kind]}</p>
      </div>
      ${renderShow(v, on, m.showRest)}
      <button class="close" type="button" aria-label=${m.close} @click=${on.clear}>×</button>
    </div>
    ${renderBody(
      v,
      html`${v.phone || !rels.length ? nothing : html`<h4>${m.relations}</h4>`}${list}
      ${role ? html`<p class="role" lang=${role.lang}>${bidi(role.value)}</p>` : nothing}
      ${renderSources(v, actor.sources)}`,
    )}
  </section>`;
}

/**
 * Every relation as a row, the first `v.rows` of them (a long table grows
 * by a button, a few hundred rows a press, so no single task renders
 * thousands).
 */
export function renderTable(v: MapView, on: MapActions): TemplateResult {
  const { m } = v;
  const all = v.story.relations;
  const rows = all.length > v.rows ? all.slice(0, v.rows) : all;
  const cell = (id: string) => {
    const t = name(v, id);
    return html`<td lang=${t.lang}>${bidi(t.value)}</td>`;
  };
  return html`<div class="scroll">
    <table part="table">
      <caption>
        ${m.caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${m.from}</th>
          <th scope="col">${m.relation}</th>
          <th scope="col">${m.to}</th>
          <th scope="col">${m.date}</th>
          <th scope="col">${v.core.sources}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map((r) => {
          const now = fineNow(v, r);
          return html`<tr data-id=${r.id}>
            ${cell(r.from)}
            <td>${verb(v, r)}${now ? html`<span class="status">${bidi(now)}</span>` : nothing}</td>
            ${cell(r.to)}
            <td>${r.date ? date(v, r.date) : nothing}</td>
            <td>${links(v, r.sources)}</td>
          </tr>`;
        })}
      </tbody>
    </table>
    ${
      rows.length < all.length
        ? html`<button part="more" class="more" type="button" @click=${on.more}>
            ${fill(m.more, { shown: formatNumber(rows.length, v.locale), total: formatNumber(all.length, v.locale) })}
          </button>`
        : nothing
    }
  </div>`;
}

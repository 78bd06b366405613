/**
 * TimelineJS 3 JSON (as its authors publish it: a `title` slide, `events`
 * with `start_date`/`end_date` date objects, `text.headline`/`text.text` in
 * HTML, `media`, `group`, `eras`, `unique_id`, `background`) to a story.
 * Events keep their precision, end dates make spans, the title slide gives
 * the title and summary, HTML becomes plain text, and every link and media
 * address becomes a source. What the story cannot hold is a warning.
 */
import type { Era, Story, StoryEvent, Text } from '../story/types.js';
import { dateEnd, dateStart } from '../story/dates.js';
import { Issues, type ImportResult } from './issues.js';
import { finish, guessLang, segments } from './finish.js';
import { isWebUrl, oneLine } from './html.js';
import { IdMaker, slugify } from './ids.js';
import { SourceBook, clip } from './sources.js';
import { storyDate, type Locate } from './timelinejs-date.js';
import { isObject, readSlide, type Obj, type SlideContext } from './timelinejs-slide.js';

export interface TimelineJsOptions {
  /** Name of the file read, for every location in the report. */
  file?: string;
  /** Language the timeline is written in; guessed from its script (Arabic or English) when absent. */
  lang?: string;
  /** The story's id; from the title otherwise. */
  id?: string;
  /** The story's title when the timeline has no title slide. */
  title?: string;
  /** A web address every event and era cites when it links to nothing itself (where the timeline was published). */
  source?: string;
  /** Maps a JSON path in the TimelineJS data to where the editor wrote it (a spreadsheet cell). */
  locate?: Locate;
}

const KNOWN_KEYS = new Set(['events', 'title', 'eras', 'scale']);

export function fromTimelineJs(input: unknown, options: TimelineJsOptions = {}): ImportResult {
  const issues = new Issues();
  const locate: Locate = options.locate ?? ((path) => ({ file: options.file, path }));
  let data = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input.replace(/^\ufeff/, ''));
    } catch (e) {
      issues.error('json', { file: options.file }, { detail: (e as Error).message });
      return { valid: false, issues: issues.list };
    }
  }
  if (!isObject(data) || !Array.isArray(data['events'])) {
    issues.error('not-timelinejs', locate(''));
    return { valid: false, issues: issues.list };
  }
  return new Converter(data, options, issues, locate).run();
}

class Converter {
  private readonly lang: string;
  private readonly book: SourceBook;
  /** What reading a slide needs from the converter. */
  private readonly slides: SlideContext;
  private readonly eventIds = new IdMaker();
  private readonly eraIds = new IdMaker();
  private readonly explained = new Set<string>();
  private readonly origin = { events: [] as string[], eras: [] as string[] };
  private readonly reserved = new Map<string, { id?: string; wanted: string }>();

  constructor(
    private readonly data: Obj,
    private readonly options: TimelineJsOptions,
    private readonly issues: Issues,
    private readonly locate: Locate,
  ) {
    this.lang = options.lang ?? this.guessLang();
    this.book = new SourceBook(this.lang);
    this.slides = { issues, locate, book: this.book };
  }

  run(): ImportResult {
    const { data, issues, locate } = this;
    for (const key of Object.keys(data)) if (!KNOWN_KEYS.has(key)) issues.warn('unknown-key', locate(''), { key });
    if (data['scale'] === 'cosmological') issues.warn('scale', locate('/scale'));
    const slides = data['events'] as unknown[];
    const eras = Array.isArray(data['eras']) ? data['eras'] : [];
    this.reserveIds(slides, this.eventIds, '/events');
    this.reserveIds(eras, this.eraIds, '/eras');

    const head = this.readTitle();
    const events: StoryEvent[] = [];
    slides.forEach((slide, i) => {
      const event = this.readEvent(slide, `/events/${i}`, events.length);
      if (event) events.push(event);
    });
    const storyEras: Era[] = [];
    eras.forEach((era, i) => {
      const converted = this.readEra(era, `/eras/${i}`, storyEras.length);
      if (converted) storyEras.push(converted);
    });

    const title = head.title ?? this.fallbackTitle();
    const story: Story = {
      id: this.options.id ?? (slugify(title) || slugify(this.options.file?.replace(/\.[^.]*$/, '') ?? '') || 'story'),
      lang: this.lang,
      languages: [this.lang],
      title: this.text(title),
      ...(head.summary ? { summary: this.text(head.summary) } : {}),
      actors: [],
      relations: [],
      events,
      ...(storyEras.length ? { eras: storyEras } : {}),
      fines: [],
      quotes: [],
      sources: this.book.list,
    };
    return finish(story, issues, (path) => this.locateInStory(path), this.explained);
  }

  private text(value: string): Text {
    return { [this.lang]: value };
  }

  private guessLang(): string {
    const texts: string[] = [];
    for (const slide of [this.data['title'], ...(this.data['events'] as unknown[])]) {
      const text = isObject(slide) && isObject(slide['text']) ? slide['text'] : {};
      for (const v of [text['headline'], text['text']])
        if (typeof v === 'string') texts.push(v.replace(/<[^>]*>/g, ''));
    }
    const lang = guessLang(texts);
    this.issues.warn('lang-guessed', { file: this.options.file }, { lang });
    return lang;
  }

  /**
   * Ids the file names itself (`unique_id`) are kept, made valid, and taken
   * before any id is made from a headline; one used twice gets a new id.
   */
  private reserveIds(slides: unknown[], ids: IdMaker, list: string): void {
    slides.forEach((slide, i) => {
      const wanted = isObject(slide) && typeof slide['unique_id'] === 'string' ? slide['unique_id'].trim() : '';
      if (!wanted) return;
      const id = slugify(wanted);
      this.reserved.set(`${list}/${i}`, id && !ids.has(id) ? { id, wanted } : { wanted });
      if (id && !ids.has(id)) ids.take(id);
    });
  }

  /** The id of the slide at `ptr`: its own, else one made from `text`; a change is reported. */
  private idOf(ptr: string, ids: IdMaker, text: string, prefix: string): string {
    const own = this.reserved.get(ptr);
    const id = own?.id ?? ids.make(text, prefix);
    if (own && own.wanted !== id)
      this.issues.warn('id-changed', this.locate(`${ptr}/unique_id`), { from: own.wanted, to: id });
    return id;
  }

  private readTitle(): { title?: string; summary?: string } {
    const slide = this.data['title'];
    if (slide === undefined) return {};
    if (!isObject(slide)) {
      this.issues.warn('not-object', this.locate('/title'));
      return {};
    }
    // the title slide's links and media become sources too, cited by nothing
    const { headline, body } = readSlide(slide, '/title', this.slides);
    return { title: headline || undefined, summary: body || undefined };
  }

  private fallbackTitle(): string {
    const title =
      this.options.title ?? this.options.file?.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '') ?? 'Timeline';
    if (!this.options.title) this.issues.warn('title-missing', this.locate(''), { title });
    return title;
  }

  /** The sources an item cites; the `source` option, or an error naming the item, when it has none. */
  private cited(sources: string[], storyPath: string, ptr: string): string[] {
    if (sources.length) return sources;
    if (this.options.source && isWebUrl(this.options.source)) return [this.book.cite(this.options.source)];
    this.issues.error('no-source', this.locate(ptr));
    this.explained.add(`${storyPath}/sources`);
    return [];
  }

  /** What events and eras share: a slide with a start date (else left out), maybe an end, its text and sources. */
  private readDated(slide: unknown, ptr: string) {
    const { issues, locate } = this;
    if (!isObject(slide)) return void issues.error('not-object', locate(ptr));
    const start = storyDate(slide['start_date'], `${ptr}/start_date`, issues, locate, 'error');
    if (!start) return undefined;
    const end = this.endOf(slide, ptr, start);
    return { start, ...(end ? { end } : {}), ...readSlide(slide, ptr, this.slides) };
  }

  private readEvent(slide: unknown, ptr: string, index: number): StoryEvent | undefined {
    const read = this.readDated(slide, ptr);
    if (!read) return undefined;
    const { start: date, end, headline, body, sources } = read;
    this.origin.events[index] = ptr;
    return {
      id: this.idOf(ptr, this.eventIds, headline || body || date, 'event'),
      date,
      ...(end ? { end } : {}),
      title: this.text(headline || this.untitled(body, date, ptr)),
      ...(body ? { body: this.text(body) } : {}),
      sources: this.cited(sources, `/events/${index}`, ptr),
    };
  }

  private readEra(slide: unknown, ptr: string, index: number): Era | undefined {
    const read = this.readDated(slide, ptr);
    if (!read) return undefined;
    const { start, end, headline, body, sources } = read;
    if (body) this.issues.warn('era-text', this.locate(`${ptr}/text/text`));
    this.origin.eras[index] = ptr;
    return {
      id: this.idOf(ptr, this.eraIds, headline || start, 'era'),
      start,
      ...(end ? { end } : {}),
      title: this.text(headline || this.untitled('', end ? `${start} – ${end}` : start, ptr)),
      sources: this.cited(sources, `/eras/${index}`, ptr),
    };
  }

  /** The end of a span; dropped (with a warning) when unreadable or not after the start. */
  private endOf(slide: Obj, ptr: string, start: string): string | undefined {
    if (slide['end_date'] === undefined) return undefined;
    const end = storyDate(slide['end_date'], `${ptr}/end_date`, this.issues, this.locate, 'warning');
    if (!end || end === start) return undefined;
    if (dateEnd(end) <= dateStart(start)) {
      this.issues.warn('end-dropped', this.locate(`${ptr}/end_date`), { start, end });
      return undefined;
    }
    return end;
  }

  /** A title for a slide without a headline: the start of its text, else its date. */
  private untitled(body: string, date: string, ptr: string): string {
    const title = body ? clip(oneLine(body.split(/(?<=[.!?؟])\s/)[0] ?? body), 80) : date;
    this.issues.warn('no-headline', this.locate(`${ptr}/text/headline`), { title });
    return title;
  }

  private locateInStory(path: string) {
    const [list, index] = segments(path);
    const from = list === 'events' || list === 'eras' ? this.origin[list][Number(index)] : undefined;
    if (from) return this.locate(from);
    return this.locate(list === 'title' || list === 'summary' ? '/title' : '');
  }
}

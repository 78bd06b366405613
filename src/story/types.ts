/**
 * The story's TypeScript types, inferred from the one schema in `schema.ts`.
 */
import type { Infer } from './schema-kit.js';
import type * as S from './schema.js';

export type Story = Infer<typeof S.Story>;
export type Actor = Infer<typeof S.Actor>;
export type Relation = Infer<typeof S.Relation>;
export type StoryEvent = Infer<typeof S.StoryEvent>;
export type Era = Infer<typeof S.Era>;
export type Fine = Infer<typeof S.Fine>;
/** One dated step of `Fine.history`. */
export type FineStatusChange = Infer<typeof S.FineStatusChange>;
export type Figure = Infer<typeof S.Figure>;
/** Where a file of one language written by `fine-kit split` comes from. */
export type SplitFrom = Infer<typeof S.SplitFrom>;
/** An "Updated" or "Correction" note of `Story.changes`. */
export type Change = Infer<typeof S.Change>;
/** An element's title, text and source credit, from `Story.captions`. */
export type Caption = Infer<typeof S.Caption>;
export type Money = Infer<typeof S.Money>;
export type Quote = Infer<typeof S.Quote>;
export type Translation = Infer<typeof S.Translation>;
export type Source = Infer<typeof S.Source>;
export type Conversion = Infer<typeof S.Conversion>;
/** A string in the story's default language, or a map from language tag to string. */
export type Text = Infer<typeof S.LongText>;
export type ActorKind = (typeof S.ACTOR_KINDS)[number];
export type RelationKind = (typeof S.RELATION_KINDS)[number];
export type Law = (typeof S.LAWS)[number];
export type FineStatus = (typeof S.FINE_STATUSES)[number];
export type ChangeKind = (typeof S.CHANGE_KINDS)[number];
/** How precisely a date is known, read off its ISO form. */
export type DatePrecision = 'year' | 'month' | 'day';

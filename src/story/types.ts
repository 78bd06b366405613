/**
 * The story's TypeScript types, inferred from the one schema in `schema.ts`.
 */
import type { InferOutput } from 'valibot';
import type * as S from './schema.js';

export type Story = InferOutput<typeof S.Story>;
export type Actor = InferOutput<typeof S.Actor>;
export type Relation = InferOutput<typeof S.Relation>;
export type StoryEvent = InferOutput<typeof S.StoryEvent>;
export type Era = InferOutput<typeof S.Era>;
export type Fine = InferOutput<typeof S.Fine>;
export type Money = InferOutput<typeof S.Money>;
export type Quote = InferOutput<typeof S.Quote>;
export type Translation = InferOutput<typeof S.Translation>;
export type Source = InferOutput<typeof S.Source>;
export type Conversion = InferOutput<typeof S.Conversion>;
/** A string in the story's default language, or a map from language tag to string. */
export type Text = InferOutput<typeof S.LongText>;
export type ActorKind = (typeof S.ACTOR_KINDS)[number];
export type RelationKind = (typeof S.RELATION_KINDS)[number];
export type Law = (typeof S.LAWS)[number];
export type FineStatus = (typeof S.FINE_STATUSES)[number];
/** How precisely a date is known, read off its ISO form. */
export type DatePrecision = 'year' | 'month' | 'day';

import type { ResultOf } from '@graphql-typed-document-node/core';
import type * as operations from './operations/index.js';

// Names for what the client's methods return, for code that passes results around.

/** A statement as the ready-made operations return it: text, kind, cue, offsets, speaker, article. */
export type StatementSummary = ResultOf<typeof operations.StatementFields>;

/** An article with its statements and mentions, as `articleByUrl` returns it. */
export type ArticleWithStatements = NonNullable<ResultOf<typeof operations.ArticleByUrlQuery>['article']>;

/** A page of statements, as `statementsByPerson` returns it. */
export type StatementPage = ResultOf<typeof operations.StatementsQuery>['statements'];

/** A page of search hits, as `searchStatements` returns it. */
export type StatementSearchPage = ResultOf<typeof operations.SearchStatementsQuery>['searchStatements'];

/** One search hit: the statement, its rank and a snippet with the matched words located. */
export type StatementSearchHit = StatementSearchPage['edges'][number];

/** What `ingestArticle` returns: the stored article, or a typed error result. */
export type IngestArticleOutcome = ResultOf<typeof operations.IngestArticleMutation>['ingestArticle'];

/** A page of the most frequent speakers, as `topSpeakers` returns it. */
export type TopSpeakersPage = ResultOf<typeof operations.TopSpeakersQuery>['topSpeakers'];

/** One speaker with their statement and article counts. */
export type TopSpeaker = TopSpeakersPage['edges'][number]['node'];

/** A page of quotes, as `quotes` returns it. */
export type QuotePage = ResultOf<typeof operations.QuotesQuery>['quotes'];

/** One quote with its speaker, first article and counts. */
export type QuoteSummary = QuotePage['edges'][number]['node'];

/** A person with a page of who appears with them, as `coMentions` returns it. */
export type PersonWithCoMentions = ResultOf<typeof operations.PersonCoMentionsFields>;

/** One co-mentioned person or organization with the shared statement and article counts. */
export type CoMention = PersonWithCoMentions['coMentions']['edges'][number]['node'];

/** What `mergePeople` returns: the merged person, or a typed error result. */
export type MergePeopleOutcome = ResultOf<typeof operations.MergePeopleMutation>['mergePeople'];

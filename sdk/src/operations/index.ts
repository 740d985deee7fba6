// The ready-made operations behind the client's methods; `npm run generate` types them from schema.graphql.
// Each is a TypedDocumentNode: pass it to `client.request` or `client.paginate` with other variables.
export { StatementFields } from './statement-fields.js';
export { ArticleByUrlQuery } from './article-by-url.js';
export { StatementsQuery } from './statements.js';
export { SearchStatementsQuery } from './search-statements.js';
export { TopSpeakersQuery } from './top-speakers.js';
export { QuotesQuery } from './quotes.js';
export { PersonCoMentionsFields, CoMentionsByNameQuery, CoMentionsByIdQuery } from './co-mentions.js';
export { IngestArticleMutation } from './ingest-article.js';
export { MergePeopleMutation } from './merge-people.js';

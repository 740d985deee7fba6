// Every type registers itself with the builder on import; this file only gathers them.
import './enums.js';
import './text-span.js';
import './error.js';
import './person.js';
import './organization.js';
import './mention.js';
import './statement.js';
import './entity-by-name.js';
import './article.js';
import './entity-relations.js';
import './search/statement-search.js';
import './search/article-search.js';
import './search/entity-search.js';
import './aggregates/statement-counts.js';
import './aggregates/mention-counts.js';
import './aggregates/co-mentions.js';
import './name-match-report.js';
import './errors/not-found-error.js';
import './errors/invalid-input-error.js';
import './errors/name-taken-error.js';
import './errors/duplicate-article-error.js';
import './mutations/ingest-article.js';
import './mutations/ingest-articles.js';
import './mutations/delete-article.js';
import './mutations/curate-entities.js';
import { builder } from './builder.js';

export const schema = builder.toSchema({ sortSchema: true });

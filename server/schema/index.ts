// Every type registers itself with the builder on import; this file only gathers them.
import './enums.js';
import './text-span.js';
import './error.js';
import './article.js';
import './mention.js';
import './person.js';
import './organization.js';
import './statement.js';
import './ingest-article.js';
import { builder } from './builder.js';

export const schema = builder.toSchema({ sortSchema: true });

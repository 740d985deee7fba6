import { queryFromInfo } from '@pothos/plugin-prisma';
import { Prisma } from '../db/generated/prisma/client.js';
import { canonicalUrl } from '../ingest/describe-url.js';
import { builder } from './builder.js';
import { ExtractionStatus } from './enums.js';
import { readTotalCount, resolveSqlConnection } from './connection/sql-connection.js';
import { ArticleFilter, articleWhere } from './filters/article-filter.js';
import { ArticleOrder, DEFAULT_ARTICLE_ORDER, articleOrderKeys } from './filters/article-order.js';
import { OrganizationMentionConnection, PersonMentionConnection } from './mention.js';
import { StatementConnection } from './statement.js';
import { spansFromJson, TextSpan } from './text-span.js';

export const Article = builder.prismaNode('Article', {
  // node(id)/nodes(ids) answer null for an ID that names nothing (a deleted or merged-away row).
  nullable: true,
  description: 'A news article as stored. Every offset of its mentions and statements points into `body`.',
  id: { field: 'id' },
  // Only the columns a query asks for are read: a list of articles with their titles leaves the bodies be.
  select: { id: true },
  fields: (t) => ({
    url: t.exposeString('url', { description: 'The URL the article was ingested from.' }),
    canonicalUrl: t.exposeString('canonicalUrl', {
      description: 'The URL without tracking parameters, fragment or "www.": the article’s identity.',
    }),
    title: t.exposeString('title', { description: 'The headline, or one derived from the URL slug.' }),
    outlet: t.exposeString('outlet', {
      description: 'The publication’s name ("The Washington Post"), or its domain when unknown.',
    }),
    domain: t.exposeString('domain', { description: 'The URL’s host without "www.".' }),
    publishedAt: t.expose('publishedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it was published: given, or read from the URL path; null when neither says.',
    }),
    body: t.exposeString('body', { description: 'The text as stored; offsets elsewhere index into it.' }),
    contentHash: t.exposeString('contentHash', { description: 'SHA-256 of `body`, hex.' }),
    boilerplate: t.field({
      type: [TextSpan],
      description: 'Stretches recognised as photo captions or "Read more:" trailers; no statements come from them.',
      select: { boilerplate: true },
      resolve: (article) => spansFromJson(article.boilerplate),
    }),
    language: t.exposeString('language', {
      description:
        'The ISO 639-1 code of the body’s language ("en", "de"): given at ingestion, else detected from the text (a text of fewer than 200 letters is taken as English). Full-text search stems the article and its statements in this language.',
    }),
    extraction: t.expose('extraction', {
      type: ExtractionStatus,
      description:
        'Whether people, organizations and statements were extracted: only in languages the extractor was trained for.',
    }),
    ingestedAt: t.expose('ingestedAt', {
      type: 'DateTime',
      description: 'When this version of the article was stored.',
    }),
    statementCount: t.relationCount('statements', { description: 'How many statements the article reports.' }),
    statements: t.relatedConnection(
      'statements',
      {
        cursor: 'id',
        totalCount: true,
        description: 'Statements in the article, in reading order.',
        query: () => ({ orderBy: [{ start: 'asc' }, { id: 'asc' }] }),
      },
      StatementConnection,
    ),
    personMentions: t.relatedConnection(
      'personMentions',
      {
        cursor: 'id',
        totalCount: true,
        description: 'Every place a person is referred to, in reading order.',
        query: () => ({ orderBy: [{ start: 'asc' }, { id: 'asc' }] }),
      },
      PersonMentionConnection,
    ),
    organizationMentions: t.relatedConnection(
      'organizationMentions',
      {
        cursor: 'id',
        totalCount: true,
        description: 'Every place an organization is referred to, in reading order.',
        query: () => ({ orderBy: [{ start: 'asc' }, { id: 'asc' }] }),
      },
      OrganizationMentionConnection,
    ),
  }),
});

export const ArticleConnection = builder.connectionObject(
  {
    type: Article,
    name: 'ArticleConnection',
    description: 'A page of articles.',
    fields: (t) => ({
      totalCount: t.int({
        description: 'How many articles match, on all pages.',
        resolve: (connection) => readTotalCount(connection),
      }),
    }),
  },
  { description: 'An article on a page, with its cursor.' },
);

builder.queryFields((t) => ({
  article: t.prismaField({
    type: 'Article',
    nullable: true,
    description: 'The article at this URL (tracking parameters, "www." and fragments do not matter), or null.',
    args: { url: t.arg.string({ required: true, description: 'The article’s URL.' }) },
    resolve: (query, _root, { url }, { prisma }) => {
      let key: string;
      try {
        key = canonicalUrl(new URL(url));
      } catch {
        return null;
      }
      return prisma.article.findUnique({ ...query, where: { canonicalUrl: key } });
    },
  }),
  articles: t.connection(
    {
      type: Article,
      description: 'Articles matching a filter, in an order (by default the newest first).',
      args: {
        filter: t.arg({ type: ArticleFilter, description: 'Which articles; all when absent.' }),
        orderBy: t.arg({
          type: ArticleOrder,
          description: 'The order; by publication date, newest first, when absent.',
        }),
      },
      resolve: (_root, args, context, info) =>
        resolveSqlConnection(
          context.prisma,
          args,
          {
            ...articleOrderKeys(args.orderBy ?? DEFAULT_ARTICLE_ORDER),
            from: Prisma.sql`article a`,
            id: Prisma.sql`a.id`,
            where: articleWhere(args.filter),
          },
          { model: 'Article', query: queryFromInfo({ context, info, typeName: 'Article', path: ['edges', 'node'] }) },
        ),
    },
    ArticleConnection,
  ),
}));

import { minhashSignature } from '../extract/minhash.js';
import { wireServiceOf } from '../extract/wire-service.js';
import { nameKey } from '../names/name-key.js';
import type { LanguageExtraction } from './extract-in-language.js';
import type { NormalizedArticle } from './normalize-article.js';

/**
 * The single argument of the SQL function newsgraph_ingest_article (see its migration): the article and
 * everything extracted from it, with entities referred to by the extraction's keys. Pure, so an extraction
 * worker thread builds it and the thread that talks to the database only passes a string on.
 */
export function buildIngestPayload(
  article: NormalizedArticle,
  { language, status, extraction }: LanguageExtraction,
): string {
  return JSON.stringify({
    article: {
      url: article.url,
      canonical_url: article.canonicalUrl,
      title: article.title,
      outlet: article.outlet,
      domain: article.domain,
      published_at: article.publishedAt,
      body: article.body,
      content_hash: article.contentHash,
      metadata: article.metadata,
      boilerplate: extraction.boilerplate.map(({ start, end }) => ({ start, end })),
      language,
      extraction: status,
    },
    entities: extraction.entities.map((entity) => ({
      key: entity.key,
      type: entity.type,
      name: entity.name,
      // The JavaScript key is the one every row was made with: the database compares, never recomputes.
      name_key: nameKey(entity.name),
      aliases: entity.aliases,
    })),
    mentions: extraction.entities.flatMap((entity) =>
      entity.mentions.map((mention) => ({
        key: entity.key,
        start: mention.start,
        end: mention.end,
        text: mention.text,
        form: mention.form,
        role: mention.role ?? null,
      })),
    ),
    statements: extraction.statements.map((statement) => ({
      text: statement.text,
      kind: statement.kind,
      start: statement.start,
      end: statement.end,
      pieces: statement.pieces.map(({ start, end }) => ({ start, end })),
      cue: statement.cue,
      cue_start: statement.cueSpan?.start ?? null,
      cue_end: statement.cueSpan?.end ?? null,
      speaker_key: statement.speaker?.entityKey ?? null,
      speaker_start: statement.speakerMention?.start ?? null,
      speaker_end: statement.speakerMention?.end ?? null,
      content: statement.content,
      confidence: statement.confidence,
    })),
    // For newsgraph_syndicate_article (write-article.ts): copies of the same story and agency credits.
    syndication: { signature: minhashSignature(article.body), wire_service: wireServiceOf(article.body) },
    links: extraction.statements.flatMap((statement) =>
      [...new Set(statement.mentionedEntityKeys)].map((key) => ({ start: statement.start, end: statement.end, key })),
    ),
  });
}

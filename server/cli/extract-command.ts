import { createInterface } from 'node:readline';
import { extract } from '../extract/index.js';
import type { Extraction, MentionForm } from '../extract/types.js';

/** A mention in the output: where it is, and how it names its entity (the API's MentionForm). */
export interface ExtractMention {
  start: number;
  end: number;
  text: string;
  form: MentionForm;
}

/**
 * The stable output of `newsgraph extract`: one line per input line. Evaluators and other tools read
 * this shape; later versions may add fields but do not rename or remove these.
 */
export interface ExtractRecord {
  id: unknown;
  people: { name: string; mentions: ExtractMention[] }[];
  organizations: { name: string; mentions: ExtractMention[] }[];
  statements: {
    text: string;
    start: number;
    end: number;
    kind: string;
    cue: string | null;
    speaker: { name: string; type: 'PERSON' | 'ORGANIZATION' } | null;
    speakerMention: { start: number; end: number } | null;
  }[];
}

export function toExtractRecord(id: unknown, extraction: Extraction): ExtractRecord {
  const entitiesOf = (type: 'PERSON' | 'ORGANIZATION') =>
    extraction.entities
      .filter((entity) => entity.type === type)
      .map((entity) => ({
        name: entity.name,
        mentions: entity.mentions.map(({ start, end, text, form }) => ({ start, end, text, form })),
      }));
  return {
    id,
    people: entitiesOf('PERSON'),
    organizations: entitiesOf('ORGANIZATION'),
    statements: extraction.statements.map((statement) => ({
      text: statement.text,
      start: statement.start,
      end: statement.end,
      kind: statement.kind,
      cue: statement.cue,
      speaker: statement.speaker && { name: statement.speaker.name, type: statement.speaker.type },
      speakerMention: statement.speakerMention && {
        start: statement.speakerMention.start,
        end: statement.speakerMention.end,
      },
    })),
  };
}

/** Reads JSONL `{id, text}` and writes one JSON line per input; a bad line gets `{id, error}` and a stderr note. */
export async function runExtract(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Promise<number> {
  let lineNumber = 0;
  let failures = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    lineNumber++;
    if (line.trim() === '') continue;
    let record: { id?: unknown; text?: unknown };
    try {
      record = JSON.parse(line);
    } catch (error) {
      failures++;
      report(output, null, `stdin:${lineNumber}: invalid JSON (${(error as Error).message})`);
      continue;
    }
    if (typeof record !== 'object' || record === null || typeof record.text !== 'string') {
      failures++;
      report(output, record?.id ?? null, `stdin:${lineNumber}: field "text" must be a string`);
      continue;
    }
    output.write(`${JSON.stringify(toExtractRecord(record.id ?? null, extract(record.text)))}\n`);
  }
  return failures === 0 ? 0 : 1;
}

function report(output: NodeJS.WritableStream, id: unknown, message: string) {
  console.error(message);
  output.write(`${JSON.stringify({ id, error: message })}\n`);
}

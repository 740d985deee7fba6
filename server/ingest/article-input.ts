/** One article as it arrives, before extraction: from a text file, a JSON record or the API. */
export interface ArticleInput {
  url: string;
  title?: string | null;
  /** ISO date or date-time; derived from the URL when absent. */
  publishedAt?: string | null;
  /** The outlet's name ("The Washington Post"); derived from the domain when absent. */
  source?: string | null;
  text: string;
  /** ISO 639-1 code of the text's language ("de"); detected from the text when absent. */
  language?: string | null;
  /** Bare integer lines of the text layout, kept as they came. */
  metadata?: number[] | null;
}

/** Where an input came from, so that an error can name the file and line. */
export interface InputOrigin {
  file?: string;
  line?: number;
  /** Index of the record in a JSON array. */
  record?: number;
}

/** A problem with one input: names what is wrong and where. */
export class InvalidArticleError extends Error {
  constructor(
    readonly reason: string,
    readonly origin: InputOrigin = {},
    readonly field?: string,
  ) {
    super(`${describeOrigin(origin)}${field ? `field "${field}": ` : ''}${reason}`);
    this.name = 'InvalidArticleError';
  }
}

function describeOrigin({ file, line, record }: InputOrigin): string {
  const place = [file, line && `${file ? '' : 'line '}${line}`].filter(Boolean).join(':');
  const inRecord = record === undefined ? '' : `${place ? ' ' : ''}record ${record}`;
  return place || inRecord ? `${place}${inRecord}: ` : '';
}

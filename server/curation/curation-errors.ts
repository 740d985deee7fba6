/** Expected failures of curation and ingestion through the API; the schema returns them as typed results. */

/** No object of this type has this id (or it was merged or deleted meanwhile). */
export class NotFoundError extends Error {
  constructor(
    readonly typename: string,
    readonly id: number,
  ) {
    super(`No ${typename} with id ${id} exists (it may have been merged or deleted).`);
    this.name = 'NotFoundError';
  }
}

/** The input is well-typed but makes no sense here; `field` names the argument at fault. */
export class InvalidInputError extends Error {
  constructor(
    readonly field: string,
    readonly reason: string,
  ) {
    super(`${field}: ${reason}`);
    this.name = 'InvalidInputError';
  }
}

/** A rename would give an entity the name of another one: merge them instead. */
export class NameTakenError extends Error {
  constructor(
    readonly typename: 'Person' | 'Organization',
    readonly takenName: string,
    readonly existingId: number,
  ) {
    super(
      `Another ${typename} is already called "${takenName}" (id ${existingId}): merge the two instead of renaming.`,
    );
    this.name = 'NameTakenError';
  }
}

/** The article is already stored and the caller asked not to replace it. */
export class DuplicateArticleError extends Error {
  constructor(
    readonly url: string,
    readonly articleId: number,
  ) {
    super(`The article at ${url} is already stored (id ${articleId}).`);
    this.name = 'DuplicateArticleError';
  }
}

/**
 * One article of a batch could not be stored for a reason the server did not expect (the database refused
 * it, or went away): that article alone fails, with nothing of it written; the cause is in the server log.
 */
export class IngestFailedError extends Error {
  constructor(readonly url: string) {
    super(`The article at ${url} could not be stored (an unexpected error, logged by the server); try it again.`);
    this.name = 'IngestFailedError';
  }
}

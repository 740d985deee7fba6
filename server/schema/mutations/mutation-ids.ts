import { InvalidInputError } from '../../curation/curation-errors.js';

/** A global ID argument of a mutation as a row id; an ID of another type is an InvalidInputError result. */
export function idOfType(id: { typename: string; id: string }, typename: string, field: string): number {
  if (id.typename !== typename)
    throw new InvalidInputError(field, `an ID of a ${id.typename} was given where a ${typename} is expected`);
  return Number(id.id);
}

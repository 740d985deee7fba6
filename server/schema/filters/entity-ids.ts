import { GraphQLError } from 'graphql';

export interface GlobalIdShape {
  typename: string;
  id: string;
}

/** People and organizations named by global IDs, split by type. */
export interface EntityIds {
  people: number[];
  organizations: number[];
}

/** Reads a list of global IDs that must each be a Person or an Organization; anything else is refused by name. */
export function entityIds(ids: GlobalIdShape[], argument: string): EntityIds {
  const result: EntityIds = { people: [], organizations: [] };
  for (const { typename, id } of ids) {
    if (typename === 'Person') result.people.push(Number(id));
    else if (typename === 'Organization') result.organizations.push(Number(id));
    else throw wrongType(argument, typename, 'a Person or an Organization');
  }
  return result;
}

/** Reads global IDs that must all be of one type. */
export function idsOfType(ids: GlobalIdShape[], typename: string, argument: string): number[] {
  return ids.map((id) => {
    if (id.typename !== typename) throw wrongType(argument, id.typename, `a ${typename}`);
    return Number(id.id);
  });
}

function wrongType(argument: string, typename: string, expected: string): GraphQLError {
  return new GraphQLError(`${argument}: an ID of a ${typename} was given where ${expected} is expected.`, {
    extensions: { code: 'BAD_USER_INPUT', argument },
  });
}

import { Prisma } from './generated/prisma/client.js';

/** The tables behind Person and Organization, and the columns that point at them. */
export interface EntityTable {
  /** The table's name, also the stem of the names that point at it (person_mention, speaker_person_id). */
  name: 'person' | 'organization';
  typename: 'Person' | 'Organization';
  table: Prisma.Sql;
  mention: Prisma.Sql;
  link: Prisma.Sql;
  /** The id column in mentions and links ("person_id"). */
  ref: Prisma.Sql;
  /** statement's speaker column for this kind. */
  speaker: Prisma.Sql;
}

export const PERSON: EntityTable = {
  name: 'person',
  typename: 'Person',
  table: Prisma.raw('person'),
  mention: Prisma.raw('person_mention'),
  link: Prisma.raw('statement_person'),
  ref: Prisma.raw('person_id'),
  speaker: Prisma.raw('speaker_person_id'),
};

export const ORGANIZATION: EntityTable = {
  name: 'organization',
  typename: 'Organization',
  table: Prisma.raw('organization'),
  mention: Prisma.raw('organization_mention'),
  link: Prisma.raw('statement_organization'),
  ref: Prisma.raw('organization_id'),
  speaker: Prisma.raw('speaker_organization_id'),
};

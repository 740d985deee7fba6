import { builder } from './builder.js';
import { MentionForm } from './enums.js';
import { readTotalCount } from './connection/sql-connection.js';

export const PersonMention = builder.prismaObject('PersonMention', {
  description: 'One place in an article where a person is named or referred to.',
  fields: (t) => ({
    start: t.exposeInt('start', { description: 'Offset of the first character in the article body.' }),
    end: t.exposeInt('end', { description: 'Offset just past the last character.' }),
    text: t.exposeString('text', { description: 'The words as written.' }),
    form: t.expose('form', { type: MentionForm, description: 'How the person is referred to here.' }),
    role: t.exposeString('role', {
      nullable: true,
      description: 'A title written next to the name ("Russian President").',
    }),
    person: t.relation('person', { description: 'Who is meant.' }),
    article: t.relation('article', { description: 'Where.' }),
  }),
});

export const OrganizationMention = builder.prismaObject('OrganizationMention', {
  description: 'One place in an article where an organization is named or referred to.',
  fields: (t) => ({
    start: t.exposeInt('start', { description: 'Offset of the first character in the article body.' }),
    end: t.exposeInt('end', { description: 'Offset just past the last character.' }),
    text: t.exposeString('text', { description: 'The words as written.' }),
    form: t.expose('form', { type: MentionForm, description: 'How the organization is referred to here.' }),
    organization: t.relation('organization', { description: 'Which organization is meant.' }),
    article: t.relation('article', { description: 'Where.' }),
  }),
});

export const PersonMentionConnection = builder.connectionObject(
  {
    type: PersonMention,
    name: 'PersonMentionConnection',
    description: 'A page of person mentions.',
    fields: (t) => ({
      totalCount: t.int({
        description: 'How many mentions there are, on all pages.',
        resolve: (connection) => readTotalCount(connection),
      }),
    }),
  },
  { description: 'A person mention on a page, with its cursor.' },
);

export const OrganizationMentionConnection = builder.connectionObject(
  {
    type: OrganizationMention,
    name: 'OrganizationMentionConnection',
    description: 'A page of organization mentions.',
    fields: (t) => ({
      totalCount: t.int({
        description: 'How many mentions there are, on all pages.',
        resolve: (connection) => readTotalCount(connection),
      }),
    }),
  },
  { description: 'An organization mention on a page, with its cursor.' },
);

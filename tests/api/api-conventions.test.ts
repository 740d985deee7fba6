import {
  getNamedType,
  isInputObjectType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLField,
  type GraphQLNamedType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../server/schema/index.js';

// The conventions of README "Conventions", checked over the whole schema: a new field that breaks one fails here.

const capitalized = (name: string) => name[0]!.toUpperCase() + name.slice(1);
const types = Object.values(schema.getTypeMap()).filter((type) => !type.name.startsWith('__'));
const objectFields = (type: GraphQLNamedType) => (isObjectType(type) ? Object.values(type.getFields()) : []);

describe('API conventions', () => {
  it('every mutation takes one `input` argument and returns `<Mutation>Result`: its payload or typed errors', () => {
    const mutations = Object.values(schema.getMutationType()!.getFields());
    expect(mutations.length).toBeGreaterThan(5);
    for (const mutation of mutations) {
      const name = capitalized(mutation.name);
      expect(
        mutation.args.map((arg) => [arg.name, String(arg.type)]),
        mutation.name,
      ).toEqual([['input', `${name}Input!`]]);
      expect(isNonNullType(mutation.type), mutation.name).toBe(true);
      const result = getNamedType(mutation.type);
      expect(result.name, mutation.name).toBe(`${name}Result`);
      if (!isUnionType(result)) throw new Error(`${mutation.name} does not return a union`);
      const members = result.getTypes().map((type) => type.name);
      expect(members, mutation.name).toContain(`${name}Payload`);
      for (const member of result.getTypes().filter((type) => type.name !== `${name}Payload`))
        expect(
          member.getInterfaces().map((face) => face.name),
          `${mutation.name}: ${member.name}`,
        ).toContain('Error');
    }
  });

  it('has no `data` wrappers, no *Success types and no field that reads like __typename', () => {
    expect(types.filter((type) => type.name.endsWith('Success')).map((type) => type.name)).toEqual([]);
    const suspicious = types.flatMap((type) =>
      objectFields(type)
        .filter((field: GraphQLField<unknown, unknown>) => ['typename', 'data'].includes(field.name))
        .map((field) => `${type.name}.${field.name}`),
    );
    expect(suspicious).toEqual([]);
  });

  it('shapes a batch’s results like single ones: ingestArticles returns the union ingestArticle returns', () => {
    const payload = schema.getType('IngestArticlesPayload');
    if (!isObjectType(payload)) throw new Error('no IngestArticlesPayload');
    expect(String(payload.getFields().results!.type)).toBe('[IngestArticleResult!]!');
    expect(String(schema.getMutationType()!.getFields().ingestArticle!.type)).toBe('IngestArticleResult!');
  });

  it('calls full-text search `search` everywhere and takes every orderBy as a { field, direction } input', () => {
    const fields = types.flatMap((type) => objectFields(type).map((field) => ({ owner: type.name, field })));
    const args = fields.flatMap(({ owner, field }) =>
      field.args.map((arg) => ({ at: `${owner}.${field.name}(${arg.name})`, arg })),
    );
    expect(args.filter(({ arg }) => ['query', 'topic', 'q'].includes(arg.name)).map(({ at }) => at)).toEqual([]);
    const orderBys = args.filter(({ arg }) => arg.name === 'orderBy');
    expect(orderBys.length).toBeGreaterThan(5);
    for (const { at, arg } of orderBys) {
      const type = getNamedType(arg.type);
      if (!isInputObjectType(type)) throw new Error(`${at} is not an input object`);
      expect(Object.keys(type.getFields()).sort(), at).toEqual(['direction', 'field']);
      expect(String(type.getFields().direction!.type), at).toBe('OrderDirection!');
    }
    for (const name of ['searchStatements', 'searchArticles'])
      expect(
        schema
          .getQueryType()!
          .getFields()
          [name]!.args.map((arg) => arg.name),
      ).toContain('search');
  });

  it('orders only by values a client can read: each order field is a field of what it orders', () => {
    const readable: Record<string, string[]> = {
      StatementOrderField: ['Statement'],
      ArticleOrderField: ['Article'],
      EntityOrderField: ['Person', 'Organization'],
      SearchOrderField: ['Statement', 'Article', 'StatementSearchEdge', 'ArticleSearchEdge'],
      GroupOrderField: ['StatementGroup', 'MentionGroup'],
      QuoteOrderField: ['Quote'],
    };
    const orderEnums = types.filter((type) => type.name.endsWith('OrderField')).map((type) => type.name);
    expect(orderEnums.sort()).toEqual(Object.keys(readable).sort());
    const camel = (value: string) =>
      value.toLowerCase().replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
    for (const [enumName, owners] of Object.entries(readable)) {
      const values = (schema.getType(enumName) as import('graphql').GraphQLEnumType).getValues().map((v) => v.name);
      for (const value of values.filter((value) => value !== 'KEY')) {
        // KEY orders groups by the fields of the dimensions grouped by (period, speaker...), whichever they are.
        const where = owners.filter((owner) => {
          const type = schema.getType(owner);
          return isObjectType(type) && camel(value) in type.getFields();
        });
        expect(where.length, `${enumName}.${value}: no ${owners.join('/')}.${camel(value)}`).toBeGreaterThan(0);
      }
    }
  });

  it('gives the statements under an article, a person and an organization the root field’s filter and orderBy', () => {
    const root = schema.getQueryType()!.getFields().statements!;
    const shape = (field: GraphQLField<unknown, unknown>) =>
      field.args.map((arg) => `${arg.name}: ${String(arg.type)}`).sort();
    for (const owner of ['Article', 'Person', 'Organization']) {
      const type = schema.getType(owner);
      if (!isObjectType(type)) throw new Error(owner);
      expect(shape(type.getFields().statements!), owner).toEqual(shape(root));
    }
  });

  it('names input fields like the output fields they become, and keeps file-format artefacts out', () => {
    const input = schema.getType('ArticleInput');
    const article = schema.getType('Article');
    if (!isInputObjectType(input) || !isObjectType(article)) throw new Error('no ArticleInput / Article');
    for (const field of Object.values(input.getFields())) {
      const output = article.getFields()[field.name];
      expect(output, `ArticleInput.${field.name} has no Article.${field.name}`).toBeDefined();
      expect(String(getNamedType(field.type)), field.name).toBe(String(getNamedType(output!.type)));
    }
    expect(article.getFields().metadata).toBeUndefined();
  });
});

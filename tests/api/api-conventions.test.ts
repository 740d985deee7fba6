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

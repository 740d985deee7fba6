import { GraphQLError, type ASTVisitor, type ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Refuses introspection (`__schema`, `__type`) when it is turned off: in production, a schema dump
 * tells a prober every field, argument and mutation to try. `__typename` stays allowed (clients need it).
 * The schema is published anyway, as schema.graphql and in the SDK, for the people meant to use it.
 * Not graphql-js's NoSchemaIntrospectionCustomRule: its error has no code and cannot say where the schema is.
 */
export function useIntrospectionControl(enabled: boolean): Plugin {
  if (enabled) return {};
  return {
    onValidate({ addValidationRule }) {
      addValidationRule((context: ValidationContext): ASTVisitor => ({
        Field(node) {
          const name = node.name.value;
          if (name !== '__schema' && name !== '__type') return;
          context.reportError(
            new GraphQLError(
              `Introspection is disabled on this server: "${name}" cannot be queried. The schema is published as schema.graphql (also in the SDK).`,
              { nodes: [node], extensions: { code: 'INTROSPECTION_DISABLED' } },
            ),
          );
        },
      }));
    },
  };
}

/**
 * The line `npm start` prints once the API listens. GraphiQL is offered only where it is served (with
 * introspection: off by default in production), so a production log never invites people to a page that
 * is not there.
 */
export function startBanner(url: string, processes: number, graphiql: boolean): string {
  const served = processes > 1 ? `, served by ${processes} processes` : '';
  return `Newsgraph GraphQL API: ${url}${graphiql ? ' (open it in a browser for GraphiQL)' : ''}${served}`;
}

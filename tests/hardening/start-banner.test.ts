import { describe, expect, it } from 'vitest';
import { settingsFromEnvironment } from '../../server/app.js';
import { startBanner } from '../../server/start-banner.js';

describe('the start-up banner', () => {
  const banner = (env: NodeJS.ProcessEnv) =>
    startBanner('http://127.0.0.1:4000/graphql', 1, settingsFromEnvironment(env).introspection);

  it('invites to GraphiQL only where it is served', () => {
    expect(banner({})).toContain('GraphiQL');
    expect(banner({ NODE_ENV: 'production' })).toBe('Newsgraph GraphQL API: http://127.0.0.1:4000/graphql');
    expect(banner({ NODE_ENV: 'production', NEWSGRAPH_INTROSPECTION: 'on' })).toContain('GraphiQL');
  });
});

// Worker threads do not inherit a loader registered with tsx's API (as server/cli/bin.js does), and
// vitest's transform does not reach them either: register tsx here when TypeScript cannot be imported.
import { register } from 'tsx/esm/api';

try {
  await import('./extract-worker.ts');
} catch (error) {
  if (error?.code !== 'ERR_UNKNOWN_FILE_EXTENSION') throw error;
  register();
  // Another URL: the failed import stays cached under the first one.
  await import('./extract-worker.ts?tsx');
}

/**
 * The key sent as `Authorization: Bearer <key>` or `X-Api-Key: <key>`; null for an Authorization header
 * of another form (Basic, a bare key), which is refused rather than ignored: a client that sends
 * credentials and gets an anonymous answer would not know its key was never read.
 */
export function presentedKey(request: Request): string | null | undefined {
  const authorization = request.headers.get('authorization');
  if (authorization !== null && authorization.trim() !== '')
    return /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1] ?? null;
  const header = request.headers.get('x-api-key')?.trim();
  return header ? header : undefined;
}

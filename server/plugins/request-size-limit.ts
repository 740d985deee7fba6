import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { limitError } from './limit-error.js';

/** The default largest request body: a 2-million-character article, JSON-escaped, fits with room to spare. */
export const MAX_REQUEST_BYTES = 10_000_000;

/**
 * Refuses a request body over `maxBytes` with 413: at once when Content-Length says so, else (a chunked
 * upload) as soon as that many bytes have arrived, without buffering the rest.
 */
export function useRequestSizeLimit(maxBytes = MAX_REQUEST_BYTES): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      if (request.method !== 'POST' || !requestParser) return;
      setRequestParser(async (incoming) => {
        const declared = Number(incoming.headers.get('content-length') ?? Number.NaN);
        if (declared > maxBytes) throw limitError('requestBytes', maxBytes, declared, '', 413);
        const body = await readAtMost(incoming, maxBytes);
        return requestParser(new fetchAPI.Request(incoming.url, { method: 'POST', headers: incoming.headers, body }));
      });
    },
  };
}

async function readAtMost(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const reader = request.body?.getReader();
  if (!reader) return new Uint8Array(new ArrayBuffer(0));
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      const error = limitError('requestBytes', maxBytes, size, '(counted so far)', 413);
      throw new GraphQLError(error.message, { extensions: error.extensions });
    }
    chunks.push(value);
  }
  const body = new Uint8Array(new ArrayBuffer(size));
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.byteLength;
  }
  return body;
}

import { isUtf8 } from 'node:buffer';
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { firstInvalidUtf8 } from '../text/first-invalid-utf8.js';
import { limitError } from './limit-error.js';

/** The default largest request body: a 2-million-character article, JSON-escaped, fits with room to spare. */
export const MAX_REQUEST_BYTES = 10_000_000;

/**
 * Refuses a request body over `maxBytes` with 413: at once when Content-Length says so, else (a chunked
 * upload) as soon as that many bytes have arrived, without buffering the rest. A body that is not UTF-8
 * is refused with 400 and the offset of the first bad byte (decoding it would quietly turn the bytes
 * into U+FFFD, and an article would be stored with characters it never had).
 */
export function useRequestSizeLimit(maxBytes = MAX_REQUEST_BYTES): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      if (request.method !== 'POST' || !requestParser) return;
      setRequestParser(async (incoming) => {
        const header = incoming.headers.get('content-length');
        // One non-negative integer, or nothing: "10, 10" and the like are request-smuggling attempts.
        if (header !== null && !/^\d+$/.test(header)) {
          throw new GraphQLError(`The Content-Length header must be a number of bytes, not "${header.slice(0, 40)}".`, {
            extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
          });
        }
        const declared = Number(header ?? Number.NaN);
        if (declared > maxBytes) throw limitError('requestBytes', maxBytes, declared, '', 413);
        const body = await readAtMost(incoming, maxBytes);
        const at = isUtf8(body) ? -1 : firstInvalidUtf8(body);
        if (at !== -1) {
          throw new GraphQLError(
            `The request body is not valid UTF-8: byte 0x${body[at]!.toString(16).toUpperCase().padStart(2, '0')} at byte ${at.toLocaleString('en-US')} starts no UTF-8 character. Send JSON encoded as UTF-8.`,
            { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } },
          );
        }
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

import { Lexer, Source, TokenKind } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { limitError } from './limit-error.js';

/** Refuses a document of more than `max` tokens before it is parsed, saying how many it has. */
export function useTokenLimit(max: number): Plugin {
  return {
    onParse({ params }) {
      const source = typeof params.source === 'string' ? params.source : params.source.body;
      // Cheap: the request-size limit bounds the text, and lexing is what the parser would do anyway.
      const lexer = new Lexer(new Source(source));
      let count = 0;
      try {
        while (lexer.advance().kind !== TokenKind.EOF) count += 1;
      } catch {
        return; // A syntax error: the parser reports it.
      }
      if (count > max) throw limitError('tokens', max, count);
    },
  };
}

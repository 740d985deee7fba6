/**
 * Finds multi-word gazetteer entries in a token sequence (longest match first), e.g.
 * "U.N. Security Council" or "White House". Keys compare case-insensitively, curly quotes as straight.
 * A word trie, so a common first word ("the", "new") costs one lookup per following word, no joins.
 */
import { lowerCase, normalizeTypography } from './word-shape.js';

export interface GazetteerMatch {
  start: number;
  /** Exclusive. */
  end: number;
  entry: string;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  entry?: string;
}

export class GazetteerMatcher {
  private readonly root: TrieNode = { next: new Map() };

  constructor(names: readonly string[]) {
    for (const name of names) {
      let node = this.root;
      for (const word of name.split(' ').map(matchKey)) {
        let child = node.next.get(word);
        if (!child) node.next.set(word, (child = { next: new Map() }));
        node = child;
      }
      node.entry = name;
    }
  }

  /** Whether some entry starts with this key (a lowercased word with typography normalized). */
  canStart(key: string): boolean {
    return this.root.next.has(key);
  }

  /** Non-overlapping matches, scanning left to right, longest first. */
  findAll(words: readonly string[]): GazetteerMatch[] {
    return this.findAllKeys(words.map(matchKey));
  }

  /** As findAll, for words already lowercased with typography normalized. */
  findAllKeys(keys: readonly string[]): GazetteerMatch[] {
    const out: GazetteerMatch[] = [];
    for (let i = 0; i < keys.length; i++) {
      const match = this.longestMatchAt(keys, i);
      if (match) {
        out.push(match);
        i = match.end - 1;
      }
    }
    return out;
  }

  /** The longest entry starting with keys[start] and ending by keys[end - 1], if any. */
  longestMatchAt(keys: readonly string[], start: number, end = keys.length): GazetteerMatch | undefined {
    let node = this.root.next.get(keys[start]);
    let match: GazetteerMatch | undefined;
    for (let j = start + 1; node; j++) {
      if (node.entry !== undefined) match = { start, end: j, entry: node.entry };
      node = j < end ? node.next.get(keys[j]) : undefined;
    }
    return match;
  }
}

export function matchKey(word: string): string {
  return lowerCase(normalizeTypography(word));
}

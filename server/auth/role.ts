/** What an API key may do; null for a request without a (valid) key. */
export type Role = 'READER' | 'EDITOR';

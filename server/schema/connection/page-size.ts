/** The most nodes one page of any connection returns; `first`/`last` above it are refused (see server/plugins/page-size-limit.ts). */
export const MAX_PAGE_SIZE = 100;

/** The page size when neither `first` nor `last` is given. */
export const DEFAULT_PAGE_SIZE = 20;

/** The sentence every connection's description ends with: its default order and page size. */
export function pageDescription(defaultOrder: string): string {
  return `Default order: ${defaultOrder}. Default page size: ${DEFAULT_PAGE_SIZE} (\`first\`/\`last\` up to ${MAX_PAGE_SIZE}).`;
}

/** The most nodes one page of any connection returns; `first`/`last` above it are refused (see server/plugins/page-size-limit.ts). */
export const MAX_PAGE_SIZE = 100;

/** The page size when neither `first` nor `last` is given. */
export const DEFAULT_PAGE_SIZE = 20;

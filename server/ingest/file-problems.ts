/** Why a file or folder cannot be read, without a stack trace: "cannot be read: permission denied (EACCES)". */
export function unreadable(error: NodeJS.ErrnoException): string {
  const reasons: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EISDIR: 'it is a folder',
    ELOOP: 'a loop of symbolic links',
    EIO: 'an input/output error',
  };
  return `cannot be read: ${reasons[error.code ?? ''] ?? error.message} (${error.code ?? 'error'})`;
}

/** What a directory entry or a stat result is, when it is not a regular file. */
export function fileKind(info: {
  isFIFO(): boolean;
  isSocket(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
  isDirectory(): boolean;
}): string {
  if (info.isFIFO()) return 'a FIFO';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  return info.isDirectory() ? 'a folder' : 'not a file';
}

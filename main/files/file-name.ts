/**
 * A path's last part, split at either separator, so a path written on Windows («C:\news\a.html») or elsewhere
 * («news/a.html») gives «a.html» whatever system reads it. A path that ends in a separator gives "".
 */
export function fileName(file: string): string {
  // split always returns one part at least: the fallback only satisfies the type.
  return file.split(/[\\/]/u).pop() ?? file;
}

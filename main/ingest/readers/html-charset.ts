/**
 * The charset an HTML file declares in <meta charset> or <meta http-equiv="Content-Type">, read from the
 * first bytes as Latin-1 (HTML's own prescan: the declaration must sit in the first 1024 bytes; we allow 4096).
 */
export function declaredHtmlCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1');
  const match = /<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)/i.exec(head);
  return match?.[1]?.toLowerCase();
}

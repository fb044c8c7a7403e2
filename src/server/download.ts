// Content-Disposition for downloads with a Chinese file name: an ASCII fallback plus RFC 5987's
// filename*, where every byte outside attr-char is percent-encoded — encodeURIComponent leaves
// ' ( ) * ! as they are, and a raw ' ends the charset'lang' prefix early in strict parsers.
export function rfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*!]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}

export function contentDisposition(kind: 'inline' | 'attachment', asciiFallback: string, name: string): string {
  return `${kind}; filename="${asciiFallback.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${rfc5987(name)}`;
}

// Content-Disposition for downloads with a Chinese file name: an ASCII fallback plus RFC 5987's
// filename*, where every byte outside attr-char is percent-encoded — encodeURIComponent leaves
// ' ( ) * ! as they are, and a raw ' ends the charset'lang' prefix early in strict parsers.
export function rfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*!]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}

const MAX_BASE = 120; // characters before the extension: 3 bytes each in UTF-8 stays under a 255-byte name

/**
 * A name a browser, curl -J or wget --content-disposition can save as it is: no path separators
 * (a unit or round named "1/2季度" or "../x" is data, not a folder), nothing Windows refuses, no
 * controls or direction overrides (U+202E shows "fdp.exe" for "exe.pdf"), no leading dot (a hidden
 * file) and not longer than a file system takes.
 */
export function safeFileName(name: string): string {
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 && /^\.[A-Za-z0-9]{1,5}$/.test(name.slice(dot)) ? name.slice(dot) : '';
  let base = (ext ? name.slice(0, dot) : name)
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f-\u009f]/g, '_')
    .replace(/[\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  if ([...base].length > MAX_BASE) base = [...base].slice(0, MAX_BASE).join('');
  return `${base || 'download'}${ext}`;
}

export function contentDisposition(kind: 'inline' | 'attachment', asciiFallback: string, name: string): string {
  return `${kind}; filename="${asciiFallback.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${rfc5987(safeFileName(name))}`;
}

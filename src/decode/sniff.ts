/**
 * Is the input an HTML page at all? Files in a crawl folder or a WARC are not always pages: images,
 * PDFs, archives, JSON API answers and plain text reach the extractor too. Read as HTML, they give
 * a "body" of garbage; recognised here, they give an empty Article with a `not-html` warning.
 *
 * The checks follow the WHATWG MIME Sniffing standard's signatures (§ 7.1, "identifying a resource
 * with an unknown MIME type") for binary formats, plus a count of control characters (which also
 * catches executables, whose `MZ` is too short a signature), and for text: a JSON document, or text
 * with no markup at all.
 */

/** What the input was recognised as, when it is not HTML. */
export interface NotHtml {
  /** A short name of the format (`PNG image`, `PDF document`, `JSON`, `plain text`, `binary data`). */
  what: string;
}

/** Byte signatures (MIME Sniffing § 7.1 and the formats' own specifications), `undefined` = any byte. */
const SIGNATURES: readonly { what: string; bytes: readonly (number | undefined)[] }[] = [
  { what: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { what: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { what: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { what: 'WebP image', bytes: [0x52, 0x49, 0x46, 0x46, undefined, undefined, undefined, undefined, 0x57, 0x45, 0x42, 0x50] },
  { what: 'WAVE audio', bytes: [0x52, 0x49, 0x46, 0x46, undefined, undefined, undefined, undefined, 0x57, 0x41, 0x56, 0x45] },
  // `BM`, the file size, then four reserved zero bytes: `BM` alone starts text too.
  { what: 'BMP image', bytes: [0x42, 0x4d, undefined, undefined, undefined, undefined, 0x00, 0x00, 0x00, 0x00] },
  { what: 'ICO image', bytes: [0x00, 0x00, 0x01, 0x00] },
  { what: 'PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { what: 'PostScript document', bytes: [0x25, 0x21, 0x50, 0x53, 0x2d, 0x41, 0x64, 0x6f, 0x62, 0x65, 0x2d] },
  { what: 'ZIP archive', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { what: 'gzip data', bytes: [0x1f, 0x8b, 0x08] },
  { what: 'RAR archive', bytes: [0x52, 0x61, 0x72, 0x20, 0x1a, 0x07] },
  { what: '7-Zip archive', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { what: 'bzip2 data', bytes: [0x42, 0x5a, 0x68] },
  { what: 'ELF executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { what: 'Mach-O executable', bytes: [0xcf, 0xfa, 0xed, 0xfe] },
  { what: 'WebAssembly module', bytes: [0x00, 0x61, 0x73, 0x6d] },
  { what: 'Ogg media', bytes: [0x4f, 0x67, 0x67, 0x53, 0x00] },
  { what: 'MP3 audio', bytes: [0x49, 0x44, 0x33] },
  { what: 'MP4 media', bytes: [undefined, undefined, undefined, undefined, 0x66, 0x74, 0x79, 0x70] },
  { what: 'WebM/Matroska media', bytes: [0x1a, 0x45, 0xdf, 0xa3] },
  { what: 'WOFF font', bytes: [0x77, 0x4f, 0x46, 0x46] },
  { what: 'WOFF2 font', bytes: [0x77, 0x4f, 0x46, 0x32] },
  { what: 'SQLite database', bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66] },
];

/** How much of the start is looked at (the standard's resource header is 1,445 bytes). */
const HEAD = 2048;

/** Share of control characters (not tab, newline, form feed, carriage return, escape) above which the input is binary. */
const MAX_CONTROL_SHARE = 0.05;
/**
 * Share of U+FFFD (bytes invalid in the chosen encoding) above which decoded text is binary: a page
 * with a few broken bytes stays a page (`decode-errors`); random bytes decode to more than half U+FFFD.
 */
const MAX_REPLACEMENT_SHARE = 0.3;

function matches(bytes: Uint8Array, offset: number, signature: readonly (number | undefined)[]): boolean {
  if (bytes.length - offset < signature.length) return false;
  for (let i = 0; i < signature.length; i++) {
    const expected = signature[i];
    if (expected !== undefined && bytes[offset + i] !== expected) return false;
  }
  return true;
}

/** A control code that never appears in text: MIME Sniffing's "binary data byte" (§ 3). */
function isBinaryCode(code: number): boolean {
  return code <= 0x08 || code === 0x0b || (code >= 0x0e && code <= 0x1a) || (code >= 0x1c && code <= 0x1f);
}

/**
 * Recognises bytes that are not a page: a known binary signature (after a UTF-8 byte order mark, if
 * any), or many control bytes in the first 2 KB. `undefined` for bytes that may be a page (their text
 * is then checked by {@link sniffText}).
 *
 * @example
 * ```ts
 * sniffBytes(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]))?.what; // 'PDF document'
 * sniffBytes(new TextEncoder().encode('<p>안녕</p>')); // undefined
 * ```
 */
export function sniffBytes(bytes: Uint8Array): NotHtml | undefined {
  const offset = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  for (const signature of SIGNATURES) if (matches(bytes, offset, signature.bytes)) return { what: signature.what };
  const end = Math.min(bytes.length, HEAD);
  let control = 0;
  for (let i = offset; i < end; i++) if (isBinaryCode(bytes[i] as number)) control++;
  return end > offset && control / (end - offset) > MAX_CONTROL_SHARE ? { what: 'binary data' } : undefined;
}

/** A tag, comment or doctype a browser would build an element or node from: `<` then a letter, `/`, `!` or `?`. */
const MARKUP = /<[a-zA-Z!/?]/;

/**
 * Recognises text that is not a page: binary data decoded as text, a JSON document, or text with no
 * markup at all (no tag, comment or doctype anywhere). `undefined` for text that may be a page.
 *
 * @example
 * ```ts
 * sniffText('{"title": "제목", "body": "본문"}')?.what; // 'JSON'
 * sniffText('제목\n\n본문 첫 문단.')?.what; // 'plain text'
 * sniffText('<title>제목</title><p>본문</p>'); // undefined
 * ```
 */
export function sniffText(text: string): NotHtml | undefined {
  let start = 0;
  while (start < text.length && (text.charCodeAt(start) <= 0x20 || text.charCodeAt(start) === 0xfeff)) start++;
  if (start === text.length) return undefined; // empty: the empty-input warning says it
  const end = Math.min(text.length, start + HEAD);
  let control = 0;
  let replaced = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (isBinaryCode(code)) control++;
    else if (code === 0xfffd) replaced++;
  }
  if (control / (end - start) > MAX_CONTROL_SHARE || replaced / (end - start) > MAX_REPLACEMENT_SHARE) return { what: 'binary data' };
  const first = text.charAt(start);
  if ((first === '{' || first === '[') && isJson(text)) return { what: 'JSON' };
  return MARKUP.test(text) ? undefined : { what: 'plain text' };
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

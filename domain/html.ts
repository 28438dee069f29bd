// A Teams message body (HTML) as the plain text a log entry keeps: paragraphs and line breaks as new lines,
// @mentions as the colleague's name, links as their text with the address collected, entities decoded, every
// other tag dropped. Pure; not a general HTML parser, only what Teams puts in a message body.

export interface MessageText {
  text: string;
  /** The addresses of <a href> in the body, in order, each once (the text keeps what the link said). */
  hrefs: string[];
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  laquo: '«',
  raquo: '»',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  aelig: 'æ',
  AElig: 'Æ',
  oslash: 'ø',
  Oslash: 'Ø',
  aring: 'å',
  Aring: 'Å',
  eacute: 'é',
  shy: '',
};

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '';
    }
    return NAMED_ENTITIES[name] ?? m;
  });
}

const BLOCK = new Set(['p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'tr', 'table', 'pre', 'hr']);
/** Elements whose content is not the message's words: dropped with what they hold when they are closed. Attachments
 *  are a quoted reply or a file. */
const HIDDEN = new Set(['script', 'style', 'head', 'title', 'attachment']);

/**
 * How much of a message body is read. Teams refuses a message over about 28 KB, so a longer body is not a real
 * message; what lies beyond is not read (the text then is long enough to be refused as too long for an entry).
 */
export const MAX_HTML_CHARS = 64 * 1024;
/** How much of one tag's attributes is looked at for an href or an emoji's alt text. */
const MAX_ATTRIBUTE_CHARS = 8192;

/**
 * The first index of `needle` at or after `from`, remembered per needle: every search starts where the last one
 * ended, or answers from it, so the scan below stays linear however many tags are left open (`'<a '.repeat(80000)`
 * took 29 s with the regular expressions this replaced, each of which looked for the '>' from every '<').
 */
class Finder {
  private readonly found = new Map<string, { from: number; at: number }>();
  constructor(private readonly text: string) {}
  indexOf(needle: string, from: number): number {
    const known = this.found.get(needle);
    if (known && known.from <= from && (known.at === -1 || known.at >= from)) return known.at;
    const at = this.text.indexOf(needle, from);
    this.found.set(needle, { from, at });
    return at;
  }
}

const TAG_NAME = /<(\/?)([a-z][a-z0-9-]*)(?![a-z0-9_])/iy;

/** Plain text of a Teams message body. Text without any tag is returned as it is (entities decoded). */
export function htmlToText(body: string): MessageText {
  const html = body.length > MAX_HTML_CHARS ? body.slice(0, MAX_HTML_CHARS) : body;
  // Tag names are matched without regard to case: searched for in a copy with A-Z lowered (the same length, unlike
  // toLowerCase, which lengthens a few letters).
  const lower = new Finder(html.replace(/[A-Z]+/g, (s) => s.toLowerCase()));
  const hrefs = new Set<string>(); // each once, in order; a Set, so thousands of links cost no more than one each
  const out: string[] = [];
  const closings = new Map<string, ClosingFound>();
  let pos = 0;
  while (pos < html.length) {
    const lt = lower.indexOf('<', pos);
    if (lt === -1) break;
    out.push(html.slice(pos, lt));
    pos = lt;
    if (html.startsWith('<!--', lt)) {
      const end = lower.indexOf('-->', lt + 4);
      if (end !== -1) {
        pos = end + 3;
        continue;
      }
    }
    TAG_NAME.lastIndex = lt;
    const tag = TAG_NAME.exec(html);
    const gt = tag ? lower.indexOf('>', lt) : -1;
    if (!tag || gt === -1) {
      // Not a tag (or one never closed): the '<' is text.
      out.push('<');
      pos = lt + 1;
      continue;
    }
    const closing = tag[1] === '/';
    const name = tag[2].toLowerCase();
    const attrs = html.slice(TAG_NAME.lastIndex, Math.min(gt, TAG_NAME.lastIndex + MAX_ATTRIBUTE_CHARS));
    pos = gt + 1;
    if (!closing && HIDDEN.has(name)) {
      const end = closingTagEnd(html, lower, name, pos, closings);
      if (end !== -1) pos = end;
      continue;
    }
    out.push(tagText(name, closing, attrs, hrefs));
  }
  if (pos < html.length) out.push(html.slice(pos));
  const lines = decodeEntities(out.join(''))
    .replace(/\u00a0/g, ' ')
    .split(/\r?\n/)
    .map((l) => l.replace(/[ \t]+/g, ' ').trim());
  return { text: lines.filter((l) => l !== '').join('\n'), hrefs: [...hrefs] };
}

/** A closing tag searched for from `from`: where it starts and where the element ends (-1: none). */
interface ClosingFound {
  from: number;
  start: number;
  end: number;
}

/**
 * Where an element opened before `from` ends: just after its `</name>` (spaces allowed before the '>'), or -1. The
 * answer is remembered per name like Finder's, so a thousand <script> never closed cost one search, not a thousand.
 */
function closingTagEnd(html: string, lower: Finder, name: string, from: number, known: Map<string, ClosingFound>): number {
  const last = known.get(name);
  if (last && last.from <= from && (last.end === -1 || last.start >= from)) return last.end;
  let start = lower.indexOf(`</${name}`, from);
  let end = -1;
  while (start !== -1) {
    let i = start + 2 + name.length;
    while (i < html.length && /\s/.test(html[i])) i++;
    if (html[i] === '>') {
      end = i + 1;
      break;
    }
    start = lower.indexOf(`</${name}`, i);
  }
  known.set(name, { from, start, end });
  return end;
}

/** What a tag leaves in the text: a new line for a block, an emoji's character, nothing else (a link's address is
 *  collected into hrefs). */
function tagText(name: string, closing: boolean, attrs: string, hrefs: Set<string>): string {
  if (!closing && name === 'a') {
    const href = /\bhref\s*=\s*("([^"]*)"|'([^']*)')/i.exec(attrs);
    const address = href ? decodeEntities(href[2] ?? href[3] ?? '').trim() : '';
    if (address) hrefs.add(address);
    return '';
  }
  if (!closing && (name === 'img' || name === 'emoji')) {
    // Teams writes an emoji as <img alt="😀" itemtype="…/Emoji">; a picture's alt text is not the message.
    const alt = /\balt\s*=\s*"([^"]*)"/i.exec(attrs);
    return alt && /emoji/i.test(attrs + name) ? decodeEntities(alt[1]) : '';
  }
  return BLOCK.has(name) ? '\n' : '';
}

/**
 * People quoted in a press entry, as the group writes it: "citeret: Jannie Knudsen", "citerer Jannie Knudsen",
 * "quoted: Jannie Knudsen" (a name is up to four capitalised words; several with "og"/"and" or commas).
 */
export function quotedPeople(text: string): string[] {
  const out: string[] = [];
  const NAME = "\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’-]*|von|van|de|la)){0,3}";
  const re = new RegExp(
    `(?<![\\p{L}])(?:[Cc]iteret|[Cc]iterer|[Cc]itat fra|[Qq]uoted|[Qq]uoting)\\s*:?\\s+(${NAME}(?:\\s*(?:,|og|and)\\s*${NAME})*)`,
    'gu',
  ); // no 'i': it would let \p{Lu} match lower case
  for (const m of text.matchAll(re)) {
    for (const name of m[1].split(/\s*(?:,|\bog\b|\band\b)\s*/u)) {
      const clean = name.trim();
      if (clean && !out.includes(clean)) out.push(clean);
    }
  }
  return out;
}

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

const BLOCK = /^(p|div|br|li|ul|ol|h[1-6]|blockquote|tr|table|pre|hr)$/i;

/** Plain text of a Teams message body. Text without any tag is returned as it is (entities decoded). */
export function htmlToText(html: string): MessageText {
  const hrefs: string[] = [];
  const withoutHidden = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|head|title)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
    // Attachments (a quoted reply, a file) are not the message's words.
    .replace(/<attachment\b[^>]*>[\s\S]*?<\/attachment\s*>/gi, '')
    .replace(/<attachment\b[^>]*\/?>/gi, '');
  const text = withoutHidden.replace(/<\/?([a-z][a-z0-9-]*)\b([^>]*)>/gi, (tag, name: string, attrs: string) => {
    const closing = tag.startsWith('</');
    if (!closing && /^a$/i.test(name)) {
      const href = /\bhref\s*=\s*("([^"]*)"|'([^']*)')/i.exec(attrs);
      const address = href ? decodeEntities(href[2] ?? href[3] ?? '').trim() : '';
      if (address && !hrefs.includes(address)) hrefs.push(address);
      return '';
    }
    if (!closing && /^(img|emoji)$/i.test(name)) {
      // Teams writes an emoji as <img alt="😀" itemtype="…/Emoji">; a picture's alt text is not the message.
      const alt = /\balt\s*=\s*"([^"]*)"/i.exec(attrs);
      return alt && /emoji/i.test(attrs + name) ? decodeEntities(alt[1]) : '';
    }
    return BLOCK.test(name) ? '\n' : '';
  });
  const lines = decodeEntities(text)
    .replace(/\u00a0/g, ' ')
    .split(/\r?\n/)
    .map((l) => l.replace(/[ \t]+/g, ' ').trim());
  return { text: lines.filter((l) => l !== '').join('\n'), hrefs };
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

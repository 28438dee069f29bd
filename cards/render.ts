// Binds a card template (JSON data in cards/templates) to data with adaptivecards-templating. No I/O here.
import type { Template } from 'adaptivecards-templating';
import { withoutBidiControls } from '../domain/text';
import { compileTemplate, NotCompiled } from './compiledTemplate';

export type CardJson = Record<string, unknown>;

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

/** Expands a template. Unknown fields are left as literal ${...}, which the card tests catch. */
export function expand(template: object, data: object): CardJson {
  return showMarkdownAsTyped(expandAsLibrary(template, data) as object) as CardJson;
}

/** What Template.expand gives: from the compiled template where it has one (cards/compiledTemplate.ts), else from the
 *  library itself. */
function expandAsLibrary(template: object, data: object): unknown {
  const compiled = compiledFor(template);
  if (compiled) {
    try {
      const expanded = compiled({ data });
      if (checkingAgainstLibrary) assertSameAsLibrary(expanded, templateFor(template).expand({ $root: data }));
      return expanded;
    } catch (err) {
      if (!(err instanceof NotCompiled)) throw err;
    }
  }
  return templateFor(template).expand({ $root: data });
}

let checkingAgainstLibrary = false;
/** Tests: every card expanded from a compiled template is expanded by the library too, and must be the same. */
export function checkCompiledAgainstLibrary(on: boolean): void {
  checkingAgainstLibrary = on;
}
function assertSameAsLibrary(compiled: unknown, library: unknown): void {
  const [a, b] = [JSON.stringify(compiled), JSON.stringify(library)];
  if (a !== b) throw new Error(`a compiled template expanded otherwise than adaptivecards-templating:\n${a}\n${b}`);
}

const ZWSP = '\u200B';

/**
 * Text that Adaptive Cards' Markdown (bold, italic, links, lists) would change, made to show as written: an invisible
 * zero-width space after * _ [ ], and before a list marker at a line's start ("12. november" is a date, not item 12).
 */
export function literalMarkdown(typed: string): string {
  const text = withoutBidiControls(typed);
  // Most texts hold neither: a test is a fifth of the cost of a replace that finds nothing (a /status card has ~350).
  const marked = MARKDOWN_CHAR.test(text) ? text.replace(/[*_[\]]/g, `$&${ZWSP}`) : text;
  return LIST_MARKER.test(marked) ? marked.replace(/^(\s*)([-+]|\d+\.)(?=\s)/gm, `$1${ZWSP}$2`) : marked;
}

const MARKDOWN_CHAR = /[*_[\]]/;
const LIST_MARKER = /^\s*(?:[-+]|\d+\.)\s/m;

/**
 * TextBlocks and FactSets render Markdown, and some of their text comes from users (a search query in a heading, a
 * display name in "Logget af"): every such text in the card is shown as typed. Our own texts use no Markdown.
 * Only objects and arrays are walked into (no entries array per node): the card is walked on every turn.
 */
function showMarkdownAsTyped(node: object): object {
  if (Array.isArray(node)) {
    for (const child of node) if (child !== null && typeof child === 'object') showMarkdownAsTyped(child as object);
    return node;
  }
  const n = node as Record<string, unknown>;
  if (n.type === 'TextBlock' && typeof n.text === 'string') n.text = literalMarkdown(n.text);
  if (n.type === 'TextRun' && typeof n.text === 'string') n.text = withoutBidiControls(n.text);
  if (n.type === 'FactSet' && Array.isArray(n.facts)) {
    for (const f of n.facts as Array<Record<string, unknown>>) {
      if (typeof f.title === 'string') f.title = literalMarkdown(f.title);
      if (typeof f.value === 'string') f.value = literalMarkdown(f.value);
    }
  }
  for (const key in n) {
    const value = n[key];
    if (key !== 'data' && value !== null && typeof value === 'object') showMarkdownAsTyped(value);
  }
  return node;
}

// Parsing a template's expressions was the largest CPU cost of a turn (bench/: ~15% of the bot's busy time). A Template
// can be bound to data again and again (the library says so); expand() is synchronous, so one per template is safe.
const prepared = new WeakMap<object, Template>();
const compiledTemplates = new WeakMap<object, ReturnType<typeof compileTemplate> | null>();

function compiledFor(template: object): ReturnType<typeof compileTemplate> {
  let c = compiledTemplates.get(template);
  if (c === undefined) {
    c = compileTemplate(template) ?? null;
    compiledTemplates.set(template, c);
  }
  return c ?? undefined;
}

/** The library, loaded on the first template a compiled one cannot expand (it and adaptive-expressions hold ~6 MB of
 *  heap that most processes never use: the compiled templates expand the bot's cards). */
let templateClass: typeof Template | undefined;
function templateFor(template: object): Template {
  let t = prepared.get(template);
  if (!t) {
    templateClass ??= (require('adaptivecards-templating') as typeof import('adaptivecards-templating')).Template;
    t = new templateClass(template);
    prepared.set(template, t);
  }
  return t;
}

// A log entry's text goes into a RichTextBlock's TextRun, which Adaptive Cards always show literally, so "*bold*" or
// "<b>" in a log entry stays as typed; what users typed that lands in a TextBlock or FactSet goes through literalMarkdown.

/** Longest summary a card gets for Teams' notification and activity feed. */
export const SUMMARY_CHARS = 120;

/**
 * What a Teams notification says for a card that has no summary of its own: the card's first text (its heading),
 * as shown (the zero-width spaces that keep Markdown out taken away), on one line and cut to SUMMARY_CHARS.
 */
export function cardSummary(card: CardJson): string {
  let first: string | undefined;
  const walk = (n: unknown): void => {
    if (first !== undefined || n === null || typeof n !== 'object') return;
    if (Array.isArray(n)) {
      for (const c of n) walk(c);
      return;
    }
    const o = n as Record<string, unknown>;
    if ((o.type === 'TextBlock' || o.type === 'TextRun') && typeof o.text === 'string' && o.text.trim() !== '') {
      first = o.text;
      return;
    }
    walk(o.body);
    walk(o.items);
    walk(o.columns);
    walk(o.inlines);
  };
  walk(card);
  const text = (first ?? '')
    .replace(/\u200B/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length <= SUMMARY_CHARS ? text : `${text.slice(0, SUMMARY_CHARS - 1).trimEnd()}…`;
}

/** Teams shows at most five buttons under a card. */
export const MAX_CARD_ACTIONS = 5;

/** A card's buttons within Teams' five: beyond the fourth, the rest (put the rarely used last) go under one button
 *  that shows them (`moreTitle`, "Mere"). */
export function withinTeamsLimit(actions: readonly object[], moreTitle: string): object[] {
  if (actions.length <= MAX_CARD_ACTIONS) return [...actions];
  const more = {
    type: 'Action.ShowCard',
    title: moreTitle,
    card: { type: 'AdaptiveCard', version: '1.5', body: [], actions: actions.slice(MAX_CARD_ACTIONS - 1) },
  };
  return [...actions.slice(0, MAX_CARD_ACTIONS - 1), more];
}

// Binds a card template (JSON data in cards/templates) to data with adaptivecards-templating. No I/O here.
import { Template } from 'adaptivecards-templating';

export type CardJson = Record<string, unknown>;

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

/** Expands a template. Unknown fields are left as literal ${...}, which the card tests catch. */
export function expand(template: object, data: object): CardJson {
  return templateFor(template).expand({ $root: data }) as CardJson;
}

// Parsing a template's expressions was the largest CPU cost of a turn (bench/: ~15% of the bot's busy time). A Template
// can be bound to data again and again (the library says so); expand() is synchronous, so one per template is safe.
const prepared = new WeakMap<object, Template>();

function templateFor(template: object): Template {
  let t = prepared.get(template);
  if (!t) {
    t = new Template(template);
    prepared.set(template, t);
  }
  return t;
}

// User text never goes into a TextBlock (which renders Markdown): templates show it in a RichTextBlock's TextRun,
// which Adaptive Cards always show literally, so "*bold*" or "<b>" in a log entry stays as typed.

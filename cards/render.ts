// Binds a card template (JSON data in cards/templates) to data with adaptivecards-templating. No I/O here.
import { Template } from 'adaptivecards-templating';

export type CardJson = Record<string, unknown>;

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

/** Expands a template. Unknown fields are left as literal ${...}, which the card tests catch. */
export function expand(template: object, data: object): CardJson {
  return new Template(template).expand({ $root: data }) as CardJson;
}

// User text never goes into a TextBlock (which renders Markdown): templates show it in a RichTextBlock's TextRun,
// which Adaptive Cards always show literally, so "*bold*" or "<b>" in a log entry stays as typed.

// A one-line card that replaces a pressed card when the action cannot be done, saying why; and a warning added under
// a card that is otherwise right (saved, but the thread reply failed).
import { expand, type CardJson } from './render';
import template from './templates/error.json';

export function errorCard(message: string): CardJson {
  return expand(template, { message });
}

/** `card` with `warning` in the attention colour under its body. */
export function withWarning(card: CardJson, warning: string): CardJson {
  return {
    ...card,
    body: [...((card.body as object[] | undefined) ?? []), { type: 'TextBlock', text: warning, wrap: true, color: 'Warning' }],
  };
}

// A one-line card that replaces a pressed card when the action cannot be done, saying why.
import { expand, type CardJson } from './render';
import template from './templates/error.json';

export function errorCard(message: string): CardJson {
  return expand(template, { message });
}

// Checks a card the way a client would: parsed by the adaptivecards library for version 1.5 (what Teams supports),
// with no validation error, no template expression left unbound, and within Teams' 28 KB message size.
import * as AC from 'adaptivecards/dist/adaptivecards.js';

export const MAX_CARD_BYTES = 28 * 1024;

const RESERVED_DATA_NAMES = ['key'];

export function cardProblems(card: unknown): string[] {
  const problems: string[] = [];
  const json = JSON.stringify(card);
  const leftover = /\$\{[^}]*\}/.exec(json);
  if (leftover) problems.push(`unbound template expression ${leftover[0]}`);
  const bytes = Buffer.byteLength(json, 'utf8');
  if (bytes > MAX_CARD_BYTES) problems.push(`card is ${bytes} bytes, over ${MAX_CARD_BYTES}`);
  const c = card as { version?: string; type?: string };
  if (c.type !== 'AdaptiveCard') problems.push('type is not AdaptiveCard');
  if (c.version !== '1.5') problems.push(`version is ${c.version}, expected 1.5`);

  // A button's data named `key` cannot be pressed in the Agents Playground's web page (its Adaptive Cards code throws
  // "Cannot assign to read only property 'key'" and sends nothing); keep such names out of every card.
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const n of node) walk(n);
      return;
    }
    if (!node || typeof node !== 'object') return;
    const n = node as Record<string, unknown>;
    // Teams draws charts (Chart.VerticalBar, ...) that the official renderer does not know: each must have a fallback.
    if (typeof n.type === 'string' && n.type.startsWith('Chart.') && (!n.fallback || typeof n.fallback !== 'object')) {
      problems.push(`${n.type} has no fallback for hosts without charts`);
    }
    if (typeof n.type === 'string' && n.type.startsWith('Action.') && n.data && typeof n.data === 'object') {
      for (const name of RESERVED_DATA_NAMES)
        if (name in (n.data as object)) problems.push(`${n.type} "${String(n.title)}" has data named "${name}"`);
    }
    Object.values(n).forEach(walk);
  };
  walk(card);

  const context = new AC.SerializationContext(AC.Versions.v1_5);
  const parsed = new AC.AdaptiveCard();
  parsed.parse(card, context);
  for (let i = 0; i < context.eventCount; i++) {
    const e = context.getEventAt(i);
    // A Teams chart element with its fallback (checked above): the renderer draws the fallback, as it should.
    if (e.event === AC.ValidationEvent.UnknownElementType && /"Chart\.[A-Za-z.]+"/.test(e.message)) continue;
    problems.push(`parse: ${AC.ValidationEvent[e.event]}: ${e.message}`);
  }
  const results = parsed.validateProperties();
  for (const e of results.validationEvents) problems.push(`validate: ${AC.ValidationEvent[e.event]}: ${e.message}`);
  return problems;
}

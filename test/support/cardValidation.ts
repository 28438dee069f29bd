// Checks a card the way a client would: parsed by the adaptivecards library for version 1.5 (what Teams supports),
// with no validation error, no template expression left unbound, and within Teams' 28 KB message size.
import * as AC from 'adaptivecards/dist/adaptivecards.js';

export const MAX_CARD_BYTES = 28 * 1024;

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

  const context = new AC.SerializationContext(AC.Versions.v1_5);
  const parsed = new AC.AdaptiveCard();
  parsed.parse(card, context);
  for (let i = 0; i < context.eventCount; i++) {
    const e = context.getEventAt(i);
    problems.push(`parse: ${AC.ValidationEvent[e.event]}: ${e.message}`);
  }
  const results = parsed.validateProperties();
  for (const e of results.validationEvents) problems.push(`validate: ${AC.ValidationEvent[e.event]}: ${e.message}`);
  return problems;
}

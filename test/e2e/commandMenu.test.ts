// The Teams app's command menu tells the truth: every command and example in the manifest (appPackage/manifest.json,
// Danish, and appPackage/en.json, English) and every example on the help card is sent to the bot over HTTP, as a
// colleague would send it from the menu, and none may be answered "unknown command", "not understood" or with the
// command's usage text.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { startHarness, channelMessage, cardOf, cardText, type Harness } from '../support/botHarness';
import { CATALOG, type MessageId } from '../../i18n/catalog';
import { helpCard } from '../../cards/helpCard';
import { allHelp } from '../../bot/commands/registry';
import type { Lang } from '../../domain/types';

const ROOT = path.resolve(__dirname, '../../..');
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'appPackage/manifest.json'), 'utf8'));
const english: Record<string, string> = JSON.parse(fs.readFileSync(path.join(ROOT, 'appPackage/en.json'), 'utf8'));

/** Answers that mean the bot did not take what was sent: unknown, not understood, or how to write the command. */
const REFUSALS: MessageId[] = [
  'turn.unknownCommand',
  'turn.notUnderstood',
  'turn.notYet',
  'turn.unknownButton',
  'stakeholder.usage',
  'experiment.usage',
  'item.eventHow',
  'item.deadlineHow',
  'item.noTitle',
  'log.empty',
  'log.noText',
  'find.how',
  'who.how',
  'who.unknown',
  'digest.help',
  'remind.help',
  'item.doneHow',
  'due.periodHow',
  'schedule.error.unknownWord',
];

const UNKNOWN: MessageId[] = ['turn.unknownCommand', 'turn.notUnderstood', 'turn.notYet'];

/** The fixed part of a catalog text before its first placeholder: what every filled-in copy of it contains. */
function fixedPart(id: MessageId, lang: Lang): string {
  return CATALOG[id][lang].split('{')[0]!.trim();
}

/** The refusal a reply is, in either language (a menu text in one language may be answered in the other). */
function refusalIn(text: string, bare: boolean): MessageId | undefined {
  return (bare ? UNKNOWN : REFUSALS).find((id) =>
    (['da', 'en'] as const).some((l) => {
      const fixed = fixedPart(id, l);
      return fixed.length >= 8 && text.includes(fixed);
    }),
  );
}

/** The examples a menu description gives ("fx /log …", "e.g. /find …") and the commands it names ("/deadlines"). */
function examplesIn(description: string): string[] {
  const out: string[] = [];
  for (const m of description.matchAll(/(?:fx|e\.g\.)\s+(\/[^\s].*?)(?=\.\s|\.$|$)/g)) out.push(m[1]!.trim());
  for (const m of description.matchAll(/(?<![\w/])\/[\p{L}]+/gu)) out.push(m[0]);
  return out;
}

/** A bare title is what the menu puts in the compose box for the colleague to finish: it must be a command the bot
 *  knows (never "unknown" or "not understood"), and may answer with how to write it. An example must do what it
 *  says: no usage answer either. */
interface Probe {
  text: string;
  lang: Lang;
  from: string;
  bare?: boolean;
}

function probes(): Probe[] {
  const all: Probe[] = [];
  const commands: Array<{ title: string; description: string }> = manifest.bots[0].commandLists.flatMap((l: any) => l.commands);
  for (const c of commands) {
    all.push({ text: c.title, lang: 'da', from: `manifest title ${c.title}`, bare: true });
    for (const e of examplesIn(c.description)) all.push({ text: e, lang: 'da', from: `manifest: ${c.description}` });
  }
  for (const [key, value] of Object.entries(english)) {
    if (!key.startsWith('bots[')) continue;
    if (key.endsWith('.title')) all.push({ text: value, lang: 'en', from: `en.json title ${value}`, bare: true });
    else for (const e of examplesIn(value)) all.push({ text: e, lang: 'en', from: `en.json: ${value}` });
  }
  for (const lang of ['da', 'en'] as const) {
    const walk = (n: any) => {
      if (Array.isArray(n)) return n.forEach(walk);
      if (n && typeof n === 'object') {
        // "··· ved en besked › Log i Tovholder" is a message action, not something to type (test/e2e/messageAction).
        if (n.type === 'TextRun' && n.fontType === 'Monospace' && !n.text.startsWith('···'))
          all.push({ text: n.text, lang, from: `help card (${lang})` });
        Object.values(n).forEach(walk);
      }
    };
    walk(helpCard(lang, 'team', allHelp));
  }
  const seen = new Set<string>();
  return all.filter((p) => {
    const key = `${p.lang}|${p.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

describe('the command menu and the help card tell the truth, over HTTP', function () {
  this.timeout(60_000);
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(async () => {
    await h.stop();
  });

  it('finds the examples to send (the test reads what it should)', () => {
    const texts = probes().map((p) => p.text);
    assert.ok(texts.includes('/log'));
    assert.ok(texts.includes('/deadlines'));
    assert.ok(
      texts.some((t) => t.startsWith('/log ')),
      'an example with arguments',
    );
    assert.ok(
      texts.some((t) => t.startsWith('/find ')),
      'English examples too',
    );
    assert.ok(probes().length >= 40, `${probes().length} probes`);
  });

  it('sends every command and example in the manifest and on the help card: none is unknown, not understood or answered with usage', async () => {
    const problems: string[] = [];
    for (const p of probes()) {
      const [reply] = await h.say(channelMessage(p.text, { locale: p.lang === 'da' ? 'da-DK' : 'en-US' }));
      const shown = reply?.attachments?.length ? cardText(cardOf(reply)) : String(reply?.text ?? '');
      if (!reply || !shown) {
        problems.push(`${p.text} (${p.from}): no answer`);
        continue;
      }
      const refusal = refusalIn(shown, p.bare === true);
      if (refusal) problems.push(`${p.text} (${p.from}): ${refusal}: ${shown.slice(0, 160)}`);
    }
    assert.deepEqual(problems, []);
  });
});

import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import Ajv from 'ajv';
import { PNG } from 'pngjs';
import { spellingsOf } from '../../bot/commandGrammar';
import { allCommands, allHelp } from '../../bot/commands/registry';

const COMMAND_SPELLINGS = spellingsOf(allCommands);
import { cardText } from '../support/botHarness';
import { LOG_MESSAGE_COMMAND } from '../../bot/teams/messageExtension';
import { t } from '../../i18n/catalog';
import { helpCard } from '../../cards/helpCard';

// The Teams app package that docs/DEPLOY.md tells an administrator to upload: built with test ids, unzipped
// by a reader of our own, and checked against the vendored Teams schemas (appPackage/schema), offline.

const ROOT = path.resolve(__dirname, '../../..');
const SCHEMA_DIR = path.join(ROOT, 'appPackage', 'schema', 'v1.30');
const APP_ID = '0f3c2b1a-9d8e-4c7b-a6f5-e4d3c2b1a098';
const BOT_ID = '11111111-2222-4333-8444-555555555555';

interface BuildOptions {
  botId?: string;
  appId?: string;
  botDomain?: string;
  version?: string;
  outFile?: string;
}
interface BuildResult {
  outFile: string;
  manifest: Manifest;
  entries: string[];
}
interface Command {
  title: string;
  description?: string;
}
interface Manifest {
  id: string;
  version: string;
  manifestVersion: string;
  validDomains: string[];
  localizationInfo: { defaultLanguageTag: string; additionalLanguages: { languageTag: string; file: string }[] };
  bots: { botId: string; scopes: string[]; supportsFiles: boolean; commandLists: { scopes: string[]; commands: Command[] }[] }[];
  icons: { color: string; outline: string };
}
type JsonSchema = Record<string, any>;

// scripts/ is plain JavaScript outside the TypeScript project, so it is loaded at run time.
const { buildPackage } = require(path.join(ROOT, 'scripts', 'package-app.js')) as {
  buildPackage(options: BuildOptions): BuildResult;
};

/** Reads every entry of a zip through its central directory, checking each CRC-32 and size on the way. */
function readZip(zip: Buffer): Map<string, Buffer> {
  const end = zip.length - 22;
  assert.equal(zip.readUInt32LE(end), 0x06054b50, 'end of central directory record');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    assert.equal(zip.readUInt32LE(at), 0x02014b50, 'central directory header');
    const method = zip.readUInt16LE(at + 10);
    const crc = zip.readUInt32LE(at + 16);
    const compressedSize = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const localOffset = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    at += 46 + nameLength + extraLength + commentLength;

    assert.equal(zip.readUInt32LE(localOffset), 0x04034b50, `local header of ${name}`);
    const dataStart = localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
    const raw = zip.subarray(dataStart, dataStart + compressedSize);
    assert.ok(method === 8 || method === 0, `${name}: deflate or stored`);
    const data = method === 8 ? zlib.inflateRawSync(raw) : Buffer.from(raw);
    assert.equal(data.length, size, `${name}: size`);
    assert.equal(zlib.crc32(data), crc, `${name}: CRC-32`);
    entries.set(name, data);
  }
  return entries;
}

function readSchema(file: string): JsonSchema {
  const schema = JSON.parse(fs.readFileSync(path.join(SCHEMA_DIR, file), 'utf8')) as JsonSchema;
  // The schemas name draft-04 but use nothing draft-04-only; Ajv 8 has no draft-04 meta-schema loaded.
  delete schema.$schema;
  return schema;
}

function validator(schema: JsonSchema): (data: unknown) => void {
  // unicodeRegExp off: the localization schema has patterns with a bare ']' that only non-unicode regexps accept.
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  ajv.addFormat('uri', /^[a-z][a-z0-9+.-]*:\S*$/i);
  const validate = ajv.compile(schema);
  return (data) => {
    const ok = validate(data);
    assert.ok(ok, JSON.stringify(validate.errors, null, 2));
  };
}

/** Every pixel as [r, g, b, a]. */
function pixels(png: PNG): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < png.data.length; i += 4) out.push([png.data[i], png.data[i + 1], png.data[i + 2], png.data[i + 3]]);
  return out;
}

describe('Teams app package', () => {
  let dir: string;
  let built: BuildResult;
  let entries: Map<string, Buffer>;
  let manifest: Manifest;
  let english: Record<string, string>;

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tovholder-package-'));
    built = buildPackage({
      appId: APP_ID,
      botId: BOT_ID,
      botDomain: 'tovholder-test.azurewebsites.net',
      outFile: path.join(dir, 'tovholder.zip'),
    });
    entries = readZip(fs.readFileSync(built.outFile));
    manifest = JSON.parse(entries.get('manifest.json')!.toString('utf8')) as Manifest;
    english = JSON.parse(entries.get('en.json')!.toString('utf8')) as Record<string, string>;
  });

  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('holds exactly the manifest, the English strings and both icons', () => {
    assert.deepEqual([...entries.keys()].sort(), ['color.png', 'en.json', 'manifest.json', 'outline.png']);
    assert.deepEqual([...built.entries].sort(), [...entries.keys()].sort());
  });

  it('fills in the app id, bot id, version and domain, and leaves no ${{...}} placeholder behind', () => {
    assert.equal(manifest.id, APP_ID);
    assert.equal(manifest.bots[0].botId, BOT_ID);
    assert.match(manifest.version, /^\d+\.\d+\.\d+$/);
    assert.deepEqual(manifest.validDomains, ['tovholder-test.azurewebsites.net']);
    for (const [name, data] of entries) {
      if (name.endsWith('.json')) assert.doesNotMatch(data.toString('utf8'), /\$\{\{/, name);
    }
  });

  it('passes the Teams manifest schema v1.30', () => {
    assert.equal(manifest.manifestVersion, '1.30');
    validator(readSchema('MicrosoftTeams.schema.json'))(manifest);
  });

  it('has an English localization file that passes the localization schema', () => {
    assert.equal(manifest.localizationInfo.defaultLanguageTag, 'da');
    assert.deepEqual(manifest.localizationInfo.additionalLanguages, [{ languageTag: 'en', file: 'en.json' }]);
    validator(readSchema('MicrosoftTeams.Localization.schema.json'))(english);
  });

  it('translates every command title and description, and only commands that exist', () => {
    const expected: string[] = [];
    for (const [l, list] of manifest.bots[0].commandLists.entries()) {
      for (const c of list.commands.keys()) {
        expected.push(`bots[0].commandLists[${l}].commands[${c}].title`, `bots[0].commandLists[${l}].commands[${c}].description`);
      }
    }
    const localized = Object.keys(english).filter((key) => key.startsWith('bots['));
    assert.deepEqual(localized.sort(), expected.sort());
  });

  it('declares "Log i Tovholder" on messages and in the compose box, the command the bot handles, promised in help and README', () => {
    const extensions = (manifest as unknown as { composeExtensions: Array<{ botId: string; commands: Array<Record<string, unknown>> }> })
      .composeExtensions;
    assert.equal(extensions.length, 1);
    assert.equal(extensions[0].botId, BOT_ID);
    assert.deepEqual(extensions[0].commands, [
      {
        id: LOG_MESSAGE_COMMAND,
        type: 'action',
        title: 'Log i Tovholder',
        description: extensions[0].commands[0].description,
        context: ['message', 'compose'],
        fetchTask: true,
      },
    ]);
    assert.equal(english['composeExtensions[0].commands[0].title'], 'Log in Tovholder');
    assert.ok(english['composeExtensions[0].commands[0].description'].length > 20);
    assert.deepEqual(
      Object.keys(english)
        .filter((k) => k.startsWith('composeExtensions'))
        .sort(),
      ['composeExtensions[0].commands[0].description', 'composeExtensions[0].commands[0].title'],
    );
    // The dialog's title and the help card name it as the manifest does, in each language.
    assert.equal(t('logDialog.title', 'da'), 'Log i Tovholder');
    assert.equal(t('logDialog.title', 'en'), 'Log in Tovholder');
    assert.match(JSON.stringify(helpCard('da', 'team', allHelp)), /Log i Tovholder/);
    assert.match(JSON.stringify(helpCard('en', 'team', allHelp)), /Log in Tovholder/);
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    assert.match(readme, /Log i Tovholder/);
    assert.match(readme, /composeExtension\/fetchTask/);
  });

  it('is a bot for team, group chat and personal scope that takes no files', () => {
    assert.equal(manifest.bots.length, 1);
    assert.deepEqual([...manifest.bots[0].scopes].sort(), ['groupChat', 'personal', 'team']);
    assert.equal(manifest.bots[0].supportsFiles, false);
  });

  it('keeps the command menu within the limits Teams sets, and names only commands the bot knows', () => {
    const limits = readSchema('MicrosoftTeams.schema.json').properties.bots.items.properties.commandLists;
    const lists = manifest.bots[0].commandLists;
    assert.ok(lists.length <= limits.maxItems, `at most ${limits.maxItems} command lists`);
    const seenScopes = new Set<string>();
    for (const list of lists) {
      assert.ok(list.commands.length <= limits.items.properties.commands.maxItems, 'commands per list');
      for (const scope of list.scopes) {
        assert.ok(!seenScopes.has(scope), `scope ${scope} in one command list only`);
        seenScopes.add(scope);
      }
    }
    const danish = [
      '/log',
      '/søg',
      '/hvem',
      '/arrangement',
      '/frist',
      '/frister',
      '/færdig',
      '/overblik',
      '/status',
      '/plan',
      '/huller',
      '/hjælp',
    ];
    const titles = lists.flatMap((list) => list.commands.map((c) => c.title));
    assert.deepEqual(titles, danish);
    const englishTitles = Object.entries(english)
      .filter(([key]) => key.startsWith('bots[') && key.endsWith('.title'))
      .map(([, title]) => title);
    const englishCommands = [
      '/log',
      '/find',
      '/who',
      '/event',
      '/deadline',
      '/due',
      '/done',
      '/digest',
      '/status',
      '/plan',
      '/gaps',
      '/help',
    ];
    assert.deepEqual([...englishTitles].sort(), [...englishCommands].sort());
    // Teams takes 12 commands: /events, /deadlines and /remind did not fit, nor the reports' /tal and /eksport
    // (/stats, /export): the descriptions must point to them instead.
    const danishText = JSON.stringify(lists);
    const englishText = JSON.stringify(english);
    // (The Danish menu names the Danish /påmind, as it names /overblik.)
    for (const [da, en] of [
      ['/events', '/events'],
      ['/deadlines', '/deadlines'],
      ['/påmind', '/remind'],
    ]) {
      assert.ok(danishText.includes(da) && englishText.includes(en), `${da} / ${en} is mentioned`);
    }
    for (const hidden of ['/tal', '/eksport', '/forsøg']) assert.ok(danishText.includes(hidden), `${hidden} is mentioned in Danish`);
    for (const hidden of ['/stats', '/export', '/experiment']) assert.ok(englishText.includes(hidden), `${hidden} is mentioned in English`);
  });

  it('names only commands the grammar knows, in the menu, in its descriptions and on the help card', () => {
    const known = new Set(COMMAND_SPELLINGS.map((s) => `/${s.name}`));
    const named = (text: string) => [...text.matchAll(/(?:^|[\s"(])(\/[\p{L}]+)/gu)].map((m) => m[1].toLowerCase());
    const lists = manifest.bots[0].commandLists;
    const menu = [JSON.stringify(lists), JSON.stringify(english)].flatMap((text) => named(text.replace(/\\"/g, ' ')));
    assert.deepEqual(
      menu.filter((c) => !known.has(c)),
      [],
    );
    for (const lang of ['da', 'en'] as const) {
      const help = cardText(helpCard(lang, 'team', allHelp));
      const onCard = named(help);
      assert.deepEqual(
        onCard.filter((c) => !known.has(c)),
        [],
        `help card (${lang})`,
      );
      for (const report of lang === 'da' ? ['/status', '/tal', '/eksport'] : ['/status', '/stats', '/export']) {
        assert.ok(onCard.includes(report), `the ${lang} help card shows ${report}`);
      }
    }
  });

  it('agrees with the grammar, the help card and the README: every command is in all three', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const help = { da: JSON.stringify(helpCard('da', 'team', allHelp)), en: JSON.stringify(helpCard('en', 'team', allHelp)) };
    const commands = [...new Set(COMMAND_SPELLINGS.map((s) => s.command))];
    const missing: string[] = [];
    for (const command of commands) {
      for (const lang of ['da', 'en'] as const) {
        // The first spelling of the language (an æøå-less alias is not shown); 'both' counts for either. The help card
        // does not name /hjælp: it is what /hjælp shows.
        const spelling = COMMAND_SPELLINGS.find((s) => s.command === command && (s.lang === lang || s.lang === 'both'))!;
        const word = `/${spelling.name}`;
        if (command !== 'help' && !help[lang].includes(word)) missing.push(`help card (${lang}) lacks ${word}`);
        if (!readme.includes(`\`${word}`)) missing.push(`README lacks ${word}`);
      }
    }
    assert.deepEqual(missing, []);
    // The menu names only commands the grammar knows (12 fit in Teams' menu; the rest are in help and README).
    const known = new Set(COMMAND_SPELLINGS.map((s) => `/${s.name}`));
    for (const c of manifest.bots[0].commandLists.flatMap((l) => l.commands)) assert.ok(known.has(c.title), `${c.title} is a command`);
  });

  it('has a 192x192 colour icon with an opaque background', () => {
    const png = PNG.sync.read(entries.get(manifest.icons.color)!);
    assert.deepEqual([png.width, png.height], [192, 192]);
    const all = pixels(png);
    assert.ok(
      all.every(([, , , a]) => a === 255),
      'every pixel opaque',
    );
    const colours = new Set(all.map(([r, g, b]) => `${r >> 4},${g >> 4},${b >> 4}`));
    assert.ok(colours.size > 20, `a drawing, not a flat square (${colours.size} colour buckets)`);
  });

  it('has a 32x32 outline icon that is white on transparent only', () => {
    const png = PNG.sync.read(entries.get(manifest.icons.outline)!);
    assert.deepEqual([png.width, png.height], [32, 32]);
    const all = pixels(png);
    const visible = all.filter(([, , , a]) => a > 0);
    assert.ok(
      visible.every(([r, g, b]) => r === 255 && g === 255 && b === 255),
      'visible pixels are pure white',
    );
    assert.ok(visible.length > 100 && visible.length < 700, `a drawing, not empty or filled (${visible.length} px)`);
    for (const corner of [0, 31, 32 * 31, 32 * 32 - 1]) assert.equal(all[corner][3], 0, 'transparent corners');
  });

  it('has the tab (issue 25): a channel tab to configure, the personal "mine" tab, and SSO for the bot\'s own app', () => {
    const m = manifest as unknown as Record<string, any>;
    const host = 'https://tovholder-test.azurewebsites.net';
    assert.deepEqual(m.configurableTabs, [
      { configurationUrl: `${host}/tab/config?inTeams=1`, canUpdateConfiguration: false, scopes: ['team'], context: ['channelTab'] },
    ]);
    assert.deepEqual(
      m.staticTabs.map((t: any) => [t.contentUrl, t.scopes]),
      [[`${host}/tab?inTeams=1&mine=1`, ['personal']]],
    );
    assert.equal(english['staticTabs[0].name'], 'My overview');
    // The API the tab's token is for: the bot's app registration, under the tab's domain (docs/DEPLOY.md registers it).
    assert.deepEqual(m.webApplicationInfo, { id: BOT_ID, resource: `api://tovholder-test.azurewebsites.net/${BOT_ID}` });
    // Without a domain the package has no tab, and still passes the schema.
    const bare = buildPackage({ botId: BOT_ID, outFile: path.join(dir, 'no-tab.zip') }).manifest as unknown as Record<string, unknown>;
    assert.deepEqual(
      ['configurableTabs', 'staticTabs', 'webApplicationInfo'].filter((k) => k in bare),
      [],
    );
    validator(readSchema('MicrosoftTeams.schema.json'))(bare);
  });

  it('refuses to build without a bot id, naming MicrosoftAppId, and rejects ids that are not GUIDs', () => {
    const outFile = path.join(dir, 'refused.zip');
    assert.throws(() => buildPackage({ outFile }), /MicrosoftAppId/);
    assert.throws(() => buildPackage({ botId: 'not-a-guid', outFile }), /MicrosoftAppId must be a GUID/);
    assert.throws(() => buildPackage({ botId: BOT_ID, appId: 'x', outFile }), /TEAMS_APP_ID/);
    assert.equal(fs.existsSync(outFile), false);
  });

  it('drops the domain when none is given, takes the host out of a pasted URL, and builds reproducibly', () => {
    const bare = buildPackage({ botId: BOT_ID, outFile: path.join(dir, 'bare.zip') });
    assert.deepEqual(bare.manifest.validDomains, []);
    const pasted = buildPackage({
      botId: BOT_ID,
      botDomain: 'https://tovholder.azurewebsites.net/api/messages',
      outFile: path.join(dir, 'pasted.zip'),
    });
    assert.deepEqual(pasted.manifest.validDomains, ['tovholder.azurewebsites.net']);
    const again = buildPackage({
      appId: APP_ID,
      botId: BOT_ID,
      botDomain: 'tovholder-test.azurewebsites.net',
      outFile: path.join(dir, 'again.zip'),
    });
    assert.ok(fs.readFileSync(again.outFile).equals(fs.readFileSync(built.outFile)), 'same inputs, same bytes');
  });
});

import assert from 'node:assert/strict';
import { CommandGrammar, commandText } from '../../../bot/commandGrammar';
import { allCommands } from '../../../bot/commands/registry';

const grammar = new CommandGrammar(allCommands);
const parseMessage = (text: string) => grammar.parse(text);
const closestCommand = (word: string) => grammar.closest(word);
const COMMAND_SPELLINGS = grammar.spellings;
const byId = (id: string) => allCommands.find((c) => c.command === id)!;

describe('command grammar', () => {
  const cases: Array<[string, string, string]> = [
    ['/log press Jyllandsposten om mikrolån', 'log', 'press Jyllandsposten om mikrolån'],
    ['/LOG presse TV2', 'log', 'presse TV2'],
    ['/hjælp', 'help', ''],
    ['/hjaelp', 'help', ''],
    ['/help', 'help', ''],
    ['/søg mikrolån', 'find', 'mikrolån'],
    ['/find micro', 'find', 'micro'],
    ['/hvem KL', 'who', 'KL'],
    ['/who KL', 'who', 'KL'],
    ['/interessent tilføj DR Nyheder', 'stakeholder', 'tilføj DR Nyheder'],
    ['/forsøg add Fleksjob', 'experiment', 'add Fleksjob'],
    ['/arrangement JobCamp 7. november kl. 9 Vejle', 'event', 'JobCamp 7. november kl. 9 Vejle'],
    ['/frist Aflevering senest d. 15. december', 'deadline', 'Aflevering senest d. 15. december'],
    ['/frister næste måned', 'due', 'næste måned'],
    ['/due', 'due', ''],
    ['/arrangementer', 'events', ''],
    ['/deadlines', 'deadlines', ''],
    ['/færdig slutrapport', 'done', 'slutrapport'],
    ['/overblik tirsdag 9:00', 'digest', 'tirsdag 9:00'],
    ['/digest now', 'digest', 'now'],
    ['/påmind fra', 'remind', 'fra'],
    ['/remind off', 'remind', 'off'],
    ['log presse TV2', 'log', 'presse TV2'],
    ['hjælp', 'help', ''],
    ['  /log   møde med KL  ', 'log', 'møde med KL'],
  ];
  for (const [text, command, args] of cases) {
    it(`reads ${JSON.stringify(text)} as /${command}`, () => {
      const parsed = parseMessage(text);
      assert.equal(parsed.type, 'command');
      if (parsed.type !== 'command') return;
      assert.equal(parsed.command, command);
      assert.equal(parsed.args, args);
    });
  }

  it('keeps the lines of a pasted timeline in the arguments', () => {
    const parsed = parseMessage(
      '/frist Kick-off Primo februar 2024\nGodkendelse Medio august 2024\r\nAflevering Senest d. 15. december 2024',
    );
    assert.equal(parsed.type, 'command');
    if (parsed.type === 'command') assert.equal(parsed.args.split(/\r?\n/).length, 3);
  });

  it('anchors command names: /logout is not /log, but suggests it', () => {
    const parsed = parseMessage('/logout');
    assert.deepEqual(parsed, { type: 'unknown-command', word: '/logout', suggestion: '/log' });
  });

  it('suggests the closest command for typos in both languages', () => {
    assert.equal(closestCommand('hjlæp'), '/hjælp');
    assert.equal(closestCommand('fnid'), '/find');
    assert.equal(closestCommand('deadlien'), '/deadline');
    assert.equal(closestCommand('arrangment'), '/arrangement');
    assert.equal(closestCommand('frsit'), '/frist');
    assert.equal(closestCommand('xyzzyplugh'), undefined);
  });

  it('gives an unknown command without a near name no suggestion', () => {
    assert.deepEqual(parseMessage('/qwertyuiop'), { type: 'unknown-command', word: '/qwertyuiop', suggestion: undefined });
  });

  it('takes an empty message (only the @mention) as empty', () => {
    assert.deepEqual(parseMessage('   '), { type: 'empty' });
    assert.deepEqual(parseMessage('\u00a0'), { type: 'empty' });
  });

  it('leaves plain words and questions to the question grammar', () => {
    assert.deepEqual(parseMessage('hvad sker der i næste uge?'), { type: 'text', text: 'hvad sker der i næste uge?' });
    assert.deepEqual(parseMessage('hvem er kontakt hos KL?'), { type: 'text', text: 'hvem er kontakt hos KL?' });
    assert.equal(parseMessage('logbogen er opdateret').type, 'text');
  });

  it('has a Danish and an English spelling of every command', () => {
    const commands = new Set(COMMAND_SPELLINGS.map((s) => s.command));
    for (const c of commands) {
      const langs = new Set(COMMAND_SPELLINGS.filter((s) => s.command === c).map((s) => s.lang));
      assert.ok(langs.has('both') || (langs.has('da') && langs.has('en')), `/${c} lacks a spelling`);
    }
  });
});

describe('commandText', () => {
  it('writes a command the way its language does, and a shared name in both', () => {
    assert.equal(commandText(byId('stats'), 'da'), '/tal');
    assert.equal(commandText(byId('stats'), 'en'), '/stats');
    assert.equal(commandText(byId('export'), 'da'), '/eksport');
    assert.equal(commandText(byId('status'), 'en'), '/status');
    assert.equal(commandText(byId('help'), 'da'), '/hjælp');
  });
});

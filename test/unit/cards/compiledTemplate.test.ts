// Compiled card templates (cards/compiledTemplate.ts) give exactly what adaptivecards-templating gives. Besides the
// cases below, the hook at the top makes every card any test builds in this process (unit and end-to-end, the bot
// in-process) be expanded by the library too and compared: a difference fails that test.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Template } from 'adaptivecards-templating';
import { checkCompiledAgainstLibrary, expand } from '../../../cards/render';
import { compileTemplate, NotCompiled } from '../../../cards/compiledTemplate';
import statusTemplate from '../../../cards/templates/status.json';

before(() => checkCompiledAgainstLibrary(true));

const library = (template: object, data: object) => new Template(template).expand({ $root: data });
const compiled = (template: object, data: object) => compileTemplate(template)!({ data });

describe('compiled card templates', () => {
  const line = (title: string) => ({ title, when: '1. marts', state: 'kommende', color: 'Default', weight: 'Default' });
  const status = (o: Record<string, unknown> = {}) => ({
    title: 'Status på *interessevaretagelse*',
    subtitle: 'Siden 1. februar',
    nothing: '',
    groups: [
      { heading: 'Presse (2)', lines: ['• én', 'to [link](x)'] },
      { heading: 'Møder (1)', lines: ['alene'] },
      { heading: 'Tom', lines: [] },
    ],
    milestonesHeading: 'Evaluering 2025',
    milestonesNote: '',
    milestones: [line('Høring'), line('12. november er en dato')],
    plannedHeading: '',
    planned: [],
    approvalsHeading: 'Godkendelser',
    approvals: ['KKR: 3 af 11'],
    countsHeading: 'Tal',
    counts: [{ title: 'Presse', value: '2' }],
    note: 'Noter',
    links: [],
    buttons: [{ title: 'PowerPoint', verb: 'some.verb', data: { card: 'status', n: 7, nested: { on: true } } }],
    ...o,
  });

  it("expands /status's template as the library does: arrays of none, one and many, conditions, values of every type", () => {
    for (const data of [
      status(),
      status({ nothing: 'Intet', groups: [], milestonesHeading: '', milestones: [line('en')], approvals: [] }),
      status({ planned: [line('plan')], plannedHeading: 'Planlagt', buttons: [], links: [{ title: 'CSV', url: 'https://x/y' }] }),
    ]) {
      assert.deepEqual(compiled(statusTemplate, data), library(statusTemplate, data));
    }
  });

  it('finds a field by the first key that matches it case-blind, as the library does', () => {
    const template = { type: 'TextBlock', text: '${title}', more: 'a ${Note} b ${n}' };
    const data = { Title: 'stort T', note: 'lille', NOTE: 'anden', n: 0 };
    assert.deepEqual(compiled(template, data), library(template, data));
  });

  it('drops an object whose $when is anything but true; an array bound to $data repeats it, nested paths and $data too', () => {
    const template = {
      body: [
        { type: 'TextBlock', $when: '${flag}', text: 'x' },
        { type: 'TextBlock', $when: '${label}', text: 'y' },
        { type: 'TextBlock', $when: "${label != ''}", text: '${button.title}' },
        { type: 'TextBlock', $data: '${rows}', text: '${$data}' },
        { type: 'Container', $data: '${one}', items: [{ type: 'TextBlock', text: '${name}' }] },
        ['${rows}', 7, null, true],
      ],
    };
    const data = { flag: 'true', label: 'tekst', button: { title: 'Knap' }, rows: ['a', 'b'], one: [{ name: 'eneste' }] };
    assert.deepEqual(compiled(template, data), library(template, data));
  });

  it('leaves to the library what it does not know: another expression, and a missing or null field', () => {
    assert.equal(compileTemplate({ $when: '${count(facts) > 1}', text: 'x' }), undefined);
    assert.equal(compileTemplate({ text: '${a + b}' }), undefined);
    assert.throws(() => compiled({ $when: '${count(facts) > 0}', text: 'x' }, { facts: { a: 1 } }), NotCompiled);
    assert.throws(() => compiled({ text: '${missing}' }, {}), NotCompiled);
    assert.throws(() => compiled({ text: 'a ${gone}' }, { gone: null }), NotCompiled);
    // expand() then gives the library's answer: the expression as text, as the card tests expect to catch.
    assert.deepEqual(expand({ type: 'TextBlock', text: 'Hej ${missing}' }, {}), { type: 'TextBlock', text: 'Hej ${missing}' });
  });

  it('keeps an object whose $when counts something in a list or a text, as the library does', () => {
    const template = { body: [{ type: 'FactSet', $when: '${count(facts) > 0}', facts: [{ $data: '${facts}', title: '${title}' }] }] };
    for (const facts of [[], [{ title: 'en' }]]) assert.deepEqual(compiled(template, { facts }), library(template, { facts }));
    const text = { body: [{ type: 'TextBlock', $when: '${count(word) > 0}', text: 'x' }] };
    for (const word of ['', 'ord']) assert.deepEqual(compiled(text, { word }), library(text, { word }));
  });

  it("compiles every template of the bot's cards", () => {
    const dir = path.join(__dirname, '..', '..', '..', '..', 'cards', 'templates');
    for (const file of fs.readdirSync(dir)) {
      assert.ok(compileTemplate(JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'))), file);
    }
  });
});

// The card templates' common case expanded without adaptivecards-templating's expression machinery: a template whose
// every expression is a field path (`${title}`, `${button.verb}`, `${$data}`) or a test of one (`${note != ''}`,
// `${count(facts) > 0}`) is compiled once into closures that give exactly what Template.expand gives. Templating was
// the largest cost of a big card (/status: 1,600 expressions, each with its own memory, options and case-blind key
// search: ~16 % of the turn, and garbage). Any other expression (`${a + b}`), and any field that is missing or null
// (the library then writes the expression as text), is left to the library: compile() gives undefined, or expanding
// throws NotCompiled and the caller expands with the library.
//
// The library's rules kept here (adaptivecards-templating 2.3.1, template-engine.js internalExpand): a field is found
// by the first key of the object whose lowercase is the field's lowercase; `$data` bound to an array repeats the
// object (none: null, dropped from an array; one: the object itself); an array's items that expand to arrays are
// spliced in; `$when` keeps the object only for a boolean true; the reserved keys are left out.

/** Thrown while expanding when the library would do something this does not (a missing field): expand with it. */
export class NotCompiled extends Error {}

interface Scope {
  data: unknown;
}
type Expanded = (scope: Scope) => unknown;

const RESERVED = new Set(['$data', '$when', '$root', '$index', '$host', '$_acTemplateVersion']);
const FIELD = '[A-Za-z_][A-Za-z0-9_]*';
const PATH = new RegExp(`^(?:\\$data|${FIELD}(?:\\.${FIELD})*)$`);
const NOT_EMPTY = new RegExp(`^(${FIELD}) != ''$`);
const SOME = new RegExp(`^count\\((${FIELD})\\) > 0$`);
const EXPRESSION = /\$\{([^{}]*)\}/g;

/** A compiled template, or undefined when it holds an expression only the library evaluates. */
export function compileTemplate(template: unknown): Expanded | undefined {
  try {
    return compile(template);
  } catch (err) {
    if (err instanceof NotCompiled) return undefined;
    throw err;
  }
}

function compile(node: unknown): Expanded {
  if (typeof node === 'string') return compileString(node);
  if (Array.isArray(node)) return compileArray(node);
  if (node !== null && typeof node === 'object') return compileObject(node as Record<string, unknown>);
  return () => node;
}

/** A value found the way the library's memory finds it, or NotCompiled where the library would write `${…}`. */
function present(value: unknown): unknown {
  if (value === undefined || value === null) throw new NotCompiled();
  return value;
}

function field(instance: unknown, lower: string): unknown {
  if (!instance) return undefined;
  if (instance instanceof Map) throw new NotCompiled();
  const key = Object.keys(instance).find((k) => k.toLowerCase() === lower);
  return key === undefined ? undefined : (instance as Record<string, unknown>)[key];
}

function compileExpression(text: string): Expanded {
  if (PATH.test(text)) {
    if (text === '$data') return (s) => present(s.data);
    const parts = text.split('.').map((p) => p.toLowerCase());
    if (parts.length === 1) {
      const only = parts[0]!;
      return (s) => present(field(s.data, only));
    }
    return (s) => {
      let value = s.data;
      for (const p of parts) value = field(value, p);
      return present(value);
    };
  }
  const notEmpty = NOT_EMPTY.exec(text);
  if (notEmpty) {
    const lower = notEmpty[1]!.toLowerCase();
    return (s) => {
      const value = field(s.data, lower);
      if (typeof value !== 'string') throw new NotCompiled();
      return value !== '';
    };
  }
  const some = SOME.exec(text);
  if (some) {
    const lower = some[1]!.toLowerCase();
    return (s) => {
      const value = field(s.data, lower);
      if (!Array.isArray(value) && typeof value !== 'string') throw new NotCompiled();
      return value.length > 0;
    };
  }
  throw new NotCompiled();
}

function compileString(text: string): Expanded {
  if (!text.includes('${')) return () => text;
  // The library reads the string as an expression's backquoted text: leave escapes and backquotes to it.
  if (/[\\`]/.test(text)) throw new NotCompiled();
  const parts: Array<string | Expanded> = [];
  let at = 0;
  for (const m of text.matchAll(EXPRESSION)) {
    if (m.index > at) parts.push(text.slice(at, m.index));
    parts.push(compileExpression(m[1]!));
    at = m.index + m[0].length;
  }
  if (at < text.length) parts.push(text.slice(at));
  if (parts.some((p) => typeof p === 'string' && p.includes('${'))) throw new NotCompiled();
  // One expression alone gives its value as it is (an array, an object, a number); with text around, a string.
  if (parts.length === 1 && typeof parts[0] !== 'string') return parts[0]!;
  return (s) => {
    let out = '';
    for (const p of parts) out += typeof p === 'string' ? p : String(p(s));
    return out;
  };
}

function compileArray(items: unknown[]): Expanded {
  const compiled = items.map(compile);
  return (s) => {
    const out: unknown[] = [];
    for (const c of compiled) {
      const value = c(s);
      if (value === null) continue;
      if (Array.isArray(value)) out.push(...value);
      else out.push(value);
    }
    return out;
  };
}

function compileObject(node: Record<string, unknown>): Expanded {
  const keys = Object.keys(node).filter((k) => !RESERVED.has(k));
  const values = keys.map((k) => compile(node[k]));
  const expandOne = (s: Scope) => {
    const out: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) {
      const value = values[i]!(s);
      if (value !== undefined) out[keys[i]!] = value;
    }
    return out;
  };
  const when = compileCondition(node.$when);
  const data = node.$data;
  if (data === undefined && !when) return expandOne;
  if (data !== undefined && (typeof data !== 'string' || !data.includes('${'))) throw new NotCompiled();
  const dataOf = data === undefined ? undefined : compileString(data);
  return (s) => {
    const bound = dataOf?.(s);
    const contexts = dataOf === undefined ? [undefined] : Array.isArray(bound) ? bound : [bound];
    const out: unknown[] = [];
    for (const context of contexts) {
      if (dataOf !== undefined && (context === undefined || context === null)) throw new NotCompiled();
      const inner = context === undefined ? s : { data: context };
      if (when && !when(inner)) continue;
      out.push(expandOne(inner));
    }
    return out.length === 0 ? null : out.length === 1 ? out[0] : out;
  };
}

/** `$when`: kept only for a boolean true (a value of any other type drops the object, as in the library). */
function compileCondition(when: unknown): ((s: Scope) => boolean) | undefined {
  if (when === undefined) return undefined;
  if (typeof when !== 'string' || !when.includes('${')) throw new NotCompiled();
  const value = compileString(when);
  return (s) => value(s) === true;
}

// Azure Table Storage's rules for keys and sizes, checked before a write on both stores: a row SQLite accepts is a row
// Azure accepts, so `npm run migrate` never meets a row it cannot copy, and a bad key is a clear 400, not Azurite's
// bare 500. Limits: https://learn.microsoft.com/rest/api/storageservices/understanding-the-table-service-data-model
import { MAX_TRANSACTION_ACTIONS, StorageRequestError, type Row, type StoreAction } from './tableStore';

/** A key is at most 1 KiB; Azure counts UTF-16, two bytes a code unit. */
export const MAX_KEY_CHARS = 512;
/** A string property is at most 64 KiB in UTF-16. */
export const MAX_STRING_CHARS = 32 * 1024;
/** An entity is at most 1 MiB, keys and properties together. */
export const MAX_ENTITY_BYTES = 1024 * 1024;
/** 255 properties, of which three are PartitionKey, RowKey and Timestamp. */
export const MAX_PROPERTIES = 252;

const FORBIDDEN_IN_KEY = /[/\\#?\u0000-\u001f\u007f-\u009f]/;
const PROPERTY_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,254}$/;
const SYSTEM = new Set(['partitionKey', 'rowKey', 'etag', 'timestamp', 'odata.etag', 'odata.metadata']);

function bad(message: string): StorageRequestError {
  return new StorageRequestError(400, 'InvalidInput', message);
}

export function checkKey(name: 'PartitionKey' | 'RowKey', key: unknown): void {
  if (typeof key !== 'string') throw bad(`${name} must be a string`);
  if (key.length > MAX_KEY_CHARS) throw bad(`${name} is ${key.length} characters; at most ${MAX_KEY_CHARS}`);
  if (FORBIDDEN_IN_KEY.test(key)) throw bad(`${name} holds a character keys may not (/ \\ # ? or a control character)`);
}

/** Whether a row could have this key: a longer key, or one with a character keys may not hold, names no row. A read by
 *  such a key (a card's data, forged or damaged) finds nothing, as Azure's would, instead of failing the turn. */
export function keyCanExist(key: unknown): key is string {
  return typeof key === 'string' && key.length <= MAX_KEY_CHARS && !FORBIDDEN_IN_KEY.test(key);
}

/** The properties a row stores, without keys and service fields. */
export function propertiesOf(row: Row): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(row)) {
    if (SYSTEM.has(name) || value === undefined) continue;
    props[name] = value;
  }
  return props;
}

/** Throws a 400 StorageRequestError when Azure would refuse this row. */
export function checkRow(row: Row): void {
  checkKey('PartitionKey', row.partitionKey);
  checkKey('RowKey', row.rowKey);
  const props = propertiesOf(row);
  const names = Object.keys(props);
  if (names.length > MAX_PROPERTIES) throw bad(`a row has at most ${MAX_PROPERTIES} properties, this one ${names.length}`);
  let bytes = 2 * (row.partitionKey.length + row.rowKey.length);
  for (const name of names) {
    if (!PROPERTY_NAME.test(name)) throw bad(`property name ${JSON.stringify(name)} is not allowed`);
    const value = props[name];
    if (typeof value === 'string') {
      if (value.length > MAX_STRING_CHARS) throw bad(`property ${name} is ${value.length} characters; at most ${MAX_STRING_CHARS}`);
      bytes += 2 * value.length;
    } else if (typeof value === 'number' || typeof value === 'boolean') {
      if (typeof value === 'number' && !Number.isFinite(value)) throw bad(`property ${name} is not a finite number`);
      bytes += 8;
    } else {
      throw bad(`property ${name} is a ${value === null ? 'null' : typeof value}; rows hold strings, numbers and booleans`);
    }
    bytes += 2 * name.length;
  }
  if (bytes > MAX_ENTITY_BYTES) throw bad(`a row is at most 1 MiB; this one is about ${bytes} bytes`);
}

/** Throws a 400 StorageRequestError when Azure would refuse this transaction as a whole. */
export function checkTransaction(actions: StoreAction[]): void {
  if (actions.length > MAX_TRANSACTION_ACTIONS)
    throw bad(`a transaction takes at most ${MAX_TRANSACTION_ACTIONS} actions, got ${actions.length}`);
  const partition = actions[0]?.[1].partitionKey;
  const seen = new Set<string>();
  for (const [kind, row] of actions) {
    if (row.partitionKey !== partition) throw bad('a transaction stays within one partition');
    if (seen.has(row.rowKey)) throw bad(`a transaction names row ${row.rowKey} twice`);
    seen.add(row.rowKey);
    if (kind === 'delete') {
      checkKey('PartitionKey', row.partitionKey);
      checkKey('RowKey', row.rowKey);
    } else {
      checkRow(row as Row);
    }
  }
}

// The page's view of the protocol: everything comes from protocol.schema.json, which is
// generated from py/wasmlit/protocol.py (never edit the types here by hand).
import schema from './protocol.schema.json';

export const PROTOCOL_VERSION = schema.version;

/** @typedef {{v: number, type: string, [k: string]: any}} Message */

const JSON_TYPES = {
  integer: (x) => Number.isInteger(x),
  number: (x) => typeof x === 'number',
  string: (x) => typeof x === 'string',
  boolean: (x) => typeof x === 'boolean',
  array: (x) => Array.isArray(x),
  object: (x) => x !== null && typeof x === 'object' && !Array.isArray(x),
};

function check(table, raw) {
  let msg;
  try {
    msg = typeof raw === 'string' ? JSON.parse(raw) : raw;
  } catch (err) {
    return { error: `not JSON: ${err.message}` };
  }
  if (!JSON_TYPES.object(msg)) return { error: 'a message must be a JSON object' };
  if (msg.v !== PROTOCOL_VERSION) return { error: `protocol version ${msg.v}, expected ${PROTOCOL_VERSION}` };
  const spec = Object.hasOwn(table, msg.type) ? table[msg.type] : undefined;
  if (!spec) return { error: `unknown message type ${JSON.stringify(msg.type)}` };
  for (const key of Object.keys(msg)) {
    const prop = spec.properties[key];
    if (!prop) return { error: `${msg.type}: unknown field ${JSON.stringify(key)}` };
    if (prop.type && !JSON_TYPES[prop.type](msg[key])) {
      return { error: `${msg.type}.${key}: expected ${prop.type}` };
    }
  }
  for (const key of spec.required) {
    if (!(key in msg)) return { error: `${msg.type}: missing ${key}` };
  }
  return { msg };
}

/**
 * Parse and check one message from the worker. Cheap and always on.
 * @param {unknown} raw the string received from the worker
 * @returns {{msg?: Message, error?: string}}
 */
export function parseFromWorker(raw) {
  if (typeof raw !== 'string') return { error: `not a string but ${typeof raw}` };
  return check(schema.fromWorker, raw);
}

/**
 * Build one request for the worker (checked in the same way, so a typo fails loudly here).
 * @param {string} type
 * @param {object} fields
 * @returns {string}
 */
export function encodeToWorker(type, fields) {
  const msg = { v: PROTOCOL_VERSION, type, ...fields };
  const { error } = check(schema.toWorker, msg);
  if (error) throw new Error(`wasmlit: bad request: ${error}`);
  return JSON.stringify(msg);
}

// The main-thread end of one worker: handshake, message validation, request stamping.
import { PROTOCOL_VERSION, encodeToWorker, parseFromWorker } from './protocol.js';

/**
 * @typedef {object} ClientHandlers
 * @property {(msg: import('./protocol.js').Message) => void} onMessage every valid message
 *   after the handshake (and `progress`/`log` before it)
 * @property {(error: {name: string, message: string, stack?: string}) => void} onFatal
 */

/**
 * For measuring only (bench/): when the page has set `window.__wasmlitTrace` to an array,
 * `[what, performance.now()]` pairs go into it: each message's arrival ('arrived'), the end of
 * its parsing (its type) and of its handling ('handled'), and each request about to be posted
 * ('sent').
 * @param {string} what
 */
export function note(what) {
  globalThis.__wasmlitTrace?.push(what, performance.now());
}

export class Client {
  /**
   * @param {Worker} worker a worker running web/src/worker/worker.js
   * @param {object} boot the boot configuration (sent once, as a JSON string)
   * @param {ClientHandlers} handlers
   * @param {() => number} nextSeq shared, increasing request counter (survives restarts)
   * @param {SharedArrayBuffer} [interruptBuffer] only on cross-origin isolated pages: the one
   *   non-string message, sent before the boot configuration (see docs/web.md, Stop)
   */
  constructor(worker, boot, handlers, nextSeq, interruptBuffer) {
    this.worker = worker;
    this.handlers = handlers;
    this.nextSeq = nextSeq;
    this.ready = false;
    this.dead = false;
    worker.onmessage = (event) => {
      note('arrived');
      const data = event.data;
      // One string may carry several messages, one per line (docs/protocol.md).
      if (typeof data === 'string' && data.includes('\n')) {
        for (const line of data.split('\n')) this.receive(line);
      } else {
        this.receive(data);
      }
      note('handled');
    };
    worker.onerror = (event) => {
      event.preventDefault?.();
      this.fail({ name: 'WorkerError', message: event.message || 'the worker failed to start: its script did not load (a missing file, or no network). Check the connection and that the site is complete, then reload the page.' });
    };
    worker.onmessageerror = () => console.error('wasmlit: a message from the worker could not be read');
    if (interruptBuffer) worker.postMessage({ interruptBuffer });
    worker.postMessage(JSON.stringify({ boot }));
  }

  /**
   * Send one request; returns the seq it was stamped with.
   * @param {string} type
   * @param {object} [fields]
   */
  send(type, fields = {}) {
    const seq = this.nextSeq();
    if (!this.dead) {
      const text = encodeToWorker(type, { ...fields, seq });
      note('sent');
      this.worker.postMessage(text);
    }
    return seq;
  }

  /** @param {unknown} raw */
  receive(raw) {
    if (this.dead) return;
    const { msg, error } = parseFromWorker(raw);
    if (error) {
      console.error(`wasmlit protocol error: ${error}`, raw);
      return;
    }
    note(msg.type); // parsed and checked
    switch (msg.type) {
      case 'ready':
        if (msg.protocol !== PROTOCOL_VERSION) {
          this.fail({
            name: 'ProtocolMismatch',
            message: `The page speaks protocol ${PROTOCOL_VERSION} but Python speaks ${msg.protocol}. Rebuild the site with one wasmlit version.`,
          });
          return;
        }
        if (msg.version && msg.version !== __WASMLIT_VERSION__) {
          console.warn(`wasmlit: page ${__WASMLIT_VERSION__}, Python package ${msg.version}`);
        }
        this.ready = true;
        this.handlers.onMessage(msg);
        return;
      case 'fatal':
        this.fail({
          name: String(msg.error?.name ?? 'Error'),
          message: String(msg.error?.message ?? ''),
          stack: String(msg.error?.stack ?? ''),
        });
        return;
      case 'progress':
      case 'log':
        this.handlers.onMessage(msg);
        return;
      case 'run-started':
      case 'patches':
      case 'page-config':
      case 'navigation':
      case 'page-info':
      case 'client-config':
      case 'run-finished':
      case 'idle':
        if (!this.ready) {
          console.error(`wasmlit protocol error: ${msg.type} before ready`);
          return;
        }
        this.handlers.onMessage(msg);
        return;
      default:
        console.error(`wasmlit protocol error: unhandled message type ${msg.type}`);
    }
  }

  fail(error) {
    if (this.dead) return;
    this.dead = true;
    this.handlers.onFatal(error);
  }

  /** Stop the worker for good (used by Stop when the script does not yield). */
  terminate() {
    this.dead = true;
    this.worker.terminate();
  }
}

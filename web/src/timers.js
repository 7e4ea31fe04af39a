// run_every timers, owned by the page (docs/protocol.md: run-finished.timers is the whole set
// of live timers). Exactly one interval per live fragment id; a tick whose previous request
// for the same fragment is still outstanding (sent, no idle since) is skipped, not queued.

export class Timers {
  /**
   * @param {(fragmentId: string) => number} tick sends rerun-fragment, returns its seq
   */
  constructor(tick) {
    this.tick = tick;
    /** @type {Map<string, {seconds: number, handle: number}>} */
    this.live = new Map();
    /** @type {Map<string, number>} fragment id -> seq of its outstanding tick */
    this.outstanding = new Map();
  }

  /** Make the live timers exactly `timers` (fragment id -> seconds). */
  sync(timers) {
    for (const [fid, timer] of this.live) {
      if (timers[fid] !== timer.seconds) {
        clearInterval(timer.handle);
        this.live.delete(fid);
      }
    }
    for (const [fid, seconds] of Object.entries(timers ?? {})) {
      if (this.live.has(fid) || !(typeof seconds === 'number') || !(seconds > 0)) continue;
      const handle = setInterval(() => this.fire(fid), Math.max(seconds * 1000, 10));
      this.live.set(fid, { seconds, handle });
    }
  }

  fire(fid) {
    if (this.outstanding.has(fid)) return; // coalesce: the last tick has not run yet
    this.outstanding.set(fid, this.tick(fid));
  }

  /** The worker is idle having taken in every request up to `seq`. */
  idle(seq) {
    for (const [fid, sent] of this.outstanding) if (sent <= seq) this.outstanding.delete(fid);
  }

  /** Ids of the live timers (for tests and the toolbar). */
  ids() {
    return [...this.live.keys()];
  }

  clear() {
    for (const timer of this.live.values()) clearInterval(timer.handle);
    this.live.clear();
    this.outstanding.clear();
  }
}

// Stale elements (spec B27): while a run lasts, the elements it may still rewrite and has not
// reached yet are dimmed, as Streamlit does: everything after the script's position in a full
// run, only the rerunning fragments' elements in a fragment run. Python reports its position
// in `patches.reached`; unchanged elements are never re-sent, so this is how the page knows
// that the script has passed them. A run that ends quickly dims nothing.

/** How long a run must last before anything dims, so that quick reruns never flicker. */
export const STALE_AFTER_MS = 500;

/**
 * Document order of two delta paths in the same root: negative, zero or positive.
 * @param {number[]} a
 * @param {number[]} b
 */
export function comparePaths(a, b) {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

export class Staleness {
  /** @param {import('./patch.js').Tree} tree */
  constructor(tree) {
    this.tree = tree;
    /** @type {Map<HTMLElement, number[]>} dimmed element containers and their paths */
    this.marked = new Map();
    /** @type {(number[]|undefined)[]} per root, the furthest path the running script wrote */
    this.frontier = [];
    /** @type {Set<string>|null} the fragment ids of a fragment run; null for a full run */
    this.fragments = null;
    this.timer = 0;
  }

  /** @param {string[]} fragmentIds empty for a full run */
  runStarted(fragmentIds) {
    this.runFinished();
    this.fragments = fragmentIds.length ? new Set(fragmentIds) : null;
    this.timer = setTimeout(() => this.mark(), STALE_AFTER_MS);
  }

  /** @param {number[]} path where the running script has got to */
  reached(path) {
    const root = path[0];
    const known = this.frontier[root];
    if (known && comparePaths(path, known) <= 0) return;
    this.frontier[root] = path;
    for (const [el, elPath] of this.marked) {
      if (elPath[0] === root && comparePaths(elPath, path) <= 0) this.unmark(el);
    }
  }

  runFinished() {
    clearTimeout(this.timer);
    for (const el of this.marked.keys()) delete el.dataset.stale;
    this.marked.clear();
    this.frontier = [];
  }

  /** Dim every element of the run's scope that lies beyond the script's position. */
  mark() {
    const visit = (node, path, inScope) => {
      node.children.forEach((child, i) => {
        const childPath = [...path, i];
        if (child.block) {
          visit(child, childPath, inScope || (this.fragments?.has(child.fid) ?? false));
        } else if (inScope && this.isAhead(childPath)) {
          child.el.dataset.stale = 'true';
          this.marked.set(child.el, childPath);
        }
      });
    };
    this.tree.roots.forEach((root, r) => visit(root, [r], this.fragments === null));
  }

  isAhead(path) {
    const known = this.frontier[path[0]];
    return !known || comparePaths(path, known) > 0;
  }

  unmark(el) {
    delete el.dataset.stale;
    this.marked.delete(el);
  }
}

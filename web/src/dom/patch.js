// Applies the tree ops of docs/protocol.md ("Tree patches") to the DOM. The page keeps a tree
// mirroring Python's: four root blocks, each node with its kind, props, fragment id and its
// DOM element. This module knows no element kinds; the registry is passed in.

/**
 * @typedef {object} TreeNode
 * @property {string} kind
 * @property {object} props
 * @property {string|null} fid
 * @property {boolean} block
 * @property {TreeNode[]} children
 * @property {HTMLElement} el    the node's outer DOM element (carries data-path)
 * @property {HTMLElement} [inner] an element's rendered DOM (inside its stElementContainer)
 * @property {HTMLElement} [host] a block's children go here
 */

/**
 * @typedef {object} Renderer
 * @property {(props: object, ctx: object) => HTMLElement} create
 * @property {(el: HTMLElement, props: object, old: object, ctx: object) => void} [update]
 * @property {(el: HTMLElement) => void} [destroy]
 * @property {(el: HTMLElement) => HTMLElement} [host] where a block's children go
 */

/** Deep equality for plain JSON values (props are small). */
export function sameJSON(a, b) {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => Object.hasOwn(b, k) && sameJSON(a[k], b[k]));
}

export class PatchError extends Error {}

export class Tree {
  /**
   * @param {HTMLElement[]} rootHosts the DOM hosts of the four roots (main, sidebar, event, bottom)
   * @param {{get(kind: string): Renderer}} registry
   * @param {object} ctx handed to every renderer (emit, forms...)
   */
  constructor(rootHosts, registry, ctx) {
    this.registry = registry;
    this.ctx = ctx;
    /** @type {TreeNode[]} */
    this.roots = rootHosts.map((host, i) => {
      host.dataset.path = JSON.stringify([i]);
      return { kind: 'root', props: {}, fid: null, block: true, children: [], el: host, host };
    });
  }

  /**
   * Apply ops in order. A bad op is logged and skipped; the rest still apply.
   * @param {object[]} ops
   * @returns {number} how many ops changed the DOM
   */
  apply(ops) {
    let changed = 0;
    for (const op of ops) {
      try {
        if (this.applyOne(op)) changed += 1;
      } catch (err) {
        console.error(`wasmlit: cannot apply ${JSON.stringify(op).slice(0, 200)}: ${err.message}`);
      }
    }
    return changed;
  }

  applyOne(op) {
    const path = op.path;
    if (!Array.isArray(path) || path.length < 2 || !path.every(Number.isInteger)) {
      throw new PatchError(`bad path ${JSON.stringify(path)}`);
    }
    switch (op.op) {
      case 'put':
        return this.put(path, op.node);
      case 'props':
        return this.setProps(path, op.props ?? {}, op.fid ?? null);
      case 'remove':
        return this.remove(path);
      default:
        throw new PatchError(`unknown op ${JSON.stringify(op.op)}`);
    }
  }

  /** @returns {TreeNode} */
  get(path) {
    let node = this.roots[path[0]];
    if (!node) throw new PatchError(`no root ${path[0]}`);
    for (const i of path.slice(1)) {
      node = node.children[i];
      if (!node) throw new PatchError(`no node at ${JSON.stringify(path)}`);
    }
    return node;
  }

  put(path, spec) {
    if (!spec || typeof spec.kind !== 'string') throw new PatchError('put without a node');
    const parent = this.get(path.slice(0, -1));
    if (!parent.block) throw new PatchError(`parent of ${JSON.stringify(path)} is not a block`);
    const index = path[path.length - 1];
    if (index < 0 || index > parent.children.length) {
      throw new PatchError(`index ${index} out of range (${parent.children.length} children)`);
    }
    const props = spec.props ?? {};
    const block = Boolean(spec.block);
    const old = parent.children[index];
    if (old && !old.block && !block && old.kind === spec.kind) {
      // Same element kind at the same place: update in place (keeps focus, caret, timers).
      old.fid = spec.fid ?? null;
      return this.updateNode(old, props);
    }
    const node = this.build(spec.kind, props, spec.fid ?? null, block, path);
    if (old) {
      this.destroy(old);
      old.el.replaceWith(node.el);
      parent.children[index] = node;
    } else {
      parent.host.append(node.el);
      parent.children.push(node);
    }
    this.childrenChanged(parent);
    return true;
  }

  childrenChanged(parent) {
    if (parent.kind !== 'root') this.registry.get(parent.kind).childrenChanged?.(parent.el);
  }

  setProps(path, props, fid) {
    const node = this.get(path);
    node.fid = fid;
    return this.updateNode(node, props);
  }

  remove(path) {
    const parent = this.get(path.slice(0, -1));
    const index = path[path.length - 1];
    const node = parent.children[index];
    if (!node) throw new PatchError(`nothing to remove at ${JSON.stringify(path)}`);
    this.destroy(node);
    node.el.remove();
    parent.children.splice(index, 1);
    const base = path.slice(0, -1);
    for (let i = index; i < parent.children.length; i++) renumber(parent.children[i], [...base, i]);
    this.childrenChanged(parent);
    return true;
  }

  /** Remove every node (a fresh worker starts from an empty tree). */
  clear() {
    for (const root of this.roots) {
      for (const child of root.children) {
        this.destroy(child);
        child.el.remove();
      }
      root.children = [];
    }
  }

  updateNode(node, props) {
    if (sameJSON(node.props, props)) return false;
    const old = node.props;
    node.props = props;
    const renderer = this.registry.get(node.kind);
    const target = node.block ? node.el : node.inner;
    if (renderer.update) {
      renderer.update(target, props, old, this.ctx);
    } else {
      const fresh = renderer.create(props, this.ctx);
      renderer.destroy?.(target);
      target.replaceWith(fresh);
      if (node.block) {
        // A block without update(): move the children over to the new element.
        const host = renderer.host ? renderer.host(fresh) : fresh;
        for (const child of node.children) host.append(child.el);
        fresh.dataset.path = node.el.dataset.path;
        node.el = fresh;
        node.host = host;
      } else {
        node.inner = fresh;
      }
    }
    // (on the element now in the page: a re-created one, not the replaced one)
    (node.block ? node.el : node.inner).wlProps = props;
    return true;
  }

  build(kind, props, fid, block, path) {
    const renderer = this.registry.get(kind);
    const inner = renderer.create(props, this.ctx);
    inner.wlProps = props;
    /** @type {TreeNode} */
    const node = { kind, props, fid, block, children: [], el: inner };
    if (block) {
      node.host = renderer.host ? renderer.host(inner) : inner;
    } else {
      const wrap = document.createElement('div');
      wrap.className = 'wl-element';
      wrap.dataset.testid = 'stElementContainer';
      wrap.dataset.kind = kind;
      if (kind === 'empty') wrap.classList.add('wl-empty');
      wrap.append(inner);
      node.el = wrap;
      node.inner = inner;
    }
    node.el.dataset.path = JSON.stringify(path);
    return node;
  }

  destroy(node) {
    for (const child of node.children) this.destroy(child);
    const renderer = this.registry.get(node.kind);
    renderer.destroy?.(node.block ? node.el : node.inner);
  }
}

function renumber(node, path) {
  node.el.dataset.path = JSON.stringify(path);
  node.children.forEach((child, i) => renumber(child, [...path, i]));
}

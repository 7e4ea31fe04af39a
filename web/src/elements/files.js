// Files in and out: download_button, link_button, file_uploader. Mirrors
// py/wasmlit/elements/files.py. Bytes cross the wire as base64 text.
import { h, uid } from '../dom/h.js';
import { renderIcon } from './icons.js';
import { setTooltip } from './tooltip.js';
import { refreshLabel, widgetLabel } from './label.js';
import { renderMarkdown } from './markdown.js';

const propsOf = (el) => el.wlProps;
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/** The URL if it is http(s) or mailto (absolute or relative to the page), else null. */
export function safeUrl(url) {
  try {
    const parsed = new URL(String(url), window.location.href);
    return SAFE_SCHEMES.has(parsed.protocol) ? parsed.href : null;
  } catch {
    return null;
  }
}

function buttonKind(props) {
  return ['primary', 'secondary', 'tertiary'].includes(props.type) ? props.type : 'secondary';
}

/** Label (markdown, no HTML) and icon of a button-like element. */
function fillFace(target, props) {
  const label = h('span', { class: 'wl-button-label' });
  renderMarkdown(label, props.label ?? '', { inline: true });
  const icon = renderIcon(props.icon);
  const parts = props.icon_position === 'right' ? [label, icon] : [icon, label];
  target.replaceChildren(...parts.filter(Boolean));
}

function styleButton(target, props) {
  target.className = `wl-button wl-button-${buttonKind(props)}`;
  setTooltip(target, props.help);
}

function base64ToBytes(text) {
  const bin = atob(text ?? '');
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
}

export function bytesToBase64(buffer) {
  const bytes = new Uint8Array(buffer);
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

/** Save bytes as a file through a temporary object URL (no server involved). */
function saveFile(props) {
  const blob = new Blob([base64ToBytes(props.data)], { type: props.mime || 'application/octet-stream' });
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: props.file_name || 'download', hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

// ---- download_button ---------------------------------------------------------------------------

export const download_button = {
  create(props, ctx) {
    const button = h('button', { type: 'button' });
    const el = h('div', { testid: 'stDownloadButton', class: 'stDownloadButton wl-button-wrap' }, button);
    button.addEventListener('click', () => {
      const current = propsOf(el);
      if (current.deferred) {
        // The data is made by Python in the run this click starts (see update()).
        el.wlAwaiting = true;
        ctx.click(current, el);
        return;
      }
      saveFile(current);
      if (current.on_click !== 'ignore') ctx.click(current, el);
    });
    el.wlProps = props;
    download_button.update(el, props, {});
    return el;
  },
  update(el, props, old) {
    const button = el.querySelector('button');
    styleButton(button, props);
    button.dataset.testid = `stBaseButton-${buttonKind(props)}`;
    button.disabled = Boolean(props.disabled);
    if (props.label !== old.label || props.icon !== old.icon || props.icon_position !== old.icon_position) fillFace(button, props);
    el.classList.toggle('wl-full', props.width === 'stretch');
    if (props.download_nonce && props.download_nonce !== old.download_nonce && el.wlAwaiting) {
      el.wlAwaiting = false;
      saveFile(props);
    }
  },
};

// ---- link_button -------------------------------------------------------------------------------

export const link_button = {
  create(props, ctx) {
    const a = h('a', { target: '_blank', rel: 'noopener noreferrer' });
    const el = h('div', { testid: 'stLinkButton', class: 'stLinkButton wl-button-wrap' }, a);
    a.addEventListener('click', (event) => {
      const current = propsOf(el);
      if (current.disabled || !safeUrl(current.url)) {
        event.preventDefault();
        return;
      }
      if (current.id) ctx.click(current, el);
    });
    el.wlProps = props;
    link_button.update(el, props, {});
    return el;
  },
  update(el, props, old) {
    const a = el.querySelector('a');
    styleButton(a, props);
    a.dataset.testid = `stBaseLinkButton-${buttonKind(props)}`;
    const href = props.disabled ? null : safeUrl(props.url);
    if (href) a.href = href;
    else a.removeAttribute('href');
    a.setAttribute('role', 'link');
    a.toggleAttribute('aria-disabled', Boolean(props.disabled) || !href);
    a.classList.toggle('wl-disabled-link', Boolean(props.disabled) || !href);
    if (props.label !== old.label || props.icon !== old.icon || props.icon_position !== old.icon_position) fillFace(a, props);
    el.classList.toggle('wl-full', props.width === 'stretch');
  },
};

// ---- file_uploader -----------------------------------------------------------------------------

function formatSize(bytes) {
  if (bytes < 1024) return `${bytes}B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)}KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)}MB`;
}

/** Whether the browser file matches the `accept` list (".csv", "image/*", "text/plain"). */
export function accepted(file, accept) {
  if (!accept || accept.length === 0) return true;
  const name = file.name.toLowerCase();
  const type = (file.type || '').toLowerCase();
  return accept.some((rule) => {
    if (rule.startsWith('.')) return name.endsWith(rule);
    if (rule.endsWith('/*')) return type.startsWith(rule.slice(0, -1));
    return type === rule;
  });
}

export function newId() {
  return globalThis.crypto?.randomUUID?.() ?? `f-${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

export const file_uploader = {
  create(props, ctx) {
    const id = uid('wl-file');
    const input = h('input', { id, type: 'file', class: 'wl-file-input', testid: 'stFileUploaderDropzoneInput' });
    // as in Streamlit 1.67: an Upload button and the limits; "Drag and drop..." only while a
    // drag is over the zone
    const browse = h('button', { type: 'button', class: 'wl-button wl-button-secondary', testid: 'stBaseButton-secondary' },
      renderIcon(':material/upload:'), h('span', { class: 'wl-upload-label' }, 'Upload'));
    const instructions = h('div', { testid: 'stFileUploaderDropzoneInstructions', class: 'wl-drop-text' },
      h('span', { class: 'wl-drop-limit' }));
    const zone = h('section', { testid: 'stFileUploaderDropzone', class: 'wl-dropzone', role: 'presentation', tabindex: '-1' },
      input, h('span', { class: 'wl-drop-title' }), browse, instructions);
    const list = h('ul', { class: 'wl-file-list' });
    const problems = h('div', { class: 'wl-file-problems', role: 'alert' });
    const el = h('div', { testid: 'stFileUploader', class: 'stFileUploader wl-widget' },
      widgetLabel(props, id), zone, problems, list);
    el.wlFiles = [];

    const send = () => {
      renderFiles(el);
      ctx.change(propsOf(el), el.wlFiles.map((f) => ({ ...f })), el);
    };
    const add = async (fileList) => {
      const current = propsOf(el);
      if (current.disabled) return;
      const errors = [];
      const fresh = [];
      for (const file of Array.from(fileList)) {
        if (!accepted(file, current.accept)) {
          errors.push(`${file.name}: ${file.type || 'this file type'} files are not allowed.`);
        } else if (file.size > current.max_upload_size * 1024 * 1024) {
          errors.push(`${file.name}: File must be ${current.max_upload_size}MB or smaller.`);
        } else {
          fresh.push({ file_id: newId(), name: file.name, type: file.type || 'application/octet-stream', size: file.size,
            data: bytesToBase64(await file.arrayBuffer()) });
        }
      }
      problems.replaceChildren(...errors.map((e) => h('div', { class: 'wl-file-problem' }, e)));
      if (fresh.length === 0) return;
      el.wlFiles = current.multiple ? [...el.wlFiles, ...fresh] : [fresh[fresh.length - 1]];
      send();
    };
    el.wlRemove = (fileId) => {
      el.wlFiles = el.wlFiles.filter((f) => f.file_id !== fileId);
      problems.replaceChildren();
      send();
    };
    browse.addEventListener('click', () => input.click());
    zone.addEventListener('keydown', (event) => {
      if (event.target === zone && (event.key === 'Enter' || event.key === ' ')) {
        event.preventDefault();
        input.click();
      }
    });
    input.addEventListener('change', () => {
      add(input.files).finally(() => { input.value = ''; });
    });
    zone.addEventListener('dragover', (event) => {
      event.preventDefault();
      zone.classList.add('wl-dragging');
    });
    zone.addEventListener('dragleave', () => zone.classList.remove('wl-dragging'));
    zone.addEventListener('drop', (event) => {
      event.preventDefault();
      zone.classList.remove('wl-dragging');
      if (event.dataTransfer?.files?.length) add(event.dataTransfer.files);
    });
    el.wlProps = props;
    file_uploader.update(el, props, {});
    return el;
  },
  update(el, props, old) {
    refreshLabel(el, props, old);
    const input = el.querySelector('input[type=file]');
    input.multiple = Boolean(props.multiple);
    input.toggleAttribute('webkitdirectory', Boolean(props.directory));
    if (props.accept) input.accept = props.accept.join(',');
    else input.removeAttribute('accept');
    input.disabled = Boolean(props.disabled);
    el.querySelector('[data-testid=stBaseButton-secondary]').disabled = Boolean(props.disabled);
    const zone = el.querySelector('.wl-dropzone');
    zone.setAttribute('aria-disabled', String(Boolean(props.disabled)));
    el.querySelector('.wl-upload-label').textContent = props.directory ? 'Upload directories' : 'Upload';
    el.querySelector('.wl-drop-title').textContent = props.directory ? 'Drag and drop directories here'
      : (props.multiple ? 'Drag and drop files here' : 'Drag and drop a file here');
    const types = props.accept ? ` • ${props.accept.map((t) => t.replace(/^\./, '').toUpperCase()).join(', ')}` : '';
    el.querySelector('.wl-drop-limit').textContent = `${props.max_upload_size}MB per file${types}`;
    // Python's value is the list of files it holds: drop what it no longer has (a form that
    // cleared on submit, a reset), and show what it has.
    if (JSON.stringify(props.value) !== JSON.stringify(old.value)) {
      const held = Array.isArray(props.value) ? props.value : [];
      const known = new Map(el.wlFiles.map((f) => [f.file_id, f]));
      el.wlFiles = held.map((meta) => known.get(meta.file_id) ?? { ...meta });
    }
    renderFiles(el);
  },
};

function renderFiles(el) {
  const list = el.querySelector('.wl-file-list');
  list.replaceChildren(...el.wlFiles.map((f) => h('li', { testid: 'stFileUploaderFile', class: 'wl-file' },
    h('span', { class: 'wl-file-icon', 'aria-hidden': 'true' }, '📄'),
    h('span', { testid: 'stFileUploaderFileName', class: 'wl-file-name', title: f.name }, f.name),
    h('small', { class: 'wl-file-size' }, formatSize(f.size ?? 0)),
    h('button', {
      type: 'button', class: 'wl-file-delete', testid: 'stFileUploaderDeleteBtn',
      'aria-label': `Remove ${f.name}`, disabled: Boolean(propsOf(el)?.disabled),
      onclick: () => el.wlRemove(f.file_id),
    }, '×'))));
}

/** kind -> renderer for this family (merged by registry.js). */
export const renderers = { download_button, link_button, file_uploader };

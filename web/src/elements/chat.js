// Chat: chat_input (a widget) and chat_message (a block). Mirrors py/wasmlit/elements/chat.py.
// A submission is sent as {text, n}: n tells two submissions of the same text apart. With
// accept_file it also carries `files` and with accept_audio `audio` (file entries, capture.js).
import { h } from '../dom/h.js';
import { glyph, renderIcon } from './icons.js';
import { fileEntry, recordAudio } from './capture.js';
import { accepted } from './files.js';

const propsOf = (el) => el.wlProps;
let submissions = 0;

export const chat_input = {
  create(props, ctx) {
    const field = h('textarea', { rows: 1, class: 'wl-chat-field', testid: 'stChatInputTextArea' });
    const send = h('button', { type: 'button', class: 'wl-chat-send', testid: 'stChatInputSubmitButton', 'aria-label': 'Send message', disabled: true }, glyph('send'));
    const picker = h('input', { type: 'file', class: 'wl-chat-file-input', hidden: true });
    const attach = h('button', { type: 'button', class: 'wl-chat-tool', testid: 'stChatInputFileUploadButton', 'aria-label': 'Upload files', hidden: true }, '📎');
    const mic = h('button', { type: 'button', class: 'wl-chat-tool', testid: 'stChatInputMicButton', 'aria-label': 'Record audio', hidden: true }, '🎤');
    const approve = h('button', { type: 'button', class: 'wl-chat-tool', testid: 'stChatInputApproveButton', 'aria-label': 'Send recording', hidden: true }, '✓');
    const cancel = h('button', { type: 'button', class: 'wl-chat-tool', testid: 'stChatInputCancelButton', 'aria-label': 'Cancel recording', hidden: true }, '×');
    const chips = h('div', { class: 'wl-chat-files' });
    const note = h('div', { class: 'wl-chat-note', role: 'alert' });
    const row = h('div', { class: 'wl-chat-row' }, attach, field, mic, cancel, approve, send, picker);
    const el = h('div', { testid: 'stChatInput', class: 'stChatInput wl-chat-input' }, chips, row, note);
    el.wlAttached = [];
    const fit = () => {
      field.style.height = 'auto';
      field.style.height = `${Math.min(field.scrollHeight, 200)}px`;
      send.disabled = Boolean(propsOf(el).disabled) || (field.value.trim() === '' && el.wlAttached.length === 0);
    };
    const drawChips = () => {
      chips.replaceChildren(...el.wlAttached.map((f) => h('span', { class: 'wl-chat-chip', testid: 'stChatInputFile' },
        h('span', { class: 'wl-chat-chip-name' }, f.name),
        h('button', { type: 'button', class: 'wl-chat-chip-remove', 'aria-label': `Remove ${f.name}`, onclick: () => {
          el.wlAttached = el.wlAttached.filter((x) => x !== f);
          drawChips();
          fit();
        } }, '×'))));
    };
    const submit = (audio = null) => {
      const current = propsOf(el);
      const text = field.value;
      if (current.disabled || (text.trim() === '' && el.wlAttached.length === 0 && !audio)) return;
      submissions += 1;
      field.value = '';
      const value = { text, n: `${Date.now()}-${submissions}` };
      if (current.accept_file) value.files = el.wlAttached;
      if (current.accept_audio) value.audio = audio;
      el.wlAttached = [];
      drawChips();
      fit();
      ctx.change(current, value, el);
    };
    picker.addEventListener('change', async () => {
      const current = propsOf(el);
      const problems = [];
      const fresh = [];
      for (const file of Array.from(picker.files ?? [])) {
        if (!accepted(file, current.file_type)) problems.push(`${file.name}: ${file.type || 'this file type'} files are not allowed.`);
        else if (file.size > current.max_upload_size * 1024 * 1024) problems.push(`${file.name}: File must be ${current.max_upload_size}MB or smaller.`);
        else fresh.push(await fileEntry(file, file.webkitRelativePath || file.name));
      }
      picker.value = '';
      note.textContent = problems.join(' ');
      el.wlAttached = current.accept_file === true ? fresh.slice(-1) : [...el.wlAttached, ...fresh];
      drawChips();
      fit();
    });
    attach.addEventListener('click', () => picker.click());
    const recordingUi = (on) => {
      mic.hidden = on || !propsOf(el).accept_audio;
      approve.hidden = !on;
      cancel.hidden = !on;
      el.classList.toggle('wl-recording', on);
    };
    mic.addEventListener('click', async () => {
      if (propsOf(el).disabled || el.wlRecording) return;
      note.textContent = '';
      try {
        el.wlRecording = await recordAudio(propsOf(el).audio_sample_rate);
      } catch (error) {
        note.textContent = error?.name === 'NotAllowedError' ? 'This app would like to use your microphone.' : `Could not record: ${error?.message ?? error}`;
        return;
      }
      recordingUi(true);
    });
    cancel.addEventListener('click', () => {
      el.wlRecording?.cancel();
      el.wlRecording = null;
      recordingUi(false);
    });
    approve.addEventListener('click', async () => {
      const recording = el.wlRecording;
      if (!recording) return;
      el.wlRecording = null;
      recordingUi(false);
      const wav = await recording.stop();
      submit(await fileEntry(wav, `audio-${new Date().toISOString().replaceAll(/[:.]/g, '-')}.wav`));
    });
    field.addEventListener('input', fit);
    field.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        submit();
      }
    });
    send.addEventListener('click', () => submit());
    el.wlProps = props;
    chat_input.update(el, props, {});
    return el;
  },
  update(el, props) {
    const field = el.querySelector('textarea');
    field.placeholder = props.placeholder ?? '';
    field.setAttribute('aria-label', props.placeholder || 'Chat input');
    if (props.max_chars) field.maxLength = props.max_chars;
    else field.removeAttribute('maxlength');
    field.disabled = Boolean(props.disabled);
    el.querySelector('[data-testid=stChatInputSubmitButton]').disabled = Boolean(props.disabled)
      || (field.value.trim() === '' && !(el.wlAttached?.length));
    const picker = el.querySelector('.wl-chat-file-input');
    const withFiles = Boolean(props.accept_file);
    el.querySelector('[data-testid=stChatInputFileUploadButton]').hidden = !withFiles;
    el.querySelector('[data-testid=stChatInputFileUploadButton]').disabled = Boolean(props.disabled);
    picker.multiple = props.accept_file === 'multiple' || props.accept_file === 'directory';
    picker.toggleAttribute('webkitdirectory', props.accept_file === 'directory');
    if (props.file_type) picker.accept = props.file_type.join(',');
    else picker.removeAttribute('accept');
    const mic = el.querySelector('[data-testid=stChatInputMicButton]');
    mic.hidden = !props.accept_audio || Boolean(el.wlRecording);
    mic.disabled = Boolean(props.disabled);
    el.classList.toggle('wl-chat-pinned', Boolean(props.pinned));
    el.classList.toggle('wl-disabled', Boolean(props.disabled));
  },
  destroy(el) {
    el.wlRecording?.cancel();
  },
};

const ROLE_GLYPHS = { user: '🧑', assistant: '🤖' };

function safeImage(src) {
  const text = String(src ?? '');
  if (/^data:image\/(png|jpeg|gif|webp|svg\+xml);base64,/i.test(text)) return text;
  try {
    const url = new URL(text, window.location.href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function avatarNode(props) {
  const role = props.avatar_type === 'icon' && (props.avatar === 'user' || props.avatar === 'assistant') ? props.avatar : null;
  const testid = role ? `stChatMessageAvatar${role === 'user' ? 'User' : 'Assistant'}` : 'stChatMessageAvatarCustom';
  const box = h('div', { class: `wl-avatar wl-avatar-${role ?? 'custom'}`, testid, 'aria-hidden': 'true' });
  if (role) {
    box.textContent = ROLE_GLYPHS[role];
  } else if (props.avatar_type === 'image' && safeImage(props.avatar)) {
    box.append(h('img', { src: safeImage(props.avatar), alt: '' }));
  } else if (props.avatar_type === 'icon' && props.avatar) {
    box.append(renderIcon(props.avatar));
  } else if (props.avatar_type === 'emoji' && props.avatar) {
    box.textContent = String(props.avatar);
  } else {
    box.textContent = String(props.name ?? '?').trim().charAt(0).toUpperCase() || '?';
  }
  return box;
}

export const chat_message = {
  create(props) {
    const content = h('div', { testid: 'stChatMessageContent', class: 'wl-chat-content' },
      h('div', { testid: 'stVerticalBlock', class: 'wl-vblock' }));
    const el = h('div', { testid: 'stChatMessage', class: 'stChatMessage wl-chat-message' }, avatarNode(props), content);
    chat_message.update(el, props, {});
    return el;
  },
  update(el, props, old) {
    el.setAttribute('aria-label', `Chat message from ${props.name ?? ''}`);
    el.classList.toggle('wl-chat-from-user', props.avatar === 'user' && props.avatar_type === 'icon');
    if (props.avatar !== old.avatar || props.avatar_type !== old.avatar_type || props.name !== old.name) {
      el.querySelector('.wl-avatar').replaceWith(avatarNode(props));
    }
  },
  host: (el) => el.querySelector('.wl-chat-content > .wl-vblock'),
};

/** kind -> renderer for this family (merged by registry.js). */
export const renderers = { chat_input, chat_message };

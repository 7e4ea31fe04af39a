// Chat: chat_input (a widget) and chat_message (a block). Mirrors py/wasmlit/elements/chat.py.
// A submission is sent as {text, n}: n tells two submissions of the same text apart.
import { h } from '../dom/h.js';
import { glyph, renderIcon } from './icons.js';

const propsOf = (el) => el.wlProps;
let submissions = 0;

export const chat_input = {
  create(props, ctx) {
    const field = h('textarea', { rows: 1, class: 'wl-chat-field', testid: 'stChatInputTextArea' });
    const send = h('button', { type: 'button', class: 'wl-chat-send', testid: 'stChatInputSubmitButton', 'aria-label': 'Send message', disabled: true }, glyph('send'));
    const el = h('div', { testid: 'stChatInput', class: 'stChatInput wl-chat-input' }, field, send);
    const fit = () => {
      field.style.height = 'auto';
      field.style.height = `${Math.min(field.scrollHeight, 200)}px`;
      send.disabled = Boolean(propsOf(el).disabled) || field.value.trim() === '';
    };
    const submit = () => {
      const current = propsOf(el);
      const text = field.value;
      if (current.disabled || text.trim() === '') return;
      submissions += 1;
      field.value = '';
      fit();
      ctx.change(current, { text, n: `${Date.now()}-${submissions}` }, el);
    };
    field.addEventListener('input', fit);
    field.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        submit();
      }
    });
    send.addEventListener('click', submit);
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
    el.querySelector('button').disabled = Boolean(props.disabled) || field.value.trim() === '';
    el.classList.toggle('wl-chat-pinned', Boolean(props.pinned));
    el.classList.toggle('wl-disabled', Boolean(props.disabled));
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

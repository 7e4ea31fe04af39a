// Media: image (one or many, with captions), audio and video. Bytes arrive as base64 and
// become blob URLs made here; a blob URL is reused while its bytes stay the same and revoked
// when they go. Mirrors py/wasmlit/elements/media.py.
import { h } from '../dom/h.js';
import { renderMarkdown } from './markdown.js';

/**
 * Blob URLs owned by one element: `url(source)` returns a URL for `{url}` or `{data, mime}`;
 * `sweep()` revokes those not asked for since the previous sweep.
 */
function blobCache() {
  let current = new Map();
  let next = new Map();
  return {
    url(source) {
      if (!source) return '';
      if (source.url !== undefined) return String(source.url);
      const key = `${source.mime}:${source.data}`;
      let url = current.get(key) ?? next.get(key);
      if (!url) {
        const bin = atob(source.data);
        const bytes = new Uint8Array(bin.length);
        for (let i = 0; i < bin.length; i += 1) bytes[i] = bin.charCodeAt(i);
        url = URL.createObjectURL(new Blob([bytes], { type: source.mime }));
      }
      next.set(key, url);
      return url;
    },
    sweep() {
      for (const [key, url] of current) if (!next.has(key)) URL.revokeObjectURL(url);
      current = next;
      next = new Map();
    },
    clear() {
      for (const url of current.values()) URL.revokeObjectURL(url);
      for (const url of next.values()) URL.revokeObjectURL(url);
      current = new Map();
      next = new Map();
    },
  };
}

/** Only web links (and in-page ones) may be followed from an image. */
function safeHref(link) {
  try {
    const url = new URL(String(link), document.baseURI);
    return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

function fillImage(el, props) {
  const cache = el._wl.cache;
  el.classList.toggle('wl-stretch', props.width === 'stretch');
  const children = (props.items ?? []).map((item) => {
    const img = h('img', { src: cache.url(item), alt: item.alt ?? item.caption ?? '' });
    if (typeof props.width === 'number') img.style.width = `${props.width}px`;
    const href = props.link ? safeHref(props.link) : null;
    const box = h('div', { testid: 'stImageContainer', class: 'wl-image' },
      href ? h('a', { testid: 'stImageLink', href, target: '_blank', rel: 'noreferrer noopener' }, img) : img);
    if (item.caption) {
      const caption = h('div', { testid: 'stImageCaption', class: 'wl-image-caption' });
      renderMarkdown(caption, item.caption, { inline: true });
      if (typeof props.width === 'number') caption.style.width = `${props.width}px`;
      box.append(caption);
    }
    return box;
  });
  el.replaceChildren(...children);
  cache.sweep();
}

// As in Streamlit 1.67, the images sit in a stFullScreenFrame (the element's outer test id).
export const image = {
  create(props) {
    const inner = h('div', { testid: 'stImage', class: 'stImage wl-images' });
    inner._wl = { cache: blobCache() };
    const el = h('div', { testid: 'stFullScreenFrame', class: 'wl-fullscreen-frame' }, inner);
    el._wl = inner._wl;
    fillImage(inner, props);
    return el;
  },
  update(el, props) {
    fillImage(el.firstElementChild, props);
  },
  destroy(el) {
    el._wl.cache.clear();
  },
};

/** The media element's src: a blob or web URL plus a media fragment for start/end times. */
function mediaSrc(cache, props) {
  const base = cache.url(props.source);
  if (!base) return '';
  if (!props.start_time && props.end_time == null) return base;
  return `${base}#t=${props.start_time || 0}${props.end_time != null ? `,${props.end_time}` : ''}`;
}

function setupMedia(media, props, cache) {
  const src = mediaSrc(cache, props);
  if (media.getAttribute('src') !== src) {
    if (src) media.src = src;
    else media.removeAttribute('src');
  }
  media.loop = Boolean(props.loop) && props.end_time == null && !props.start_time;
  media.autoplay = Boolean(props.autoplay);
  if ('muted' in props) media.muted = Boolean(props.muted);
  if (props.alt) media.setAttribute('aria-label', props.alt);
  else media.removeAttribute('aria-label');
  media._wlProps = props;
}

/** loop with start/end times: jump back to start_time instead of the file's start. */
function onEnded(event) {
  const media = event.currentTarget;
  const props = media._wlProps;
  if (props?.loop && (props.start_time || props.end_time != null)) {
    media.currentTime = props.start_time || 0;
    media.play().catch(() => {});
  }
}

function onTimeUpdate(event) {
  const media = event.currentTarget;
  const props = media._wlProps;
  if (props?.end_time != null && media.currentTime >= props.end_time) {
    if (props.loop) {
      media.currentTime = props.start_time || 0;
    } else {
      media.pause();
    }
  }
}

function mediaRenderer(tag, testid) {
  const fill = (el, props) => {
    const { cache } = el._wl;
    el.style.width = typeof props.width === 'number' ? `${props.width}px` : '';
    if (tag === 'video' && props.youtube) {
      const url = new URL(`https://www.youtube.com/embed/${encodeURIComponent(props.youtube)}`);
      if (props.start_time) url.searchParams.set('start', String(Math.floor(props.start_time)));
      if (props.end_time != null) url.searchParams.set('end', String(Math.floor(props.end_time)));
      if (props.loop) { url.searchParams.set('loop', '1'); url.searchParams.set('playlist', props.youtube); }
      if (props.autoplay) url.searchParams.set('autoplay', '1');
      if (props.muted) url.searchParams.set('mute', '1');
      el.replaceChildren(h('iframe', {
        testid, class: `${testid} wl-youtube`, src: url.href, title: props.alt || 'YouTube video',
        allow: 'autoplay; encrypted-media', allowfullscreen: true,
      }));
      cache.sweep();
      return;
    }
    let media = el.querySelector(tag);
    if (!media) {
      media = h(tag, {
        testid, class: testid, controls: true, preload: 'metadata',
        onended: onEnded, ontimeupdate: onTimeUpdate,
      });
      el.replaceChildren(media);
    }
    setupMedia(media, props, cache);
    if (tag === 'video') {
      media.replaceChildren(...(props.subtitles ?? []).map((track, i) => h('track', {
        kind: 'subtitles', label: track.label, src: cache.url(track), default: i === 0,
      })));
    }
    cache.sweep();
  };
  return {
    create(props) {
      const el = h('div', { class: `wl-media wl-${tag}` });
      el._wl = { cache: blobCache() };
      fill(el, props);
      return el;
    },
    update(el, props) {
      fill(el, props);
    },
    destroy(el) {
      el.querySelector(tag)?.pause?.();
      el._wl.cache.clear();
    },
  };
}

export const audio = mediaRenderer('audio', 'stAudio');
export const video = mediaRenderer('video', 'stVideo');

/** kind -> renderer for this family (merged by registry.js). */
export const renderers = { image, audio, video };

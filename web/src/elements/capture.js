// Capture from devices: audio_input (microphone, recorded to a WAV) and camera_input (a JPEG
// photo). Mirrors py/wasmlit/elements/capture.py. What they capture is sent like one
// file_uploader file: [{file_id, name, type, size, data (base64)}]; [] clears it.
// recordAudio() and fileEntry() are also used by chat_input's microphone (chat.js).
import { h, uid } from '../dom/h.js';
import { refreshLabel, widgetLabel } from './label.js';
import { bytesToBase64, newId } from './files.js';

const propsOf = (el) => el.wlProps;

/** A Blob as the file entry Python reads (see wasmlit.state.widgets.to_files). */
export async function fileEntry(blob, name) {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  return { file_id: newId(), name, type: blob.type, size: bytes.length, data: bytesToBase64(bytes) };
}

/** Mono 16-bit PCM samples (floats in [-1, 1]) as a WAV file. */
export function encodeWav(samples, sampleRate) {
  const buffer = new ArrayBuffer(44 + samples.length * 2);
  const view = new DataView(buffer);
  const text = (offset, s) => { for (let i = 0; i < s.length; i++) view.setUint8(offset + i, s.charCodeAt(i)); };
  text(0, 'RIFF');
  view.setUint32(4, 36 + samples.length * 2, true);
  text(8, 'WAVE');
  text(12, 'fmt ');
  view.setUint32(16, 16, true); // fmt chunk size
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * 2, true); // bytes per second
  view.setUint16(32, 2, true); // block align
  view.setUint16(34, 16, true); // bits per sample
  text(36, 'data');
  view.setUint32(40, samples.length * 2, true);
  for (let i = 0; i < samples.length; i++) {
    const s = Math.max(-1, Math.min(1, samples[i]));
    view.setInt16(44 + i * 2, s < 0 ? s * 0x8000 : s * 0x7fff, true);
  }
  return new Blob([buffer], { type: 'audio/wav' });
}

/** Decode a MediaRecorder recording and resample it to mono at `sampleRate` (null: as is). */
async function toWav(recording, sampleRate) {
  const data = await recording.arrayBuffer();
  const Ctx = globalThis.AudioContext ?? globalThis.webkitAudioContext;
  const decoder = new Ctx();
  let decoded;
  try {
    decoded = await decoder.decodeAudioData(data);
  } finally {
    decoder.close?.();
  }
  const rate = sampleRate || decoded.sampleRate;
  const frames = Math.max(1, Math.ceil(decoded.duration * rate));
  const offline = new OfflineAudioContext(1, frames, rate);
  const source = offline.createBufferSource();
  source.buffer = decoded;
  source.connect(offline.destination);
  source.start();
  const mixed = await offline.startRendering();
  return encodeWav(mixed.getChannelData(0), rate);
}

/**
 * Start recording from the microphone. Resolves to {stop(): Promise<Blob WAV>, cancel()} once
 * recording runs; rejects when there is no microphone or the user refused it.
 */
export async function recordAudio(sampleRate) {
  const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
  const recorder = new MediaRecorder(stream);
  const chunks = [];
  recorder.addEventListener('dataavailable', (event) => { if (event.data.size) chunks.push(event.data); });
  const stopped = new Promise((resolve) => recorder.addEventListener('stop', resolve, { once: true }));
  const release = () => stream.getTracks().forEach((t) => t.stop());
  recorder.start(250);
  return {
    async stop() {
      recorder.stop();
      await stopped;
      release();
      return toWav(new Blob(chunks, { type: recorder.mimeType }), sampleRate);
    },
    cancel() {
      if (recorder.state !== 'inactive') recorder.stop();
      release();
    },
  };
}

function stamp() {
  return new Date().toISOString();
}

function clock(seconds) {
  const s = Math.floor(seconds);
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

function deviceError(error, what) {
  if (error?.name === 'NotAllowedError') return `This app would like to use your ${what}. Allow access in your browser to continue.`;
  if (error?.name === 'NotFoundError') return `No ${what} was found.`;
  return `Could not use the ${what}: ${error?.message ?? error}`;
}

// ---- audio_input -------------------------------------------------------------------------------

export const audio_input = {
  create(props, ctx) {
    const id = uid('wl-audio-in');
    const action = h('button', { id, type: 'button', testid: 'stAudioInputActionButton', class: 'wl-capture-action', 'aria-label': 'Record' }, '●');
    const time = h('span', { testid: 'stAudioInputWaveformTimeCode', class: 'wl-capture-time' }, '00:00');
    const player = h('audio', { controls: true, class: 'wl-capture-player', hidden: true });
    const clear = h('button', { type: 'button', class: 'wl-capture-clear', 'aria-label': 'Clear recording', hidden: true }, '×');
    const note = h('div', { class: 'wl-capture-note', role: 'status' });
    const box = h('div', { class: 'wl-capture-box wl-audio-box' }, action, h('div', { testid: 'stAudioInputWaveSurfer', class: 'wl-capture-wave' }, player), time, clear);
    const el = h('div', { testid: 'stAudioInput', class: 'stAudioInput wl-widget' }, widgetLabel(props, id), box, note);

    const show = (blob) => {
      if (el.wlUrl) URL.revokeObjectURL(el.wlUrl);
      el.wlUrl = blob ? URL.createObjectURL(blob) : null;
      player.hidden = !blob;
      clear.hidden = !blob;
      if (blob) player.src = el.wlUrl;
      else player.removeAttribute('src');
      if (!blob) time.textContent = '00:00';
    };
    el.wlShow = show;
    const stopTimer = () => { clearInterval(el.wlTimer); el.wlTimer = null; };
    action.addEventListener('click', async () => {
      const current = propsOf(el);
      if (current.disabled) return;
      if (el.wlRecording) {
        const recording = el.wlRecording;
        el.wlRecording = null;
        stopTimer();
        action.textContent = '●';
        action.setAttribute('aria-label', 'Record');
        el.classList.remove('wl-recording');
        action.disabled = true;
        try {
          const wav = await recording.stop();
          show(wav);
          const name = `${stamp().slice(0, 16).replaceAll(':', '-')}_audio.wav`;
          el.wlSent = true;
          ctx.change(propsOf(el), [await fileEntry(wav, name)], el);
        } catch (error) {
          note.textContent = `Could not record: ${error?.message ?? error}`;
        } finally {
          action.disabled = Boolean(propsOf(el).disabled);
        }
        return;
      }
      note.textContent = '';
      try {
        el.wlRecording = await recordAudio(current.sample_rate);
      } catch (error) {
        note.textContent = deviceError(error, 'microphone');
        return;
      }
      show(null);
      const started = performance.now();
      el.wlTimer = setInterval(() => { time.textContent = clock((performance.now() - started) / 1000); }, 200);
      action.textContent = '■';
      action.setAttribute('aria-label', 'Stop recording');
      el.classList.add('wl-recording');
    });
    clear.addEventListener('click', () => {
      if (propsOf(el).disabled) return;
      show(null);
      el.wlSent = false;
      ctx.change(propsOf(el), [], el);
    });
    player.addEventListener('loadedmetadata', () => {
      if (Number.isFinite(player.duration)) time.textContent = clock(player.duration);
    });
    el.wlProps = props;
    audio_input.update(el, props, {});
    return el;
  },
  update(el, props, old) {
    refreshLabel(el, props, old);
    el.querySelector('[data-testid=stAudioInputActionButton]').disabled = Boolean(props.disabled);
    el.querySelector('.wl-capture-clear').disabled = Boolean(props.disabled);
    applyWidth(el, props.width);
    // Python holds no recording (a form cleared on submit, a reset): show none either.
    if (Array.isArray(props.value) && props.value.length === 0 && old.value?.length) el.wlShow(null);
  },
  destroy(el) {
    el.wlRecording?.cancel();
    clearInterval(el.wlTimer);
    if (el.wlUrl) URL.revokeObjectURL(el.wlUrl);
  },
};

function applyWidth(el, width) {
  el.style.width = typeof width === 'number' ? `${width}px` : '';
  el.style.maxWidth = typeof width === 'number' ? '100%' : '';
}

// ---- camera_input ------------------------------------------------------------------------------

async function startCamera(el) {
  const props = propsOf(el);
  const note = el.querySelector('.wl-capture-note');
  const video = el.querySelector('video');
  const constraints = props.resolution_height ? { height: { ideal: props.resolution_height } } : true;
  try {
    el.wlStream = await navigator.mediaDevices.getUserMedia({ video: constraints, audio: false });
  } catch (error) {
    note.textContent = deviceError(error, 'camera');
    return;
  }
  if (el.wlGone) {
    stopCamera(el);
    return;
  }
  note.textContent = '';
  video.srcObject = el.wlStream;
  await video.play().catch(() => {});
  el.querySelector('[data-testid=stCameraInputButton]').disabled = Boolean(propsOf(el).disabled);
}

function stopCamera(el) {
  el.wlStream?.getTracks().forEach((t) => t.stop());
  el.wlStream = null;
}

export const camera_input = {
  create(props, ctx) {
    const id = uid('wl-camera');
    const video = h('video', { testid: 'stCameraInputWebcamComponent', class: 'wl-camera-video', autoplay: true, playsinline: true, muted: true });
    const photo = h('img', { class: 'wl-camera-photo', alt: 'Photo', hidden: true });
    const button = h('button', { id, type: 'button', testid: 'stCameraInputButton', class: 'wl-button wl-button-secondary wl-camera-button', disabled: true }, 'Take Photo');
    const note = h('div', { class: 'wl-capture-note', role: 'status' });
    const box = h('div', { testid: 'stCameraInputWebcamStyledBox', class: 'wl-camera-box' }, video, photo);
    const el = h('div', { testid: 'stCameraInput', class: 'stCameraInput wl-widget' }, widgetLabel(props, id), box, note, button);

    el.wlClearPhoto = () => {
      if (el.wlUrl) URL.revokeObjectURL(el.wlUrl);
      el.wlUrl = null;
      photo.hidden = true;
      photo.removeAttribute('src');
      video.hidden = false;
      button.textContent = 'Take Photo';
      if (!el.wlStream) startCamera(el);
    };
    button.addEventListener('click', async () => {
      if (propsOf(el).disabled) return;
      if (el.wlUrl) { // "Clear photo"
        el.wlClearPhoto();
        ctx.change(propsOf(el), [], el);
        return;
      }
      if (!video.videoWidth) return;
      const canvas = h('canvas', { width: video.videoWidth, height: video.videoHeight });
      canvas.getContext('2d').drawImage(video, 0, 0);
      const blob = await new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.92));
      if (!blob) return;
      el.wlUrl = URL.createObjectURL(blob);
      photo.src = el.wlUrl;
      photo.hidden = false;
      video.hidden = true;
      button.textContent = 'Clear photo';
      stopCamera(el);
      const name = `camera-input-${stamp().replaceAll(':', '_')}.jpg`;
      ctx.change(propsOf(el), [await fileEntry(blob, name)], el);
    });
    el.wlProps = props;
    camera_input.update(el, props, {});
    if (!props.disabled) startCamera(el);
    return el;
  },
  update(el, props, old) {
    refreshLabel(el, props, old);
    el.querySelector('[data-testid=stCameraInputButton]').disabled = Boolean(props.disabled) || (!el.wlStream && !el.wlUrl);
    applyWidth(el, props.width);
    if (old.disabled && !props.disabled && !el.wlStream && !el.wlUrl) startCamera(el);
    if (Array.isArray(props.value) && props.value.length === 0 && old.value?.length && el.wlUrl) el.wlClearPhoto();
  },
  destroy(el) {
    el.wlGone = true;
    stopCamera(el);
    if (el.wlUrl) URL.revokeObjectURL(el.wlUrl);
  },
};

/** kind -> renderer for this family (merged by registry.js). */
export const renderers = { audio_input, camera_input };

"""Media: ``st.image``, ``st.audio``, ``st.video``; mirrors web/src/elements/media.js.

A source is either ``{"url": ...}`` (a web address, passed through) or ``{"data": <base64>,
"mime": ...}`` (bytes, a file of the app, an encoded array), which the page turns into a blob
URL. Unchanged props are never resent, so rerunning an app does not resend its media.
"""

from __future__ import annotations

import base64
import datetime as _dt
import io
import mimetypes
import os
import re
import struct
import zlib
from typing import Any

from wasmlit.delta_generator import DeltaGenerator, dg_method
from wasmlit.errors import StreamlitAPIException

_URL = re.compile(r"^(https?:|data:|blob:)", re.I)
_YOUTUBE = re.compile(
    r"^https?://(?:www\.|m\.)?(?:youtube\.com/(?:watch\?v=|embed/|shorts/)|youtu\.be/)"
    r"([\w-]{11})")
_MAGIC = [(b"\x89PNG", "image/png"), (b"\xff\xd8\xff", "image/jpeg"), (b"GIF8", "image/gif"),
          (b"BM", "image/bmp"), (b"RIFF", "image/webp"), (b"<svg", "image/svg+xml"),
          (b"<?xml", "image/svg+xml")]


def _b64(data: bytes, mime: str) -> dict[str, str]:
    return {"data": base64.b64encode(data).decode("ascii"), "mime": mime}


def _read_bytes(obj: Any) -> bytes | None:
    if isinstance(obj, (bytes, bytearray, memoryview)):
        return bytes(obj)
    if hasattr(obj, "getvalue"):
        return bytes(obj.getvalue())
    if hasattr(obj, "read"):
        if hasattr(obj, "seek"):
            obj.seek(0)
        return bytes(obj.read())
    return None


def _read_file(path: str, what: str) -> bytes:
    try:
        with open(path, "rb") as f:
            return f.read()
    except OSError as exc:
        raise StreamlitAPIException(
            f"Cannot open the {what} file {path!r}: {exc.strerror}.") from exc


def _guess(path: str, default: str) -> str:
    return mimetypes.guess_type(path)[0] or default


# ---- images ---------------------------------------------------------------------------------


def _png(rows: list[list[int]], width: int, channels: int) -> bytes:
    """Encode 8-bit pixels (row-major, ``channels`` values per pixel) as a PNG, stdlib only."""
    color_type = {1: 0, 3: 2, 4: 6}[channels]
    raw = b"".join(b"\x00" + bytes(row) for row in rows)

    def chunk(tag: bytes, body: bytes) -> bytes:
        return (struct.pack(">I", len(body)) + tag + body
                + struct.pack(">I", zlib.crc32(tag + body) & 0xFFFFFFFF))

    header = struct.pack(">IIBBBBB", width, len(rows), 8, color_type, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw))
            + chunk(b"IEND", b""))


def _array_to_png(arr: Any, clamp: bool, channels: str) -> bytes:
    shape = arr.shape
    if len(shape) == 3 and shape[2] == 1:
        arr = arr[:, :, 0]
        shape = arr.shape
    if len(shape) not in (2, 3) or (len(shape) == 3 and shape[2] not in (3, 4)):
        raise StreamlitAPIException(
            f"An image array must be (height, width) or (height, width, 3 or 4), not {shape}.")
    values = arr.tolist()
    is_float = arr.dtype.kind == "f"
    scale = 255 if is_float else 1

    def px(v: float) -> int:
        v = v * scale
        if v < 0 or v > 255:
            if not clamp:
                raise StreamlitAPIException(
                    "Image values must be in [0, 255] (ints) or [0.0, 1.0] (floats); pass "
                    "clamp=True to clip them.")
            v = min(max(v, 0), 255)
        return int(round(v))

    if len(shape) == 2:
        rows = [[px(v) for v in row] for row in values]
        return _png(rows, shape[1], 1)
    bgr = channels == "BGR"
    rows = []
    for row in values:
        flat: list[int] = []
        for pixel in row:
            if bgr:
                pixel = [pixel[2], pixel[1], pixel[0], *pixel[3:]]
            flat.extend(px(v) for v in pixel)
        rows.append(flat)
    return _png(rows, shape[1], shape[2])


def _image_source(image: Any, clamp: bool, channels: str, output_format: str) -> dict[str, str]:
    module = type(image).__module__
    if isinstance(image, str):
        text = image.strip()
        if text.startswith("<svg") or (text.startswith("<?xml") and "<svg" in text):
            return _b64(text.encode(), "image/svg+xml")
        if _URL.match(text):
            return {"url": text}
        return _b64(_read_file(image, "image"), _guess(image, "image/png"))
    if isinstance(image, os.PathLike):
        path = os.fspath(image)
        return _b64(_read_file(path, "image"), _guess(path, "image/png"))
    if module.startswith("PIL"):
        fmt = "JPEG" if output_format.upper() in ("JPEG", "JPG") else (
            image.format if output_format == "auto" and image.format in ("JPEG", "GIF")
            else "PNG")
        buf = io.BytesIO()
        (image.convert("RGB") if fmt == "JPEG" and image.mode != "RGB" else image).save(buf, fmt)
        return _b64(buf.getvalue(), f"image/{fmt.lower()}")
    if module == "numpy" and hasattr(image, "shape"):
        return _b64(_array_to_png(image, clamp, channels), "image/png")
    data = _read_bytes(image)
    if data is None:
        raise StreamlitAPIException(f"Cannot show an object of type `{type(image).__name__}` "
                                    "as an image.")
    mime = next((m for magic, m in _MAGIC if data[:len(magic)] == magic), "image/png")
    return _b64(data, mime)


def _width(value: Any, allowed: tuple[str, ...]) -> Any:
    if isinstance(value, bool) or not (value in allowed or (isinstance(value, int) and value > 0)):
        raise StreamlitAPIException(
            f"Invalid width value: {value!r}. Width must be a positive integer or one of "
            f"{', '.join(repr(a) for a in allowed)}.")
    return value


@dg_method
def image(self: DeltaGenerator, image: Any, caption: str | list[str] | None = None,
          width: Any = "content", clamp: bool = False, channels: str = "RGB",
          output_format: str = "auto", *, use_container_width: bool | None = None,
          link: str | None = None, use_column_width: Any = None,
          alt: str | list[str | None] | None = None) -> DeltaGenerator:
    """Show an image or a list of images (``st.image``)."""
    if use_column_width is not None:
        use_container_width = use_column_width in (True, "always", "auto")
    if use_container_width is not None:
        width = "stretch" if use_container_width else "content"
    width = _width(width, ("content", "stretch"))
    if channels not in ("RGB", "BGR"):
        raise StreamlitAPIException(f'channels must be "RGB" or "BGR", not {channels!r}.')
    many = isinstance(image, (list, tuple)) or (
        type(image).__module__ == "numpy" and getattr(image, "ndim", 0) == 4)
    images = list(image) if many else [image]
    captions = list(caption) if isinstance(caption, (list, tuple)) else [caption] * len(images)
    if len(captions) != len(images):
        raise StreamlitAPIException(
            f"Cannot pair {len(captions)} captions with {len(images)} images.")
    alts = list(alt) if isinstance(alt, (list, tuple)) else [alt] * len(images)
    if len(alts) != len(images):
        raise StreamlitAPIException(f"Cannot pair {len(alts)} alt texts with {len(images)} images.")
    items = [{**_image_source(img, clamp, channels, output_format),
              "caption": None if cap is None else str(cap), "alt": alt_}
             for img, cap, alt_ in zip(images, captions, alts)]
    return self._enqueue("image", {"items": items, "width": width,
                                   "link": link if len(items) == 1 else None})


@dg_method
def pyplot(self: DeltaGenerator, fig: Any, clear_figure: bool = False, *,
           width: Any = "stretch", use_container_width: bool | None = None,
           alt: str | None = None, **kwargs: Any) -> DeltaGenerator:
    """A Matplotlib figure, drawn to a PNG (``st.pyplot``); ``kwargs`` go to ``savefig``.
    As in Streamlit 1.67 the figure is required (no implicit global figure)."""
    if fig is None:
        from wasmlit.errors import StreamlitMissingRequiredParameterError

        raise StreamlitMissingRequiredParameterError(
            "fig", "Pass the Matplotlib figure to draw, e.g. `fig, ax = plt.subplots()` and "
                   "then `st.pyplot(fig)`.")
    if use_container_width is not None:
        width = "stretch" if use_container_width else "content"
    width = _width(width, ("content", "stretch"))
    buf = io.BytesIO()
    fig.savefig(buf, **{"format": "png", "bbox_inches": "tight", "dpi": 200, **kwargs})
    if clear_figure:
        fig.clf()
    item = {**_b64(buf.getvalue(), "image/png"), "caption": None, "alt": alt}
    return self._enqueue("image", {"items": [item], "width": width, "link": None})


# ---- audio and video ------------------------------------------------------------------------

_UNITS = {"ms": 0.001, "s": 1, "sec": 1, "second": 1, "m": 60, "min": 60, "minute": 60,
          "h": 3600, "hour": 3600, "d": 86400, "day": 86400}


def _seconds(value: Any, name: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, _dt.timedelta):
        return value.total_seconds()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    if isinstance(value, str):
        text = value.strip().lower()
        token = r"(\d+(?:\.\d+)?)\s*([a-z]*)"
        parts = re.findall(token, text)
        if parts and not re.sub(token, "", text).strip():
            total = 0.0
            for number, unit in parts:
                if len(unit) > 2 and unit.endswith("s"):
                    unit = unit[:-1]  # seconds, mins, hours
                if unit and unit not in _UNITS:
                    break
                total += float(number) * _UNITS[unit or "s"]
            else:
                return total
    raise StreamlitAPIException(
        f"Invalid {name}: {value!r}. Use seconds (a number), a timedelta or a string like "
        "'1m30s'.")


def _wav(arr: Any, sample_rate: int) -> bytes:
    import wave

    import numpy as np  # only reached when the data is a numpy array

    data = np.asarray(arr)
    if data.ndim == 2:
        channels = data.shape[0]
        data = data.T.reshape(-1)
    elif data.ndim == 1:
        channels = 1
    else:
        raise StreamlitAPIException("Audio arrays must be 1-D (mono) or 2-D (channels, samples).")
    peak = float(np.max(np.abs(data))) if data.size else 0.0
    scaled = (data / peak * 32767) if peak else data
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(channels)
        w.setsampwidth(2)
        w.setframerate(sample_rate)
        w.writeframes(scaled.astype("<i2").tobytes())
    return buf.getvalue()


def _media_source(data: Any, fmt: str, what: str, sample_rate: int | None) -> dict[str, str] | None:
    if data is None:
        return None
    if isinstance(data, str):
        if _URL.match(data):
            return {"url": data}
        return _b64(_read_file(data, what), _guess(data, fmt))
    if isinstance(data, os.PathLike):
        path = os.fspath(data)
        return _b64(_read_file(path, what), _guess(path, fmt))
    if type(data).__module__ == "numpy" and hasattr(data, "shape"):
        if what != "audio":
            raise StreamlitAPIException("st.video cannot show a numpy array.")
        if sample_rate is None:
            raise StreamlitAPIException("sample_rate must be set when audio data is an array.")
        return _b64(_wav(data, sample_rate), "audio/wav")
    raw = _read_bytes(data)
    if raw is None:
        raise StreamlitAPIException(
            f"Cannot play an object of type `{type(data).__name__}` as {what}.")
    return _b64(raw, fmt)


def _media_props(data: Any, fmt: str, what: str, start_time: Any, end_time: Any, loop: bool,
                 autoplay: bool, alt: str | None, width: Any,
                 sample_rate: int | None = None) -> dict[str, Any]:
    start = _seconds(start_time, "start_time") or 0
    end = _seconds(end_time, "end_time")
    if start < 0 or (end is not None and end <= start):
        raise StreamlitAPIException(
            f"Invalid start_time/end_time: {start_time!r}/{end_time!r}; start_time must be >= 0 "
            "and end_time after it.")
    return {"source": _media_source(data, fmt, what, sample_rate), "format": fmt,
            "start_time": start, "end_time": end, "loop": bool(loop),
            "autoplay": bool(autoplay), "alt": alt, "width": _width(width, ("stretch",))}


@dg_method
def audio(self: DeltaGenerator, data: Any, format: str = "audio/wav", start_time: Any = 0, *,
          sample_rate: int | None = None, end_time: Any = None, loop: bool = False,
          autoplay: bool = False, alt: str | None = None, width: Any = "stretch"
          ) -> DeltaGenerator:
    """An audio player (``st.audio``)."""
    return self._enqueue("audio", _media_props(data, format, "audio", start_time, end_time,
                                               loop, autoplay, alt, width, sample_rate))


def _subtitles(subtitles: Any) -> list[dict[str, str]]:
    if subtitles is None:
        return []
    pairs = subtitles.items() if isinstance(subtitles, dict) else [("default", subtitles)]
    tracks = []
    for label, sub in pairs:
        if isinstance(sub, str) and not _URL.match(sub) and os.path.exists(sub):
            raw = _read_file(sub, "subtitle")
        elif isinstance(sub, str) and _URL.match(sub):
            tracks.append({"label": str(label), "url": sub})
            continue
        elif isinstance(sub, str):
            raw = sub.encode()
        else:
            raw = _read_bytes(sub) or b""
        text = raw.decode("utf-8", "replace").lstrip("\ufeff")
        if not text.startswith("WEBVTT"):  # SRT: comma decimals, no header
            text = "WEBVTT\n\n" + re.sub(r"(\d{2}:\d{2}:\d{2}),(\d{3})", r"\1.\2", text)
        tracks.append({"label": str(label), **_b64(text.encode(), "text/vtt")})
    return tracks


@dg_method
def video(self: DeltaGenerator, data: Any, format: str = "video/mp4", start_time: Any = 0, *,
          subtitles: Any = None, end_time: Any = None, loop: bool = False,
          autoplay: bool = False, muted: bool = False, alt: str | None = None,
          width: Any = "stretch") -> DeltaGenerator:
    """A video player (``st.video``); YouTube links play in YouTube's embedded player."""
    props = _media_props(data, format, "video", start_time, end_time, loop, autoplay, alt, width)
    url = (props["source"] or {}).get("url", "")
    match = _YOUTUBE.match(url)
    props.update({"muted": bool(muted), "subtitles": _subtitles(subtitles),
                  "youtube": match.group(1) if match else None})
    return self._enqueue("video", props)

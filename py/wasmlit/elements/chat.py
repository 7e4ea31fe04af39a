"""Chat: ``st.chat_input`` and ``st.chat_message``.

A chat input returns the submitted text in the run the submission starts, then None. The page
sends ``{"text": ..., "n": <unique number>}`` so that the same text sent twice is two
submissions; Python keeps a :class:`Submission` (a ``str``) that remembers the run that
consumed it. With ``accept_file`` or ``accept_audio`` the page also sends ``files`` (and
``audio``), each as ``st.file_uploader`` sends a file, and the script gets a
:class:`ChatInputValue` (``.text``, ``.files``, ``.audio``) as in Streamlit 1.67.
"""

from __future__ import annotations

import base64
import os
from collections.abc import MutableMapping
from typing import Any, Iterator

from wasmlit.delta_generator import BOTTOM_DG, MAIN, DeltaGenerator, dg_method
from wasmlit.elements.widget_options import callback_of
from wasmlit.errors import StreamlitAPIException
from wasmlit.runtime.context import get_ctx
from wasmlit.state.session_state import element_id
from wasmlit.state.widgets import UploadedFile, register_widget, to_files


class Submission(str):
    """A submitted chat message: compares equal to its text (so ``st.session_state`` reads
    like Streamlit's), but two submissions of the same text differ."""

    n: Any = None
    run_id: int | None = None

    def __new__(cls, text: str, n: Any = None) -> "Submission":
        self = super().__new__(cls, text)
        self.n = n
        return self

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, str):
            return NotImplemented
        if isinstance(other, Submission):
            return str(self) == str(other) and self.n == other.n
        return str(self) == other

    def __ne__(self, other: object) -> bool:
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    __hash__ = str.__hash__

    def __reduce__(self) -> Any:
        return (str, (str(self),))


class ChatInputValue(MutableMapping):
    """A chat submission with attachments: ``text``, ``files`` (only with ``accept_file``)
    and ``audio`` (only with ``accept_audio``), by attribute or by key, as Streamlit's."""

    n: Any = None
    run_id: int | None = None

    def __init__(self, text: str, files: list[UploadedFile] | None = None,
                 audio: UploadedFile | None = None, *, include_files: bool = False,
                 include_audio: bool = False, n: Any = None) -> None:
        self.__dict__["_fields"] = {"text": text}
        if include_files:
            self._fields["files"] = list(files or [])
        if include_audio:
            self._fields["audio"] = audio
        self.__dict__["n"] = n

    def __getattr__(self, name: str) -> Any:
        fields = self.__dict__.get("_fields", {})
        if name in fields:
            return fields[name]
        flag = {"files": "accept_file", "audio": "accept_audio"}.get(name)
        detail = f" ({flag}=False)" if flag else ""
        raise AttributeError(f"'ChatInputValue' object has no attribute '{name}'{detail}")

    def __setattr__(self, name: str, value: Any) -> None:
        if name in self._fields:
            self._fields[name] = value
        else:
            self.__dict__[name] = value

    def to_dict(self) -> dict[str, Any]:
        return dict(self._fields)

    def __getitem__(self, key: str) -> Any:
        if key not in self._fields:
            raise KeyError(f"Invalid key: {key}")
        return self._fields[key]

    def __setitem__(self, key: str, value: Any) -> None:
        if key not in self._fields:
            raise KeyError(f"Invalid key: {key}")
        self._fields[key] = value

    def __delitem__(self, key: str) -> None:
        if key not in self._fields:
            raise KeyError(f"Invalid key: {key}")
        del self._fields[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._fields)

    def __len__(self) -> int:
        return len(self._fields)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, ChatInputValue):
            return self._fields == other._fields and self.n == other.n
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return "ChatInputValue(" + ", ".join(f"{k}={v!r}" for k, v in self._fields.items()) + ")"

    def __reduce__(self) -> Any:  # session snapshots pickle widget values
        return (_rebuild, (self._fields, self.n))


def _rebuild(fields: dict[str, Any], n: Any) -> ChatInputValue:
    return ChatInputValue(fields["text"], fields.get("files"), fields.get("audio"),
                          include_files="files" in fields, include_audio="audio" in fields, n=n)


def _submission(raw: Any, files: bool = False, audio: bool = False,
                max_chars: int | None = None) -> Any:
    if raw is None or isinstance(raw, (Submission, ChatInputValue)):
        return raw
    if isinstance(raw, dict):
        text = str(raw.get("text") or "")
        text = text[:max_chars] if max_chars else text
        if files or audio:
            sound = to_files([raw["audio"]] if raw.get("audio") else [], False)
            return ChatInputValue(text, to_files(raw.get("files") or [], True), sound,
                                  include_files=files, include_audio=audio, n=raw.get("n"))
        return Submission(text, raw.get("n"))
    return Submission(str(raw))


@dg_method
def chat_input(self: DeltaGenerator, placeholder: str = "Your message", *, key: Any = None,
               max_chars: int | None = None, max_upload_size: int | None = None,
               accept_file: Any = False, file_type: Any = None, accept_audio: bool = False,
               audio_sample_rate: int | None = 16000, disabled: bool = False,
               submit_mode: str = "submit", on_submit: Any = None, args: Any = None,
               kwargs: Any = None, width: Any = "stretch", height: Any = "content"
               ) -> Any:
    """A chat message box (``st.chat_input``): pinned to the bottom of the page at the top
    level, inline inside containers. Returns the submitted text once, then None."""
    if self._form_id:
        raise StreamlitAPIException("`st.chat_input()` can't be used in a `st.form()`.")
    if accept_file not in (True, False, "multiple", "directory"):
        raise StreamlitAPIException(
            "Invalid `accept_file` value. Supported values: True, False, 'multiple', "
            f"'directory'. Got {accept_file!r}.")
    if submit_mode not in ("submit", "disable", "stop"):
        raise StreamlitAPIException(
            "Invalid `submit_mode` value. Supported values: 'submit', 'disable', 'stop'.")
    if max_upload_size is not None and (isinstance(max_upload_size, bool) or not isinstance(
            max_upload_size, int) or max_upload_size < 1):
        raise StreamlitAPIException(
            "Invalid `max_upload_size` value. Supported values: a positive integer. Set it to "
            "None to fall back to the `server.maxUploadSize` configuration option.")
    from wasmlit.elements.capture import check_sample_rate
    from wasmlit.elements.files import DEFAULT_MAX_UPLOAD_MB, _accept

    check_sample_rate(audio_sample_rate, "audio_sample_rate")
    with_files = accept_file in (True, "multiple", "directory")
    with_audio = bool(accept_audio)
    callback = callback_of(on_submit, "on_submit")
    where = BOTTOM_DG if self._root == MAIN else self
    ctx = get_ctx()
    id_args = {"placeholder": placeholder, "max_chars": max_chars}
    if with_files or with_audio or max_upload_size is not None:
        id_args.update(accept_file=accept_file, file_type=file_type, accept_audio=with_audio,
                       max_upload_size=max_upload_size)
    user_key = None if key is None else str(key)
    wid = element_id("chat_input", user_key, where._form_id, label="", **id_args)
    value = register_widget(
        where, "chat_input", label="", key=key, default=None,
        props={"placeholder": str(placeholder), "max_chars": max_chars, "disabled": disabled,
               "submit_mode": submit_mode, "width": width, "height": height,
               "pinned": where is BOTTOM_DG, "help": None, "label_visibility": "collapsed",
               "accept_file": accept_file if with_files else False,
               "file_type": _accept(file_type) if with_files else None,
               "accept_audio": with_audio, "audio_sample_rate": audio_sample_rate,
               "max_upload_size": max_upload_size or DEFAULT_MAX_UPLOAD_MB},
        id_args=id_args, callback=callback, args=args, kwargs=kwargs,
        deserialize=lambda raw: _submission(raw, with_files, with_audio, max_chars),
        serialize=lambda v: None)
    if isinstance(value, ChatInputValue):
        if value.run_id is None:
            value.run_id = ctx.run_id
        if value.run_id == ctx.run_id:
            return value
        ctx.state._values[wid] = None
        return None
    if not isinstance(value, Submission):
        return None if value is None else str(value)
    if value.run_id is None:
        value.run_id = ctx.run_id
    if value.run_id == ctx.run_id:
        return str(value)
    ctx.state._values[wid] = None  # consumed by an earlier run
    return None


_ROLE_AVATARS = {"user": "user", "human": "user", "assistant": "assistant", "ai": "assistant"}


def _image_uri(data: bytes) -> str:
    kind = "image/png"
    if data[:3] == b"\xff\xd8\xff":
        kind = "image/jpeg"
    elif data[:4] == b"GIF8":
        kind = "image/gif"
    elif data.lstrip()[:4] in (b"<svg", b"<?xm"):
        kind = "image/svg+xml"
    elif data[:4] == b"RIFF":
        kind = "image/webp"
    return f"data:{kind};base64,{base64.b64encode(data).decode('ascii')}"


def _avatar(name: str, avatar: Any) -> tuple[str, str | None]:
    """(avatar_type, avatar): "icon" (a role or a material icon), "emoji" (text) or
    "image" (a URL or data URI)."""
    if avatar is None:
        return "icon", _ROLE_AVATARS.get(name.lower()) if isinstance(name, str) else None
    if isinstance(avatar, (bytes, bytearray)):
        return "image", _image_uri(bytes(avatar))
    if isinstance(avatar, str):
        if avatar in ("user", "assistant"):
            return "icon", avatar
        if avatar.startswith(":material/") and avatar.endswith(":"):
            return "icon", avatar
        if avatar.startswith(("http://", "https://", "data:image/")):
            return "image", avatar
        if avatar.rsplit(".", 1)[-1].lower() in ("png", "jpg", "jpeg", "gif", "svg", "webp") \
                and os.path.isfile(avatar):
            with open(avatar, "rb") as f:
                return "image", _image_uri(f.read())
        return "emoji", avatar
    raise StreamlitAPIException(
        f"Failed to load the provided avatar value as an image: {type(avatar).__name__}.")


@dg_method
def chat_message(self: DeltaGenerator, name: str, *, avatar: Any = None,
                 width: Any = "stretch") -> DeltaGenerator:
    """A chat message with an avatar; a container (``with st.chat_message("user"):``)."""
    kind, shown = _avatar(name, avatar)
    return self._block("chat_message", {"name": str(name), "avatar": shown,
                                        "avatar_type": kind, "width": width})

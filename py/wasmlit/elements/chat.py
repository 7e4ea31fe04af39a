"""Chat: ``st.chat_input`` and ``st.chat_message``.

A chat input returns the submitted text in the run the submission starts, then None. The page
sends ``{"text": ..., "n": <unique number>}`` so that the same text sent twice is two
submissions; Python keeps a :class:`Submission` (a ``str``) that remembers the run that
consumed it.
"""

from __future__ import annotations

import base64
import os
from typing import Any

from wasmlit.delta_generator import BOTTOM_DG, MAIN, DeltaGenerator, dg_method
from wasmlit.elements.widget_options import callback_of
from wasmlit.errors import StreamlitAPIException
from wasmlit.runtime.context import get_ctx
from wasmlit.state.session_state import element_id
from wasmlit.state.widgets import register_widget


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


def _submission(raw: Any) -> Any:
    if raw is None:
        return None
    if isinstance(raw, dict):
        return Submission(str(raw.get("text") or ""), raw.get("n"))
    return Submission(str(raw))


@dg_method
def chat_input(self: DeltaGenerator, placeholder: str = "Your message", *, key: Any = None,
               max_chars: int | None = None, max_upload_size: int | None = None,
               accept_file: Any = False, file_type: Any = None, accept_audio: bool = False,
               audio_sample_rate: int | None = 16000, disabled: bool = False,
               submit_mode: str = "submit", on_submit: Any = None, args: Any = None,
               kwargs: Any = None, width: Any = "stretch", height: Any = "content"
               ) -> str | None:
    """A chat message box (``st.chat_input``): pinned to the bottom of the page at the top
    level, inline inside containers. Returns the submitted text once, then None."""
    if self._form_id:
        raise StreamlitAPIException("`st.chat_input()` can't be used in a `st.form()`.")
    if accept_file or accept_audio:
        raise StreamlitAPIException(
            "wasmlit does not support `accept_file` or `accept_audio` in `st.chat_input` yet.")
    if submit_mode not in ("submit", "disable", "stop"):
        raise StreamlitAPIException(
            "Invalid `submit_mode` value. Supported values: 'submit', 'disable', 'stop'.")
    callback = callback_of(on_submit, "on_submit")
    where = BOTTOM_DG if self._root == MAIN else self
    ctx = get_ctx()
    id_args = {"placeholder": placeholder, "max_chars": max_chars}
    user_key = None if key is None else str(key)
    wid = element_id("chat_input", user_key, where._form_id, label="", **id_args)
    value = register_widget(
        where, "chat_input", label="", key=key, default=None,
        props={"placeholder": str(placeholder), "max_chars": max_chars, "disabled": disabled,
               "submit_mode": submit_mode, "width": width, "height": height,
               "pinned": where is BOTTOM_DG, "help": None, "label_visibility": "collapsed"},
        id_args=id_args, callback=callback, args=args, kwargs=kwargs,
        deserialize=_submission, serialize=lambda v: None)
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

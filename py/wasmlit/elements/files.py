"""Files in and out: ``st.download_button``, ``st.link_button``, ``st.file_uploader``.

Bytes cross the wire as base64 text. A download button carries its file in its props
(``data``), so an unchanged file is not sent again (the page tree only gets changed props).
Data given as a callable is produced in the run that follows the click, and the page starts
the download when it sees a new ``download_nonce``.

An uploaded file is read in the browser and sent as ``{file_id, name, type, size, data}``;
the page keeps the bytes of the files it shows and sends the whole list on every change
(a removed file is just left out). Python hands the script :class:`UploadedFile` objects;
the widget's props only carry the files' metadata back, never the bytes.
"""

from __future__ import annotations

import base64
import io
import mimetypes
from typing import Any

from wasmlit.delta_generator import DeltaGenerator, dg_method
from wasmlit.elements.widget_options import callback_of, change_mode
from wasmlit.errors import StreamlitAPIException
from wasmlit.runtime.context import get_ctx
from wasmlit.state.session_state import element_id
from wasmlit.state.widgets import common_props, file_meta, register_widget, to_files

DEFAULT_MAX_UPLOAD_MB = 200
_BUTTON_TYPES = ("primary", "secondary", "tertiary")


def _check_type(type: str, cmd: str) -> None:
    if type not in _BUTTON_TYPES:
        raise StreamlitAPIException(
            f'The type argument to st.{cmd} must be "primary", "secondary", or "tertiary". '
            f'\nThe argument passed was "{type}".')


# ---- download_button ---------------------------------------------------------------------------

def _file_bytes(data: Any, file_name: str | None, mime: str | None) -> tuple[bytes, str]:
    """The bytes to download and their MIME type, as Streamlit derives it."""
    name = file_name or (data.name if isinstance(getattr(data, "name", None), str) else None)
    guessed = mimetypes.guess_type(name)[0] if name and not isinstance(data, (str, bytes)) \
        else None
    if isinstance(data, str):
        return data.encode("utf-8"), mime or "text/plain"
    if isinstance(data, (bytes, bytearray, memoryview)):
        return bytes(data), mime or "application/octet-stream"
    if isinstance(data, io.TextIOBase):
        data.seek(0)
        return data.read().encode("utf-8"), mime or guessed or "text/plain"
    if isinstance(data, (io.RawIOBase, io.BufferedIOBase)) or hasattr(data, "read"):
        if hasattr(data, "seek"):
            data.seek(0)
        raw = data.read()
        if isinstance(raw, str):
            return raw.encode("utf-8"), mime or guessed or "text/plain"
        return bytes(raw), mime or guessed or "application/octet-stream"
    raise StreamlitAPIException(f"Invalid binary data format: {type(data)}")


def _default_name(mime: str) -> str:
    ext = {"text/plain": ".txt", "application/octet-stream": ".bin"}.get(mime) or \
        mimetypes.guess_extension(mime) or ""
    return f"download{ext}"


@dg_method
def download_button(self: DeltaGenerator, label: str, data: Any, file_name: str | None = None,
                    mime: str | None = None, key: Any = None, help: str | None = None,
                    on_click: Any = "rerun", args: Any = None, kwargs: Any = None, *,
                    type: str = "secondary", icon: str | None = None,
                    icon_position: str = "left", disabled: bool = False,
                    use_container_width: bool | None = None, width: Any = "content",
                    shortcut: str | None = None, wrap: bool | None = None) -> bool:
    """A button that downloads ``data`` as a file (``st.download_button``)."""
    if self._form_id:
        raise StreamlitAPIException(
            "`st.download_button()` can't be used in an `st.form()`.\n\nFor more information, "
            "refer to the\n[documentation for forms](https://docs.streamlit.io/develop/"
            "api-reference/execution-flow/st.form).")
    _check_type(type, "download_button")
    callback = callback_of(on_click, "on_click")
    deferred = callable(data) and not hasattr(data, "read")
    props: dict[str, Any] = {
        "type": type, "icon": icon, "icon_position": icon_position, "help": help,
        "disabled": disabled, "width": "stretch" if use_container_width else width,
        "on_click": change_mode(on_click), "deferred": deferred}
    if deferred:
        content, kind = b"", mime or "application/octet-stream"
    else:
        content, kind = _file_bytes(data, file_name, mime)
    name = file_name or (data.name.rsplit("/", 1)[-1] if isinstance(getattr(data, "name", None),
                                                                  str) else None)
    props.update({"file_name": name or _default_name(kind), "mime": kind})
    id_args = {"help": help, "type": type, "icon": icon, "file_name": file_name, "mime": mime,
               "disabled": disabled, "deferred": deferred}
    if not deferred:
        props["data"] = base64.b64encode(content).decode("ascii")
        props["size"] = len(content)
    if deferred:
        # A callable's data is made in the run its click starts, and sent with a new nonce
        # so that the page downloads it once.
        ctx = get_ctx()
        user_key = None if key is None else str(key)
        wid = element_id("download_button", user_key, self._form_id, label=label, **id_args)
        if wid in ctx.state._triggers:
            content, kind = _file_bytes(data(), file_name, mime)
            props.update({"data": base64.b64encode(content).decode("ascii"),
                          "size": len(content), "mime": kind, "download_nonce": ctx.nonce()})
    return bool(register_widget(
        self, "download_button", label=label, key=key, default=False, trigger=True,
        settable=False, props=props, id_args=id_args, callback=callback, args=args,
        kwargs=kwargs))


# ---- link_button -------------------------------------------------------------------------------

@dg_method
def link_button(self: DeltaGenerator, label: str, url: str, *, key: Any = None,
                on_click: Any = "ignore", args: Any = None, kwargs: Any = None,
                help: str | None = None, type: str = "secondary", icon: str | None = None,
                icon_position: str = "left", disabled: bool = False,
                use_container_width: bool | None = None, width: Any = "content",
                shortcut: str | None = None, wrap: bool | None = None) -> Any:
    """A button that opens ``url`` in a new tab (``st.link_button``). With
    ``on_click="rerun"`` or a callback it is also a widget and returns whether it was
    clicked."""
    _check_type(type, "link_button")
    callback = callback_of(on_click, "on_click")
    props = {"url": str(url), "type": type, "icon": icon, "icon_position": icon_position,
             "help": help, "disabled": disabled,
             "width": "stretch" if use_container_width else width}
    if on_click == "ignore":
        return self._enqueue("link_button", {"label": label, "id": None, **props})
    if self._form_id:
        raise StreamlitAPIException(
            "`st.link_button()` with `on_click` set can't be used in an `st.form()`.")
    return bool(register_widget(
        self, "link_button", label=label, key=key, default=False, trigger=True,
        settable=False, props=props,
        id_args={"url": str(url), "help": help, "type": type, "icon": icon,
                 "disabled": disabled},
        callback=callback, args=args, kwargs=kwargs))


# ---- file_uploader ------------------------------------------------------------------------------



def _accept(type: Any) -> list[str] | None:
    """Streamlit's ``type`` argument as the page's ``accept`` list (".csv", "image/*")."""
    if type is None:
        return None
    items = [type] if isinstance(type, str) else list(type)
    out: list[str] = []
    for item in items:
        t = str(item).strip().lower()
        if t in ("image", "audio", "video", "text"):
            t = f"{t}/*"
        elif "/" not in t and not t.startswith("."):
            t = f".{t}"
        out.append(t)
    # Streamlit lets .jpg and .jpeg stand for each other
    for a, b in ((".jpg", ".jpeg"), (".jpeg", ".jpg")):
        if a in out and b not in out:
            out.append(b)
    return out


@dg_method
def file_uploader(self: DeltaGenerator, label: str, type: Any = None,
                  accept_multiple_files: Any = False, key: Any = None, help: str | None = None,
                  on_change: Any = "rerun", args: Any = None, kwargs: Any = None, *,
                  max_upload_size: int | None = None, disabled: bool = False,
                  label_visibility: str = "visible", width: Any = "stretch") -> Any:
    """A drop zone and file picker; returns ``UploadedFile`` objects (``st.file_uploader``)."""
    callback = callback_of(on_change)
    if max_upload_size is not None and (
            isinstance(max_upload_size, bool) or not isinstance(max_upload_size, int)
            or max_upload_size <= 0):
        raise StreamlitAPIException("`max_upload_size` must be a positive integer.")
    if accept_multiple_files not in (True, False, "directory"):
        raise StreamlitAPIException(
            "Invalid `accept_multiple_files` value. Supported values: True, False, "
            "'directory'.")
    multiple = accept_multiple_files in (True, "directory")
    accept = _accept(type)
    limit = max_upload_size or DEFAULT_MAX_UPLOAD_MB
    return register_widget(
        self, "file_uploader", label=label, key=key, default=[] if multiple else None,
        props={"accept": accept, "multiple": multiple,
               "directory": accept_multiple_files == "directory", "max_upload_size": limit,
               "width": width, "on_change": change_mode(on_change),
               **common_props(help, disabled, label_visibility)},
        id_args={"type": accept, "accept_multiple_files": accept_multiple_files,
                 "help": help, "max_upload_size": limit},
        callback=callback, args=args, kwargs=kwargs, settable=False,
        deserialize=lambda raw: to_files(raw, multiple), serialize=file_meta)

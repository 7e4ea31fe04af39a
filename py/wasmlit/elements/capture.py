"""Capture from the user's devices: ``st.audio_input`` (microphone) and ``st.camera_input``
(camera).

The page records or takes the picture itself (``MediaRecorder`` / ``getUserMedia``), turns it
into a WAV (16-bit mono PCM at ``sample_rate``) or a JPEG, and sends it as one file in the same
shape as ``st.file_uploader`` does (``{file_id, name, type, size, data}``, base64 bytes). The
script gets an :class:`~wasmlit.state.widgets.UploadedFile`, or None once the user cleared it.
"""

from __future__ import annotations

from typing import Any

from wasmlit.delta_generator import DeltaGenerator, dg_method
from wasmlit.elements.widget_options import callback_of, change_mode, check_width
from wasmlit.errors import StreamlitValueAssignmentNotAllowedError, StreamlitValueError
from wasmlit.runtime.context import get_ctx
from wasmlit.state.widgets import common_props, file_meta, register_widget, to_files

#: the sample rates Streamlit 1.67 accepts for recordings (None keeps the device's own)
ALLOWED_SAMPLE_RATES = (8000, 11025, 16000, 22050, 24000, 32000, 44100, 48000)
_RESOLUTIONS = {"480p": 480, "720p": 720, "1080p": 1080}


def check_sample_rate(sample_rate: Any, name: str = "sample_rate") -> int | None:
    """A recording's sample rate, as Streamlit 1.67 checks it."""
    if sample_rate is not None and (isinstance(sample_rate, bool)
                                    or sample_rate not in ALLOWED_SAMPLE_RATES):
        raise StreamlitValueError(name, [str(r) for r in ALLOWED_SAMPLE_RATES] + ["None"])
    return sample_rate


def _one_file(dg: DeltaGenerator, kind: str, label: str, key: Any, help: str | None,
              on_change: Any, args: Any, kwargs: Any, disabled: bool, label_visibility: str,
              width: Any, props: dict[str, Any], id_args: dict[str, Any]) -> Any:
    callback = callback_of(on_change)
    check_width(width)
    if key is not None and str(key) in get_ctx().state._user:
        raise StreamlitValueAssignmentNotAllowedError(
            f'Values for the widget with key "{key}" cannot be set using st.session_state.')
    return register_widget(
        dg, kind, label=label, key=key, default=None,
        props={**props, "width": width, "on_change": change_mode(on_change),
               **common_props(help, disabled, label_visibility)},
        id_args={"help": help, "width": width, **id_args}, callback=callback, args=args,
        kwargs=kwargs, settable=False, deserialize=lambda raw: to_files(raw, False),
        serialize=file_meta)


@dg_method
def audio_input(self: DeltaGenerator, label: str, *, sample_rate: int | None = 16000,
                key: Any = None, help: str | None = None, on_change: Any = "rerun",
                args: Any = None, kwargs: Any = None, disabled: bool = False,
                label_visibility: str = "visible", width: Any = "stretch") -> Any:
    """A microphone recorder (``st.audio_input``); returns the recording as a WAV
    ``UploadedFile``, or None."""
    rate = check_sample_rate(sample_rate)
    return _one_file(self, "audio_input", label, key, help, on_change, args, kwargs, disabled,
                     label_visibility, width, {"sample_rate": rate}, {"sample_rate": rate})


@dg_method
def camera_input(self: DeltaGenerator, label: str, key: Any = None, help: str | None = None,
                 on_change: Any = "rerun", args: Any = None, kwargs: Any = None, *,
                 disabled: bool = False, label_visibility: str = "visible",
                 resolution: str | None = None, width: Any = "stretch") -> Any:
    """A camera with a "Take Photo" button (``st.camera_input``); returns the photo as a JPEG
    ``UploadedFile``, or None."""
    if resolution is not None and resolution not in _RESOLUTIONS:
        raise StreamlitValueError("resolution", [f"'{r}'" for r in _RESOLUTIONS] + ["None"])
    height = _RESOLUTIONS.get(resolution) if resolution else None
    return _one_file(self, "camera_input", label, key, help, on_change, args, kwargs, disabled,
                     label_visibility, width, {"resolution_height": height},
                     {"resolution": resolution})

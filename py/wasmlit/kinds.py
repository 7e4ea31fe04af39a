"""Every element kind, declared once: its name, its props and, for a widget, its serde.

A node on the wire (``wasmlit.protocol.Node``) has a ``kind`` and ``props``; this table says
which kinds exist, which are blocks (containers), what props each one carries (a TypedDict
per kind: names and JSON types; ``NotRequired`` ones are sent only when they differ from the
page's default) and, for widgets, how the value crosses the wire (``wasmlit.state.widgets``).

Who uses it: the element commands (``wasmlit/elements/<family>.py``) write these props;
AppTest checks every node it receives against it and reads widget values through the serdes;
``tests/unit/test_kinds.py`` checks that the page has a renderer for exactly these kinds
(``web/src/elements/registry.js``). See ``docs/adding-an-element.md``.
"""

# No `from __future__ import annotations` here: TypedDict must see NotRequired[...] itself
# (with string annotations Python 3.11 counts every key as required).
from dataclasses import dataclass
from typing import Any, NotRequired, TypedDict

from wasmlit.state.widgets import DATE, DATETIME, FILES, IDENTITY, SLIDER, TIME, Serde

__all__ = ["KINDS", "Kind", "check_props"]


class AlertProps(TypedDict):
    body: str
    icon: str | None
    title: str | None
    variant: str
    width: int | str


class AudioProps(TypedDict):
    alt: str | None
    autoplay: bool
    end_time: float | None
    format: str
    loop: bool
    source: dict[str, Any]
    start_time: int | float
    width: int | str


class BadgeProps(TypedDict):
    color: str
    help: str | None
    icon: str | None
    label: str
    width: int | str


class BalloonsProps(TypedDict):
    nonce: int


class ButtonProps(TypedDict):
    disabled: bool
    form_id: str
    help: str | None
    icon: str | None
    icon_position: str
    id: str
    is_submit: bool
    label: str
    shortcut: str | None
    type: str
    width: int | str
    wrap: bool | None


class ButtonGroupProps(TypedDict):
    disabled: bool
    form_id: str
    help: str | None
    id: str
    label: str
    label_visibility: str
    on_change: str
    options: list[Any]
    required: bool
    selection_mode: str
    style: str
    value: list[Any]
    width: int | str


class ChatInputProps(TypedDict):
    accept_audio: bool
    accept_file: bool | str
    audio_sample_rate: int | None
    disabled: bool
    file_type: list[Any] | None
    form_id: str
    height: str
    help: str | None
    id: str
    label: str
    label_visibility: str
    max_chars: int | None
    max_upload_size: int
    pinned: bool
    placeholder: str | None
    submit_mode: str
    value: Any
    width: int | str


class ChatMessageProps(TypedDict):
    avatar: str
    avatar_type: str
    name: str
    width: int | str


class CheckboxProps(TypedDict):
    disabled: bool
    form_id: str
    help: str | None
    id: str
    label: str
    label_visibility: str
    on_change: str
    toggle: bool
    value: bool
    width: int | str
    wrap: bool | None


class CodeProps(TypedDict):
    body: str
    height: int | str
    language: str | None
    line_numbers: bool
    width: int | str
    wrap_lines: bool


class ColorPickerProps(TypedDict):
    disabled: bool
    form_id: str
    help: str | None
    id: str
    label: str
    label_visibility: str
    on_change: str
    value: str
    width: int | str


class ColumnProps(TypedDict):
    border: bool
    vertical_alignment: str
    weight: float


class DataframeProps(TypedDict):
    alt: str | None
    columns: list[Any]
    form_id: NotRequired[str]
    height: int | str
    hide_index: bool
    id: NotRequired[str]
    index: list[Any]
    index_name: str | None
    label: NotRequired[str]
    # st.column_config as column_config.normalise gives it, when any was passed
    config: NotRequired[dict[str, Any]]
    order: list[Any]
    placeholder: str | None
    row_height: int | None
    rows: list[Any]
    selection_mode: NotRequired[list[Any]]
    types: list[Any]
    value: NotRequired[dict[str, Any]]
    width: int | str
    # from _table_props (elements/data.py): a column's kind for the page, and what pandas
    # MultiIndex levels and a Styler add when present
    dtypes: list[Any]
    column_levels: NotRequired[list[Any]]
    index_levels: NotRequired[list[Any]]
    index_names: NotRequired[list[Any]]
    display: NotRequired[list[Any]]
    cell_styles: NotRequired[list[Any]]
    caption: NotRequired[str]


class DataEditorProps(TypedDict):
    # elements/editor.py: the table as st.dataframe sends it, the column config and the
    # editing state (value)
    alt: str | None
    columns: list[Any]
    config: dict[str, Any]
    disabled: bool
    dtypes: list[Any]
    form_id: str
    height: int | str
    hide_index: bool
    id: str
    index: list[Any]
    index_name: str | None
    label: str
    num_rows: str
    on_change: str
    order: list[Any]
    placeholder: str | None
    range_index: bool
    row_height: int | None
    rows: list[Any]
    types: list[Any]
    value: dict[str, Any]
    width: int | str
    column_levels: NotRequired[list[Any]]
    index_levels: NotRequired[list[Any]]
    index_names: NotRequired[list[Any]]
    display: NotRequired[list[Any]]
    cell_styles: NotRequired[list[Any]]
    caption: NotRequired[str]


class DateInputProps(TypedDict):
    disabled: bool
    form_id: str
    format: str
    help: str | None
    id: str
    is_range: bool
    label: str
    label_visibility: str
    max_value: str
    min_value: str
    on_change: str
    required: bool
    value: str | list[Any] | None
    width: int | str


class DialogProps(TypedDict):
    dismiss_id: NotRequired[str]
    dismissible: bool
    icon: str | None
    nonce: int
    open: bool
    position: str
    title: str
    width: int | str


class DownloadButtonProps(TypedDict):
    data: NotRequired[str]
    deferred: bool
    disabled: bool
    download_nonce: NotRequired[int]
    file_name: str
    form_id: str
    help: str | None
    icon: str | None
    icon_position: str
    id: str | None
    label: str
    mime: str
    on_click: str
    size: NotRequired[int]
    type: str
    width: int | str


class EmptyProps(TypedDict):
    pass


class ExceptionProps(TypedDict):
    is_api_error: bool
    message: str
    traceback: list[Any]
    type: str


class ExpanderProps(TypedDict):
    expanded: bool
    icon: str | None
    id: NotRequired[str]
    key: str | None
    label: str
    type: str
    width: int | str


class FeedbackProps(TypedDict):
    disabled: bool
    form_id: str
    id: str
    label: str
    on_change: str
    options: str
    value: int | None
    width: int | str


class FileUploaderProps(TypedDict):
    accept: list[Any] | None
    directory: bool
    disabled: bool
    form_id: str
    help: str | None
    id: str
    label: str
    label_visibility: str
    max_upload_size: int
    multiple: bool
    on_change: str
    value: list[Any]
    width: int | str


class FormProps(TypedDict):
    border: bool
    clear_on_submit: bool
    enter_to_submit: bool
    form_id: str
    height: int | None
    width: int | str


class HeadingProps(TypedDict):
    anchor: bool | str | None
    body: str
    divider: bool | str
    help: str | None
    icon: str | None
    tag: str
    text_alignment: str
    width: int | str
    wrap: bool


class HelpProps(TypedDict):
    doc: str
    members: list[Any]
    name: str
    type: str
    value: str


class HorizontalProps(TypedDict):
    gap: int | str | None
    vertical_alignment: str
    width: int | str
    wrap: bool


class HtmlProps(TypedDict):
    body: str
    unsafe_allow_javascript: bool
    width: int | str


class IframeProps(TypedDict):
    height: int | None
    scrolling: bool
    src: NotRequired[str]
    srcdoc: NotRequired[str]
    tab_index: int | None
    title: str
    width: int | str


# ---- custom components (components/v1.py, components/v2.py) ----

class ComponentInstanceProps(TypedDict):
    args: dict[str, Any]
    disabled: bool
    form_id: str
    id: str
    label: str
    name: str
    special: list[Any]
    src: str
    tab_index: int | None
    value: Any


class BidiComponentProps(TypedDict):
    css: str
    data: Any
    data_bytes: NotRequired[str]
    events_id: str
    form_id: str
    height: int | str
    html: str
    id: str
    isolate_styles: bool
    js: str
    label: str
    name: str
    value: dict[str, Any]
    width: int | str


class ImageProps(TypedDict):
    items: list[Any]
    link: str | None
    width: int | str


class JsonProps(TypedDict):
    body: str
    expanded: bool
    max_expand_depth: int | None
    width: int | str


class LinkButtonProps(TypedDict):
    disabled: bool
    form_id: NotRequired[str]
    help: str | None
    icon: str | None
    icon_position: str
    id: str | None
    label: str
    type: str
    url: str
    width: int | str


class MarkdownProps(TypedDict):
    anchors: NotRequired[bool]
    body: str
    help: str | None
    text_alignment: NotRequired[str]
    unsafe_allow_html: bool
    variant: str
    width: NotRequired[int | str]
    wrap: NotRequired[bool]


class PageLinkProps(TypedDict):
    disabled: bool
    external: bool
    help: str
    icon: str
    icon_position: str
    label: str
    page: str
    page_hash: str
    query: str
    width: int | str


class MetricProps(TypedDict):
    body: str
    border: bool
    chart_data: list[Any]
    chart_type: str
    color: str
    delta: str
    delta_description: str | None
    delta_is_number: bool
    direction: str
    format: str | None
    height: str
    help: str | None
    icon: str | None
    label: str
    label_visibility: str
    value_is_number: bool
    width: int | str


class MultiselectProps(TypedDict):
    accept_new_options: bool
    disabled: bool
    filter_mode: str
    form_id: str
    help: str | None
    id: str
    label: str
    label_visibility: str
    max_selections: int | None
    on_change: str
    options: list[Any]
    placeholder: str | None
    select_all: int
    value: list[Any]
    width: int | str
    wrap: bool | None


class NumberInputProps(TypedDict):
    disabled: bool
    form_id: str
    format: str
    help: str | None
    icon: str | None
    id: str
    is_int: bool
    label: str
    label_visibility: str
    max_value: int | float | None
    min_value: int | float | None
    on_change: str
    placeholder: str | None
    required: bool
    step: int | float
    value: int | float | None
    width: int | str


class PopoverProps(TypedDict):
    disabled: bool
    help: str | None
    icon: str | None
    id: NotRequired[str]
    key: str | None
    label: str
    open: NotRequired[bool]
    type: str
    width: int | str


class ProgressProps(TypedDict):
    text: str | None
    value: int


class RadioProps(TypedDict):
    captions: list[Any]
    disabled: bool
    form_id: str
    help: str | None
    horizontal: bool
    id: str
    label: str
    label_visibility: str
    on_change: str
    options: list[Any]
    value: int | None
    width: int | str


class SelectSliderProps(TypedDict):
    disabled: bool
    form_id: str
    help: str | None
    id: str
    is_range: bool
    label: str
    label_visibility: str
    on_change: str
    options: list[Any]
    value: int | list[Any]
    width: int | str


class SelectboxProps(TypedDict):
    accept_new_options: bool
    clearable: bool
    disabled: bool
    filter_mode: str
    form_id: str
    help: str | None
    icon: str | None
    id: str
    label: str
    label_visibility: str
    on_change: str
    options: list[Any]
    placeholder: str | None
    required: bool
    value: int | str | None
    width: int | str


class SliderProps(TypedDict):
    disabled: bool
    dtype: NotRequired[str]
    form_id: str
    format: str | None
    help: str | None
    id: str
    is_int: bool
    is_range: bool
    label: str
    label_visibility: str
    max_value: int | float
    min_value: int | float
    on_change: str
    step: int | float
    value: int | float | list[Any]


class SnowProps(TypedDict):
    nonce: int


class SpaceProps(TypedDict):
    size: int | str


class SpinnerProps(TypedDict):
    show_time: bool
    text: str


class StatusProps(TypedDict):
    expanded: bool
    label: str
    state: str
    type: str
    width: int | str


class TabProps(TypedDict):
    label: str


class TableProps(TypedDict):
    alt: str | None
    border: bool | str
    columns: list[Any]
    height: str
    hide_header: bool
    hide_index: bool
    index: list[Any]
    index_name: str | None
    rows: list[Any]
    types: list[Any]
    width: int | str
    # from _table_props (elements/data.py): a column's kind for the page, and what pandas
    # MultiIndex levels and a Styler add when present
    dtypes: list[Any]
    column_levels: NotRequired[list[Any]]
    index_levels: NotRequired[list[Any]]
    index_names: NotRequired[list[Any]]
    display: NotRequired[list[Any]]
    cell_styles: NotRequired[list[Any]]
    caption: NotRequired[str]


class TabsProps(TypedDict):
    default: int
    height: str
    id: NotRequired[str]
    key: str | None
    labels: list[Any]
    width: int | str


class TextProps(TypedDict):
    body: str
    help: NotRequired[str | None]
    text_alignment: NotRequired[str]
    width: NotRequired[int | str]
    wrap: NotRequired[bool]


class TextAreaProps(TypedDict):
    disabled: bool
    form_id: str
    height: int | str | None
    help: str | None
    id: str
    label: str
    label_visibility: str
    max_chars: int | None
    on_change: str
    placeholder: str | None
    required: bool
    value: str
    width: int | str


class TextInputProps(TypedDict):
    autocomplete: str | None
    disabled: bool
    form_id: str
    help: str | None
    icon: str | None
    id: str
    label: str
    label_visibility: str
    live_ms: int | None
    max_chars: int | None
    on_change: str
    pattern: str | None
    pattern_message: str | None
    placeholder: str | None
    required: bool
    type: str
    value: str | None
    width: int | str


class TimeInputProps(TypedDict):
    disabled: bool
    form_id: str
    format: str
    help: str | None
    id: str
    label: str
    label_visibility: str
    on_change: str
    required: bool
    step: int
    value: str | None
    width: int | str


class ToastProps(TypedDict):
    body: str
    duration: int
    icon: str | None
    nonce: int


# ---- elements/plotly_chart.py and elements/maps.py (charts and maps) ----
class PlotlyChartProps(TypedDict):
    alt: str | None
    config: dict[str, Any]
    figure: dict[str, Any]
    form_id: NotRequired[str]
    height: int | str
    id: NotRequired[str]
    label: NotRequired[str]
    selection_mode: NotRequired[list[Any]]
    theme: str | None
    value: NotRequired[dict[str, Any]]
    width: int | str


class DeckGlProps(TypedDict):
    alt: str | None
    chart: str
    form_id: NotRequired[str]
    height: int | str
    id: NotRequired[str]
    label: NotRequired[str]
    selection_mode: NotRequired[str]
    spec: dict[str, Any]
    tooltip: dict[str, Any] | bool | None
    value: NotRequired[dict[str, Any]]
    width: int | str


class VegaLiteProps(TypedDict):
    alt: str | None
    chart: str
    height: int | str
    spec: dict[str, Any]
    theme: str | None
    width: int | str | None


class VerticalProps(TypedDict):
    autoscroll: NotRequired[bool]
    border: bool
    gap: NotRequired[str | None]
    height: NotRequired[int | None]
    horizontal: NotRequired[bool]
    horizontal_alignment: NotRequired[str]
    key: NotRequired[str | None]
    vertical_alignment: NotRequired[str]
    width: NotRequired[int | str]
    wrap: NotRequired[bool]


class VideoProps(TypedDict):
    alt: str | None
    autoplay: bool
    end_time: float | None
    format: str
    loop: bool
    muted: bool
    source: dict[str, Any]
    start_time: int | float
    subtitles: list[Any]
    width: int | str
    youtube: str | None


# ---- elements/capture.py, pickers.py, blocks.py, datetime_input (their own family) ----

class AudioInputProps(TypedDict):
    disabled: bool
    form_id: str
    help: str | None
    id: str
    label: str
    label_visibility: str
    on_change: str
    sample_rate: int | None
    value: list[Any]
    width: int | str


class CameraInputProps(TypedDict):
    disabled: bool
    form_id: str
    help: str | None
    id: str
    label: str
    label_visibility: str
    on_change: str
    resolution_height: int | None
    value: list[Any]
    width: int | str


class DatetimeInputProps(TypedDict):
    disabled: bool
    form_id: str
    format: str
    help: str | None
    id: str
    label: str
    label_visibility: str
    max_value: str
    min_value: str
    on_change: str
    required: bool
    step: int
    value: str | None
    width: int | str


class GridProps(TypedDict):
    border: bool
    column_gap: int | str | None
    columns: int | None
    dense: bool
    height: int | str
    key: str | None
    min_column_width: int | None
    row_gap: int | str | None
    row_height: int | None
    vertical_alignment: str
    width: int | str
    wrap: bool


class GridCellProps(TypedDict):
    column_span: int | str
    row_span: int


class MenuButtonProps(TypedDict):
    disabled: bool
    form_id: str
    help: str | None
    icon: str | None
    id: str
    label: str
    options: list[Any]
    type: str
    value: None
    width: int | str
    wrap: bool | None


class PaginationProps(TypedDict):
    disabled: bool
    form_id: str
    help: None
    id: str
    label: str
    label_visibility: str
    max_visible_pages: int | None
    num_pages: int
    on_change: str
    value: int
    width: int | str


class SkeletonProps(TypedDict):
    delay_ms: int
    height: int | str | None
    width: int | str


# elements/diagrams.py (Graphviz, Mermaid, ECharts, PDF, logo)
class GraphvizChartProps(TypedDict):
    alt: str | None
    dot: str
    engine: str
    height: int | str
    width: int | str


class MermaidChartProps(TypedDict):
    alt: str | None
    body: str
    width: int | str


class EchartsChartProps(TypedDict):
    alt: str | None
    form_id: NotRequired[str]
    height: int | str
    id: NotRequired[str]
    label: NotRequired[str]
    option: dict[str, Any]
    renderer: str
    theme: str | None
    value: NotRequired[dict[str, Any]]
    width: int | str


class PdfProps(TypedDict):
    alt: str | None
    height: int | str
    source: dict[str, Any]


class LogoProps(TypedDict):
    icon_image: dict[str, Any] | None
    image: dict[str, Any]
    link: str | None
    size: str


@dataclass(frozen=True)
class Kind:
    """One element kind. ``serde`` is set exactly for widgets (nodes with an ``id`` whose
    value the user changes; ``IDENTITY`` when the value is plain JSON)."""

    name: str
    props: type
    block: bool = False
    serde: Serde | None = None

    @property
    def is_widget(self) -> bool:
        return self.serde is not None


#: kind name -> Kind, grouped by the module of ``wasmlit/elements`` that writes it
KINDS: dict[str, Kind] = {kind.name: kind for kind in (
    # elements/layout.py
    Kind('vertical', VerticalProps, block=True),
    Kind('horizontal', HorizontalProps, block=True),
    Kind('column', ColumnProps, block=True),
    Kind('form', FormProps, block=True),
    Kind('expander', ExpanderProps, block=True),
    Kind('status', StatusProps, block=True),
    Kind('tabs', TabsProps, block=True),
    Kind('tab', TabProps, block=True),
    Kind('popover', PopoverProps, block=True),
    Kind('dialog', DialogProps, block=True),
    # elements/chat.py
    Kind('chat_message', ChatMessageProps, block=True),
    Kind('chat_input', ChatInputProps, serde=IDENTITY),
    # elements/text.py
    Kind('markdown', MarkdownProps),
    Kind('heading', HeadingProps),
    Kind('text', TextProps),
    Kind('code', CodeProps),
    Kind('json', JsonProps),
    Kind('html', HtmlProps),
    # elements/write.py
    Kind('badge', BadgeProps),
    Kind('help', HelpProps),
    # elements/metric.py
    Kind('metric', MetricProps),
    # navigation.py (st.page_link)
    Kind('page_link', PageLinkProps),
    # elements/feedback.py
    Kind('alert', AlertProps),
    Kind('exception', ExceptionProps),
    Kind('progress', ProgressProps),
    Kind('space', SpaceProps),
    Kind('spinner', SpinnerProps),
    Kind('empty', EmptyProps),
    Kind('toast', ToastProps),
    Kind('balloons', BalloonsProps),
    Kind('snow', SnowProps),
    # elements/widgets.py
    Kind('button', ButtonProps, serde=IDENTITY),
    Kind('checkbox', CheckboxProps, serde=IDENTITY),
    Kind('text_input', TextInputProps, serde=IDENTITY),
    Kind('text_area', TextAreaProps, serde=IDENTITY),
    Kind('number_input', NumberInputProps, serde=IDENTITY),
    Kind('selectbox', SelectboxProps, serde=IDENTITY),
    Kind('radio', RadioProps, serde=IDENTITY),
    Kind('slider', SliderProps, serde=SLIDER),
    # elements/choices.py
    Kind('multiselect', MultiselectProps, serde=IDENTITY),
    Kind('select_slider', SelectSliderProps, serde=IDENTITY),
    Kind('button_group', ButtonGroupProps, serde=IDENTITY),
    Kind('feedback', FeedbackProps, serde=IDENTITY),
    Kind('color_picker', ColorPickerProps, serde=IDENTITY),
    # elements/datetime_inputs.py
    Kind('date_input', DateInputProps, serde=DATE),
    Kind('time_input', TimeInputProps, serde=TIME),
    # elements/files.py
    Kind('download_button', DownloadButtonProps, serde=IDENTITY),
    Kind('link_button', LinkButtonProps, serde=IDENTITY),
    Kind('file_uploader', FileUploaderProps, serde=FILES),
    # elements/data.py
    Kind('dataframe', DataframeProps, serde=IDENTITY),
    Kind('table', TableProps),
    # elements/editor.py
    Kind('data_editor', DataEditorProps, serde=IDENTITY),
    # elements/charts.py
    Kind('vega_lite', VegaLiteProps),
    # elements/plotly_chart.py, elements/maps.py
    Kind('plotly_chart', PlotlyChartProps, serde=IDENTITY),
    Kind('deck_gl', DeckGlProps, serde=IDENTITY),
    # elements/media.py
    Kind('image', ImageProps),
    Kind('audio', AudioProps),
    Kind('video', VideoProps),
    # elements/embed.py
    Kind('iframe', IframeProps),
    # components/v1.py (custom components)
    Kind('component_instance', ComponentInstanceProps, serde=IDENTITY),
    # components/v2.py (st.components.v2.component)
    Kind('bidi_component', BidiComponentProps, serde=IDENTITY),
    # elements/capture.py
    Kind('audio_input', AudioInputProps, serde=FILES),
    Kind('camera_input', CameraInputProps, serde=FILES),
    # elements/datetime_inputs.py (st.datetime_input)
    Kind('datetime_input', DatetimeInputProps, serde=DATETIME),
    # elements/pickers.py
    Kind('menu_button', MenuButtonProps, serde=IDENTITY),
    Kind('pagination', PaginationProps, serde=IDENTITY),
    # elements/blocks.py
    Kind('grid', GridProps, block=True),
    Kind('grid_cell', GridCellProps, block=True),
    Kind('skeleton', SkeletonProps),
    # elements/diagrams.py
    Kind('graphviz_chart', GraphvizChartProps),
    Kind('mermaid_chart', MermaidChartProps),
    Kind('echarts_chart', EchartsChartProps, serde=IDENTITY),
    Kind('pdf', PdfProps),
    Kind('logo', LogoProps),
)}


def check_props(kind: str, props: dict[str, Any]) -> list[str]:
    """What is wrong with a node's props against the table (empty when nothing): an unknown
    kind, a prop that is not declared, a required one missing, a value of the wrong type."""
    entry = KINDS.get(kind)
    if entry is None:
        return [f"unknown element kind {kind!r}"]
    spec = _spec(entry)
    problems = [f"{kind}: prop {name!r} is not declared" for name in props if name not in spec]
    for name, (types, required) in spec.items():
        if name not in props:
            if required:
                problems.append(f"{kind}: required prop {name!r} is missing")
        elif types is not None and not isinstance(props[name], types):
            problems.append(f"{kind}: prop {name!r} is {type(props[name]).__name__}, "
                            f"declared {_names(types)}")
    return problems


_SPECS: dict[str, dict[str, tuple[tuple[type, ...] | None, bool]]] = {}


def _spec(entry: Kind) -> dict[str, tuple[tuple[type, ...] | None, bool]]:
    """prop name -> (the Python types its JSON value may have, or None for any; required)."""
    if entry.name not in _SPECS:
        import typing

        hints = typing.get_type_hints(entry.props)
        optional: frozenset[str] = getattr(entry.props, "__optional_keys__", frozenset())
        _SPECS[entry.name] = {name: (_runtime_types(hint), name not in optional)
                              for name, hint in hints.items()}
    return _SPECS[entry.name]


def _runtime_types(hint: Any) -> tuple[type, ...] | None:
    import types
    import typing

    if hint is Any:
        return None
    args = typing.get_args(hint) if isinstance(hint, types.UnionType) or \
        typing.get_origin(hint) is typing.Union else (hint,)
    out: list[type] = []
    for arg in args:
        if arg is Any:
            return None
        base = typing.get_origin(arg) or arg
        out.append(type(None) if base is None else base)
        if base is float:
            out.append(int)  # a JSON number
    return tuple(out)


def _names(types: tuple[type, ...]) -> str:
    return " | ".join(t.__name__ for t in types)

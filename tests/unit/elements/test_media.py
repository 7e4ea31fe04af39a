"""st.image, st.audio, st.video: sources, captions and playback options."""

from __future__ import annotations

import base64
import textwrap

import pytest

from wasmlit.testing import AppTest

PNG = b"\x89PNG\r\n\x1a\nfake"


def run(src: str) -> AppTest:
    return AppTest.from_string("import streamlit as st\n" + textwrap.dedent(src)).run()


def test_image_bytes_become_base64_with_a_sniffed_type():
    at = run(f"st.image({PNG!r}, caption='A *cat*')")
    item = at.image[0].value[0]
    assert base64.b64decode(item["data"]) == PNG
    assert item["mime"] == "image/png" and item["caption"] == "A *cat*"


def test_image_url_and_list_with_captions_and_width():
    at = run("st.image(['https://example.org/a.png', b'GIF89a..'], caption=['one', 'two'], width=120)")
    first, second = at.image[0].value
    assert first["url"] == "https://example.org/a.png"
    assert second["mime"] == "image/gif"
    assert [first["caption"], second["caption"]] == ["one", "two"]
    assert at.image[0].props["width"] == 120


def test_image_caption_count_must_match():
    at = run("st.image([b'a', b'b'], caption=['only one'])")
    assert "2 images" in at.exception[0].message


def test_image_from_a_file_of_the_app(tmp_path, monkeypatch):
    (tmp_path / "pic.jpg").write_bytes(b"\xff\xd8\xff jpeg")
    monkeypatch.chdir(tmp_path)
    at = run("st.image('pic.jpg', use_container_width=True)")
    item = at.image[0].value[0]
    assert item["mime"] == "image/jpeg" and base64.b64decode(item["data"]) == b"\xff\xd8\xff jpeg"
    assert at.image[0].props["width"] == "stretch"


def test_missing_image_file_raises():
    at = run("st.image('no/such/file.png')")
    assert "Cannot open the image file 'no/such/file.png'" in at.exception[0].message


def test_svg_markup_is_an_image():
    at = run("st.image('<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>')")
    assert at.image[0].value[0]["mime"] == "image/svg+xml"


def test_numpy_image_is_encoded_as_png():
    np = pytest.importorskip("numpy", reason="numpy is optional")
    at = run("""
        import numpy as np
        st.image(np.zeros((2, 3, 3), dtype=np.uint8))
        st.image(np.array([[0.0, 2.0]]), clamp=True)
        st.image(np.array([[0.0, 2.0]]))
    """)
    data = base64.b64decode(at.image[0].value[0]["data"])
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert int.from_bytes(data[16:20], "big") == 3 and int.from_bytes(data[20:24], "big") == 2
    assert len(at.image) == 2
    assert "clamp=True" in at.exception[0].message
    del np


def test_unchanged_image_is_not_resent_on_rerun():
    at = run("st.image(bytes(200_000))\nst.button('again')")
    at.button[0].click().run()
    assert at.ops_of_last_run() == []


def test_audio_options_and_time_strings():
    at = run("""
        import datetime
        st.audio(b'RIFF....', format='audio/wav', start_time='1m30s',
                 end_time=datetime.timedelta(minutes=2), loop=True, autoplay=True)
    """)
    props = at.audio[0].props
    assert base64.b64decode(props["source"]["data"]) == b"RIFF...."
    assert (props["start_time"], props["end_time"], props["loop"], props["autoplay"]) == (
        90.0, 120.0, True, True)


def test_bad_times_raise():
    at = run("st.audio(b'x', start_time='soon')")
    assert "Invalid start_time" in at.exception[0].message
    at = run("st.video(b'x', start_time=10, end_time=5)")
    assert "end_time" in at.exception[0].message


def test_audio_array_needs_a_sample_rate_and_becomes_wav():
    pytest.importorskip("numpy", reason="numpy is optional")
    at = run("""
        import numpy as np
        st.audio(np.sin(np.linspace(0, 100, 800)), sample_rate=8000)
        st.audio(np.zeros(10))
    """)
    data = base64.b64decode(at.audio[0].value["data"])
    assert data[:4] == b"RIFF" and data[8:12] == b"WAVE"
    assert "sample_rate" in at.exception[0].message


def test_video_url_muted_and_srt_subtitles_become_vtt():
    at = run("""
        st.video('https://example.org/v.mp4', muted=True,
                 subtitles={'English': '1\\n00:00:01,500 --> 00:00:02,000\\nHi\\n'})
    """)
    props = at.video[0].props
    assert props["source"] == {"url": "https://example.org/v.mp4"} and props["muted"] is True
    track = props["subtitles"][0]
    assert track["label"] == "English"
    assert base64.b64decode(track["data"]).decode().startswith("WEBVTT\n\n1\n00:00:01.500 -->")
    assert props["youtube"] is None


def test_youtube_links_play_in_youtubes_player():
    at = run("st.video('https://www.youtube.com/watch?v=dQw4w9WgXcQ', start_time=5)")
    assert at.video[0].props["youtube"] == "dQw4w9WgXcQ"


def test_pyplot_draws_the_figure_to_a_png_image():
    at = run("""
        class Figure:  # what st.pyplot needs of a Matplotlib figure
            cleared = False
            def savefig(self, buf, **kwargs):
                buf.write(b"\\x89PNG " + repr(sorted(kwargs.items())).encode())
            def clf(self):
                Figure.cleared = True
        fig = Figure()
        st.pyplot(fig, clear_figure=True, dpi=50)
        st.write(f"cleared={Figure.cleared}")
    """)
    data = base64.b64decode(at.image[0].value[0]["data"])
    assert data.startswith(b"\x89PNG ") and b"('dpi', 50)" in data and b"'png'" in data
    assert at.image[0].props["width"] == "stretch"
    assert at.markdown[0].value == "cleared=True"

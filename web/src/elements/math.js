// LaTeX typesetting with KaTeX, loaded by markdown.js with a dynamic import only when a page
// shows math: an app without LaTeX downloads none of this chunk (nor its CSS or fonts).
// KaTeX's CSS is shipped with the build; its fonts are our own assets, resolved against this
// module's URL (so embedding works from any folder), and only the woff2 faces are kept.
import katex from 'katex';
import katexCss from 'katex/dist/katex.min.css?raw';

const FONTS = import.meta.glob('../../../node_modules/katex/dist/fonts/*.woff2', {
  query: '?url', import: 'default', eager: true,
});

function fontUrl(file) {
  const key = Object.keys(FONTS).find((k) => k.endsWith(`/${file}`));
  return key ? FONTS[key] : null;
}

function css() {
  // url(fonts/X.woff2) format("woff2"),url(fonts/X.woff) format("woff"),url(fonts/X.ttf) format("truetype")
  return katexCss.replace(/src:([^;}]+)/g, (all, list) => {
    const woff2 = /url\(fonts\/([^)]+\.woff2)\)/.exec(list);
    const url = woff2 && fontUrl(woff2[1]);
    return url ? `src:url(${JSON.stringify(url)}) format("woff2")` : all;
  });
}

let styled = false;
function injectCss() {
  if (styled || document.querySelector('style[data-wasmlit-katex]')) return;
  styled = true;
  const style = document.createElement('style');
  style.dataset.wasmlitKatex = '';
  style.textContent = css();
  document.head.append(style);
}

/** Typeset every pending .wl-math placeholder inside root. */
export function typeset(root) {
  injectCss();
  for (const el of root.querySelectorAll('.wl-math[data-tex]')) {
    const tex = el.dataset.tex;
    el.removeAttribute('data-tex');
    katex.render(tex, el, {
      displayMode: el.classList.contains('wl-math-display'),
      throwOnError: false,
      trust: false,
      strict: 'ignore',
      output: 'htmlAndMathml',
    });
  }
}

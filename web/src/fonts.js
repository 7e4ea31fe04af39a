// Streamlit's fonts, bundled with the site (no font CDN): Source Sans 3, Source Code Pro and
// Source Serif 4 from the @fontsource-variable packages (OFL-1.1). Each is one variable woff2
// per script subset and style, covering every weight. The @font-face rules below use
// font-display: swap and unicode-range, so text paints at once in a fallback font and the
// browser fetches only the files whose characters and styles the page shows: an English
// page in the default theme loads two files (latin sans and, for code, latin mono).
import sans from '@fontsource-variable/source-sans-3/wght.css?raw';
import sansItalic from '@fontsource-variable/source-sans-3/wght-italic.css?raw';
import mono from '@fontsource-variable/source-code-pro/wght.css?raw';
import monoItalic from '@fontsource-variable/source-code-pro/wght-italic.css?raw';
import serif from '@fontsource-variable/source-serif-4/wght.css?raw';
import serifItalic from '@fontsource-variable/source-serif-4/wght-italic.css?raw';

// Emitted as assets/…woff2 and resolved against this module's URL (embedding works from any
// folder). Only the weight-axis files: the packages' other axes (opsz) are not used.
const FILES = import.meta.glob([
  '../../node_modules/@fontsource-variable/source-sans-3/files/*-wght-*.woff2',
  '../../node_modules/@fontsource-variable/source-code-pro/files/*-wght-*.woff2',
  '../../node_modules/@fontsource-variable/source-serif-4/files/*-wght-*.woff2',
], { query: '?url&no-inline', import: 'default', eager: true }); // never inlined as data: URLs

const BY_NAME = Object.fromEntries(Object.entries(FILES).map(([path, url]) => [path.split('/').pop(), url]));

/** The @font-face rules, with each url() pointing at the bundled file. */
export function fontFaceCss() {
  return [sans, sansItalic, mono, monoItalic, serif, serifItalic].join('\n')
    .replace(/url\(\.\/files\/([^)]+\.woff2)\)/g, (all, file) => (BY_NAME[file] ? `url(${JSON.stringify(BY_NAME[file])})` : all));
}

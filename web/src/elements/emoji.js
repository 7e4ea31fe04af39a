// Emoji shortcodes for markdown (":rocket:" -> 🚀): GitHub's names, from the gemoji package
// (reduced to name -> emoji at build time: vite.config.js). A separate chunk, fetched the first
// time a page's text holds something that looks like a shortcode.
export { EMOJI } from 'virtual:wasmlit-emoji';

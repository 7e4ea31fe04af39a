// The Material Symbols (Rounded, weight 400) font, as Streamlit draws `:material/name:` icons.
// A separate chunk: imported by icons.js the first time a page shows a Material icon, so a page
// without one never fetches the font (nor this module). The font draws an icon from its name
// (a ligature), so every icon of the set works.
import fontUrl from '@material-symbols/font-400/material-symbols-rounded.woff2?url';

export const FAMILY = 'Material Symbols Rounded';

/** Add the font to the document and start loading it; resolves once it is usable. */
export function loadIconFont(doc = document) {
  // display "block": until the font arrives the icon box stays blank instead of showing its name.
  const face = new FontFace(FAMILY, `url(${fontUrl}) format("woff2")`, { display: 'block', weight: '400', style: 'normal' });
  doc.fonts.add(face);
  return face.load();
}

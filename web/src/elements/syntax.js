// A small syntax highlighter for st.code and fenced code in markdown: Python, JavaScript /
// TypeScript, JSON, bash, SQL, plus a generic fallback (strings, numbers, comments). It builds
// DOM nodes (text nodes only, never innerHTML), so code can never inject markup.
import { h } from '../dom/h.js';

const words = (s) => new Set(s.split(/\s+/).filter(Boolean));

const PY_KW = words(`False None True and as assert async await break class continue def del elif else except
  finally for from global if import in is lambda nonlocal not or pass raise return try while with yield match case`);
const PY_BUILTIN = words(`print len range str int float bool list dict set tuple type isinstance open enumerate zip map
  filter sorted reversed sum min max abs round any all super self cls object Exception ValueError TypeError`);
const JS_KW = words(`break case catch class const continue debugger default delete do else export extends finally for
  function if import in instanceof let new return super switch this throw try typeof var void while with yield async
  await of static get set from as interface type enum implements private public protected readonly declare`);
const JS_BUILTIN = words('true false null undefined NaN Infinity console window document Math JSON Object Array String Number Promise');
const SH_KW = words('if then else elif fi for while until do done case esac in function return export local set unset source alias');
const SH_BUILTIN = words('echo cd ls cat grep sed awk pip python python3 npm npx git curl wget mkdir rm cp mv chmod sudo apt apt-get streamlit make');
const SQL_KW = words(`select from where and or not insert into values update set delete create table drop alter add
  join left right inner outer full on group by order having limit offset as distinct union all case when then else
  end is null in like between exists primary key foreign references index view with asc desc default`);
const SQL_BUILTIN = words('count sum avg min max coalesce cast date now lower upper substring length round');

const NUM = String.raw`\b(?:0[xX][\da-fA-F_]+|0[bB][01_]+|\d[\d_]*\.?[\d_]*(?:[eE][+-]?\d+)?j?n?)\b|\.\d+\b`;

// [regex source, class] in priority order; a language is one sticky alternation.
const LANGS = {
  python: {
    rules: [
      [String.raw`#[^\n]*`, 'com'],
      [String.raw`[rRbBuUfF]{0,2}(?:"""[\s\S]*?(?:"""|$)|'''[\s\S]*?(?:'''|$))`, 'str'],
      [String.raw`[rRbBuUfF]{0,2}(?:"(?:[^"\\\n]|\\.)*"?|'(?:[^'\\\n]|\\.)*'?)`, 'str'],
      [String.raw`@[\w.]+`, 'meta'],
      [NUM, 'num'],
      [String.raw`[A-Za-z_]\w*(?=\s*\()`, 'fn'],
      [String.raw`[A-Za-z_]\w*`, 'word'],
    ],
    kw: PY_KW, builtin: PY_BUILTIN,
  },
  javascript: {
    rules: [
      [String.raw`\/\/[^\n]*|\/\*[\s\S]*?(?:\*\/|$)`, 'com'],
      [String.raw`\x60(?:[^\x60\\]|\\[\s\S])*\x60?|"(?:[^"\\\n]|\\.)*"?|'(?:[^'\\\n]|\\.)*'?`, 'str'],
      [NUM, 'num'],
      [String.raw`[A-Za-z_$][\w$]*(?=\s*\()`, 'fn'],
      [String.raw`[A-Za-z_$][\w$]*`, 'word'],
    ],
    kw: JS_KW, builtin: JS_BUILTIN,
  },
  json: {
    rules: [
      [String.raw`"(?:[^"\\\n]|\\.)*"(?=\s*:)`, 'key'],
      [String.raw`"(?:[^"\\\n]|\\.)*"?`, 'str'],
      [String.raw`-?\d+\.?\d*(?:[eE][+-]?\d+)?`, 'num'],
      [String.raw`\b(?:true|false|null)\b`, 'kw'],
    ],
  },
  bash: {
    rules: [
      [String.raw`(?:^|(?<=\s))#[^\n]*`, 'com'],
      [String.raw`"(?:[^"\\]|\\[\s\S])*"?|'[^']*'?`, 'str'],
      [String.raw`\$\{[^}\n]*\}?|\$[\w@#?$!*-]`, 'var'],
      [String.raw`(?<=\s|^)--?[\w-]+`, 'attr'],
      [String.raw`\b\d+\b`, 'num'],
      [String.raw`[A-Za-z_][\w.-]*`, 'word'],
    ],
    kw: SH_KW, builtin: SH_BUILTIN,
  },
  sql: {
    rules: [
      [String.raw`--[^\n]*|\/\*[\s\S]*?(?:\*\/|$)`, 'com'],
      [String.raw`'(?:[^']|'')*'?|"[^"\n]*"?`, 'str'],
      [NUM, 'num'],
      [String.raw`[A-Za-z_][\w]*`, 'word'],
    ],
    kw: SQL_KW, builtin: SQL_BUILTIN, caseless: true,
  },
  html: {
    rules: [
      [String.raw`<!--[\s\S]*?(?:-->|$)`, 'com'],
      [String.raw`<\/?[A-Za-z][\w:-]*|\/?>`, 'kw'],
      [String.raw`"[^"]*"?|'[^']*'?`, 'str'],
      [String.raw`[A-Za-z_:][\w:.-]*(?==)`, 'attr'],
    ],
  },
  plain: { rules: [[String.raw`(?!)`, null]] },
  generic: {
    rules: [
      [String.raw`\/\/[^\n]*|\/\*[\s\S]*?(?:\*\/|$)|(?:^|(?<=\s))#[^\n]*`, 'com'],
      [String.raw`"(?:[^"\\\n]|\\.)*"?|'(?:[^'\\\n]|\\.)*'?`, 'str'],
      [NUM, 'num'],
    ],
  },
};

const ALIASES = {
  py: 'python', python3: 'python', py3: 'python', js: 'javascript', jsx: 'javascript', mjs: 'javascript',
  ts: 'javascript', tsx: 'javascript', typescript: 'javascript', node: 'javascript',
  sh: 'bash', shell: 'bash', zsh: 'bash', console: 'bash', shellsession: 'bash',
  postgresql: 'sql', postgres: 'sql', mysql: 'sql', sqlite: 'sql', plsql: 'sql', tsql: 'sql',
  jsonc: 'json', json5: 'json', xml: 'html', svg: 'html', xhtml: 'html', vue: 'html',
  text: 'plain', txt: 'plain', plaintext: 'plain', plain: 'plain', none: 'plain', log: 'plain',
};

const compiled = new Map();
function grammar(language) {
  const lang = String(language ?? '').toLowerCase();
  const name = LANGS[lang] ? lang : (ALIASES[lang] ?? 'generic');
  if (!compiled.has(name)) {
    const spec = LANGS[name];
    const re = new RegExp(spec.rules.map(([src]) => `(${src})`).join('|'), 'g');
    compiled.set(name, { ...spec, re });
  }
  return compiled.get(name);
}

/**
 * Split code into [text, class|null] tokens.
 * @param {string} code
 * @param {string|null} language
 */
export function tokenize(code, language) {
  const g = grammar(language);
  const out = [];
  let last = 0;
  g.re.lastIndex = 0;
  for (let m = g.re.exec(code); m; m = g.re.exec(code)) {
    if (m[0] === '') { g.re.lastIndex += 1; continue; }
    if (m.index > last) out.push([code.slice(last, m.index), null]);
    const rule = m.slice(1).findIndex((x) => x !== undefined);
    let cls = g.rules[rule][1];
    if (cls === 'word') {
      const w = g.caseless ? m[0].toLowerCase() : m[0];
      cls = g.kw?.has(w) ? 'kw' : g.builtin?.has(w) ? 'builtin' : null;
    } else if (cls === 'fn' && g.kw?.has(m[0])) {
      cls = 'kw';
    }
    out.push([m[0], cls]);
    last = m.index + m[0].length;
  }
  if (last < code.length) out.push([code.slice(last), null]);
  return out;
}

/**
 * Highlighted code as DOM: one span.wl-line per line (so line numbers and wrapping work).
 * @param {string} code
 * @param {string|null} language
 * @returns {DocumentFragment}
 */
export function highlight(code, language) {
  const frag = document.createDocumentFragment();
  let line = h('span', { class: 'wl-line' });
  const tokens = language ? tokenize(code, language) : [[code, null]];
  for (const [text, cls] of tokens) {
    const parts = text.split('\n');
    parts.forEach((part, i) => {
      if (i > 0) {
        frag.append(line, '\n');
        line = h('span', { class: 'wl-line' });
      }
      if (part) line.append(cls ? h('span', { class: `wl-tok-${cls}` }, part) : part);
    });
  }
  frag.append(line);
  return frag;
}

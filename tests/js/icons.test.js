// web/src/elements/icons.js: one renderer for every icon argument, the same markup as
// :material/name: in markdown, and the tooltip helper every element uses.
import { window } from './dom.js';
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { materialIconHtml, materialName, renderIcon } from '../../web/src/elements/icons.js';
import { markdownToHtml } from '../../web/src/elements/markdown.js';
import { helpIcon, setTooltip } from '../../web/src/elements/tooltip.js';

const { document } = window;

function fromHtml(html) {
  const box = document.createElement('div');
  box.innerHTML = html;
  return box;
}

describe('renderIcon', () => {
  test('a Material Symbol is a span naming the icon, hidden from assistive tech', () => {
    const el = renderIcon(':material/home:');
    assert.equal(el.tagName, 'SPAN');
    assert.equal(el.dataset.testid, 'stIconMaterial');
    assert.equal(el.dataset.icon, 'home');
    assert.equal(el.getAttribute('aria-hidden'), 'true');
    assert.equal(el.getAttribute('translate'), 'no');
    assert.equal(el.textContent, '', 'the icon adds no text to the label it sits in');
    assert.ok(el.classList.contains('wl-icon-material'));
  });

  test('any name of the set works (the font draws it), not only a built-in list', () => {
    for (const name of ['home', 'rocket_launch', 'thumb_up', 'bar_chart_4_bars', 'counter_1']) {
      assert.equal(renderIcon(`:material/${name}:`).dataset.icon, name);
    }
  });

  test('an emoji is shown as itself', () => {
    const el = renderIcon('🚀');
    assert.equal(el.dataset.testid, 'stIconEmoji');
    assert.equal(el.textContent, '🚀');
    assert.equal(el.getAttribute('aria-hidden'), 'true');
  });

  test('"spinner" is a spinner; no icon is null', () => {
    assert.ok(renderIcon('spinner').classList.contains('wl-icon-spinner'));
    assert.equal(renderIcon('spinner').textContent, '');
    for (const none of [null, undefined, '']) assert.equal(renderIcon(none), null);
  });

  test('a malformed material name is not taken for an icon', () => {
    assert.equal(materialName(':material/Home:'), null);
    assert.equal(materialName(':material/ho me:'), null);
    assert.equal(materialName(':material/home'), null);
    assert.equal(materialName(' :material/home: '), 'home');
    assert.equal(renderIcon(':material/<b>:').dataset.testid, 'stIconEmoji');
    assert.equal(renderIcon(':material/<b>:').textContent, ':material/<b>:');
  });

  test('an extra class is added, not substituted', () => {
    const el = renderIcon(':material/home:', { className: 'wl-toast-icon-x big' });
    assert.ok(el.classList.contains('wl-icon-material'));
    assert.ok(el.classList.contains('wl-toast-icon-x'));
    assert.ok(el.classList.contains('big'));
  });
});

describe('one look everywhere', () => {
  test('markdown draws :material/name: with exactly the markup of renderIcon', () => {
    // (block markdown: under happy-dom, DOMPurify drops an inline text's leading words)
    const md = fromHtml(markdownToHtml('Go :material/home: now'));
    const fromMarkdown = md.querySelector('[data-testid=stIconMaterial]');
    assert.equal(fromMarkdown.outerHTML, renderIcon(':material/home:').outerHTML);
    assert.equal(fromMarkdown.outerHTML, fromHtml(materialIconHtml('home')).firstChild.outerHTML);
    assert.equal(md.textContent.trim(), 'Go  now');
  });

  test('the same in block markdown, in headings and lists', () => {
    const md = fromHtml(markdownToHtml('# Title :material/star:\n\n- item :material/check_circle:'));
    const icons = [...md.querySelectorAll('[data-testid=stIconMaterial]')];
    assert.deepEqual(icons.map((i) => i.dataset.icon), ['star', 'check_circle']);
    for (const i of icons) assert.equal(i.outerHTML, renderIcon(`:material/${i.dataset.icon}:`).outerHTML);
  });

  test('a name in markdown cannot inject markup', () => {
    const md = fromHtml(markdownToHtml(':material/home:<img src=x onerror=alert(1)>'));
    assert.equal(md.querySelectorAll('img').length, 0);
    assert.equal(md.querySelectorAll('[data-testid=stIconMaterial]').length, 1);
  });
});

describe('tooltip', () => {
  test('helpIcon is a focusable "?" that shows its markdown in the one tooltip box', () => {
    const app = document.createElement('div');
    app.className = 'wl-app';
    document.body.append(app);
    const icon = helpIcon('Some **bold** help');
    app.append(icon);
    assert.equal(icon.dataset.testid, 'stTooltipIcon');
    assert.equal(icon.tabIndex, 0);
    assert.equal(icon.getAttribute('aria-label'), 'Some **bold** help');
    assert.equal(icon.querySelector('[data-testid=stTooltipHoverTarget] svg') !== null, true);
    assert.equal(document.querySelector('[data-testid=stTooltipContent]'), null, 'nothing until hovered');

    icon.dispatchEvent(new window.MouseEvent('mouseenter'));
    const tip = app.querySelector('[data-testid=stTooltipContent]');
    assert.equal(tip.hidden, false);
    assert.equal(tip.getAttribute('role'), 'tooltip');
    assert.equal(tip.querySelector('strong').textContent, 'bold');
    assert.equal(icon.getAttribute('aria-describedby'), tip.id);

    icon.dispatchEvent(new window.MouseEvent('mouseleave'));
    assert.equal(tip.hidden, true);
    assert.equal(icon.hasAttribute('aria-describedby'), false);
    app.remove();
  });

  test('setTooltip on an element: new text replaces the old, no text removes it', () => {
    const button = document.createElement('button');
    document.body.append(button);
    setTooltip(button, 'first');
    setTooltip(button, 'second');
    button.dispatchEvent(new window.FocusEvent('focusin'));
    const tip = document.querySelector('[data-testid=stTooltipContent]');
    assert.equal(tip.textContent.trim(), 'second');
    setTooltip(button, null);
    assert.equal(tip.hidden, true);
    button.dispatchEvent(new window.MouseEvent('mouseenter'));
    assert.equal(tip.hidden, true, 'no help, no tooltip');
    assert.equal(helpIcon(''), null);
    assert.equal(helpIcon(null), null);
    button.remove();
  });
});

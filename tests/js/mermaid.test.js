// web/src/elements/diagrams.js: a Mermaid diagram is an image, named as Streamlit 1.67 names
// it, and its SVG is given a natural size so that the image scales as one piece.
import { window } from './dom.js';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mermaidAlt, sizedSvg } from '../../web/src/elements/diagrams.js';

test('the alt text: the alt given, a stAlt comment, accTitle and accDescr, then the kind', () => {
  assert.equal(mermaidAlt('graph TD\n  A --> B', 'My flow'), 'My flow');
  assert.equal(mermaidAlt('%% stAlt: Marked name\ngraph TD\n  A --> B', null), 'Marked name');
  assert.equal(mermaidAlt('graph TD\n  accTitle: Title\n  accDescr: What it shows\n  A --> B'),
    'Title: What it shows');
  assert.equal(mermaidAlt('pie\n  accDescr {\n    two\n    lines\n  }\n  "a": 1'), 'two lines');
  assert.equal(mermaidAlt('sequenceDiagram\n  A->>B: hi'), 'Mermaid sequence diagram');
  assert.equal(mermaidAlt('  gantt\n  title x'), 'Mermaid Gantt chart');
  assert.equal(mermaidAlt('graph LR\n  A --> B'), 'Mermaid flowchart');
  assert.equal(mermaidAlt('somethingNew\n  A'), 'Mermaid diagram');
});

function parsed(svg) {
  return new window.DOMParser().parseFromString(svg, 'image/svg+xml').querySelector('svg');
}

test('the SVG gets its viewBox size as width and height, and loses max-width', () => {
  const svg = parsed(sizedSvg(
    '<svg xmlns="http://www.w3.org/2000/svg" width="100%" viewBox="4 4 196 154" style="max-width: 196px;"><g/></svg>'));
  assert.equal(svg.getAttribute('width'), '196');
  assert.equal(svg.getAttribute('height'), '154');
  assert.equal(svg.getAttribute('preserveAspectRatio'), 'xMidYMid meet');
  assert.equal(svg.style.maxWidth, '');
});

test('an SVG without a viewBox gets one from its width and height', () => {
  const svg = parsed(sizedSvg('<svg xmlns="http://www.w3.org/2000/svg" width="80" height="40"></svg>'));
  assert.equal(svg.getAttribute('viewBox'), '0 0 80 40');
  assert.equal(svg.getAttribute('width'), '80');
});

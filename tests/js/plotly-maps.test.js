// The pure parts of the Plotly and deck.gl renderers: a plotly.js selection event as
// Streamlit's selection state, the selection set-up of a figure, and deck.gl click selections.
import './dom.js';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { prepare, selectionState } from '../../web/src/elements/plotly.js';
import { highlightLayers, nextSelection } from '../../web/src/elements/maps.js';

test('a box selection event becomes points, point_indices and box', () => {
  const trace = { legendgroup: 'g1' };
  const event = {
    points: [
      { curveNumber: 0, pointNumber: 2, pointIndex: 2, x: 2, y: 4, data: trace, fullData: trace, xaxis: {}, 'marker.size': 6 },
      { curveNumber: 1, pointNumber: 0, pointIndex: 0, x: 1, y: 1, data: {}, fullData: {} },
    ],
    selections: [{ type: 'rect', xref: 'x', yref: 'y', x0: 0.5, x1: 2.5, y0: 0, y1: 5 }],
  };
  assert.deepEqual(selectionState(event), {
    selection: {
      points: [
        { curve_number: 0, point_number: 2, point_index: 2, x: 2, y: 4, marker_size: 6, legendgroup: 'g1' },
        { curve_number: 1, point_number: 0, point_index: 0, x: 1, y: 1 },
      ],
      point_indices: [2, 0],
      box: [{ xref: 'x', yref: 'y', x: [0.5, 2.5], y: [0, 5] }],
      lasso: [],
    },
  });
});

test('a lasso path is read into its x and y coordinates; a deselect is empty', () => {
  const state = selectionState({ points: [], selections: [{ type: 'path', xref: 'x', yref: 'y', path: 'M1,2L3,4L5,0Z' }] });
  assert.deepEqual(state.selection.lasso, [{ xref: 'x', yref: 'y', x: [1, 3, 5], y: [2, 4, 0] }]);
  assert.deepEqual(selectionState(null), { selection: { points: [], point_indices: [], box: [], lasso: [] } });
});

test('selection modes set the drag mode and take the other tools off the mode bar', () => {
  const { layout, config } = prepare({ figure: { data: [], layout: { height: 10 } }, selection_mode: ['lasso'], width: 300, height: 200 });
  assert.equal(layout.dragmode, 'lasso');
  assert.equal(layout.clickmode, 'event');
  assert.deepEqual(layout.width, 300);
  assert.equal(layout.height, 200);
  assert.deepEqual(config.modeBarButtonsToRemove, ['select2d']);
  const box = prepare({ figure: {}, selection_mode: ['box', 'points'], width: 'stretch', height: 450 });
  assert.equal(box.layout.dragmode, 'select');
  assert.equal(box.layout.clickmode, 'event+select');
});

test('deck clicks select one object, or toggle several, per layer id', () => {
  const a = { layer: { id: 'pts' }, index: 1, object: { n: 'b' } };
  const one = nextSelection(null, a, 'single-object');
  assert.deepEqual(one, { selection: { indices: { pts: [1] }, objects: { pts: [{ n: 'b' }] } } });
  assert.deepEqual(nextSelection(one, a, 'single-object'), { selection: { indices: {}, objects: {} } });
  const two = nextSelection(one, { layer: { id: 'pts' }, index: 0, object: { n: 'a' } }, 'multi-object');
  assert.deepEqual(two.selection.indices, { pts: [1, 0] });
  assert.deepEqual(nextSelection(two, a, 'multi-object').selection.indices, { pts: [0] });
  assert.deepEqual(nextSelection(two, { index: -1 }, 'multi-object'), { selection: { indices: {}, objects: {} } });
});

function fakeLayer(id, props) {
  return { id, props: { id, ...props }, clone(changed) { return fakeLayer(id, { ...this.props, ...changed }); } };
}

test('a deck selection keeps the colours, selected objects opaque and the rest faded', () => {
  const stops = fakeLayer('stops', { getFillColor: [200, 30, 0, 200], getLineColor: [1, 2, 3] });
  const arcs = fakeLayer('arcs', { getSourceColor: (o) => o.c, getTargetColor: 'nope' });
  const fallback = { selected: [255, 75, 75, 255], unselected: [214, 218, 229, 102] };
  assert.deepEqual(highlightLayers([stops, arcs], { indices: {} }, fallback), [stops, arcs]);
  const [s, a] = highlightLayers([stops, arcs], { indices: { stops: [1] } }, fallback);
  assert.deepEqual(s.props.getFillColor({}, { index: 1 }), [200, 30, 0, 255]);
  assert.deepEqual(s.props.getFillColor({}, { index: 0 }), [200, 30, 0, 102]);
  assert.deepEqual(s.props.getLineColor, [1, 2, 3]); // only the fill is changed
  assert.deepEqual(s.props.updateTriggers.getFillColor, [null, [1]]);
  // another layer with nothing selected fades entirely; a colour that is no RGBA array falls back
  assert.deepEqual(a.props.getSourceColor({ c: [9, 9, 9, 50] }, { index: 0 }), [9, 9, 9, 50]);
  assert.deepEqual(a.props.getTargetColor({}, { index: 0 }), [214, 218, 229, 102]);
});

// web/src/elements/diagrams.js: ECharts' selection and brush events as Streamlit 1.67's
// st.echarts_chart selection state.
import './dom.js';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { echartsSelection } from '../../web/src/elements/diagrams.js';

const OPTION = { series: [{ type: 'bar', id: 'sales', name: 'Sales' }, { type: 'graph' }] };

test('native and brushed selections merge per series and data type, sorted', () => {
  const native = [{ seriesIndex: 1, dataType: 'edge', dataIndex: [2] }, { seriesIndex: 0, dataIndex: [3, 1] }];
  const batches = [{
    brushIndex: 0,
    areas: [{ brushType: 'lineX', coordRange: [0.5, 2.5], range: [10, 90] }],
    selected: [{ seriesIndex: 0, dataIndex: [2, 1] }, { seriesIndex: 1, dataType: 'node', dataIndex: [] }],
  }];
  assert.deepEqual(echartsSelection(OPTION, native, batches), {
    selection: {
      selected: [
        { series_index: 0, series_id: 'sales', series_name: 'Sales', data_type: 'main', data_indices: [1, 2, 3] },
        { series_index: 1, series_id: null, series_name: null, data_type: 'edge', data_indices: [2] },
      ],
      areas: [{ brush_index: 0, brush_type: 'lineX', coord_range: [0.5, 2.5] }],
    },
  });
});

test('a brush area known only in pixels is left out, and so are its points', () => {
  const batches = [{ brushIndex: 0, areas: [{ brushType: 'rect', range: [[1, 2], [3, 4]] }], selected: [{ seriesIndex: 0, dataIndex: [0] }] }];
  assert.deepEqual(echartsSelection(OPTION, [], batches), { selection: { selected: [], areas: [] } });
});

test('nothing selected is the empty state', () => {
  assert.deepEqual(echartsSelection({ series: { type: 'line' } }, [], []), { selection: { selected: [], areas: [] } });
});

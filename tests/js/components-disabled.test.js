// web/src/elements/components.js: a v1 component is told `disabled` while the app is not
// connected (Python restarting or stopped), as Streamlit 1.67 tells its components.
import { window } from './dom.js';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderMessage } from '../../web/src/elements/components.js';

const { document } = window;

test('disabled follows the app connection state', () => {
  const root = document.createElement('div');
  root.className = 'wl-app';
  const el = document.createElement('div');
  root.append(el);
  document.body.append(root);
  el.wlProps = { args: { n: 1 }, special: [], disabled: false };
  for (const [state, disabled] of [['CONNECTED', false], ['CONNECTING', true], ['DISCONNECTED', true]]) {
    root.setAttribute('data-test-connection-state', state);
    const message = renderMessage(el);
    assert.equal(message.disabled, disabled, state);
    assert.deepEqual(message.args, { n: 1 });
  }
  root.remove();
});

// A key that arrives after the editor started (a page that fetches its configuration first, or a
// framework that sets attributes late) re-validates the license without a reload.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { getLicensing } from '../../licensing/attach.js';
import type { CesdkLicenseChangeEvent } from '../../elements/shared/events.js';
import { mountEditor } from '../elements/editor-helpers.js';

interface Backend { id: string; url: string }
const command = <Result>(name: string, payload?: object) => executeServerCommand<Result, object | undefined>(name, payload);

describe('licensing: credentials set after the editor started', () => {
  let backend: Backend;
  before(async () => {
    backend = await command<Backend>('license-backend-start', {});
  });
  after(async () => {
    await command('license-backend-dispose', { id: backend.id });
  });

  it('goes from evaluation to licensed when license and license-server are set later, then back when removed', async () => {
    const { key } = await command<{ key: string }>('license-create-key', { id: backend.id, origins: [location.origin] });
    const { editor, engine } = await mountEditor();
    const service = getLicensing(engine)!.service;
    expect((await service.settled()).state).to.equal('evaluation');
    const states: string[] = [];
    editor.addEventListener('cesdk-license-change', (event) => states.push((event as CesdkLicenseChangeEvent).detail.state));

    editor.setAttribute('license-server', backend.url);
    editor.setAttribute('license', key);
    await editor.updateComplete;
    expect((await service.settled()).state).to.equal('licensed');
    expect(service.needsWatermark).to.equal(false);
    expect(states.at(-1)).to.equal('licensed');
    expect(editor.hasAttribute('license') && !JSON.stringify(engine.options).includes(key)).to.equal(true);

    editor.removeAttribute('license');
    await editor.updateComplete;
    expect((await service.settled()).state).to.equal('evaluation');
    expect(service.needsWatermark).to.equal(true);
    editor.remove();
  });

  it('uses credentials that arrive while the editor is still creating its engine', async () => {
    const { key } = await command<{ key: string }>('license-create-key', { id: backend.id, origins: [location.origin] });
    const wrapper = document.createElement('div');
    wrapper.style.cssText = 'width: 900px; height: 600px';
    document.body.append(wrapper);
    const editor = document.createElement('cesdk-editor');
    wrapper.append(editor);
    // As the demo page does: the key comes from a fetch that resolves after the editor started.
    await new Promise((resolve) => setTimeout(resolve, 0));
    editor.setAttribute('license-server', backend.url);
    editor.setAttribute('license', key);
    const engine = await editor.ready;
    expect((await getLicensing(engine)!.service.settled()).state).to.equal('licensed');
    wrapper.remove();
  });
});

import { useEffect, useRef, useState } from 'react';
import type { CesdkEditor as EditorElement, CesdkExportEvent } from 'cesdk-web-components';
import { CesdkEditor } from 'cesdk-web-components/react';

const license = import.meta.env.VITE_CESDK_LICENSE as string;
const licenseServer = import.meta.env.VITE_CESDK_LICENSE_SERVER as string;

/** The whole editor in a React app: typed props and events, and the engine through a ref. */
export function App() {
  const editor = useRef<EditorElement>(null);
  const [status, setStatus] = useState('Loading…');
  const [texts, setTexts] = useState(0);
  const [exports, setExports] = useState<string[]>([]);
  const [effectRuns, setEffectRuns] = useState(0);

  useEffect(() => {
    let current = true;
    setEffectRuns((runs) => runs + 1);
    editor.current?.ready.then((engine) => {
      if (current) setStatus(`Ready: ${engine.scene.getPages().length} page(s)`);
    });
    return () => {
      current = false;
    };
  }, []);

  const onExport = (event: CesdkExportEvent) => {
    event.preventDefault(); // handled here: no download
    const { mimeType, blob } = event.detail;
    setExports((list) => [...list, `${mimeType} ${blob.size} bytes`]);
  };

  return (
    <>
      <header data-effect-runs={effectRuns}>
        <strong>React 19</strong>
        <output data-testid="status">{status}</output>
        <output data-testid="texts">Texts: {texts}</output>
        <output data-testid="exports">Exports: {exports.length ? exports.join(', ') : 'none'}</output>
      </header>
      <CesdkEditor
        ref={editor}
        license={license}
        licenseServer={licenseServer}
        userId="example-user"
        assetBaseUrl="./"
        onCesdkChange={() => setTexts(editor.current?.engine?.block.findByType('text').length ?? 0)}
        onCesdkExport={onExport}
      />
    </>
  );
}

// The demo page's script. A module file, not an inline script, so the page runs under a strict
// Content-Security-Policy (script-src 'self', Trusted Types); see SECURITY.md.
import '../dist/cesdk.js';
import { addDemoAssets } from './demo-assets.js';

const status = document.getElementById('status');
// `npm start` serves the local license backend's demo key here; without it the editor runs unlicensed (watermark).
// The editor is created once the key is known, so it starts licensed (setting the attributes later works too).
const config = await fetch('./config.json').then((response) => (response.ok ? response.json() : {})).catch(() => ({}));
const editor = document.createElement('cesdk-editor');
Object.assign(editor, { id: 'editor' });
editor.setAttribute('theme', 'light');
editor.setAttribute('locale', 'en');
if (config.licenseServer) editor.setAttribute('license-server', config.licenseServer);
if (config.license) editor.setAttribute('license', config.license);
// An enterprise license file (verified offline, no request at all), e.g. for zero-network deployments.
if (config.licenseFile) editor.licenseFile = config.licenseFile;
if (config.userId) editor.setAttribute('user-id', config.userId);
document.body.append(editor);

document.getElementById('theme').addEventListener('change', (event) => editor.setAttribute('theme', event.target.value));
document.getElementById('locale').addEventListener('change', (event) => editor.setAttribute('locale', event.target.value));

// The status shows readiness and, when it is not a valid license, the license state next to it.
let ready = false;
let license = '';
const showStatus = () => (status.textContent = [ready ? 'Ready' : 'Loading…', license].filter(Boolean).join(' · '));
editor.addEventListener('cesdk-ready', async (event) => {
  await addDemoAssets(event.engine).catch((error) => console.warn('demo assets:', error));
  ready = true;
  showStatus();
});
// People read the short message in their language; the developer detail goes to the console.
editor.addEventListener('cesdk-error', (event) => {
  status.textContent = event.userMessage;
  console.warn(event.error);
});
editor.addEventListener('cesdk-license-change', (event) => {
  license = event.detail.needsWatermark ? `License: ${event.detail.state}` : '';
  showStatus();
});
// The editor never writes anywhere itself: the page decides what saving means. Here: a download of
// what reopens whole (an archive when the design holds uploads, else the scene JSON); Open reads it back.
editor.onSave = (scene, saved) => {
  const url = URL.createObjectURL(saved.file);
  const link = Object.assign(document.createElement('a'), { href: url, download: saved.fileName });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  status.textContent = 'Saved';
};

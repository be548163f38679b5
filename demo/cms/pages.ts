// The CMS demo's HTML pages. Every value from the store or the request is escaped.
import type { DesignSummary } from './design-store.js';

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character]!);

function layout(title: string, body: string, head = ''): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="icon" href="data:,">
  <title>${escapeHtml(title)} · CMS demo</title>
  <link rel="stylesheet" href="/public/cms.css">
  ${head}
</head>
<body>
  <header class="bar"><a href="/">Designs</a><strong>${escapeHtml(title)}</strong></header>
  ${body}
</body>
</html>`;
}

/** The list of designs, newest first, with their thumbnails. */
export function listPage(designs: readonly DesignSummary[]): string {
  const items = designs.map((design) => `
    <li class="design">
      <a href="/designs/${design.id}">
        ${design.hasThumbnail ? `<img src="/designs/${design.id}/thumbnail.png?v=${design.updatedAt}" alt="" width="160">` : '<span class="no-thumb">No preview</span>'}
        <span class="title">${escapeHtml(design.title)}</span>
      </a>
      <small>${design.format === 'archive' ? 'archive (with uploads)' : 'scene JSON'}, ${Math.ceil(design.sceneBytes / 1024)} KB</small>
    </li>`).join('');
  return layout('Designs', `
  <main>
    <p><a class="button" href="/designs/new">New design</a></p>
    ${designs.length === 0 ? '<p data-testid="empty">No designs yet.</p>' : `<ul class="designs">${items}</ul>`}
  </main>`);
}

/** What the edit page needs to know. */
export interface EditPageOptions {
  readonly design?: DesignSummary;
  readonly saved?: boolean;
  readonly license: { readonly key: string; readonly server: string };
}

/**
 * The edit page: `<cesdk-editor name="design">` inside a `<form>` that posts to the server. The page
 * script (public/edit.js) adds the thumbnail, and the archive when the design holds uploads.
 */
export function editPage(options: EditPageOptions): string {
  const { design } = options;
  const action = design ? `/designs/${design.id}` : '/designs';
  return layout(design ? design.title : 'New design', `
  <form method="post" action="${action}" enctype="multipart/form-data" id="design-form"
        data-scene-url="${design ? `/designs/${design.id}/scene` : ''}" data-scene-format="${design?.format ?? ''}">
    <div class="form-bar">
      <label>Title <input name="title" required maxlength="200" value="${escapeHtml(design?.title ?? '')}"></label>
      <button type="submit" id="save">Save</button>
      <output data-testid="status" aria-live="polite">${options.saved ? 'Saved.' : 'Loading…'}</output>
    </div>
    <input type="file" name="archive" hidden>
    <input type="file" name="thumbnail" hidden>
    <cesdk-editor name="design" user-id="cms-editor"
                  license-server="${escapeHtml(options.license.server)}" license="${escapeHtml(options.license.key)}"></cesdk-editor>
  </form>
  <script type="module" src="/public/edit.js"></script>`);
}

/** A refused save: the reason in words, and a way back. */
export function errorPage(status: number, code: string, message: string): string {
  return layout('Not saved', `
  <main role="alert">
    <h1>The design was not saved</h1>
    <p data-testid="error" data-code="${escapeHtml(code)}">${escapeHtml(message)}</p>
    <p>Status ${status}. <a href="javascript:history.back()">Back to the editor</a> (your changes are still there).</p>
  </main>`);
}

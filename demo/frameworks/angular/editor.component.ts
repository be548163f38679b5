// Angular recipe (documented, not built in CI: see demo/frameworks/README.md). A standalone component
// that embeds <cesdk-editor>, passes the license and user id, listens for cesdk-export and cesdk-change,
// and calls the engine through a ViewChild ref. Use it in an Angular CLI app (`ng new`, then
// `npm install <the SDK tarball>`), with your key in `environment.ts`.
import { Component, CUSTOM_ELEMENTS_SCHEMA, ElementRef, signal, ViewChild, type AfterViewInit } from '@angular/core';
import 'cesdk-web-components';
import type { CesdkChangeEvent, CesdkEditor, CesdkExportEvent } from 'cesdk-web-components';
import { environment } from '../environments/environment';

@Component({
  selector: 'app-editor',
  standalone: true,
  // Angular leaves unknown tags with a dash to the browser's custom element registry.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <header>
      <output>{{ status() }}</output>
      <output>Texts: {{ texts() }}</output>
      <output>Exports: {{ exports().join(', ') || 'none' }}</output>
    </header>
    <cesdk-editor #editor
      [license]="license" [licenseServer]="licenseServer" user-id="example-user"
      (cesdk-change)="onChange($event)" (cesdk-export)="onExport($event)"></cesdk-editor>
  `,
  styles: [':host { display: flex; flex-direction: column; height: 100vh; } cesdk-editor { flex: 1; min-height: 0; display: block; }'],
})
export class EditorComponent implements AfterViewInit {
  @ViewChild('editor') editor!: ElementRef<CesdkEditor>;
  readonly license = environment.cesdkLicense;
  readonly licenseServer = environment.cesdkLicenseServer;
  readonly status = signal('Loading…');
  readonly texts = signal(0);
  readonly exports = signal<string[]>([]);

  async ngAfterViewInit(): Promise<void> {
    const engine = await this.editor.nativeElement.ready;
    this.status.set(`Ready: ${engine.scene.getPages().length} page(s)`);
  }

  onChange(_event: Event): void {
    const engine = this.editor.nativeElement.engine;
    this.texts.set(engine?.block.findByType('text').length ?? 0);
  }

  onExport(event: Event): void {
    const exported = event as CesdkExportEvent;
    exported.preventDefault(); // handled here: no download
    this.exports.update((list) => [...list, `${exported.detail.mimeType} ${exported.detail.blob.size} bytes`]);
  }
}

export type { CesdkChangeEvent };

// The build's CSS minifier for lit css`…` templates: smaller text, same rules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import minifyCss, { minifyCssTemplate } from './rollup-minify-css.mjs';

test('comments and spaces go; interpolations, strings and the spaces that separate values stay', () => {
  const body = "\n  :host { display: block; /* note */ margin: ${a} ${b}; }\n  .x, .y > .z:hover { grid-template-areas: 'a  b' 'c d'; }\n  @media (max-width: 600px) and (min-width: 1px) { .q { color: red !important; } }\n";
  assert.equal(
    minifyCssTemplate(body),
    ":host{display:block;margin: ${a} ${b}}.x,.y > .z:hover{grid-template-areas: 'a  b' 'c d'}@media (max-width:600px) and (min-width:1px){.q{color:red !important}}",
  );
});

test('the plugin rewrites css templates of our sources only', () => {
  const plugin = minifyCss() as { transform(code: string, id: string): { code: string } | null };
  const source = 'const s = css`\n  a { color: red; }\n`;\nconst h = html`<p>  keep  </p>`;';
  assert.equal(plugin.transform(source, '/x/elements/a.styles.ts')?.code, 'const s = css`a{color:red}`;\nconst h = html`<p>  keep  </p>`;');
  assert.equal(plugin.transform(source, '/x/node_modules/lit/a.ts'), null);
  assert.equal(plugin.transform(source, '/x/elements/a.js'), null);
});

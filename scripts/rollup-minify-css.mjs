// Minifies the CSS inside lit's css`…` templates of our own sources (terser leaves template text
// alone): comments go, whitespace runs become one space, and spaces around { } ; , and after : go.
// Only the literal parts are touched; `${…}` interpolations, quoted strings and the spaces next to them stay, so
// `margin: ${a} ${b}` keeps its meaning.

/** Minifies one literal part of a css template. */
export function minifyCssText(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,]) ?/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}');
}

/**
 * Minifies a template body, leaving `${…}` (without nested braces) and quoted strings as they are,
 * with a space kept next to them where there was one.
 */
export function minifyCssTemplate(body) {
  const parts = body.split(/(\$\{[^{}`]*\}|'[^'\n]*'|"[^"\n]*")/);
  return parts
    .map((part, index) => {
      if (index % 2 === 1) return part;
      const before = index > 0 && /^\s/.test(part) ? ' ' : '';
      const after = index < parts.length - 1 && /\s$/.test(part) ? ' ' : '';
      const minified = minifyCssText(part).trim();
      return minified === '' ? (before || after) : before + minified + after;
    })
    .join('');
}

/** The rollup plugin: our .ts sources only (not node_modules), templates without nested backticks. */
export default function minifyCss() {
  return {
    name: 'cesdk-minify-css',
    transform(code, id) {
      if (!id.endsWith('.ts') || id.includes('node_modules') || !code.includes('css`')) return null;
      const out = code.replace(/\bcss`([^`]*)`/g, (_match, body) => `css\`${minifyCssTemplate(body)}\``);
      return out === code ? null : { code: out, map: null };
    },
  };
}

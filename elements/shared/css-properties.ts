/**
 * `style=${cssProperties({ left: '10px' })}`: sets inline CSS properties through the CSSOM only.
 *
 * Lit's own `styleMap` writes its first value as a `style` attribute string, which a strict
 * Content-Security-Policy without `'unsafe-inline'` for styles (`style-src 'self'`) reports and
 * blocks. Setting properties with `element.style.setProperty` is not an inline style attribute, so
 * it is allowed under that policy. Values still come only from our own numbers, never from user text.
 */
import { noChange } from 'lit';
import { Directive, directive, PartType, type AttributePart, type PartInfo } from 'lit/directive.js';

/** CSS property name (`left`, `--cesdk-x`) to value. */
export type CssPropertyValues = Readonly<Record<string, string | undefined>>;

class CssPropertiesDirective extends Directive {
  private applied = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ATTRIBUTE || part.name !== 'style') {
      throw new Error('cssProperties() belongs in a style attribute binding');
    }
  }

  render(_values: CssPropertyValues): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [values]: [CssPropertyValues]): typeof noChange {
    const style = (part.element as HTMLElement).style;
    const next = new Set<string>();
    for (const [name, value] of Object.entries(values)) {
      if (value === undefined) continue;
      style.setProperty(name, value);
      next.add(name);
    }
    for (const name of this.applied) if (!next.has(name)) style.removeProperty(name);
    this.applied = next;
    return noChange;
  }
}

/** Applies CSS properties through the CSSOM (CSP-safe); see the module comment. */
export const cssProperties = directive(CssPropertiesDirective);

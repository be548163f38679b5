/**
 * The design tokens of the light and dark themes, the one source for `themes/light.css`,
 * `themes/dark.css` (kept equal by themes/themes.test.ts) and the values the editor sets on its host.
 *
 * Tokens are inherited custom properties, so setting them on `<cesdk-editor>` (or on `:root` through
 * the theme files) reaches every shadow root inside. Integrators override any token with ordinary CSS:
 * `cesdk-editor { --cesdk-color-primary: rebeccapurple; }`.
 */
import { css, unsafeCSS, type CSSResult } from 'lit';

/** A theme: token name (without the leading `--cesdk-`) to CSS value. */
export type ThemeTokens = Readonly<Record<string, string>>;

const shared: ThemeTokens = {
  'space-1': '4px',
  'space-2': '8px',
  'space-3': '12px',
  'space-4': '16px',
  'space-5': '24px',
  'space-6': '32px',
  'radius-small': '4px',
  'radius-medium': '8px',
  'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  'font-family-monospace': 'ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace',
  'font-size-small': '12px',
  'font-size-medium': '14px',
  'font-size-large': '16px',
  'control-height': '32px',
  'focus-ring-width': '2px',
  'transition-duration': '120ms',
};

/** The light theme (the default). */
export const lightTokens: ThemeTokens = {
  ...shared,
  'color-background': '#f3f4f6',
  'color-surface': '#ffffff',
  'color-surface-raised': '#ffffff',
  'color-surface-sunken': '#e5e7eb',
  'color-surface-hover': '#eef0f3',
  'color-border': '#c9ced6',
  'color-text': '#111827',
  'color-text-muted': '#4b5563',
  'color-primary': '#1d4ed8',
  'color-on-primary': '#ffffff',
  'color-selected': '#dbe6fe',
  'color-on-selected': '#0b2a7a',
  'color-focus': '#1d4ed8',
  'color-danger': '#b91c1c',
  'color-canvas': '#e2e5ea',
  'color-overlay': 'rgba(17, 24, 39, 0.5)',
  'shadow-raised': '0 4px 16px rgba(17, 24, 39, 0.16)',
  'color-scheme': 'light',
};

/** The dark theme. */
export const darkTokens: ThemeTokens = {
  ...shared,
  'color-background': '#0f1115',
  'color-surface': '#1a1d23',
  'color-surface-raised': '#23272f',
  'color-surface-sunken': '#121418',
  'color-surface-hover': '#2b303a',
  'color-border': '#3d434f',
  'color-text': '#f3f4f6',
  'color-text-muted': '#aab2bf',
  'color-primary': '#7cb1fb',
  'color-on-primary': '#0b1220',
  'color-selected': '#1e3a6e',
  'color-on-selected': '#e6eefc',
  'color-focus': '#93c5fd',
  'color-danger': '#f87171',
  'color-canvas': '#2a2e36',
  'color-overlay': 'rgba(0, 0, 0, 0.6)',
  'shadow-raised': '0 4px 16px rgba(0, 0, 0, 0.5)',
  'color-scheme': 'dark',
};

/** `--cesdk-name: value;` declarations for a theme (the values are ours, never user data). */
export function tokenDeclarations(tokens: ThemeTokens): string {
  return Object.entries(tokens).map(([name, value]) => `--cesdk-${name}: ${value};`).join('\n');
}

/**
 * Host styles that give an element the light tokens, the dark ones under `theme="dark"`, and follow
 * `prefers-color-scheme` under `theme="system"`. Put it in an element's `static styles` when the
 * element is meant to stand alone as a themed root (the editor does).
 */
export const themeHostStyles: CSSResult = themeStylesFor(':host');

/**
 * The theme rules with the light tokens under `lightSelector`: `:host` for a themed root (light by
 * default), `:host([theme='light'])` for a panel that only themes itself when asked to.
 */
export function themeStylesFor(lightSelector: string): CSSResult {
  const light = unsafeCSS(tokenDeclarations(lightTokens));
  const dark = unsafeCSS(tokenDeclarations(darkTokens));
  return css`
    ${unsafeCSS(lightSelector)} {
      ${light}
      color-scheme: light;
    }
    :host([theme='dark']) {
      ${dark}
      color-scheme: dark;
    }
    @media (prefers-color-scheme: dark) {
      :host([theme='system']) {
        ${dark}
        color-scheme: dark;
      }
    }
    @media (prefers-color-scheme: light) {
      :host([theme='system']) {
        ${light}
        color-scheme: light;
      }
    }
  `;
}

/**
 * Focus styles shared by every control: a visible ring from keyboard focus only.
 * Use inside an element's styles.
 */
export const focusRingStyles: CSSResult = css`
  :focus-visible {
    outline: var(--cesdk-focus-ring-width, 2px) solid var(--cesdk-color-focus, #1d4ed8);
    outline-offset: 2px;
  }
`;

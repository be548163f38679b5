import { css } from 'lit';

/** Host defaults shared by the bar-like elements: a block box in the theme's text colour and font. */
export const blockHostStyles = css`
  :host {
    display: block;
    color: var(--cesdk-color-text, #111827);
    font-family: var(--cesdk-font-family, system-ui, sans-serif);
    font-size: var(--cesdk-font-size-medium, 14px);
  }
  :host([hidden]) {
    display: none;
  }
`;

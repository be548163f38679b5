// The helper module CE.SDK's example projects ship next to their guide code (`./utils`). It is not
// part of the guide text; the harness provides the one helper the examples import.

/** `#rrggbb` or `#rrggbbaa` (or `#rgb`) to an RGBA colour with channels in 0..1. */
export function hexToRgba(hex: string): { r: number; g: number; b: number; a: number } {
  let digits = hex.trim().replace(/^#/, '');
  if (digits.length === 3 || digits.length === 4) digits = [...digits].map((digit) => digit + digit).join('');
  if (!/^[0-9a-f]{6}([0-9a-f]{2})?$/i.test(digits)) throw new Error(`hexToRgba: not a hex colour: ${hex}`);
  const channel = (index: number): number => parseInt(digits.slice(index, index + 2), 16) / 255;
  return { r: channel(0), g: channel(2), b: channel(4), a: digits.length === 8 ? channel(6) : 1 };
}

import { svgNamespace, xlinkNamespace } from './svg-policy.js';

/**
 * Counts the elements an SVG renders once every `<use>` is replaced by a copy of its target, stopping
 * as soon as the count passes `limit` (so an exponential `<use>` chain costs little to measure).
 * A `<use>` that refers to itself or an ancestor, and nesting (of elements and references together)
 * deeper than 256 levels, count as `limit + 1`, so such documents are refused.
 */
export function measureUseExpansion(root: Element, limit: number): number {
  const byId = new Map<string, Element>();
  for (const element of Array.from(root.getElementsByTagName('*'))) {
    if (element.id && !byId.has(element.id)) byId.set(element.id, element);
  }
  const memo = new Map<Element, number>();
  const inProgress = new Set<Element>();
  const weigh = (element: Element, depth: number): number => {
    const known = memo.get(element);
    if (known !== undefined) return known;
    if (inProgress.has(element) || depth > 256) return limit + 1;
    inProgress.add(element);
    let total = 1;
    if (element.namespaceURI === svgNamespace && element.localName === 'use') {
      const reference = element.getAttribute('href') ?? element.getAttributeNS(xlinkNamespace, 'href') ?? '';
      const target = reference.startsWith('#') ? byId.get(reference.slice(1)) : undefined;
      if (target !== undefined) total += weigh(target, depth + 1);
    }
    for (const child of Array.from(element.children)) {
      if (total > limit) break;
      total += weigh(child, depth + 1);
    }
    inProgress.delete(element);
    memo.set(element, total);
    return total;
  };
  return weigh(root, 0);
}

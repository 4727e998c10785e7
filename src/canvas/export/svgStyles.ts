/*
 * html-to-image copies computed styles onto every HTML element it clones, but
 * clones an <svg> wholesale, so what Tailwind classes give its children (the
 * emotion lane's axis labels, say) would be lost in the picture. This writes those
 * styles out as CSS for the picture to carry.
 */

const SVG_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
];

/** Enough classes for any map; a pathological page must not make the CSS explode. */
const MAX_CLASSES = 500;

const quoted = (value: string) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/**
 * CSS giving every classed element inside an <svg> under `root` its computed
 * look. A property is written only when all elements with the same classes agree
 * on it, so per-element attributes (each curve's colour) are never overridden.
 */
export function svgClassStyles(root: Element): string {
  const byClass = new Map<string, Element[]>();
  for (const el of root.querySelectorAll('svg [class]')) {
    const key = el.getAttribute('class') ?? '';
    if (!key.trim()) continue;
    const list = byClass.get(key);
    if (list) list.push(el);
    else if (byClass.size < MAX_CLASSES) byClass.set(key, [el]);
  }
  const rules: string[] = [];
  for (const [key, elements] of byClass) {
    const styles = elements.map((el) => getComputedStyle(el));
    const declarations = SVG_PROPERTIES.flatMap((property) => {
      const value = styles[0]!.getPropertyValue(property);
      if (!value || styles.some((s) => s.getPropertyValue(property) !== value)) return [];
      return [`${property}:${value}`];
    });
    if (declarations.length) rules.push(`svg [class=${quoted(key)}]{${declarations.join(';')}}`);
  }
  return rules.join('\n');
}

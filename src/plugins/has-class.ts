import type { Element } from 'hast';

/** Whether a hast element carries the class `name`. */
export function hasClass(element: Element, name: string): boolean {
  const className = element.properties?.className;
  return Array.isArray(className) && className.includes(name);
}

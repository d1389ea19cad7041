// Geometry for the build-time SVG pictures. Pure, so sizes and labels are unit-tested.
import type { CellState } from './coverage.ts';

export const CELL_STYLE: Record<CellState, { fill: string; text: string; label: (n: number) => string }> = {
  covered: { fill: '#1b4f72', text: '#ffffff', label: (n) => String(n) },
  gap: { fill: '#f6d88a', text: '#1a1a1a', label: () => 'lucka' },
  'missing-data': { fill: '#e4e4e4', text: '#1a1a1a', label: () => '?' },
  'not-covered': { fill: '#a32a1f', text: '#ffffff', label: () => 'saknas' },
  'not-followed': { fill: '#ffffff', text: '#4a4a4a', label: () => '–' },
  unknown: { fill: '#ffffff', text: '#4a4a4a', label: () => 'okänt' },
};

export interface Bar {
  x: number;
  width: number;
  y: number;
}

/** Horizontal position of a year span on an axis from `first` to `last` (inclusive years). */
export function yearSpan(
  from: number,
  to: number,
  first: number,
  last: number,
  left: number,
  width: number,
): { x: number; width: number } {
  const perYear = width / (last - first + 1);
  return { x: left + (from - first) * perYear, width: (to - from + 1) * perYear };
}

/**
 * Splits a label into lines of at most `max` characters at spaces, so a picture never cuts a label. A
 * single word longer than a line gets a line of its own rather than being broken.
 */
export function wrapLabel(text: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last].length + 1 + word.length <= max) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines;
}

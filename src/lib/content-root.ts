// Where content lives. Tests and benchmarks point CONTENT_ROOT at a fixture or generated tree.
import { resolve } from 'node:path';

export function contentRoot(): string {
  return resolve(process.env.CONTENT_ROOT ?? process.cwd());
}

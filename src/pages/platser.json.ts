import type { APIRoute } from 'astro';
import { model } from '../data/site.ts';
import { regionPath } from '../lib/paths.ts';
import { placeIndex } from '../lib/places.ts';

// The places the search page looks up (src/lib/places.ts), written once at build time.
export const GET: APIRoute = () =>
  new Response(JSON.stringify(placeIndex(model, regionPath)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });

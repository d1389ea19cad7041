import type { APIRoute } from 'astro';
import { model } from '../../data/site.ts';
import { goalsCsv, openGoals } from '../../lib/open-data.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(goalsCsv(openGoals(model, site?.href)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });

import type { APIRoute } from 'astro';
import { lifecycleOf, model } from '../../data/site.ts';
import { openPlans, plansCsv } from '../../lib/open-plans.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(plansCsv(openPlans(model, lifecycleOf, site?.href)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });

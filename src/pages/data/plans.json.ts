import type { APIRoute } from 'astro';
import { asOf, lifecycleOf, model } from '../../data/site.ts';
import { openPlans, plansJson } from '../../lib/open-plans.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(plansJson(openPlans(model, lifecycleOf, site?.href), asOf.date), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });

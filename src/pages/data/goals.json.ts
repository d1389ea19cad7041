import type { APIRoute } from 'astro';
import { model } from '../../data/site.ts';
import { goalsJson, openGoals } from '../../lib/open-data.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(goalsJson(openGoals(model, site?.href)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });

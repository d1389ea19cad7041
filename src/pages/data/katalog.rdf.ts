import type { APIRoute } from 'astro';
import { asOf, model, site as index, siteInfo } from '../../data/site.ts';
import { catalogRdf } from '../../lib/dcat.ts';

// The DCAT-AP-SE description of the open data, for harvesting by dataportal.se.
export const GET: APIRoute = ({ site }) =>
  new Response(
    catalogRdf({
      site: site?.href,
      modified: asOf.date,
      goals: index.goals.length,
      plans: model.plans.length,
      publisher: siteInfo?.publisher,
      contact: siteInfo?.contact,
      licence: siteInfo?.licence,
    }),
    {
      headers: { 'Content-Type': 'application/rdf+xml; charset=utf-8' },
    },
  );

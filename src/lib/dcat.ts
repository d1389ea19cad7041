// The open data described for harvesting by Sweden's national data portal (dataportal.se): a DCAT-AP-SE
// catalogue in RDF/XML at /data/katalog.rdf. Pure: the page passes the site address, the content date and
// the counts. Without SITE_URL the addresses are relative and resolve against the catalogue's own address.
import { withBase } from './paths.ts';
import { escapeXml } from './xml.ts';

export interface CatalogInput {
  /** The deployment's address (SITE_URL), or undefined for addresses relative to the catalogue. */
  site?: string;
  /** The content date (YYYY-MM-DD or coarser), as dcterms:modified. */
  modified: string;
  goals: number;
  plans: number;
  /** From content/site.yaml; each is left out of the catalogue (never invented) when the content gives none. */
  publisher?: { name: string; url?: string };
  contact?: { email?: string; url?: string };
  licence?: { title: string; url: string };
}

const EU = 'http://publications.europa.eu/resource/authority';

/** xsd:date for a full date, xsd:gYear for a year alone, as DCAT's temporal properties allow. */
function dateLiteral(date: string): string {
  const type = /^\d{4}-\d{2}-\d{2}$/.test(date) ? 'date' : /^\d{4}-\d{2}$/.test(date) ? 'gYearMonth' : 'gYear';
  return `<dcterms:modified rdf:datatype="http://www.w3.org/2001/XMLSchema#${type}">${escapeXml(date)}</dcterms:modified>`;
}

interface Distribution {
  file: string;
  title: string;
  format: 'JSON' | 'CSV';
  mediaType: string;
}

interface Dataset {
  id: string;
  title: string;
  description: string;
  distributions: Distribution[];
}

const RIGHTS = 'Målen är citat ur de regionala cancerplanerna, som är allmänna handlingar; ange planen som källa.';
const NO_LICENCE = ' Ingen licens för webbplatsens sammanställning (id:n, kopplingar till ramverk) är angiven.';

export function catalogRdf(input: CatalogInput): string {
  // Paths under the site's base path; absolute when the address is known.
  const url = (path: string) => (input.site ? new URL(withBase(path), input.site).href : withBase(path));
  // /om/#utgivare exists on the about page (src/components/about/Publisher.astro).
  const agent = escapeXml(`${url('/om/')}#utgivare`);
  const publisherName = input.publisher?.name ?? 'Regionala cancerplaner (webbplatsens redaktion)';
  const contact = [
    ...(input.contact?.email
      ? [`        <vcard:hasEmail rdf:resource="mailto:${escapeXml(input.contact.email)}"/>`]
      : []),
    `        <vcard:hasURL rdf:resource="${escapeXml(input.contact?.url ?? `${url('/om/')}#utgivare`)}"/>`,
  ];
  const rights = RIGHTS + (input.licence ? '' : NO_LICENCE);
  const datasets: Dataset[] = [
    {
      id: 'mal',
      title: 'Målen i de regionala cancerplanerna',
      description: `Alla ${input.goals} mål som är överförda från de sjukvårdsregionala cancerplanerna, med plan, kapitel, ansvariga, tidsram och ramverksområden. Bara en del av planerna har sina mål överförda; se datamängden om planversionerna.`,
      distributions: [
        { file: 'goals.json', title: 'Målen som JSON', format: 'JSON', mediaType: 'application/json' },
        { file: 'goals.csv', title: 'Målen som CSV', format: 'CSV', mediaType: 'text/csv' },
      ],
    },
    {
      id: 'planer',
      title: 'De regionala cancerplanernas versioner',
      description: `Alla ${input.plans} planversioner med titel, period, beslut om antagande, källa, läge (gäller, kommande, perioden har slutat), hur mycket av målen som är överförda och antal mål.`,
      distributions: [
        { file: 'plans.json', title: 'Planversionerna som JSON', format: 'JSON', mediaType: 'application/json' },
        { file: 'plans.csv', title: 'Planversionerna som CSV', format: 'CSV', mediaType: 'text/csv' },
      ],
    },
  ];
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rdf:RDF',
    '  xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"',
    '  xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#"',
    '  xmlns:dcat="http://www.w3.org/ns/dcat#"',
    '  xmlns:dcterms="http://purl.org/dc/terms/"',
    '  xmlns:foaf="http://xmlns.com/foaf/0.1/"',
    '  xmlns:vcard="http://www.w3.org/2006/vcard/ns#">',
    `  <dcat:Catalog rdf:about="${escapeXml(url('/data/katalog.rdf'))}">`,
    '    <dcterms:title xml:lang="sv">Regionala cancerplaner: öppna data</dcterms:title>',
    '    <dcterms:description xml:lang="sv">Öppna data om Sveriges sjukvårdsregionala cancerplaner: planversionerna och de mål som är överförda.</dcterms:description>',
    `    <dcterms:publisher rdf:resource="${agent}"/>`,
    `    <dcterms:language rdf:resource="${EU}/language/SWE"/>`,
    `    <foaf:homepage rdf:resource="${escapeXml(url('/oppna-data/'))}"/>`,
    `    ${dateLiteral(input.modified)}`,
    ...datasets.map((d) => `    <dcat:dataset rdf:resource="${escapeXml(url(`/oppna-data/#${d.id}`))}"/>`),
    '  </dcat:Catalog>',
    `  <foaf:Agent rdf:about="${agent}">`,
    `    <foaf:name xml:lang="sv">${escapeXml(publisherName)}</foaf:name>`,
    ...(input.publisher?.url ? [`    <foaf:homepage rdf:resource="${escapeXml(input.publisher.url)}"/>`] : []),
    '  </foaf:Agent>',
  ];
  for (const d of datasets) {
    lines.push(
      `  <dcat:Dataset rdf:about="${escapeXml(url(`/oppna-data/#${d.id}`))}">`,
      `    <dcterms:title xml:lang="sv">${escapeXml(d.title)}</dcterms:title>`,
      `    <dcterms:description xml:lang="sv">${escapeXml(d.description)}</dcterms:description>`,
      `    <dcterms:publisher rdf:resource="${agent}"/>`,
      '    <dcat:contactPoint>',
      '      <vcard:Organization>',
      '        <vcard:fn xml:lang="sv">Webbplatsens redaktion</vcard:fn>',
      ...contact,
      '      </vcard:Organization>',
      '    </dcat:contactPoint>',
      `    <dcat:theme rdf:resource="${EU}/data-theme/HEAL"/>`,
      `    <dcterms:language rdf:resource="${EU}/language/SWE"/>`,
      '    <dcat:keyword xml:lang="sv">cancervård</dcat:keyword>',
      '    <dcat:keyword xml:lang="sv">regional cancerplan</dcat:keyword>',
      `    <dcat:landingPage rdf:resource="${escapeXml(url('/oppna-data/'))}"/>`,
      `    ${dateLiteral(input.modified)}`,
      ...d.distributions.map(
        (dist) => `    <dcat:distribution rdf:resource="${escapeXml(url(`/data/${dist.file}`))}"/>`,
      ),
      '  </dcat:Dataset>',
    );
    for (const dist of d.distributions) {
      lines.push(
        `  <dcat:Distribution rdf:about="${escapeXml(url(`/data/${dist.file}`))}">`,
        `    <dcterms:title xml:lang="sv">${escapeXml(dist.title)}</dcterms:title>`,
        `    <dcat:accessURL rdf:resource="${escapeXml(url(`/data/${dist.file}`))}"/>`,
        `    <dcat:downloadURL rdf:resource="${escapeXml(url(`/data/${dist.file}`))}"/>`,
        `    <dcterms:format rdf:resource="${EU}/file-type/${dist.format}"/>`,
        `    <dcat:mediaType rdf:resource="https://www.iana.org/assignments/media-types/${dist.mediaType}"/>`,
        ...(input.licence ? [`    <dcterms:license rdf:resource="${escapeXml(input.licence.url)}"/>`] : []),
        '    <dcterms:rights>',
        '      <dcterms:RightsStatement>',
        `        <rdfs:label xml:lang="sv">${escapeXml(rights)}</rdfs:label>`,
        '      </dcterms:RightsStatement>',
        '    </dcterms:rights>',
        '  </dcat:Distribution>',
      );
    }
  }
  lines.push('</rdf:RDF>', '');
  return lines.join('\n');
}

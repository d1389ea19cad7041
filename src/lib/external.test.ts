import assert from 'node:assert/strict';
import { test } from 'node:test';
import { siteName } from './external.ts';

test('an external link names its site without "www."', () => {
  assert.equal(siteName('https://cancercentrum.se/norr/om-rcc-norr/nyheter/'), 'cancercentrum.se');
  assert.equal(siteName('https://www.cancercentrum.se/norr/'), 'cancercentrum.se');
  assert.equal(siteName('http://www.regeringen.se/x?y=1#z'), 'regeringen.se');
  assert.equal(siteName('https://sub.www.example.org/'), 'sub.www.example.org');
});

test('addresses that are not web addresses name no site', () => {
  assert.equal(siteName('/mal/norr22-cancergenetik/'), null);
  assert.equal(siteName('mailto:rcc@example.org'), null);
  assert.equal(siteName('inte en adress'), null);
});

// cleanDocument on HTML input: the HTML reader's paragraphs go through the same paragraph passes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanDocument } from '../../src/clean/index.js';

const para = (s: string) => `<p>${s}</p>`;
const html = `<!doctype html><html lang="en"><head><title>Dam project approved | Lakeside Herald</title>
<meta property="og:title" content="Regional government approves dam project">
<meta property="article:published_time" content="2021-10-05T08:00:00Z">
</head><body><article><h1>Regional government approves dam project</h1>
${para('The regional government approved the construction of a hydroelectric dam on the upper river on Monday, after a decade of studies and protests by farmers downstream.')}
${para('The project will cost about 900 million euros and is expected to produce enough electricity for 300,000 homes, the energy minister said at a press conference in the capital.')}
${para('Farmers fear that the dam will reduce the water available for irrigation during the dry summer months, and their association said it would challenge the decision in court.')}
${para('Environmental groups also criticised the plan, saying that it would flood a valley that is home to rare birds and several protected plant species.')}
<h3>Latest News</h3>
${para('Mayor opens new cycling lane along the harbour')}
${para('The lane, which connects the station with the old port, was finished two months ahead of...')}
</article></body></html>`;

test('HTML page: metadata title and date, body kept, teasers after a latest-news heading cut', () => {
  const a = cleanDocument({ origin: 'p.html', html, url: 'https://news.lakeside.example/2021/10/05/dam' });
  assert.equal(a.title, 'Regional government approves dam project');
  assert.equal(a.published?.slice(0, 10), '2021-10-05');
  assert.equal(a.source, 'lakeside.example');
  assert.equal(a.language, 'en');
  assert.ok(a.text.includes('The project will cost about 900 million euros'));
  assert.ok(a.text.includes('rare birds'));
  assert.ok(!a.text.includes('cycling lane') && !a.text.includes('ahead of'));
  assert.ok(!a.text.split('\n\n').includes('Regional government approves dam project'));
});

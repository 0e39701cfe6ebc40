/** The one inline stylesheet of the HTML page: readable on a phone, printable, no fonts to fetch. */
export const HTML_STYLE = `
:root{--ink:#1d2330;--muted:#5b6474;--line:#d9dde5;--accent:#1f6f8b;--bar:#2a8fb3;--note:#fff6d6;--note-line:#e0c45c;--bg:#fff;--soft:#f4f6f9}
@media (prefers-color-scheme:dark){:root{--ink:#e6e9ef;--muted:#a3abba;--line:#3a4150;--accent:#7cc3dd;--bar:#4fb0d3;--note:#3b3420;--note-line:#8a7628;--bg:#161a22;--soft:#1f2430}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--ink);font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
main{max-width:60rem;margin:0 auto;padding:1rem}
h1{font-size:1.6rem;line-height:1.25;margin:.5rem 0}
h2{font-size:1.2rem;margin:1.75rem 0 .5rem;padding-bottom:.25rem;border-bottom:1px solid var(--line)}
h3{font-size:1rem;margin:1rem 0 .25rem}
a{color:var(--accent)}
.meta{color:var(--muted);margin:0}
nav ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.5rem 1rem}
article+article{margin-top:3rem;padding-top:1rem;border-top:3px solid var(--line)}
.note{background:var(--note);border-left:4px solid var(--note-line);padding:.5rem .75rem;margin:1rem 0;border-radius:4px}
.badge{display:inline-block;font-size:.7rem;font-weight:600;text-transform:uppercase;letter-spacing:.03em;color:var(--ink);background:var(--note);border:1px solid var(--note-line);border-radius:3px;padding:0 .3rem;margin-left:.4rem;vertical-align:middle}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:1rem 0}
dl.facts dt{font-weight:600}
dl.facts dd{margin:0}
.timeline{margin:1rem 0;font-size:.85rem}
.tl-row{display:grid;grid-template-columns:minmax(8rem,16rem) 1fr;gap:.5rem;align-items:center;margin:.2rem 0}
.tl-track{position:relative;height:1.1rem;background:var(--soft);border-radius:3px}
.tl-months .tl-track{background:none;height:2.2rem}
.tl-month{position:absolute;top:0;border-left:1px solid var(--line);padding-left:2px;color:var(--muted);white-space:nowrap;overflow:hidden;line-height:1.1}
.tl-bar{position:absolute;top:0;bottom:0;min-width:4px;background:var(--bar);border-radius:3px;-webkit-print-color-adjust:exact;print-color-adjust:exact}
.tl-label{overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
table{border-collapse:collapse;width:100%;margin:.5rem 0}
th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid var(--line);vertical-align:top}
td.num,th.num{text-align:right}
ul.rules ul{margin:.25rem 0}
.competency{margin:.5rem 0}
footer{color:var(--muted);font-size:.8rem;max-width:60rem;margin:2rem auto;padding:0 1rem}
@media (max-width:40rem){
  main{padding:.75rem}
  h1{font-size:1.35rem}
  .tl-row{grid-template-columns:1fr;gap:.1rem}
  .tl-months .tl-label{display:none}
  table.modules thead{display:none}
  table.modules tr{display:block;border-bottom:1px solid var(--line);padding:.4rem 0}
  table.modules td{display:block;border:0;padding:.1rem 0;text-align:left}
  table.modules td[data-label]::before{content:attr(data-label) ": ";font-weight:600}
}
@media print{
  body{font-size:11pt;background:#fff;color:#000}
  main{max-width:none;padding:0}
  nav,footer{display:none}
  a{color:#000;text-decoration:none}
  section,table,.timeline,.tl-row{break-inside:avoid}
  article+article{break-before:page;border:0}
  .note{border:1px solid #999}
}
`
  .trim()
  .replace(/\n/g, "");

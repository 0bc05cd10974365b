// Inline CSS for the hosted page and the dashboard: one small stylesheet, no external
// requests, so the page renders at once and offline.
export const styles = `
:root{--ink:#0b1437;--muted:#5b6478;--line:#e3e7f0;--bg:#f3f5fa;--card:#fff;--brand:#2740f5;--brand-ink:#fff;
--brand-soft:#eef1ff;--ok:#0f8a5f;--ok-soft:#e7f6ef;--warn:#9a6200;--warn-soft:#fff5e0;--bad:#c22f3b;--bad-soft:#fdecee;
--radius:14px;font-family:-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Liberation Sans",sans-serif;color:var(--ink)}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);line-height:1.45;font-size:16px}
a{color:var(--brand)}
:focus-visible{outline:3px solid #8c9bff;outline-offset:2px}
.topbar{background:var(--ink);color:#fff}
.topbar-inner{max-width:960px;margin:0 auto;padding:12px 20px;display:flex;align-items:center;gap:10px;font-weight:600}
.logo{display:inline-grid;place-items:center;width:28px;height:28px;border-radius:8px;background:var(--brand);font-weight:800}
.test-badge{margin-left:auto;font-size:12px;font-weight:600;background:#ffd66b;color:#3b2a00;padding:3px 10px;border-radius:999px}
.shell{max-width:960px;margin:0 auto;padding:24px 20px 40px;display:grid;gap:20px}
@media(min-width:820px){.shell{grid-template-columns:minmax(0,5fr) minmax(0,6fr);align-items:start;padding-top:40px}.summary{position:sticky;top:24px}}
.card{background:var(--card);border:1px solid var(--line);border-radius:var(--radius);padding:24px;box-shadow:0 1px 2px rgba(11,20,55,.04),0 8px 24px rgba(11,20,55,.05)}
.summary .eyebrow{margin:0;color:var(--muted);font-size:14px}
.summary h1{margin:2px 0 14px;font-size:20px}
.amount{font-size:36px;font-weight:750;letter-spacing:-.02em;margin:0}
.currency{font-size:14px;color:var(--muted);font-weight:600;margin-left:6px}
.items{list-style:none;margin:18px 0 0;padding:14px 0 0;border-top:1px solid var(--line);display:grid;gap:8px;font-size:15px}
.items li{display:flex;justify-content:space-between;gap:12px}
.items .qty{color:var(--muted)}
.mandate{display:grid;grid-template-columns:auto 1fr;gap:6px 16px;margin:0 0 18px;font-size:15px}.mandate dt{color:var(--muted)}.mandate dd{margin:0;font-weight:600}
.meta{margin:16px 0 0;font-size:13px;color:var(--muted)}
.steps{display:flex;gap:8px;list-style:none;padding:0;margin:0 0 18px;font-size:13px;color:var(--muted)}
.steps li{display:flex;align-items:center;gap:6px}
.steps li+li::before{content:"";width:18px;height:1px;background:var(--line)}
.steps .num{display:inline-grid;place-items:center;width:22px;height:22px;border-radius:50%;border:1px solid var(--line);font-weight:700;font-size:12px}
.steps [aria-current] {color:var(--ink);font-weight:600}
.steps [aria-current] .num{background:var(--brand);border-color:var(--brand);color:#fff}
h2{font-size:20px;margin:0 0 6px}
.lead{margin:0 0 18px;color:var(--muted)}
fieldset{border:0;padding:0;margin:0 0 18px}
legend{font-weight:650;margin-bottom:10px;padding:0}
.options{display:grid;gap:8px}
.banks{grid-template-columns:repeat(2,minmax(0,1fr))}
.banks .option{padding:9px 10px;gap:8px;font-size:15px}
.banks .avatar{width:28px;height:28px;font-size:11px}
.banks .option{position:relative}.banks .option input{position:absolute;opacity:0;pointer-events:none}
.option:has(input:focus-visible){outline:3px solid #8c9bff;outline-offset:2px}
.option{display:flex;align-items:center;gap:10px;border:1px solid var(--line);border-radius:10px;padding:11px 12px;cursor:pointer;background:#fff}
.option:hover{border-color:#b9c2e6}
.option:has(input:checked){border-color:var(--brand);background:var(--brand-soft);box-shadow:0 0 0 1px var(--brand) inset}
.option input{accent-color:var(--brand);margin:0;width:18px;height:18px;flex:none}
.option small{display:block;color:var(--muted);font-size:13px}
.avatar{display:inline-grid;place-items:center;width:32px;height:32px;border-radius:8px;background:var(--ink);color:#fff;font-size:12px;font-weight:700;flex:none}
label.field{display:block;font-weight:600;margin-bottom:14px;font-size:15px}
label.field input,label.field select{display:block;width:100%;margin-top:6px;font:inherit;padding:11px 12px;border:1px solid #cbd2e3;border-radius:10px;background:#fff;color:var(--ink)}
label.field input[readonly]{background:var(--bg);color:var(--muted)}
.hint{font-size:13px;color:var(--muted);background:var(--bg);border-radius:10px;padding:10px 12px;margin:0 0 16px}
.hint code{font-weight:700;color:var(--ink)}
.check{display:flex;gap:10px;align-items:flex-start;margin:0 0 18px;font-size:15px}
.check input{width:18px;height:18px;margin-top:2px;accent-color:var(--brand)}
.reason{margin:8px 0 0 28px}
form:has(input[name=outcome]:checked:not([value=failed])) .reason{display:none}
.button{display:block;width:100%;border:0;border-radius:10px;background:var(--brand);color:var(--brand-ink);font:inherit;font-weight:700;padding:14px 16px;cursor:pointer;text-align:center;text-decoration:none;font-size:16px}
.button:hover{background:#1c32d6}
.button.secondary{background:transparent;color:var(--muted);font-weight:600;padding:10px;text-decoration:underline}
.button.secondary:hover{color:var(--ink);background:transparent}
.alert{border-radius:10px;padding:11px 14px;margin:0 0 16px;background:var(--bad-soft);color:var(--bad);font-weight:600}
.saved{display:flex;align-items:center;gap:12px;border:1px solid var(--line);border-radius:12px;padding:14px;margin:0 0 18px}
.saved strong{display:block}
.result{text-align:center;padding:40px 24px}
.result .icon{display:inline-grid;place-items:center;width:56px;height:56px;border-radius:50%;font-size:28px;font-weight:800;margin-bottom:12px}
.result.ok .icon{background:var(--ok-soft);color:var(--ok)} .result.warn .icon{background:var(--warn-soft);color:var(--warn)}
.result.bad .icon{background:var(--bad-soft);color:var(--bad)}
.result p{color:var(--muted);margin:6px 0 22px}
.secure{font-size:13px;color:var(--muted);text-align:center;margin:14px 0 0}
@media(max-width:819px){.shell{padding:16px 14px 32px;gap:14px}.card{padding:20px}.amount{font-size:30px}}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
`;

"""The HTML report's inline stylesheet and script (nothing is loaded from the network)."""

CSS = """
:root {
  --bg: #fbfaf7; --fg: #1f2328; --muted: #656d76; --card: #ffffff; --line: #e3e0d8;
  --error: #c62828; --error-bg: #fde2e1; --warning: #9a6700; --warning-bg: #fff1c2;
  --info: #1f5fbf; --info-bg: #dde9fb; --verified: #1a7f37; --verified-bg: #d5f3dc;
  --accent: #6639ba;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #16181c; --fg: #e6e6e6; --muted: #9da5b0; --card: #1f2228; --line: #343841;
    --error: #ff7b72; --error-bg: #5c1e1e; --warning: #e3b341; --warning-bg: #4d3a0c;
    --info: #79b8ff; --info-bg: #1d3557; --verified: #56d364; --verified-bg: #1b4027;
    --accent: #c297ff;
  }
}
* { box-sizing: border-box; }
html { scroll-behavior: smooth; }
body { margin: 0; background: var(--bg); color: var(--fg);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
a { color: inherit; }
code { font: 0.9em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
.top { position: sticky; top: 0; z-index: 10; background: var(--bg);
  border-bottom: 1px solid var(--line); box-shadow: 0 1px 6px rgb(0 0 0 / 6%); }
.bar { max-width: 1280px; margin: 0 auto; padding: 0.6rem 1.25rem; display: flex;
  flex-wrap: wrap; align-items: center; gap: 0.5rem 1.25rem; }
h1 { font-size: 1.15rem; margin: 0; letter-spacing: 0.01em; }
.chips { display: flex; flex-wrap: wrap; gap: 0.4rem; }
.chip { border-radius: 999px; padding: 0.05rem 0.65rem; font-size: 0.85rem; font-weight: 600; }
.meta { color: var(--muted); font-size: 0.85rem; }
.filters { border: 0; margin: 0 0 0 auto; padding: 0; font-size: 0.85rem; color: var(--muted); }
.filters label { margin-left: 0.6rem; cursor: pointer; white-space: nowrap; }
main { max-width: 1280px; margin: 0 auto; padding: 1rem 1.25rem 4rem; }
.legend { display: flex; flex-wrap: wrap; gap: 0.4rem 1.5rem; font-size: 0.85rem;
  color: var(--muted); margin: 0.25rem 0 0.75rem; }
.legend mark { padding: 0 0.3rem; }
details.rules { font-size: 0.85rem; margin-bottom: 1rem; }
details.rules summary { cursor: pointer; color: var(--muted); }
details.rules table { border-collapse: collapse; margin-top: 0.5rem; }
details.rules td { padding: 0.15rem 0.75rem 0.15rem 0; vertical-align: top; }
nav.files ul { list-style: none; padding: 0; margin: 0 0 1.5rem; display: flex; flex-wrap: wrap;
  gap: 0.3rem 1rem; font-size: 0.9rem; }
nav.files .clean { color: var(--muted); }
section.file { margin: 0 0 2.5rem; }
h2 { font-size: 1.05rem; margin: 0 0 0.75rem; padding-bottom: 0.35rem;
  border-bottom: 2px solid var(--line); display: flex; gap: 0.75rem; align-items: baseline;
  flex-wrap: wrap; scroll-margin-top: 5rem; }
h2 .counts { font-weight: 400; font-size: 0.85rem; color: var(--muted); }
.cols { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1.5rem;
  align-items: start; }
@media (max-width: 900px) { .cols { grid-template-columns: 1fr; } }
.draft { background: var(--card); border: 1px solid var(--line); border-radius: 8px;
  padding: 1.25rem 1.5rem; white-space: pre-wrap; overflow-wrap: anywhere;
  font: 17px/1.7 Charter, "Bitstream Charter", Georgia, Cambria, "Times New Roman", serif;
  position: sticky; top: 6rem; max-height: calc(100vh - 7rem); overflow-y: auto; }
@media (max-width: 900px) { .draft { position: static; max-height: none; } }
.notext { color: var(--muted); font-style: italic; }
mark { color: inherit; border-radius: 3px; padding: 0 0.1rem; border-bottom: 2px solid;
  scroll-margin-top: 6rem; }
mark a { text-decoration: none; }
mark.v-error { background: var(--error-bg); border-color: var(--error); }
mark.v-warning { background: var(--warning-bg); border-color: var(--warning); }
mark.v-info { background: var(--info-bg); border-color: var(--info); }
mark.v-verified { background: var(--verified-bg); border-color: var(--verified); }
mark:target { outline: 2px solid var(--accent); outline-offset: 2px; }
sup.refs { font: 600 0.65rem system-ui, sans-serif; color: var(--muted); margin-left: 1px; }
sup.refs a { text-decoration: none; margin-left: 2px; }
.chip.v-error, .badge.v-error { background: var(--error-bg); color: var(--error); }
.chip.v-warning, .badge.v-warning { background: var(--warning-bg); color: var(--warning); }
.chip.v-info, .badge.v-info { background: var(--info-bg); color: var(--info); }
.chip.v-verified, .badge.v-verified { background: var(--verified-bg); color: var(--verified); }
ol.cards { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.75rem; }
.card { background: var(--card); border: 1px solid var(--line); border-left: 4px solid;
  border-radius: 8px; padding: 0.7rem 0.9rem; scroll-margin-top: 6rem; font-size: 0.92rem; }
.card.v-error { border-left-color: var(--error); }
.card.v-warning { border-left-color: var(--warning); }
.card.v-info { border-left-color: var(--info); }
.card.v-verified { border-left-color: var(--verified); }
.card:target { outline: 2px solid var(--accent); outline-offset: 1px; }
.card-head { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: baseline;
  font-size: 0.82rem; color: var(--muted); }
.card-head .n { font-weight: 700; color: var(--fg); text-decoration: none; }
.badge { border-radius: 4px; padding: 0 0.4rem; font-weight: 700; text-transform: uppercase;
  font-size: 0.72rem; letter-spacing: 0.04em; }
.card-head .loc { margin-left: auto; }
.msg { margin: 0.35rem 0 0.45rem; font-weight: 600; white-space: pre-wrap; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.1rem 0.75rem;
  margin: 0 0 0.4rem; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; }
ul.sources { margin: 0.3rem 0 0; padding: 0; list-style: none; display: grid; gap: 0.4rem; }
ul.sources li { border-top: 1px dashed var(--line); padding-top: 0.35rem; }
.src { font-size: 0.82rem; color: var(--muted); }
.src .pub { font-weight: 600; color: var(--fg); }
blockquote { margin: 0.2rem 0 0; padding: 0 0 0 0.7rem; border-left: 3px solid var(--line);
  font-family: Charter, Georgia, serif; }
.explain { margin-top: 0.4rem; font-size: 0.82rem; color: var(--muted); }
.explain ul { margin: 0.1rem 0 0; padding-left: 1.1rem; }
.clean-note { color: var(--muted); }
body.hide-error .card.v-error, body.hide-warning .card.v-warning,
body.hide-info .card.v-info, body.hide-verified .card.v-verified { display: none; }
body.hide-error .draft mark.v-error, body.hide-warning .draft mark.v-warning,
body.hide-info .draft mark.v-info, body.hide-verified .draft mark.v-verified {
  background: none; border-color: transparent; }
@media print { .top { position: static; } .filters { display: none; } }
"""  # noqa: E501 (the stylesheet is sent as written: golden reports hold it byte for byte)

JS = """
document.querySelectorAll('.filters input').forEach(function (box) {
  box.addEventListener('change', function () {
    document.body.classList.toggle('hide-' + box.value, !box.checked);
  });
});
document.querySelector('.filters').hidden = false;
"""

/**
 * The popover's styles, placed inside its shadow root so page CSS cannot restyle it.
 * Light or dark follows the page's own background (`cc-light` / `cc-dark`, chosen by the popover from the
 * colour behind the highlight), not the operating system's scheme. Sizes in px, since pages set odd root
 * font sizes. The head stays in view while the body scrolls, so Close is always reachable at 200% zoom
 * or in a narrow window.
 */
export const POPOVER_CSS = `
.cc-float{position:fixed;top:0;left:0;z-index:2147483647;width:max-content;max-width:min(360px,calc(100vw - 16px))}
.cc-float[hidden],.cc-pop [hidden]{display:none}
.cc-light{--bg:#fff;--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--differs:#9a3412;--differs-bg:#ffedd5;--agrees:#166534;--agrees-bg:#dcfce7;--unique:#3d4a5c;--unique-bg:#e5e9f0;--shadow:rgba(0,0,0,.2);color-scheme:light}
.cc-dark{--bg:#1f2328;--fg:#e6edf3;--muted:#a7b1bc;--line:#4a525c;--differs:#fdba74;--differs-bg:#4a1d08;--agrees:#86efac;--agrees-bg:#0b3320;--unique:#cbd5e1;--unique-bg:#334155;--shadow:rgba(0,0,0,.6);color-scheme:dark}
.cc-pop,.cc-hint,.cc-intro{box-sizing:border-box;background:var(--bg);color:var(--fg);border:1px solid var(--line);border-radius:8px;
box-shadow:0 6px 24px var(--shadow);font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;text-align:left}
.cc-pop{max-height:var(--cc-max-h,70vh);overflow:auto;overscroll-behavior:contain;padding:0 12px 12px;border-top:4px solid var(--accent)}
.cc-pop:focus{outline:none}
.cc-pop:focus-visible{outline:2px solid var(--fg);outline-offset:2px}
.cc-differs{--accent:var(--differs)}.cc-agrees{--accent:var(--agrees)}.cc-unique{--accent:var(--unique)}
.cc-head{position:sticky;top:0;z-index:1;display:flex;gap:8px;align-items:flex-start;margin:0 -12px;padding:10px 12px 4px;background:var(--bg)}
.cc-value{flex:1;margin:0;font-size:15px;font-weight:400;line-height:1.4}
.cc-what{color:var(--muted)}
.cc-close{all:unset;flex:none;width:28px;height:28px;border-radius:4px;text-align:center;font-size:20px;line-height:26px;color:var(--fg);cursor:pointer}
.cc-close:hover{background:var(--line)}
.cc-close:focus-visible,.cc-quote-toggle:focus-visible,.cc-intro button:focus-visible{outline:2px solid var(--fg);outline-offset:1px}
.cc-here{margin:6px 0 0;font-style:italic}
.cc-status{margin:4px 0 0;font-weight:600}
.cc-badge{display:inline-block;margin-right:2px;padding:0 7px;border-radius:999px;font-size:12px;font-weight:600;line-height:18px;white-space:nowrap}
.cc-badge-differs{color:var(--differs);background:var(--differs-bg)}
.cc-badge-agrees{color:var(--agrees);background:var(--agrees-bg)}
.cc-badge-unique{color:var(--unique);background:var(--unique-bg)}
.cc-reports h3{margin:10px 0 2px;font-size:12px;font-weight:600;letter-spacing:.03em;text-transform:uppercase;color:var(--muted)}
.cc-reports ul{margin:0;padding:0;list-style:none}
.cc-report{margin:6px 0 0}
.cc-line{font-weight:600}
.cc-note{display:block;color:var(--fg)}
.cc-reader-link{color:var(--fg);text-decoration:underline;font-size:12px;margin-left:6px}
.cc-reader-link:focus-visible{outline:2px solid var(--fg);outline-offset:1px}
.cc-quote-toggle{all:unset;display:inline-block;margin-left:6px;padding:0 6px;border:1px solid var(--line);border-radius:4px;font-size:12px;line-height:18px;color:var(--fg);cursor:pointer}
.cc-quote-toggle::after{content:" ▸" / ""}
.cc-quote-toggle[aria-expanded="true"]::after{content:" ▾" / ""}
.cc-quote{display:block;margin-top:2px;color:var(--muted);font-style:italic}
.cc-hint{position:fixed;padding:2px 8px;font-size:12px;pointer-events:none;white-space:nowrap}
.cc-intro{position:fixed;right:12px;bottom:12px;width:min(340px,calc(100vw - 24px));max-height:calc(100vh - 24px);overflow:auto;padding:10px 12px 12px}
.cc-intro h2{margin:0 0 4px;font-size:15px}
.cc-intro ul{margin:6px 0;padding-left:18px}
.cc-intro p{margin:4px 0}
.cc-intro button{all:unset;display:inline-block;margin-top:6px;padding:4px 12px;border-radius:6px;background:var(--fg);color:var(--bg);font-weight:600;cursor:pointer}
.cc-sample{padding:0 2px}
.cc-all-facts{all:unset;display:inline-block;margin-top:10px;color:var(--fg);text-decoration:underline;font-size:13px;cursor:pointer}
.cc-all-facts:focus-visible{outline:2px solid var(--fg);outline-offset:1px}
`;

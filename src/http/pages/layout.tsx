import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import type { Translate } from '../../i18n/i18n.js';

// The frame of every web page: Vietnamese, phone first, a little inline CSS and nothing fetched from
// elsewhere (no CDN: the pages work on an intranet, and no third party learns who opened what).

const CSS = `
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",Arial,sans-serif;color:#1b1f24;background:#f3f5f8}
header{background:#b71c1c;color:#fff;padding:12px 16px;font-weight:600}
main{max-width:640px;margin:0 auto;padding:16px}
.card{background:#fff;border-radius:12px;padding:16px;box-shadow:0 1px 3px rgba(0,0,0,.12);margin-bottom:16px}
h1{font-size:1.25rem;margin:0 0 8px}
p{margin:8px 0}
.muted{color:#5b6470;font-size:.9rem}
button,.button{display:block;width:100%;padding:14px;border:0;border-radius:10px;background:#b71c1c;color:#fff;font:inherit;font-weight:600;text-align:center;text-decoration:none}
button:disabled{background:#9aa0a6}
input{font:inherit}
.picker{position:relative;display:block;margin:12px 0;padding:20px 12px;border:2px dashed #c5cbd3;border-radius:10px;background:#fafbfc;text-align:center;cursor:pointer}
.picker strong{display:block;color:#b71c1c}
.picker input{position:absolute;inset:0;width:100%;height:100%;opacity:0;cursor:pointer}
.picker:focus-within{border-color:#b71c1c}
progress{width:100%;height:14px;margin:12px 0}
.ok{color:#1b5e20;font-weight:600}
.error{color:#b71c1c;font-weight:600}
`;

export function Layout(props: { t: Translate; title: string; children?: Child }) {
  return (
    <html lang="vi">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <meta name="referrer" content="no-referrer" />
        <title>{props.title}</title>
        {/* raw: the CSS is ours, and escaping would break its quotes */}
        <style>{raw(CSS)}</style>
      </head>
      <body>
        <header>{props.t('web-brand')}</header>
        <main>{props.children}</main>
      </body>
    </html>
  );
}

/** A page that only says something: a refused link, a finished upload. */
export function MessagePage(props: { t: Translate; title: string; text: string; tone?: 'ok' | 'error' }) {
  return (
    <Layout t={props.t} title={props.title}>
      <div class="card">
        <h1 class={props.tone ?? 'error'}>{props.title}</h1>
        <p>{props.text}</p>
      </div>
    </Layout>
  );
}

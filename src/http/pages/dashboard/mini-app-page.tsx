import { raw } from 'hono/html';
import type { Translate } from '../../../i18n/i18n.js';
import { Layout } from '../layout.js';

// The page Telegram opens for the Mini App. Telegram hands the Mini App its signed initData in the
// address's fragment (#tgWebAppData=…), which never reaches a server; these lines post it back,
// with the campaign and unit of the button, and the server answers with the dashboard or a refusal.
// Telegram's own telegram-web-app.js is not loaded: nothing is fetched from another site.

const SCRIPT = `
(function(){
  var data='';
  try{data=new URLSearchParams(location.hash.slice(1)).get('tgWebAppData')||'';}catch(e){}
  if(!data&&window.Telegram&&window.Telegram.WebApp)data=window.Telegram.WebApp.initData||'';
  if(!data){document.getElementById('opening').hidden=true;document.getElementById('missing').hidden=false;return;}
  var form=document.getElementById('start'),query=new URLSearchParams(location.search);
  form.elements.initData.value=data;
  form.elements.c.value=query.get('c')||'';
  form.elements.u.value=query.get('u')||'';
  form.submit();
})();`;

export function MiniAppStart(props: { t: Translate }) {
  const { t } = props;
  return (
    <Layout t={t} title={t('dashboard-page-title')}>
      <div class="card">
        <p id="opening">{t('dashboard-mini-app-opening')}</p>
        <p id="missing" class="error" hidden>
          {t('dashboard-refused-missing')}
        </p>
        <noscript>
          <p class="error">{t('dashboard-refused-missing')}</p>
        </noscript>
        <form id="start" method="post">
          <input type="hidden" name="initData" />
          <input type="hidden" name="c" />
          <input type="hidden" name="u" />
        </form>
      </div>
      <script>{raw(SCRIPT)}</script>
    </Layout>
  );
}

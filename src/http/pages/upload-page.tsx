import { raw } from 'hono/html';
import type { Translate } from '../../i18n/i18n.js';
import { MAX_FILE_BYTES } from '../../domain/file-types.js';
import { Layout } from './layout.js';

// The upload page: the item named, a file picker, a progress bar. A few lines of script send the
// file as the request body with XMLHttpRequest, whose upload events give the progress; the answer
// is a sentence to show. No framework, no build.

const ACCEPT = '.pdf,.doc,.docx,.xls,.xlsx,.odt,.ods,.jpg,.jpeg,.png,.webp,application/pdf,image/*';

/** The texts the script shows, handed over as JSON (never pasted into code). */
function scriptTexts(t: Translate) {
  return {
    pick: t('web-upload-pick-first'),
    tooBig: t('file-too-big', { maxMb: Math.round(MAX_FILE_BYTES / 1024 / 1024) }),
    sending: t('web-upload-sending'),
    failed: t('web-upload-failed'),
  };
}

const SCRIPT = `
(function(){
  var T=JSON.parse(document.getElementById('texts').textContent);
  var form=document.getElementById('upload'),input=document.getElementById('file'),bar=document.getElementById('bar'),
      status=document.getElementById('status'),button=document.getElementById('send');
  function say(text,cls){status.textContent=text;status.className=cls||'';}
  input.addEventListener('change',function(){var f=input.files&&input.files[0];if(f){document.getElementById('chosen').textContent=f.name;say('');}});
  form.addEventListener('submit',function(e){
    e.preventDefault();
    var file=input.files&&input.files[0];
    if(!file){say(T.pick,'error');return;}
    if(file.size>${MAX_FILE_BYTES}){say(T.tooBig,'error');return;}
    var xhr=new XMLHttpRequest();
    xhr.open('POST',location.pathname);
    xhr.setRequestHeader('x-file-name',encodeURIComponent(file.name));
    xhr.upload.onprogress=function(ev){if(ev.lengthComputable){bar.value=Math.round(ev.loaded*100/ev.total);}};
    xhr.onload=function(){
      var answer={};try{answer=JSON.parse(xhr.responseText);}catch(_){}
      if(xhr.status===200){bar.value=100;say(answer.message,'ok');form.querySelector('fieldset').disabled=true;}
      else{say(answer.message||T.failed,'error');button.disabled=false;bar.hidden=true;}
    };
    xhr.onerror=function(){say(T.failed,'error');button.disabled=false;bar.hidden=true;};
    button.disabled=true;bar.hidden=false;bar.value=0;say(T.sending);
    xhr.send(file);
  });
})();`;

export function UploadPage(props: { t: Translate; label: string; person: string; until: string }) {
  const { t } = props;
  return (
    <Layout t={t} title={t('web-upload-title')}>
      <div class="card">
        <h1>{t('web-upload-title')}</h1>
        <p>
          {t('web-upload-item')} <strong id="item">{props.label}</strong>
        </p>
        <p class="muted">{t('web-upload-who', { person: props.person, until: props.until })}</p>
        <form id="upload" method="post">
          <fieldset style="border:0;padding:0;margin:0">
            {/* The browser's own picker text follows the phone's language; ours is Vietnamese. */}
            <label class="picker">
              <strong>{t('web-upload-choose')}</strong>
              <span id="chosen" class="muted">
                {t('web-upload-none-chosen')}
              </span>
              <input id="file" name="file" type="file" accept={ACCEPT} required />
            </label>
            <p class="muted">{t('web-upload-rules')}</p>
            <progress id="bar" max={100} value={0} hidden />
            <button id="send" type="submit">
              {t('web-upload-send')}
            </button>
          </fieldset>
        </form>
        <p id="status" role="status" aria-live="polite"></p>
      </div>
      {/* JSON in a non-executable script tag; "<" escaped so no text can close the tag */}
      <script id="texts" type="application/json">
        {raw(JSON.stringify(scriptTexts(t)).replace(/</g, '\\u003c'))}
      </script>
      <script>{raw(SCRIPT)}</script>
    </Layout>
  );
}

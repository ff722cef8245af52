# Web pages opened from links the bot sends in chat (file upload, download).
web-brand = CCHC emulation
web-link-expired-title = The link has expired
web-link-expired = This link is past its time. Go back to the chat with the bot and send the command again (for example /nophoso) to get a new link.
web-link-altered-title = The link is not valid
web-link-altered = This link is not right (it may have been copied in part or changed). Open the very link the bot sent in chat, or send the command again for a new one.
web-link-used-title = The link has been used
web-link-used = An upload link works once, and this one has been used. To send another file, send the command again in chat for a new link.
web-link-no-member-title = No access any more
web-link-no-member = Your account is no longer active in the emulation system. Please contact the campaign secretariat.
web-upload-forbidden-title = You may not file this
web-upload-forbidden = You may no longer file for this item (only for your own unit). If your role has changed, please contact the campaign secretariat.
web-upload-item-gone-title = This item is gone
web-upload-item-gone = The item is no longer in the dossier (the nomination was withdrawn, or the plan changed). Send the command again in chat to see the current items.
web-upload-title = Send a file
web-upload-item = Item:
web-upload-who = Sent by: { $person }. The link works once, until { $until }.
web-upload-choose = Tap to choose a file (phone or computer)
web-upload-none-chosen = No file chosen
web-upload-rules = PDF, Word (DOC, DOCX), Excel (XLS, XLSX), ODT, ODS and photos; at most 20 MB.
web-upload-send = Send the file
web-upload-pick-first = No file chosen yet.
web-upload-sending = Sending the file…
web-upload-failed = The file did not go through (connection lost). Try again; if it still fails, send the command again in chat for a new link.
web-upload-done = { $said } The bot has said so in the chat too. You may close this page.
web-upload-evidence-label = Evidence for the report on { $criterion } ({ $unit })
web-evidence-received = Received { $name } as evidence for the report on { $criterion }.
# In chat (Zalo cannot carry PDF or Word files to a bot)
dossier-ask-file-link =
    Send { $kind } (PDF, Word, Excel or a photo, at most 20 MB) on this page:
    { $url }
    (The link is yours alone, works once, until { $until }.) You may also photograph the signed pages and send the photos here.
report-evidence-link =
    Send more evidence (PDF, Word, Excel) for this report at: { $url }
    (Works once, until { $until }.)
report-ask-evidence-photo-link = Send photos of the evidence (several if needed), or choose Skip. PDF or Word files: once the report is saved, the bot sends a link to upload them.
web-download-forbidden-title = You may no longer download this
web-download-forbidden = Your role or unit changed since you got this link, so the file cannot be downloaded. Send the command again in chat if you still need it.

## Documents: document kinds in the menu and refusals
document-kind-to-trinh = Award proposal (Tờ trình)
document-kind-bao-cao-thanh-tich = Achievement report
document-kind-bien-ban-hoi-dong = Minutes of the award council meeting
document-kind-quyet-dinh = Award decision (draft)
document-kind-to-trinh-cap-tren = Proposal to the higher level
document-kind-bao-cao-ket-qua = Campaign results report
document-forbidden = This document is not yours to take. A unit head takes their unit's proposal and achievement reports; the decision, the minutes and the results report are for the leaders and the secretariat. Type /vanban to see the documents you can take.
document-unit-unknown = This unit is not in your commune or ward. Type /vanban to choose again.
document-no-nominees = { $unit } has no award nomination yet, so there is no proposal to draft. Type /denghi to nominate first.
document-nomination-unknown = This nomination was not found (it may have been withdrawn). Type /vanban to choose again.
document-no-review = The award council has not closed a review yet, so there are no minutes. The secretariat closes the review, then try again.
document-nothing-to-decide = No nomination for a form the commune chairman decides has passed the council yet, so there is no decision to draft.
document-nothing-higher = No nomination is waiting to be proposed to the higher level.
document-template-broken = The document template { $template } is broken at the field «{ $field }». Open it in Word and fix it: each field is written in braces like {"{"}ten{"}"}, and a loop opened with {"{"}#…{"}"} needs a closing {"{"}/…{"}"}. Or delete your own template so the bot uses the shipped one again.
document-template-field-unknown = The document template { $template } has a field «{ $field }» this document does not know. Fix the field name from the list in the README (section Documents), or delete your own template so the bot uses the shipped one again.
document-template-unreadable = The document template { $template } cannot be read. Save it again in Word as .docx (Word Document), or delete your own template so the bot uses the shipped one again.

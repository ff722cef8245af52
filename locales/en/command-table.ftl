## The README's command table (section "Các lệnh theo vai trò"), written by `npm run docs:commands`
## from the access policy (src/domain/permissions.ts) and the lines below.

table-head-command = command
table-head-who = who
table-head-does = what it does

## The "who" column: role names, grouped by what the command does
who-anyone = everyone
who-member = members
who-role-admin = Secretariat
who-role-leader = Leaders
who-role-head = Unit heads
who-role-member = Officers
who-role-council = Council members
who-own-unit = (own unit)
who-any-unit = (any unit)
who-in-groups = in groups: everyone
who-documents-campaign = (campaign-wide documents)
who-initiative-decide = recognise
who-award-record-higher-decision = record the higher level's decision

## The "command" and "what it does" columns, per command
table-usage-start = `/start`, `/start <invite code>`
table-does-start = register with an invite code; type it again to see the account's details
table-usage-trogiup = `/trogiup`
table-does-trogiup = the commands the person's roles may use
table-usage-huy = `/huy`
table-does-huy = cancel what is in progress
table-usage-baocao = `/baocao [unit]`
table-does-baocao = pick a task → a criterion → enter the result (`98,5`, `98.5`, `98,5%`) → a note → confirm
table-usage-tiendo = `/tiendo [unit]`
table-does-tiendo = latest results against targets, criteria not reported yet, working days left to each deadline
table-usage-nhiemvu = `/nhiemvu [unit]`
table-does-nhiemvu = tasks, criteria, targets, maximum points and deadlines
table-usage-xephang = `/xephang [area]`
table-does-xephang = rank, unit, points /100, grade, moves since last time, with a chart; with an area's name, the ranking in that area alone (`/xephang the che`)
table-usage-bangdieukhien = `/bangdieukhien [unit]`
table-does-bangdieukhien = a personal link (expiring after some minutes) to the web dashboard: standings and their course over time, each task area, each unit (criteria, points, reports, evidence), who still owes what, the award pipeline; on Telegram it opens inside the app (Mini App); a head sees their own unit's page only
table-usage-nhacnho = `/nhacnho`
table-does-nhacnho = reminders about to go and sent lately, the deadlines that concern me; turn the periodic progress reminder off or on (deadline reminders stay)
table-usage-lienket = `/lienket`, `/lienket <code>`
table-does-lienket = get a link code and type it in the other app to use one account on Telegram and Zalo; choose where reminders and announcements arrive
table-usage-chamdiem = `/chamdiem [unit]`
table-does-chamdiem = self-score each criterion; points proposed from the reported results; without supporting documents an explanation is required
table-usage-thamdinh = `/thamdinh [unit]`
table-does-thamdinh = appraisal: accept the self-score or adjust it with a reason (the unit sees the reason)
table-usage-vipham = `/vipham [name]`
table-does-vipham = record a disciplinary violation of a unit or a person (who may then not be proposed for an award)
table-usage-nophoso = `/nophoso [unit]`
table-does-nophoso = file the Tờ trình, Biên bản họp, Báo cáo thành tích… (PDF, Word, Excel, ODT/ODS, pictures; up to 20 MB); for documents owed once per nominee (Báo cáo thành tích, when the plan asks for it) the bot asks which collective or person it is for
table-usage-hoso = `/hoso [unit]`
table-does-hoso = documents filed and missing (Báo cáo thành tích per nominee), deadlines; fetch a filed file again; the head confirms a Báo cáo thành tích the secretariat filed
table-usage-vanban = `/vanban`
table-does-vanban = ready-made documents from the figures, as Word files in the Decree 30/2020 format: heads get their unit's Tờ trình and the Báo cáo thành tích of each nominee; leaders get the award Quyết định, the Tờ trình to the higher level, the council's Biên bản and the Báo cáo kết quả; the secretariat gets them all. Telegram sends the .docx file, the console writes it to a folder and prints the path, Zalo sends a download link (see below). Once signed and scanned, file it back with `/nophoso`
table-usage-sangkien = `/sangkien`
table-does-sangkien = send an initiative (with a file if any), see the outcome; the secretariat recognises it (level, recognising body, number and date of the Quyết định) or declines it with a reason
table-usage-denghi = `/denghi [unit]`
table-does-denghi = propose a collective or a person for an award; the bot checks each standard of the plan (met / not met / awaiting confirmation / awaiting appraisal, naming the plan's section or "default") and the dossier; the head attests the standards that need a person's word (backed by a note, a file or both), and may take an attestation back until it is confirmed; the secretariat sees the backing, fetches the files, confirms or sends it back with a reason; `/denghi` without a unit: the secretariat sees the units with attestations awaiting confirmation; only appraised points count
table-usage-binhxet = `/binhxet`
table-does-binhxet = open the council's review of the eligible proposals; close it once enough members took part (2/3 by default), the agree share is compared with the threshold (70% by default) under the campaign's counting rule (over the members who voted, who were present, or the whole council; under the present rule, mark who is present before closing); the result names the rule applied
table-usage-bophieu = `/bophieu`
table-does-bophieu = vote agree / disagree / abstain on each proposal, changeable until the review closes
table-usage-duyet = `/duyet`
table-does-duyet = approve the list within the quotas (over a quota, says by how many). Forms the commune's chairman decides (Giấy khen): record the Quyết định's number, date and signer before the honour board shows them. Forms a higher level decides (the city chairman's Bằng khen…): go onto the list proposed upward; once answered, choose "Record the higher level's decision" to record the Quyết định's number and date (or a refusal) — on the honour board only once the higher level decided
table-usage-moi = `/moi [unit] [role]`
table-does-moi = create a one-time invite code valid for 7 days (`/moi van phong thu truong`, or choose step by step)
table-usage-thongbao = `/thongbao`
table-does-thongbao = announce to everyone, a unit or a role: preview the exact text, how many receive it and how many cannot, when it goes (working hours only), then confirm
table-usage-chiendich = `/chiendich`
table-does-chiendich = campaign summary: basis, period, units that reported, awards, dossiers, deadlines
table-usage-kehoach = `/kehoach`
table-does-kehoach = start a campaign from the plan document (Word, PDF): the bot drafts each item with the sentence it came from, correct items by number, add units, publish; get invite codes for the units' heads. Sending the document to the bot (without the command) starts it too
table-usage-suakehoach = `/suakehoach`
table-does-suakehoach = change the running plan: move a deadline, add, rename or retire a unit, change a target, the points (still 100 in all) or an award quota; preview what changes, the units and heads told and how the standings move, then confirm; reports sent are never deleted
table-usage-baocaotonghop = `/baocaotonghop`
table-does-baocaotonghop = an Excel file: standings, targets, reporting status, scoring, proposals, council votes, the award list
